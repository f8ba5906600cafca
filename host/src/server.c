/* The per-process server: the engine, the listener, signals and graceful shutdown.
 * Connections are in connection.c. */
#include "server.h"

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "engine_memory.h"
#include "host.h"
#include "listen_socket.h"
#include "site_config.h"
#include "tls/tls_listener.h"

#include <objbase.h> /* after uv.h (host.h): winsock2.h goes before windows.h */

void host_conn_gone(host *h)
{
    if (!h->draining || h->conns != NULL || h->orphan_count != 0 || h->finished)
        return;
    h->finished = 1;
    uv_close((uv_handle_t *)&h->sigterm, NULL);
    uv_close((uv_handle_t *)&h->sigint, NULL);
    uv_close((uv_handle_t *)&h->sighup, NULL);
    uv_close((uv_handle_t *)&h->drain_timer, NULL);
    uv_close((uv_handle_t *)&h->health_timer, NULL);
    uv_close((uv_handle_t *)&h->log_timer, NULL);
    completions_close(&h->posts); /* no request is left that a module could complete */
}

static void on_connection(uv_stream_t *listener, int status)
{
    if (status == 0)
        conn_accept(listener->data, listener);
}

/* Connections a module still works on are closed too, but the engine keeps their
 * requests until the module completes: the server waits for those completions. */
static void on_drain_deadline(uv_timer_t *timer)
{
    host *h = timer->data;
    while (h->conns != NULL)
        conn_destroy(h->conns);
    if (h->orphan_count != 0 && !h->finished)
        fprintf(stderr, "w3host[%d]: waiting for %lu module completion(s)\n", (int)uv_os_getpid(),
                (unsigned long)h->orphan_count);
}

/* Stops accepting, closes idle connections, lets the others finish their request. */
static void host_begin_drain(host *h)
{
    if (h->draining) {
        on_drain_deadline(&h->drain_timer); /* a second signal: stop now */
        return;
    }
    h->draining = 1;
    uv_close((uv_handle_t *)&h->listener, NULL);
    uv_timer_stop(&h->health_timer);
    w3_server_stop_listening(h->server, 1); /* GL_STOP_LISTENING: draining */
    uv_timer_start(&h->drain_timer, on_drain_deadline, h->opts->shutdown_timeout_ms, 0);
    hconn *next;
    for (hconn *c = h->conns; c != NULL; c = next) {
        next = conn_next(c);
        if (!conn_is_busy(c))
            conn_begin_close(c);
    }
    host_conn_gone(h);
}

static void on_stop_signal(uv_signal_t *sig, int signum)
{
    (void)signum;
    host_begin_drain(sig->data);
}

static void on_hangup(uv_signal_t *sig, int signum)
{
    (void)signum;
    host *h = sig->data;
    if (h->log != NULL)
        w3c_log_reopen(h->log);
}

static void on_log_flush(uv_timer_t *timer)
{
    host *h = timer->data;
    w3c_log_flush(h->log);
}

static void on_health_check(uv_timer_t *timer)
{
    host *h = timer->data;
    w3_server_health_check(h->server); /* GL_HEALTH_CHECK */
}

static void on_engine_log(void *ctx, enum w3_log_kind kind, const char *line)
{
    (void)ctx;
    (void)kind; /* requests come to on_request_log */
    fprintf(stderr, "w3host[%d]: %s\n", (int)uv_os_getpid(), line);
}

static void on_request_log(void *ctx, const w3_log_record *rec)
{
    host *h = ctx;
    if (h->log != NULL)
        w3c_log_request(h->log, rec);
}

static int host_setup_engine(host *h)
{
    const host_options *o = h->opts;
    w3_static_config sc = {o->root, o->default_documents, o->default_document_count,
                           o->directory_browse};
    h->files = w3_static_create(&sc);
    if (h->files == NULL) {
        fprintf(stderr, "w3host: out of memory\n");
        return 0;
    }
    struct IHostMemoryManager *memory;
    if (engine_memory_setup(o->page_heap, o->memory_limit, &memory) != 0)
        return 0;
    /* Modules create COM objects (CoCreateInstance(CLSID_AppHostAdminManager)) on the
     * server's and their own threads: the process joins the multithreaded apartment, as
     * IIS's worker does, before the server registers its configuration class. */
    if (FAILED(CoInitializeEx(NULL, COINIT_MULTITHREADED)))
        fprintf(stderr, "w3host: COM could not be initialised\n");
    w3_server_config cfg;
    w3_server_config_init(&cfg);
    cfg.config_path = o->config_path; /* modules' IHttpServer::GetAdminManager */
    cfg.site_name = o->site_name;
    cfg.memory_manager = memory;
    cfg.max_header_bytes = o->max_request_bytes;
    cfg.max_header_count = o->max_header_count;
    cfg.max_requests_per_connection = o->max_requests_per_connection;
    cfg.max_body_bytes =
        o->max_body_bytes > ULONG_MAX ? ULONG_MAX : (unsigned long)o->max_body_bytes;
    cfg.document_root = o->root;
    cfg.instance_id = o->site_id;
    if (o->server_name != NULL)
        cfg.server_name = o->server_name;
    /* With --config, a folder's web.config may change the default documents and the
     * directory listing (site_config.c); the flags' settings are the fallback. */
    cfg.handler = o->config_path != NULL ? site_static_handler : w3_static_handler;
    if (o->config_path != NULL)
        site_static_setup(o->root, o->site_name, o->default_documents, o->default_document_count);
    cfg.handler_ctx = h->files;
    cfg.log = on_engine_log;
    cfg.log_ctx = h;
    cfg.request_log = on_request_log;
    cfg.request_log_ctx = h;
    cfg.post = completions_post;
    cfg.post_ctx = &h->posts;
    h->server = w3_server_create(&cfg);
    engine_memory_release(memory);
    if (h->server == NULL) {
        fprintf(stderr, "w3host: out of memory\n");
        return 0;
    }
    for (size_t i = 0; i < o->filter_count; i++) {
        if (!w3_server_add_filter(h->server, o->filters[i].name, o->filters[i].path)) {
            fprintf(stderr, "w3host: ISAPI filter '%s' (%s) could not be loaded\n",
                    o->filters[i].name, o->filters[i].path);
            return 0;
        }
    }
    for (size_t i = 0; i < o->module_count; i++) {
        const host_extension *m = &o->modules[i];
        if (!(m->global_only ? w3_server_add_global_module
                             : w3_server_add_module)(h->server, m->name, m->path)) {
            fprintf(stderr, "w3host: %snative module '%s' (%s) could not be loaded\n",
                    m->global_only ? "global " : "", m->name, m->path);
            return 0;
        }
    }
    for (size_t i = 0; i < o->extension_count; i++) {
        const host_extension *e = &o->extensions[i];
        if (!w3_server_add_extension(h->server, e->name, e->path, e->url_pattern)) {
            fprintf(stderr, "w3host: ISAPI extension '%s' (%s) could not be loaded\n", e->name,
                    e->path);
            return 0;
        }
    }
    return 1;
}

static void host_teardown(host *h)
{
    if (h->server != NULL)
        w3_server_destroy(h->server); /* TerminateFilter */
    if (h->files != NULL)
        w3_static_destroy(h->files);
    if (h->log != NULL)
        w3c_log_close(h->log);
    tls_listener_close(h->tls);
    free(h->orphans);
    free(h->spare_output);
}

/* The address as bound (the port the system chose for port 0), IPv6 in brackets. */
static void print_listening(host *h)
{
    struct sockaddr_storage sa = {0};
    int len = sizeof sa;
    char ip[64] = "?";
    unsigned short port = 0;
    if (uv_tcp_getsockname(&h->listener, (struct sockaddr *)&sa, &len) == 0)
        socket_address_text(&sa, ip, sizeof ip, &port);
    int v6 = strchr(ip, ':') != NULL;
    fprintf(stderr, "w3host[%d]: listening on %s://%s%s%s:%u/ serving %s\n", (int)uv_os_getpid(),
            h->tls != NULL ? "https" : "http", v6 ? "[" : "", ip, v6 ? "]" : "", (unsigned)port,
            h->opts->root);
}

/* Closes what host_serve opened before it could serve, and runs the loop until closed. */
static int host_abandon(host *h)
{
    completions_close(&h->posts);
    uv_run(&h->loop, UV_RUN_DEFAULT);
    uv_loop_close(&h->loop);
    host_teardown(h);
    return 2;
}

int host_serve(const host_options *opts, int worker)
{
    static host h_storage;
    host *h = &h_storage;
    memset(h, 0, sizeof *h);
    h->opts = opts;
    if (opts->log_dir != NULL) {
        h->log = w3c_log_open(opts->log_dir, opts->log_buffer_bytes, &opts->log_settings);
        if (h->log == NULL)
            return 2;
    }
    uv_loop_init(&h->loop);
    if (!completions_init(&h->posts, h)) {
        fprintf(stderr, "w3host: cannot set up the completion queue\n");
        uv_loop_close(&h->loop);
        host_teardown(h);
        return 2;
    }
    if (!host_setup_engine(h) || !tls_listener_open(&opts->tls, &h->tls))
        return host_abandon(h);
    uv_tcp_init(&h->loop, &h->listener);
    h->listener.data = h;
    char err[256];
    int ok = listen_socket_bind(&h->listener, opts->listen_ip, opts->listen_port, worker, err,
                                sizeof err);
    if (ok) {
        int rc = uv_listen((uv_stream_t *)&h->listener, 511, on_connection);
        if (rc != 0) {
            snprintf(err, sizeof err, "cannot listen on %s:%u: %s", opts->listen_ip,
                     opts->listen_port, uv_strerror(rc));
            ok = 0;
        }
    }
    if (!ok) {
        fprintf(stderr, "w3host: %s\n", err);
        uv_close((uv_handle_t *)&h->listener, NULL);
        return host_abandon(h);
    }
    uv_timer_init(&h->loop, &h->drain_timer);
    h->drain_timer.data = h;
    uv_timer_init(&h->loop, &h->health_timer);
    h->health_timer.data = h;
    uv_timer_start(&h->health_timer, on_health_check, opts->health_check_ms, opts->health_check_ms);
    uv_timer_init(&h->loop, &h->log_timer);
    h->log_timer.data = h;
    if (h->log != NULL)
        uv_timer_start(&h->log_timer, on_log_flush, opts->log_flush_ms, opts->log_flush_ms);
    uv_signal_init(&h->loop, &h->sigterm);
    uv_signal_init(&h->loop, &h->sigint);
    uv_signal_init(&h->loop, &h->sighup);
    h->sigterm.data = h->sigint.data = h->sighup.data = h;
    uv_signal_start(&h->sigterm, on_stop_signal, SIGTERM);
    if (!worker)
        uv_signal_start(&h->sigint, on_stop_signal, SIGINT);
    uv_signal_start(&h->sighup, on_hangup, SIGHUP);
    if (!opts->quiet)
        print_listening(h);
    uv_run(&h->loop, UV_RUN_DEFAULT);
    uv_loop_close(&h->loop);
    host_teardown(h);
    return 0;
}
