/* The server log: lines for the embedder's log function (w3_server_config::log). */
#include "core.h"

#include <stdarg.h>
#include <stdio.h>

void w3e_log(w3_server *server, enum w3_log_kind kind, const char *fmt, ...)
{
    if (server->cfg.log == NULL)
        return;
    char line[1024];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(line, sizeof line, fmt, ap);
    va_end(ap);
    server->cfg.log(server->cfg.log_ctx, kind, line);
}
