/* The element tree of the applicationHost.config subset and what each element sets. */
#include "config_schema.h"

#include <stdlib.h>
#include <string.h>

#include "config_tls.h"
#include "config_pools.h"
#include "config_values.h"

/* ---- sites ---- */

/* Appends a site to the list; NULL after failing when out of memory. */
static w3_config_site *new_site(config_reader *r, const char *name)
{
    w3_config *c = r->cfg;
    w3_config_site *grown = realloc(c->sites, (c->site_count + 1) * sizeof *grown);
    if (grown == NULL) {
        w3c_fail(r, name, "out of memory");
        return NULL;
    }
    c->sites = grown;
    w3_config_site *site = &grown[c->site_count++];
    memset(site, 0, sizeof *site);
    return site;
}

static void site_start(config_reader *r, const char *name, const char **attrs)
{
    r->site = NULL;
    const char *site_name = w3c_attr(attrs, "name");
    const char *id = w3c_attr(attrs, "id");
    if (site_name == NULL || site_name[0] == '\0' || id == NULL) {
        w3c_fail(r, name, "needs name and id");
        return;
    }
    w3_config_site *site = new_site(r, name);
    if (site == NULL)
        return;
    r->site = site;
    w3c_set_string(r, name, &site->name, site_name);
    w3c_attr_uint(r, name, attrs, "id", 1, 0xFFFFFFFFu, &site->id);
    site->line = r->line;
    for (w3_config_site *other = r->cfg->sites; other != site; other++) {
        if (other->id == site->id && site->id != 0) {
            w3c_fail(r, name, "id %u is also the id of site \"%s\"", site->id, other->name);
            break;
        }
        if (other->name != NULL && site->name != NULL && strcmp(other->name, site->name) == 0) {
            w3c_fail(r, name, "a site named \"%s\" comes before", site->name);
            break;
        }
    }
}

static void site_end(config_reader *r)
{
    r->site = NULL;
}

static void binding_start(config_reader *r, const char *name, const char **attrs)
{
    const char *protocol = w3c_attr(attrs, "protocol");
    const char *info = w3c_attr(attrs, "bindingInformation");
    w3_config_site *site = r->site;
    if (site == NULL)
        return; /* its <site> was refused */
    if (protocol == NULL || (strcmp(protocol, "http") != 0 && strcmp(protocol, "https") != 0))
        return; /* net.tcp, ftp, ...: other services' bindings */
    if (info == NULL) {
        w3c_fail(r, name, "bindingInformation is missing");
        return;
    }
    if (site->binding_count == W3_CONFIG_MAX_BINDINGS) {
        w3c_fail(r, name, "more than %d bindings", W3_CONFIG_MAX_BINDINGS);
        return;
    }
    w3_config_binding *b = &site->bindings[site->binding_count++];
    w3c_set_string(r, name, &b->protocol, protocol);
    b->secure = strcmp(protocol, "https") == 0;
    w3c_parse_binding(r, name, info, b);
}

static void site_limits_start(config_reader *r, const char *name, const char **attrs)
{
    if (r->site != NULL && r->site == r->cfg->sites)
        w3c_attr_uint(r, name, attrs, "maxConnections", 0, 0xFFFFFFFFu, &r->cfg->max_connections);
}

static void site_log_start(config_reader *r, const char *name, const char **attrs)
{
    if (r->site != NULL)
        w3c_log_file_read(r, name, attrs, &r->site->log);
}

static void site_defaults_log_start(config_reader *r, const char *name, const char **attrs)
{
    w3c_log_file_read(r, name, attrs, &r->cfg->site_defaults_log);
}

/* A URL path as IIS writes one: it starts with '/'. */
static int is_url_path(const char *path)
{
    return path != NULL && path[0] == '/';
}

static void application_start(config_reader *r, const char *name, const char **attrs)
{
    const char *path = w3c_attr(attrs, "path");
    if (!is_url_path(path)) {
        w3c_fail(r, name, "path=\"%s\" is not a URL path starting with '/'", path ? path : "");
        return;
    }
    if (strlen(path) >= sizeof r->app_path) {
        w3c_fail(r, name, "path is too long");
        return;
    }
    strcpy(r->app_path, path);
    const char *pool = w3c_attr(attrs, "applicationPool");
    if (r->site != NULL && r->site == r->cfg->sites && strcmp(path, "/") == 0 && pool != NULL)
        w3c_set_string(r, name, &r->cfg->app_pool, pool);
}

static void application_end(config_reader *r)
{
    r->app_path[0] = '\0';
}

/* The application's path joined with the virtual directory's ("/app" + "/img"). */
static char *joined_path(const char *app, const char *vdir)
{
    size_t app_len = strlen(app);
    while (app_len > 0 && app[app_len - 1] == '/')
        app_len--;
    size_t len = app_len + strlen(vdir);
    char *path = malloc(len + 1);
    if (path != NULL) {
        memcpy(path, app, app_len);
        strcpy(path + app_len, vdir);
        while (len > 1 && path[len - 1] == '/')
            path[--len] = '\0';
    }
    return path;
}

static void vdir_start(config_reader *r, const char *name, const char **attrs)
{
    const char *path = w3c_attr(attrs, "path");
    const char *physical = w3c_attr(attrs, "physicalPath");
    w3_config_site *site = r->site;
    if (site == NULL)
        return; /* its <site> was refused */
    if (!is_url_path(path)) {
        w3c_fail(r, name, "path=\"%s\" is not a URL path starting with '/'", path ? path : "");
        return;
    }
    if (physical == NULL || physical[0] == '\0') {
        w3c_fail(r, name, "physicalPath is missing");
        return;
    }
    char *url = joined_path(r->app_path, path);
    if (url == NULL) {
        w3c_fail(r, name, "out of memory");
        return;
    }
    if (strcmp(url, "/") == 0) {
        free(url);
        w3c_set_expanded(r, name, &site->physical_path, physical);
        return;
    }
    if (site->virtual_dir_count == W3_CONFIG_MAX_VIRTUAL_DIRS) {
        free(url);
        w3c_fail(r, name, "more than %d virtual directories", W3_CONFIG_MAX_VIRTUAL_DIRS);
        return;
    }
    w3_config_virtual_dir *v = &site->virtual_dirs[site->virtual_dir_count++];
    v->path = url;
    w3c_set_string(r, name, &v->application, r->app_path);
    w3c_set_expanded(r, name, &v->physical_path, physical);
}

/* ---- system.webServer ---- */

/* Nonzero if a list of `count` items has room for one more; else fails naming `what`. */
static int has_room(config_reader *r, const char *name, size_t count, const char *what)
{
    if (count < W3_CONFIG_MAX_ITEMS)
        return 1;
    w3c_fail(r, name, "more than %d %s", W3_CONFIG_MAX_ITEMS, what);
    return 0;
}

static void global_module_add(config_reader *r, const char *name, const char **attrs)
{
    w3_config *c = r->cfg;
    const char *mod = w3c_attr(attrs, "name"), *image = w3c_attr(attrs, "image");
    if (mod == NULL || image == NULL) {
        w3c_fail(r, name, "needs name and image");
        return;
    }
    if (!has_room(r, name, c->global_module_count, "global modules"))
        return;
    w3_config_module *m = &c->global_modules[c->global_module_count++];
    m->line = r->line;
    w3c_set_string(r, name, &m->name, mod);
    w3c_set_string(r, name, &m->image, image);
}

static void module_add(config_reader *r, const char *name, const char **attrs)
{
    w3_config *c = r->cfg;
    const char *mod = w3c_attr(attrs, "name");
    if (mod == NULL) {
        w3c_fail(r, name, "needs name");
        return;
    }
    if (w3c_attr(attrs, "type") != NULL)
        return; /* a managed module: there is no CLR here */
    if (!has_room(r, name, c->module_count, "modules"))
        return;
    c->modules[c->module_count].line = r->line;
    w3c_set_string(r, name, &c->modules[c->module_count++].name, mod);
}

static void filter_add(config_reader *r, const char *name, const char **attrs)
{
    w3_config *c = r->cfg;
    const char *filter = w3c_attr(attrs, "name"), *path = w3c_attr(attrs, "path");
    if (filter == NULL || path == NULL) {
        w3c_fail(r, name, "needs name and path");
        return;
    }
    if (!has_room(r, name, c->filter_count, "filters"))
        return;
    w3_config_filter *f = &c->filters[c->filter_count++];
    f->enabled = 1;
    f->line = r->line;
    w3c_set_string(r, name, &f->name, filter);
    w3c_set_string(r, name, &f->path, path);
    w3c_attr_bool(r, name, attrs, "enabled", &f->enabled);
}

static void default_document_start(config_reader *r, const char *name, const char **attrs)
{
    w3c_attr_bool(r, name, attrs, "enabled", &r->cfg->default_document_enabled);
}

static void file_add(config_reader *r, const char *name, const char **attrs)
{
    w3_config *c = r->cfg;
    const char *value = w3c_attr(attrs, "value");
    if (value == NULL) {
        w3c_fail(r, name, "needs value");
        return;
    }
    if (!has_room(r, name, c->default_document_count, "default documents"))
        return;
    w3c_set_string(r, name, &c->default_documents[c->default_document_count++], value);
}

static void file_remove(config_reader *r, const char *name, const char **attrs)
{
    w3_config *c = r->cfg;
    const char *value = w3c_attr(attrs, "value");
    if (value == NULL) {
        w3c_fail(r, name, "needs value");
        return;
    }
    for (size_t i = 0; i < c->default_document_count; i++) {
        if (strcmp(c->default_documents[i], value) == 0) {
            free(c->default_documents[i]);
            memmove(&c->default_documents[i], &c->default_documents[i + 1],
                    (c->default_document_count - i - 1) * sizeof(char *));
            c->default_documents[--c->default_document_count] = NULL;
            return;
        }
    }
}

static void files_clear(config_reader *r, const char *name, const char **attrs)
{
    (void)name, (void)attrs;
    w3_config *c = r->cfg;
    for (size_t i = 0; i < c->default_document_count; i++) {
        free(c->default_documents[i]);
        c->default_documents[i] = NULL;
    }
    c->default_document_count = 0;
}

static void directory_browse_start(config_reader *r, const char *name, const char **attrs)
{
    w3c_attr_bool(r, name, attrs, "enabled", &r->cfg->directory_browse);
}

static void request_limits_start(config_reader *r, const char *name, const char **attrs)
{
    w3c_attr_u64(r, name, attrs, "maxAllowedContentLength", &r->cfg->max_allowed_content_length);
}

/* ---- <w3compat> ---- */

static void limits_start(config_reader *r, const char *name, const char **attrs)
{
    w3_config *c = r->cfg;
    w3c_attr_uint(r, name, attrs, "maxRequestBytes", 64, 1u << 24, &c->max_request_bytes);
    w3c_attr_uint(r, name, attrs, "maxHeaderCount", 1, 10000, &c->max_header_count);
    w3c_attr_uint(r, name, attrs, "maxRequestsPerConnection", 0, 0xFFFFFFFFu,
                  &c->max_requests_per_connection);
}

static void log_buffer_start(config_reader *r, const char *name, const char **attrs)
{
    w3_config *c = r->cfg;
    w3c_attr_uint(r, name, attrs, "size", 0, 64u << 20, &c->log_buffer_bytes);
    w3c_attr_uint(r, name, attrs, "flushSeconds", 1, 86400, &c->log_flush_s);
}

static void timeouts_start(config_reader *r, const char *name, const char **attrs)
{
    w3_config *c = r->cfg;
    w3c_attr_uint(r, name, attrs, "headerRead", 1, 86400, &c->header_timeout_s);
    w3c_attr_uint(r, name, attrs, "bodyRead", 1, 86400, &c->body_timeout_s);
    w3c_attr_uint(r, name, attrs, "keepAliveIdle", 1, 86400, &c->idle_timeout_s);
    w3c_attr_uint(r, name, attrs, "send", 1, 86400, &c->send_timeout_s);
    w3c_attr_uint(r, name, attrs, "shutdown", 1, 86400, &c->shutdown_timeout_s);
}

static void workers_start(config_reader *r, const char *name, const char **attrs)
{
    w3_config *c = r->cfg;
    w3c_attr_uint(r, name, attrs, "count", 1, 64, &c->workers);
    w3c_attr_uint(r, name, attrs, "rapidFailCount", 1, 1000, &c->rapid_fail_count);
    w3c_attr_uint(r, name, attrs, "rapidFailSeconds", 1, 86400, &c->rapid_fail_seconds);
}

static void memory_start(config_reader *r, const char *name, const char **attrs)
{
    w3_config *c = r->cfg;
    w3c_attr_bool(r, name, attrs, "pageHeap", &c->page_heap);
    w3c_attr_u64(r, name, attrs, "limit", &c->memory_limit);
}

static void health_check_start(config_reader *r, const char *name, const char **attrs)
{
    w3c_attr_uint(r, name, attrs, "interval", 1, 86400, &r->cfg->health_check_s);
}

/* ---- the tree ---- */

#define ATTRS(...) ((const char *const[]){__VA_ARGS__, NULL})
#define KIDS(...) ((const w3c_element *const[]){__VA_ARGS__, NULL})
#define LEAF(var, nm, attrs, start) static const w3c_element var = {nm, attrs, 1, NULL, start, NULL}

LEAF(binding_el, "binding", ATTRS("protocol", "bindingInformation", "sslFlags"), binding_start);
static const w3c_element bindings_el = {"bindings", NULL, 1, KIDS(&binding_el), NULL, NULL};
LEAF(vdir_el, "virtualDirectory",
     ATTRS("path", "physicalPath", "userName", "password", "logonMethod", "allowSubDirConfig"),
     vdir_start);
static const w3c_element application_el = {"application",     NULL,           0, KIDS(&vdir_el),
                                           application_start, application_end};
LEAF(site_limits_el, "limits",
     ATTRS("maxConnections", "connectionTimeout", "maxBandwidth", "maxUrlSegments"),
     site_limits_start);
#define LOG_FILE_ATTRS                                                                             \
    ATTRS("directory", "enabled", "logFormat", "period", "logExtFileFlags", "localTimeRollover",   \
          "truncateSize", "customLogPluginClsid", "logTargetW3C", "flushByEntryCountW3CLog",       \
          "maxLogLineLength", "logSiteId")
static const w3c_element site_log_el = {"logFile", LOG_FILE_ATTRS, 0, NULL, site_log_start, NULL};
static const w3c_element site_el = {
    "site",     ATTRS("name", "id", "serverAutoStart"),
    0,          KIDS(&bindings_el, &application_el, &site_limits_el, &site_log_el),
    site_start, site_end};
/* <periodicRestart><schedule> and the pools' other settings are not read. */
static const w3c_element periodic_restart_el = {
    "periodicRestart",
    ATTRS("time", "requests", "privateMemory", "memory"),
    0,
    NULL,
    w3c_periodic_restart_start,
    NULL};
static const w3c_element recycling_el = {"recycling", NULL, 0, KIDS(&periodic_restart_el),
                                         NULL,        NULL};
static const w3c_element pool_add_el = {"add",        NULL,        0, KIDS(&recycling_el),
                                        w3c_pool_add, w3c_pool_end};
static const w3c_element pools_el = {"applicationPools", NULL, 0, KIDS(&pool_add_el), NULL, NULL};
static const w3c_element site_defaults_log_el = {"logFile", LOG_FILE_ATTRS,          0,
                                                 NULL,      site_defaults_log_start, NULL};
static const w3c_element site_defaults_el = {"siteDefaults", NULL, 0, KIDS(&site_defaults_log_el),
                                             NULL,           NULL};
static const w3c_element sites_el = {"sites", NULL, 0, KIDS(&site_el, &site_defaults_el),
                                     NULL,    NULL};
static const w3c_element app_host_el = {"system.applicationHost",   NULL, 0,
                                        KIDS(&sites_el, &pools_el), NULL, NULL};

LEAF(global_add_el, "add", ATTRS("name", "image", "preCondition"), global_module_add);
LEAF(any_clear_el, "clear", ATTRS(""), NULL);
LEAF(name_remove_el, "remove", ATTRS("name"), NULL);
static const w3c_element global_modules_el = {"globalModules",
                                              ATTRS(""),
                                              1,
                                              KIDS(&global_add_el, &any_clear_el, &name_remove_el),
                                              NULL,
                                              NULL};
LEAF(module_add_el, "add", ATTRS("name", "preCondition", "type", "lockItem"), module_add);
static const w3c_element modules_el = {
    "modules", ATTRS("runAllManagedModulesForAllRequests"),
    1,         KIDS(&module_add_el, &any_clear_el, &name_remove_el),
    NULL,      NULL};
LEAF(filter_el, "filter", ATTRS("name", "path", "enabled", "enableCache", "preCondition"),
     filter_add);
static const w3c_element filters_el = {
    "isapiFilters", ATTRS(""), 1, KIDS(&filter_el, &any_clear_el, &name_remove_el), NULL, NULL};
LEAF(file_add_el, "add", ATTRS("value"), file_add);
LEAF(file_remove_el, "remove", ATTRS("value"), file_remove);
LEAF(files_clear_el, "clear", ATTRS(""), files_clear);
static const w3c_element files_el = {
    "files", ATTRS(""), 1, KIDS(&file_add_el, &file_remove_el, &files_clear_el), NULL, NULL};
static const w3c_element default_document_el = {"defaultDocument", ATTRS("enabled"),       1,
                                                KIDS(&files_el),   default_document_start, NULL};
LEAF(directory_browse_el, "directoryBrowse", ATTRS("enabled", "showFlags"), directory_browse_start);
static const w3c_element request_limits_el = {
    "requestLimits",
    ATTRS("maxAllowedContentLength", "maxUrl", "maxQueryString"),
    0,
    NULL,
    request_limits_start,
    NULL};
static const w3c_element request_filtering_el = {"requestFiltering",       NULL, 0,
                                                 KIDS(&request_limits_el), NULL, NULL};
LEAF(access_el, "access", ATTRS("sslFlags"), w3c_access_start);
static const w3c_element security_el = {
    "security", NULL, 0, KIDS(&request_filtering_el, &w3c_isapi_cgi_restriction_el, &access_el),
    NULL,       NULL};
static const w3c_element web_server_el = {"system.webServer",
                                          NULL,
                                          0,
                                          KIDS(&global_modules_el, &modules_el, &filters_el,
                                               &default_document_el, &directory_browse_el,
                                               &security_el, &w3c_handlers_el),
                                          NULL,
                                          NULL};
static const w3c_element location_el = {"location", NULL, 0, KIDS(&web_server_el), NULL, NULL};

LEAF(limits_el, "limits", ATTRS("maxRequestBytes", "maxHeaderCount", "maxRequestsPerConnection"),
     limits_start);
LEAF(log_buffer_el, "logBuffer", ATTRS("size", "flushSeconds"), log_buffer_start);
LEAF(timeouts_el, "timeouts", ATTRS("headerRead", "bodyRead", "keepAliveIdle", "send", "shutdown"),
     timeouts_start);
LEAF(workers_el, "workers", ATTRS("count", "rapidFailCount", "rapidFailSeconds"), workers_start);
LEAF(memory_el, "memory", ATTRS("pageHeap", "limit"), memory_start);
LEAF(health_check_el, "healthCheck", ATTRS("interval"), health_check_start);
LEAF(certificate_el, "certificate", ATTRS("hostName", "certificateFile", "keyFile"),
     w3c_certificate_add);
static const w3c_element tls_el = {
    "tls", ATTRS("clientCertificateAuthorities"), 1, KIDS(&certificate_el), w3c_tls_start, NULL};
static const w3c_element w3compat_recycling_el = {
    "recycling", ATTRS(""), 1, KIDS(&periodic_restart_el), w3c_w3compat_recycling_start,
    w3c_pool_end};
LEAF(metrics_el, "metrics", ATTRS("address", "port", "path"), w3c_metrics_start);
static const w3c_element w3compat_el = {"w3compat",
                                        ATTRS(""),
                                        1,
                                        KIDS(&limits_el, &timeouts_el, &workers_el, &memory_el,
                                             &health_check_el, &log_buffer_el, &tls_el,
                                             &w3compat_recycling_el, &metrics_el),
                                        NULL,
                                        NULL};

static const w3c_element configuration_el = {
    "configuration",
    NULL,
    0,
    KIDS(&app_host_el, &web_server_el, &location_el, &w3compat_el),
    NULL,
    NULL};
static const w3c_element document_el = {"", NULL, 1, KIDS(&configuration_el), NULL, NULL};

const w3c_element *w3c_find_child(const w3c_element *parent, const char *name)
{
    if (parent == NULL)
        parent = &document_el;
    if (parent->children == NULL)
        return NULL;
    for (const w3c_element *const *c = parent->children; *c != NULL; c++)
        if (strcmp((*c)->name, name) == 0)
            return *c;
    return NULL;
}

int w3c_attribute_known(const w3c_element *el, const char *attr)
{
    if (el->attributes == NULL)
        return 1;
    for (const char *const *a = el->attributes; *a != NULL; a++)
        if (strcmp(*a, attr) == 0)
            return 1;
    return 0;
}
