/* The server: creation with the harness's callbacks, the thread that owns it, loading
 * extensions, the captured log, and teardown with its leak report. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <hostmem.h>

#include "harness.h"
#include "w3static.h"

w3h_status w3h_server_check(const w3h_server *server, const char *call)
{
    if (server == NULL)
        return w3h_fail(W3H_E_INVALID_ARG, "%s: the server is NULL", call);
    if (server->thread != GetCurrentThreadId())
        return w3h_fail(W3H_E_WRONG_THREAD,
                        "%s: called on thread %lu; the server belongs to thread %lu (a server "
                        "and its connections are used from the thread that created them)",
                        call, (unsigned long)GetCurrentThreadId(), (unsigned long)server->thread);
    return W3H_OK;
}

static void append_error(w3h_server *s, const char *line)
{
    size_t n = strlen(line);
    char *grown = realloc(s->errors, s->errors_len + n + 2);
    if (grown == NULL)
        return;
    memcpy(grown + s->errors_len, line, n);
    s->errors_len += n;
    grown[s->errors_len++] = '\n';
    grown[s->errors_len] = '\0';
    s->errors = grown;
}

static void on_log(void *ctx, enum w3_log_kind kind, const char *line)
{
    w3h_server *s = ctx;
    if (kind == W3_LOG_ERROR)
        append_error(s, line);
    if (s->user_log != NULL)
        s->user_log(s->user_log_ctx, kind, line);
}

static void copy_field(char *dst, size_t size, const char *src)
{
    snprintf(dst, size, "%s", src != NULL ? src : "");
}

static void on_request_log(void *ctx, const w3_log_record *rec)
{
    w3h_server *s = ctx;
    if (s->log_count < W3H_MAX_LOG_RECORDS) {
        w3h_log_record *r = &s->log[s->log_count++];
        copy_field(r->method, sizeof r->method, rec->method);
        copy_field(r->uri_stem, sizeof r->uri_stem, rec->uri_stem);
        copy_field(r->uri_query, sizeof r->uri_query, rec->uri_query);
        copy_field(r->username, sizeof r->username, rec->username);
        copy_field(r->client_addr, sizeof r->client_addr, rec->client_addr);
        r->status = rec->status;
        r->substatus = rec->substatus;
        r->win32_status = rec->win32_status;
        r->bytes_sent = rec->bytes_sent;
        r->bytes_received = rec->bytes_received;
    }
    if (s->user_request_log != NULL)
        s->user_request_log(s->user_request_log_ctx, rec);
}

/* The default handler: "METHOD URL", or a POST's body back. */
static void echo_handler(void *ctx, w3_request *req, w3_response *resp)
{
    (void)ctx;
    w3_response_add_header(resp, "Content-Type", "text/plain");
    size_t len;
    const void *body = w3_request_body(req, &len);
    if (strcmp(w3_request_method(req), "POST") == 0) {
        w3_response_write(resp, body, len);
        return;
    }
    const char *method = w3_request_method(req), *url = w3_request_url(req);
    w3_response_write(resp, method, strlen(method));
    w3_response_write(resp, " ", 1);
    w3_response_write(resp, url, strlen(url));
}

w3h_status w3h_server_alloc(w3h_server **out)
{
    w3h_server *s = calloc(1, sizeof *s);
    if (s == NULL)
        return w3h_fail(W3H_E_NO_MEMORY, "no memory for a server");
    s->thread = GetCurrentThreadId();
    s->posted = CreateEventA(NULL, FALSE, FALSE, NULL);
    if (s->posted == NULL) {
        free(s);
        return w3h_fail(W3H_E_NO_MEMORY, "CreateEvent failed: error %lu",
                        (unsigned long)GetLastError());
    }
    InitializeCriticalSection(&s->lock);
    *out = s;
    return W3H_OK;
}

void w3h_server_free(w3h_server *s)
{
    for (w3h_conn *c = s->conns, *next; c != NULL; c = next) {
        next = c->next;
        free(c->out);
        free(c->parsed);
        free(c->headers);
        free(c);
    }
    if (s->static_files != NULL)
        w3_static_destroy(s->static_files);
    if (s->memory != NULL)
        s->memory->lpVtbl->Release(s->memory);
    DeleteCriticalSection(&s->lock);
    CloseHandle(s->posted);
    free(s->errors);
    free(s);
}

w3h_status w3h_server_wire(w3h_server *s, w3_server_config *cfg)
{
    s->user_log = cfg->log;
    s->user_log_ctx = cfg->log_ctx;
    s->user_request_log = cfg->request_log;
    s->user_request_log_ctx = cfg->request_log_ctx;
    cfg->log = on_log;
    cfg->log_ctx = s;
    cfg->request_log = on_request_log;
    cfg->request_log_ctx = s;
    cfg->post = w3h_post;
    cfg->post_ctx = s;
    if (s->memory == NULL) {
        w3h_status st = w3h_counting_memory_create(0, &s->memory);
        if (st != W3H_OK)
            return st;
    }
    cfg->memory_manager = s->memory;
    return W3H_OK;
}

w3h_status w3h_server_start(w3h_server *s, const w3_server_config *cfg, w3h_server **out)
{
    s->engine = w3_server_create(cfg);
    if (s->engine == NULL) {
        w3h_server_free(s);
        return w3h_fail(W3H_E_NO_MEMORY, "w3_server_create failed");
    }
    *out = s;
    return W3H_OK;
}

w3h_status w3h_server_create_with(const w3_server_config *cfg, w3h_server **out)
{
    if (out == NULL)
        return w3h_fail(W3H_E_INVALID_ARG, "w3h_server_create_with: out is NULL");
    *out = NULL;
    if (cfg == NULL)
        return w3h_fail(W3H_E_INVALID_ARG, "w3h_server_create_with: cfg is NULL "
                                           "(w3h_server_create gives the defaults)");
    w3h_server *s;
    w3h_status st = w3h_server_alloc(&s);
    if (st != W3H_OK)
        return st;
    w3_server_config wired = *cfg;
    st = w3h_server_wire(s, &wired);
    if (st != W3H_OK) {
        w3h_server_free(s);
        return st;
    }
    return w3h_server_start(s, &wired, out);
}

w3h_status w3h_server_create(w3h_server **out)
{
    w3_server_config cfg;
    w3_server_config_init(&cfg);
    cfg.handler = echo_handler;
    return w3h_server_create_with(&cfg, out);
}

/* The file name without directory and extension: what the engine calls the extension. */
static void name_of(const char *path, char *name, size_t size)
{
    const char *base = path;
    for (const char *p = path; *p; p++)
        if (*p == '/' || *p == '\\')
            base = p + 1;
    size_t n = strcspn(base, ".");
    if (n >= size)
        n = size - 1;
    memcpy(name, base, n);
    name[n] = '\0';
}

typedef int (*add_fn)(w3_server *, const char *, const char *);

static w3h_status add_extension(w3h_server *s, const char *path, add_fn add, const char *call,
                                const char *kind)
{
    w3h_status st = w3h_server_check(s, call);
    if (st != W3H_OK)
        return st;
    if (path == NULL)
        return w3h_fail(W3H_E_INVALID_ARG, "%s: the path is NULL", call);
    if (s->conn_opened)
        return w3h_fail(W3H_E_STATE, "%s(%s): %ss load before the first connection is opened", call,
                        path, kind);
    char name[256];
    name_of(path, name, sizeof name);
    size_t errors_before = s->errors_len;
    if (!add(s->engine, name, path)) {
        DWORD error = GetLastError();
        const char *reason = s->errors != NULL ? s->errors + errors_before : "";
        return w3h_fail(W3H_E_LOAD, "%s(%s): the %s did not load (error %lu): %.*s", call, path,
                        kind, (unsigned long)error, (int)strcspn(reason, "\n"), reason);
    }
    return W3H_OK;
}

w3h_status w3h_server_add_filter(w3h_server *server, const char *path)
{
    return add_extension(server, path, w3_server_add_filter, "w3h_server_add_filter",
                         "ISAPI filter");
}

w3h_status w3h_server_add_module(w3h_server *server, const char *path)
{
    return add_extension(server, path, w3_server_add_module, "w3h_server_add_module",
                         "native module");
}

w3h_status w3h_server_add_global_module(w3h_server *server, const char *path)
{
    return add_extension(server, path, w3_server_add_global_module, "w3h_server_add_global_module",
                         "native module");
}

w3_server *w3h_server_engine(w3h_server *server)
{
    if (w3h_server_check(server, "w3h_server_engine") != W3H_OK)
        return NULL;
    return server->engine;
}

size_t w3h_server_log_count(const w3h_server *server)
{
    if (w3h_server_check(server, "w3h_server_log_count") != W3H_OK)
        return 0;
    return server->log_count;
}

w3h_status w3h_server_log_record(const w3h_server *server, size_t index, w3h_log_record *out)
{
    w3h_status st = w3h_server_check(server, "w3h_server_log_record");
    if (st != W3H_OK)
        return st;
    if (out == NULL)
        return w3h_fail(W3H_E_INVALID_ARG, "w3h_server_log_record: out is NULL");
    if (index >= server->log_count)
        return w3h_fail(W3H_E_INVALID_ARG, "w3h_server_log_record: record %lu asked, %lu logged",
                        (unsigned long)index, (unsigned long)server->log_count);
    *out = server->log[index];
    return W3H_OK;
}

const char *w3h_server_errors(const w3h_server *server)
{
    if (w3h_server_check(server, "w3h_server_errors") != W3H_OK)
        return "";
    return server->errors != NULL ? server->errors : "";
}

/* Appends to the teardown report, which ends with "; " after each part. */
#ifdef __MINGW32__
__attribute__((format(gnu_printf, 4, 5)))
#else
__attribute__((format(printf, 4, 5)))
#endif
static void
note(char *buf, size_t size, size_t *used, const char *fmt, ...)
{
    if (*used >= size - 1)
        return;
    va_list ap;
    va_start(ap, fmt);
    int k = vsnprintf(buf + *used, size - *used, fmt, ap);
    va_end(ap);
    if (k > 0)
        *used = *used + (size_t)k < size - 1 ? *used + (size_t)k : size - 1;
}

w3h_status w3h_server_destroy(w3h_server *s)
{
    w3h_status st = w3h_server_check(s, "w3h_server_destroy");
    if (st != W3H_OK)
        return st;
    char left[512] = "";
    size_t used = 0;
    for (w3h_conn *c = s->conns; c != NULL; c = c->next)
        if (!c->closed)
            w3h_conn_close(c);
    /* The engine keeps a closed connection whose module still works until its
     * completion comes back; wait for those before the server goes. */
    if (w3h_waiting(s) > 0 && w3h_server_run_pending(s, 5000) != W3H_OK)
        note(left, sizeof left, &used, "%lu completion(s) never came back; ",
             (unsigned long)w3h_waiting(s));
    int stuck = w3h_waiting(s) > 0; /* destroying now would free what a module still uses */
    if (!stuck)
        w3_server_destroy(s->engine);
    size_t regions = 0, bytes = 0;
    w3h_counting_memory_usage(s->memory, &regions, &bytes);
    if (!stuck && regions > 0) {
        note(left, sizeof left, &used, "%lu pool region(s)", (unsigned long)regions);
        note(left, sizeof left, &used, " (%lu bytes) not given back to the host memory manager; ",
             (unsigned long)bytes);
    }
    if (stuck) {
        /* The server and its memory stay allocated: a late completion must find them. */
        return w3h_fail(W3H_E_LEAK, "w3h_server_destroy: %sthe server was not destroyed", left);
    }
    w3h_server_free(s);
    if (used >= 2) {
        left[used - 2] = '\0'; /* the last "; " */
        return w3h_fail(W3H_E_LEAK, "w3h_server_destroy: %s", left);
    }
    return W3H_OK;
}
