/* A server from an applicationHost.config, as w3host builds one: the first site's root
 * served by the static file handler, its filters and modules loaded in order. */
#include <limits.h>
#include <stdio.h>
#include <string.h>

#include "harness.h"
#include "w3config.h"
#include "w3static.h"

/* <modules> entries in order (each must be in <globalModules>), then the global
 * modules no <modules> entry enables, for their global notifications only. */
static w3h_status load_modules(w3h_server *s, const w3_config *c, const char *source)
{
    for (size_t i = 0; i < c->module_count; i++) {
        size_t g = 0;
        while (g < c->global_module_count &&
               strcmp(c->modules[i].name, c->global_modules[g].name) != 0)
            g++;
        if (g == c->global_module_count)
            return w3h_fail(W3H_E_CONFIG, "%s: <modules><add name=\"%s\">: not in <globalModules>",
                            source, c->modules[i].name);
        w3h_status st = w3h_server_add_module(s, c->global_modules[g].image);
        if (st != W3H_OK)
            return st;
    }
    for (size_t g = 0; g < c->global_module_count; g++) {
        size_t i = 0;
        while (i < c->module_count && strcmp(c->modules[i].name, c->global_modules[g].name) != 0)
            i++;
        if (i == c->module_count) {
            w3h_status st = w3h_server_add_global_module(s, c->global_modules[g].image);
            if (st != W3H_OK)
                return st;
        }
    }
    return W3H_OK;
}

static w3h_status start_from(const w3_config *c, const char *source, w3h_server **out)
{
    if (c->page_heap && !SetEnvironmentVariableA("W3_PAGE_HEAP", "1"))
        return w3h_fail(W3H_E_CONFIG, "%s: pageHeap: the environment cannot be changed", source);
    w3h_server *s;
    w3h_status st = w3h_server_alloc(&s);
    if (st != W3H_OK)
        return st;
    const w3_config_site *site = c->site_count > 0 ? &c->sites[0] : NULL;
    const char *root = site != NULL && site->physical_path != NULL ? site->physical_path : ".";
    w3_static_config sc = {root, (const char *const *)c->default_documents,
                           c->default_document_enabled ? c->default_document_count : 0,
                           c->directory_browse};
    s->static_files = w3_static_create(&sc);
    st = s->static_files == NULL ? w3h_fail(W3H_E_NO_MEMORY, "no memory for the static handler")
                                 : w3h_counting_memory_create(c->memory_limit, &s->memory);
    if (st != W3H_OK) {
        w3h_server_free(s);
        return st;
    }
    w3_server_config cfg;
    w3_server_config_init(&cfg);
    cfg.document_root = root;
    w3_virtual_dir dirs[W3_CONFIG_MAX_VIRTUAL_DIRS];
    if (site != NULL) {
        cfg.instance_id = site->id;
        if (site->binding_count > 0 && site->bindings[0].host[0] != '\0')
            cfg.server_name = site->bindings[0].host;
        for (size_t i = 0; i < site->virtual_dir_count; i++) {
            dirs[i].path = site->virtual_dirs[i].path;
            dirs[i].physical_path = site->virtual_dirs[i].physical_path;
            dirs[i].application = site->virtual_dirs[i].application;
        }
        cfg.virtual_dirs = dirs;
        cfg.virtual_dir_count = site->virtual_dir_count;
    }
    cfg.handler = w3_static_handler;
    cfg.handler_ctx = s->static_files;
    cfg.max_header_bytes = c->max_request_bytes;
    cfg.max_header_count = c->max_header_count;
    cfg.max_body_bytes = c->max_allowed_content_length > ULONG_MAX
                             ? ULONG_MAX
                             : (unsigned long)c->max_allowed_content_length;
    if ((st = w3h_server_wire(s, &cfg)) != W3H_OK) {
        w3h_server_free(s);
        return st;
    }
    if ((st = w3h_server_start(s, &cfg, &s)) != W3H_OK)
        return st;
    for (size_t i = 0; i < c->filter_count && st == W3H_OK; i++)
        if (c->filters[i].enabled)
            st = w3h_server_add_filter(s, c->filters[i].path);
    if (st == W3H_OK)
        st = load_modules(s, c, source);
    if (st != W3H_OK) {
        w3_server_destroy(s->engine);
        w3h_server_free(s);
        return st;
    }
    *out = s;
    return W3H_OK;
}

w3h_status w3h_server_create_from_file(const char *config_path, w3h_server **out)
{
    if (out == NULL)
        return w3h_fail(W3H_E_INVALID_ARG, "w3h_server_create_from_file: out is NULL");
    *out = NULL;
    if (config_path == NULL)
        return w3h_fail(W3H_E_INVALID_ARG, "w3h_server_create_from_file: config_path is NULL");
    w3_config c;
    char err[512];
    w3_config_init(&c);
    w3h_status st = w3_config_load(&c, config_path, err, sizeof err)
                        ? start_from(&c, config_path, out)
                        : w3h_fail(W3H_E_CONFIG, "%s", err);
    w3_config_free(&c);
    return st;
}

w3h_status w3h_server_create_from_config(const char *config_text, w3h_server **out)
{
    if (out == NULL)
        return w3h_fail(W3H_E_INVALID_ARG, "w3h_server_create_from_config: out is NULL");
    *out = NULL;
    if (config_text == NULL)
        return w3h_fail(W3H_E_INVALID_ARG, "w3h_server_create_from_config: config_text is NULL");
    /* The configuration reader takes a file: the text goes to a temporary one. */
    static volatile LONG serial;
    char dir[MAX_PATH], path[MAX_PATH + 64];
    DWORD n = GetTempPathA(sizeof dir, dir);
    if (n == 0 || n >= sizeof dir)
        return w3h_fail(W3H_E_CONFIG, "no temporary directory (error %lu)",
                        (unsigned long)GetLastError());
    snprintf(path, sizeof path, "%sw3harness-%lu-%ld.config", dir,
             (unsigned long)GetCurrentProcessId(), (long)InterlockedIncrement(&serial));
    FILE *f = fopen(path, "wb");
    if (f == NULL)
        return w3h_fail(W3H_E_CONFIG, "%s cannot be written", path);
    size_t len = strlen(config_text);
    int written = fwrite(config_text, 1, len, f) == len;
    if (fclose(f) != 0 || !written) {
        remove(path);
        return w3h_fail(W3H_E_CONFIG, "%s cannot be written", path);
    }
    w3_config c;
    char err[512];
    w3_config_init(&c);
    w3h_status st;
    if (w3_config_load(&c, path, err, sizeof err)) {
        st = start_from(&c, "config text", out);
    } else {
        /* "FILE:LINE: ..." names the temporary file; the test knows it as its text. */
        const char *at = strstr(err, path);
        st = w3h_fail(W3H_E_CONFIG, "config text%s", at != NULL ? at + strlen(path) : err);
    }
    w3_config_free(&c);
    remove(path);
    return st;
}
