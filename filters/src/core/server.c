/* Servers: configuration, lifetime, the Date header's clock. */
#include "core.h"
#include "base/http_date.h"
#include "config_cache.h"

void w3_server_config_init(w3_server_config *cfg)
{
    if (cfg == NULL)
        return;
    *cfg = (w3_server_config){0};
    cfg->server_name = "localhost";
    cfg->document_root = ".";
    cfg->instance_id = 1;
}

/* A filter wrote past an AllocMem block: the pool's report goes to the server log. */
static void report_overrun(void *ctx, const char *message)
{
    w3e_log(ctx, W3_LOG_ERROR, "%s", message);
}

/* The configuration's virtual directories, into the server's arena. */
static int copy_virtual_dirs(w3_server *server, const w3_server_config *cfg)
{
    size_t n = cfg->virtual_dirs != NULL ? cfg->virtual_dir_count : 0;
    w3_virtual_dir *dirs = n != 0 ? w3e_arena_alloc(server->arena, n * sizeof *dirs) : NULL;
    if (n != 0 && dirs == NULL)
        return 0;
    for (size_t i = 0; i < n; i++) {
        const w3_virtual_dir *v = &cfg->virtual_dirs[i];
        dirs[i].path = w3e_strdup(server->arena, v->path);
        dirs[i].physical_path = w3e_strdup(server->arena, v->physical_path);
        dirs[i].application = w3e_strdup(server->arena, v->application ? v->application : "/");
        if (dirs[i].path == NULL || dirs[i].physical_path == NULL || dirs[i].application == NULL)
            return 0;
    }
    server->cfg.virtual_dirs = dirs;
    server->cfg.virtual_dir_count = n;
    return 1;
}

w3_server *w3_server_create(const w3_server_config *cfg)
{
    w3_server_config defaults;
    w3_server_config_init(&defaults);
    if (cfg == NULL)
        cfg = &defaults;
    w3_server *server = w3e_alloc(sizeof *server);
    if (server == NULL)
        return NULL;
    if (FAILED(w3_mem_config_init(&server->mem, cfg->memory_manager))) {
        w3e_free(server);
        return NULL;
    }
    w3_mem_config_set_report(&server->mem, report_overrun, server);
    server->arena = w3e_arena_create(&server->mem, W3E_SERVER_LIFETIME);
    if (server->arena == NULL) {
        w3_mem_config_release(&server->mem);
        w3e_free(server);
        return NULL;
    }
    server->cfg = *cfg;
    server->cfg.server_name =
        w3e_strdup(server->arena, cfg->server_name ? cfg->server_name : defaults.server_name);
    server->cfg.document_root =
        w3e_strdup(server->arena, cfg->document_root ? cfg->document_root : defaults.document_root);
    server->cfg.site_name =
        w3e_strdup(server->arena, cfg->site_name ? cfg->site_name : "Default Web Site");
    if (cfg->config_path != NULL)
        server->cfg.config_path = w3e_strdup(server->arena, cfg->config_path);
    if (!copy_virtual_dirs(server, cfg)) {
        w3e_arena_destroy(server->arena);
        w3_mem_config_release(&server->mem);
        w3e_free(server);
        return NULL;
    }
    if (server->cfg.instance_id == 0)
        server->cfg.instance_id = defaults.instance_id;
    if (server->cfg.max_header_bytes == 0)
        server->cfg.max_header_bytes = 16384;
    if (server->cfg.max_body_bytes == 0)
        server->cfg.max_body_bytes = 30000000;
    if (server->cfg.max_header_count == 0)
        server->cfg.max_header_count = 100;
    if (server->cfg.server_name == NULL || server->cfg.document_root == NULL ||
        server->cfg.site_name == NULL) {
        w3e_arena_destroy(server->arena);
        w3_mem_config_release(&server->mem);
        w3e_free(server);
        return NULL;
    }
    server->configuring = 1;
    if (!w3e_ext_server_init(server)) {
        w3e_free(server->modules);
        w3e_arena_destroy(server->arena);
        w3_mem_config_release(&server->mem);
        w3e_free(server);
        return NULL;
    }
    return server;
}

void w3_server_destroy(w3_server *server)
{
    if (server == NULL)
        return;
    if (server->app_started)
        w3e_ext_application_event(server, W3E_GL_APPLICATION_STOP);
    w3e_modules_unload(server);
    w3e_ext_server_free(server);
    w3e_config_cache_free(server);
    w3e_free(server->modules);
    w3e_arena_destroy(server->arena);
    w3_mem_config_release(&server->mem);
    w3e_free(server);
}

/* The current time as an HTTP date: "Sun, 06 Nov 1994 08:49:37 GMT". A busy server
 * answers many requests a second: the text is made once per second. */
static long long unix_now(void)
{
    FILETIME ft;
    GetSystemTimeAsFileTime(&ft);
    return w3e_filetime_to_unix(((ULONGLONG)ft.dwHighDateTime << 32) | ft.dwLowDateTime);
}

const char *w3e_http_date(w3_server *server)
{
    long long second = unix_now();
    if ((ULONGLONG)second != server->date_second || server->date_text[0] == '\0') {
        w3e_format_http_date(second, server->date_text, sizeof server->date_text);
        server->date_second = (ULONGLONG)second;
    }
    return server->date_text;
}

void w3e_log_date_time(w3_server *server, const char **date, const char **time)
{
    long long second = unix_now();
    if ((ULONGLONG)second != server->log_second || server->log_date[0] == '\0') {
        w3e_format_log_date_time(second, server->log_date, server->log_time);
        server->log_second = (ULONGLONG)second;
    }
    *date = server->log_date;
    *time = server->log_time;
}
