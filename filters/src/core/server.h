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
    DWORD filter_notifications; /* their flags together: notifications no filter wants */
    /* By SF_NOTIFY_* bit, filter_count + 1 entries each: the filters with the
     * notification in calling order (SEND_RAW_DATA's reversed), NULL-terminated. */
    struct w3e_filter **filters_by_notification;
    unsigned open_conns;
    int configuring; /* filters and modules may load; cleared when the first connection opens */
    w3e_module **modules; /* configuration order; [0] is the ISAPI filter module */
    unsigned module_count;
    w3e_module ***order;      /* per request notification bit: subscribers by priority */
    unsigned order_count[32]; /* ... and how many */
    int app_started;          /* GL_APPLICATION_START delivered */
    void *bridge;             /* the C++ bridge's server objects (IHttpServer, ...) */
    /* Made once for all requests: the pipeline's steps with their subscribers
     * (pipeline.c), the extension kinds that have each per-request hook (extension.c). */
    struct w3e_plan *plan;
    struct w3e_ext_hooks *ext_hooks;
    /* The configuration system's (appconfig/): its state, and the IAppHostAdminManager
     * IHttpServer::GetAdminManager returns (NULL without config_path). */
    void *appconfig;
    void *admin_manager;
    /* A number that changes when a file the configuration path reads changes (set by the
     * configuration system), and the sections compiled per path (config_cache.c). */
    unsigned long long (*config_stamp)(w3_server *server, const char *config_path);
    struct w3e_config_cache *config_cache;
    /* The Date header of responses, formatted once per second (w3e_http_date). */
    ULONGLONG date_second;
    char date_text[40];
    /* The request log record's UTC date and time, likewise (w3e_log_date_time). */
    ULONGLONG log_second;
    char log_date[11]; /* "2026-12-02" */
    char log_time[9];  /* "08:16:39" */
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
/* The current UTC date and time as the W3C log writes them, valid until the server's
 * next call. */
void w3e_log_date_time(w3_server *server, const char **date, const char **time);

/* log.c: the server log (w3_server_config::log). */
void w3e_log(w3_server *server, enum w3_log_kind kind, const char *fmt, ...);

#endif
