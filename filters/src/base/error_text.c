#include "error_text.h"

#include <stdio.h>
#include <string.h>

const char *w3e_error_text(DWORD code, char *buf, size_t size)
{
    char text[512];
    DWORD n = FormatMessageA(FORMAT_MESSAGE_FROM_SYSTEM | FORMAT_MESSAGE_IGNORE_INSERTS, NULL, code,
                             0, text, sizeof text, NULL);
    while (n > 0 && (text[n - 1] == '\r' || text[n - 1] == '\n' || text[n - 1] == ' '))
        n--;
    if (n == 0)
        snprintf(buf, size, "error %lu", (unsigned long)code);
    else
        snprintf(buf, size, "error %lu: %.*s", (unsigned long)code, (int)n, text);
    return buf;
}
