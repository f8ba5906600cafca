#include "site_setup.h"

#include <limits.h>
#include <stdio.h>
#include <string.h>

#include <windows.h>

#include "host_log.h"
#include "site_isapi.h"
#include "site_route.h"
#include "w3config.h"

/* "error N: TEXT" for GetLastError's code (FormatMessage's system text). */
static const char *last_error_text(char *buf, size_t size)
{
    DWORD code = GetLastError();
    char text[512];
    DWORD n = FormatMessageA(FORMAT_MESSAGE_FROM_SYSTEM | FORMAT_MESSAGE_IGNORE_INSERTS, NULL, code,
                             0, text, sizeof text, NULL);
    while (n > 0 && (text[n - 1] == '\r' || text[n - 1] == '\n' || text[n - 1] == ' '))
        n--;
    snprintf(buf, size, "error %lu%s%.*s", (unsigned long)code, n != 0 ? ": " : "", (int)n, text);
    return buf;
}

/* Where an extension comes from, for its error: "FILE:LINE: " or "". */
static const char *origin(const host_options *o, const host_extension *e, char *buf, size_t size)
{
    if (e->line == 0 || o->config_path == NULL)
        buf[0] = '\0';
    else
        snprintf(buf, size, "%s:%u: ", o->config_path, e->line);
    return buf;
}

static void report(const host_options *o, const host_site *site, const host_extension *e,
                   const char *kind)
{
    char where[1200], why[600];
    fprintf(stderr, "w3host: %s%s '%s' (%s) could not be loaded%s%s%s: %s\n",
            origin(o, e, where, sizeof where), kind, e->name, e->path,
            o->site_count > 1 ? " for site \"" : "", o->site_count > 1 ? site->name : "",
            o->site_count > 1 ? "\"" : "", last_error_text(why, sizeof why));
}

/* Loads the filters, modules and extensions; returns how many failed. */
static int load_extensions(const host_options *o, hsite *site, int keep_going)
{
    int problems = 0;
    for (size_t i = 0; i < o->filter_count && (keep_going || problems == 0); i++)
        if (!w3_server_add_filter(site->server, o->filters[i].name, o->filters[i].path)) {
            report(o, site->cfg, &o->filters[i], "ISAPI filter");
            problems++;
        }
    for (size_t i = 0; i < o->module_count && (keep_going || problems == 0); i++) {
        const host_extension *m = &o->modules[i];
        if (!(m->global_only ? w3_server_add_global_module
                             : w3_server_add_module)(site->server, m->name, m->path)) {
            report(o, site->cfg, m, m->global_only ? "global native module" : "native module");
            problems++;
        }
    }
    for (size_t i = 0; i < o->extension_count && (keep_going || problems == 0); i++) {
        const host_extension *e = &o->extensions[i];
        if (!w3_server_add_extension(site->server, e->name, e->path, e->url_pattern)) {
            report(o, site->cfg, e, "ISAPI extension");
            problems++;
        }
    }
    return problems;
}

/* The engine's log lines go to stderr, numbered by process. */
static void on_engine_log(void *ctx, enum w3_log_kind kind, const char *line)
{
    (void)ctx;
    (void)kind; /* requests come to on_request_log */
    host_log(HOST_LOG_ERR, "w3host[%d]: %s", (int)uv_os_getpid(), line);
}

static void on_request_log(void *ctx, const w3_log_record *rec)
{
    hsite *site = ctx;
    if (site->log != NULL)
        w3c_log_request(site->log, rec);
    worker_report_request(site->h, rec); /* the pool's counters, over every site */
}

/* The engine server of the site. */
static w3_server *create_server(host *h, hsite *site, struct IHostMemoryManager *memory)
{
    const host_options *o = h->opts;
    const host_site *s = site->cfg;
    w3_virtual_dir dirs[W3_CONFIG_MAX_VIRTUAL_DIRS];
    size_t dir_count = s->config != NULL ? s->config->virtual_dir_count : 0;
    for (size_t i = 0; i < dir_count; i++) {
        dirs[i].path = s->config->virtual_dirs[i].path;
        dirs[i].physical_path = s->config->virtual_dirs[i].physical_path;
        dirs[i].application = s->config->virtual_dirs[i].application;
    }
    w3_server_config cfg;
    w3_server_config_init(&cfg);
    cfg.config_path = o->config_path; /* modules' IHttpServer::GetAdminManager */
    cfg.site_name = s->name;
    cfg.instance_id = s->id;
    cfg.document_root = s->root;
    cfg.virtual_dirs = dirs;
    cfg.virtual_dir_count = dir_count;
    /* SERVER_NAME of a request without Host: the site's first binding's host name. */
    if (s->binding_count > 0 && s->bindings[0].host_name[0] != '\0')
        cfg.server_name = s->bindings[0].host_name;
    cfg.memory_manager = memory;
    cfg.max_header_bytes = o->max_request_bytes;
    cfg.max_header_count = o->max_header_count;
    cfg.max_requests_per_connection = o->max_requests_per_connection;
    cfg.max_body_bytes =
        o->max_body_bytes > ULONG_MAX ? ULONG_MAX : (unsigned long)o->max_body_bytes;
    /* With --config, the handler takes a folder's <defaultDocument> and <directoryBrowse>
     * from the engine's configuration system; the flags' settings are the fallback. */
    cfg.handler = w3_static_handler;
    cfg.handler_ctx = site->files;
    cfg.log = on_engine_log;
    cfg.log_ctx = h;
    cfg.request_log = on_request_log;
    cfg.request_log_ctx = site;
    /* The metrics report each module's and filter's time. */
    cfg.time_extensions = o->metrics_port != 0 || o->metrics_fd >= 0;
    cfg.post = completions_post;
    cfg.post_ctx = &h->posts;
    cfg.host_check = site_route_check; /* each request's Host must stay with this site */
    cfg.host_check_ctx = site;
    return w3_server_create(&cfg);
}

int site_setup(host *h, hsite *site, struct IHostMemoryManager *memory, int keep_going)
{
    const host_options *o = h->opts;
    const host_site *s = site->cfg;
    if (s->log_dir[0] != '\0' && !keep_going) { /* its folder was checked at start */
        site->log = w3c_log_open(s->log_dir, o->log_buffer_bytes, &s->log_settings);
        if (site->log == NULL)
            return 1;
    }
    w3_static_config sc = {s->root, o->default_documents, o->default_document_count,
                           o->directory_browse};
    site->files = w3_static_create(&sc);
    site->server = site->files != NULL ? create_server(h, site, memory) : NULL;
    if (site->server == NULL) {
        fprintf(stderr, "w3host: out of memory\n");
        return 1;
    }
    int problems = load_extensions(o, site, keep_going);
    /* <handlers> and <isapiCgiRestriction> of applicationHost.config, for every site. */
    if ((keep_going || problems == 0) && o->config != NULL &&
        !site_isapi_setup(site->server, o->config))
        problems++;
    return problems;
}

void site_teardown(hsite *site)
{
    if (site->server != NULL)
        w3_server_destroy(site->server); /* TerminateFilter */
    if (site->files != NULL)
        w3_static_destroy(site->files);
    if (site->log != NULL)
        w3c_log_close(site->log);
    memset(site, 0, sizeof *site);
}
