#include "loader_message.h"

#include <stdio.h>

#include <w3compat.h>

static _Thread_local char last_message[512];

void w3_set_loader_message(const char *message)
{
    snprintf(last_message, sizeof last_message, "%s", message ? message : "");
}

const char *W3GetLastLoaderMessage(void)
{
    return last_message;
}
