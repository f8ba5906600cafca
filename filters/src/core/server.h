/* The server: configuration, its memory, the loaded modules and filters, the log. */
#ifndef W3E_SERVER_H
#define W3E_SERVER_H

#include <windows.h>

#include "w3engine.h"
#include "memory/engine_alloc.h"

/* The Server header and SERVER_SOFTWARE. */
#define W3E_SERVER_SOFTWARE "w3compat/" W3ENGINE_VERSION

/* A module of the integrated pipeline (module.h). */
typedef struct w3e_module w3e_module;

struct w3_server {
    w3_server_config cfg; /* strings owned by `arena` */
    struct w3_mem_config mem;
    w3e_arena *arena;
    /* The ISAPI filter host's (isapi/): filters in calling order (priority, then
     * configuration order). */
    struct w3e_filter **filters;
    unsigned filter_count;
    unsigned open_conns;
    int configuring; /* filters and modules may load; cleared when the first connection opens */
    w3e_module **modules; /* configuration order; [0] is the ISAPI filter module */
    unsigned module_count;
    w3e_module ***order;      /* per request notification bit: subscribers by priority */
    unsigned order_count[32]; /* ... and how many */
    int app_started;          /* GL_APPLICATION_START delivered */
    void *bridge;             /* the C++ bridge's server objects (IHttpServer, ...) */
    /* The configuration system's (appconfig/): its state, and the IAppHostAdminManager
     * IHttpServer::GetAdminManager returns (NULL without config_path). */
    void *appconfig;
    void *admin_manager;
    /* The Date header of responses, formatted once per second (w3e_http_date). */
    ULONGLONG date_second;
    char date_text[40];
    /* GL_STOP_LISTENING was raised: responses say Connection: close. */
    int stopping;
    /* IHttpServer::ReportUnhealthy during the current w3_server_check_health. */
    int unhealthy;
    char unhealthy_reason[256];
};

/* server.c */
/* The current time as an HTTP date (RFC 9110 IMF-fixdate), valid until the server's
 * next call. */
const char *w3e_http_date(w3_server *server);

/* log.c: the server log (w3_server_config::log). */
void w3e_log(w3_server *server, enum w3_log_kind kind, const char *fmt, ...);

#endif
