/* The per-process server: the engine, the listener, signals and graceful shutdown.
 * Connections are in connection.c. */
#include "server.h"

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "engine_memory.h"
#include "host.h"
#include "host_log.h"
#include "listen_socket.h"
#include "pool_stats.h"
#include "service_notify.h"
#include "site_config.h"
#include "site_isapi.h"
#include "tls/tls_listener.h"

#include <objbase.h> /* after uv.h (host.h): winsock2.h goes before windows.h */

/* How long a drain lets idle keep-alive connections send one more request. */
#define DRAIN_IDLE_GRACE_MS 500

void host_conn_gone(host *h)
{
    if (!h->draining || h->conns != NULL || h->orphan_count != 0 || h->finished)
        return;
    h->finished = 1;
    uv_close((uv_handle_t *)&h->sigterm, NULL);
    uv_close((uv_handle_t *)&h->sigint, NULL);
    uv_close((uv_handle_t *)&h->sighup, NULL);
    uv_close((uv_handle_t *)&h->sigusr1, NULL);
    uv_close((uv_handle_t *)&h->drain_timer, NULL);
    uv_close((uv_handle_t *)&h->idle_grace_timer, NULL);
    uv_close((uv_handle_t *)&h->stats_timer, NULL);
    metrics_server_close(h);
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
        host_log(HOST_LOG_NOTICE, "w3host[%d]: waiting for %lu module completion(s)",
                 (int)uv_os_getpid(), (unsigned long)h->orphan_count);
}

static void close_idle_connections(host *h)
{
    h->idle_grace_over = 1;
    hconn *next;
    for (hconn *c = h->conns; c != NULL; c = next) {
        next = conn_next(c);
        if (!conn_is_busy(c))
            conn_begin_close(c);
    }
    host_conn_gone(h);
}

static void on_idle_grace_end(uv_timer_t *timer)
{
    close_idle_connections(timer->data);
}

/* Stops accepting and lets connections finish their request; each response now says
 * Connection: close. A keep-alive connection that is idle, or whose response went out
 * before the drain without that header, has until the grace period ends to send one
 * more request (a busy client's next one is usually on its way already, and closing
 * under it would fail it); then idle ones are closed. */
static void host_begin_drain(host *h)
{
    if (h->draining) {
        on_drain_deadline(&h->drain_timer); /* a second signal: stop now */
        return;
    }
    h->draining = 1;
    if (!h->worker) { /* a supervisor says these for its workers */
        pool_stats_set_stopping();
        service_notify("STOPPING=1");
    }
    uv_close((uv_handle_t *)&h->listener, NULL);
    uv_timer_stop(&h->health_timer);
    w3_server_stop_listening(h->server, 1); /* GL_STOP_LISTENING: draining */
    uv_timer_start(&h->drain_timer, on_drain_deadline, h->opts->shutdown_timeout_ms, 0);
    if (h->conns != NULL)
        uv_timer_start(&h->idle_grace_timer, on_idle_grace_end, DRAIN_IDLE_GRACE_MS, 0);
    else
        close_idle_connections(h);
}

static void on_stop_signal(uv_signal_t *sig, int signum)
{
    (void)signum;
    host_begin_drain(sig->data);
}

/* SIGHUP (a single process) and SIGUSR1: the log files were rotated. */
static void on_reopen_logs(uv_signal_t *sig, int signum)
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
    /* What IIS's WAS learns from HSE_REQ_REPORT_UNHEALTHY; said once. */
    const char *reason = w3_server_unhealthy(h->server);
    if (reason != NULL && !h->unhealthy_reported) {
        h->unhealthy_reported = 1;
        fprintf(stderr, "w3host[%d]: an ISAPI extension reports this worker unhealthy: %s\n",
                (int)uv_os_getpid(), reason);
    }
}

static void on_engine_log(void *ctx, enum w3_log_kind kind, const char *line)
{
    (void)ctx;
    (void)kind; /* requests come to on_request_log */
    host_log(HOST_LOG_ERR, "w3host[%d]: %s", (int)uv_os_getpid(), line);
}

static void on_request_log(void *ctx, const w3_log_record *rec)
{
    host *h = ctx;
    if (h->log != NULL)
        w3c_log_request(h->log, rec);
    worker_report_request(h, rec);
}

static void on_stats_tick(uv_timer_t *timer)
{
    worker_report_tick(timer->data);
}

static int host_setup_engine(host *h)
{
    const host_options *o = h->opts;
    w3_static_config sc = {o->root, o->default_documents, o->default_document_count,
                           o->directory_browse};
    h->files = w3_static_create(&sc);
    if (h->files == NULL) {
        host_log(HOST_LOG_ERR, "w3host: out of memory");
        return 0;
    }
    struct IHostMemoryManager *memory;
    if (engine_memory_setup(o->page_heap, o->memory_limit, &memory) != 0)
        return 0;
    /* Modules create COM objects (CoCreateInstance(CLSID_AppHostAdminManager)) on the
     * server's and their own threads: the process joins the multithreaded apartment, as
     * IIS's worker does, before the server registers its configuration class. */
    if (FAILED(CoInitializeEx(NULL, COINIT_MULTITHREADED)))
        host_log(HOST_LOG_ERR, "w3host: COM could not be initialised");
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
    /* The metrics report each module's and filter's time. */
    cfg.time_extensions = o->metrics_port != 0 || o->metrics_fd >= 0;
    cfg.post = completions_post;
    cfg.post_ctx = &h->posts;
    h->server = w3_server_create(&cfg);
    h->memory = memory; /* the metrics read its load */
    if (h->server == NULL) {
        host_log(HOST_LOG_ERR, "w3host: out of memory");
        return 0;
    }
    for (size_t i = 0; i < o->filter_count; i++) {
        if (!w3_server_add_filter(h->server, o->filters[i].name, o->filters[i].path)) {
            host_log(HOST_LOG_ERR, "w3host: ISAPI filter '%s' (%s) could not be loaded",
                     o->filters[i].name, o->filters[i].path);
            return 0;
        }
    }
    for (size_t i = 0; i < o->module_count; i++) {
        const host_extension *m = &o->modules[i];
        if (!(m->global_only ? w3_server_add_global_module
                             : w3_server_add_module)(h->server, m->name, m->path)) {
            host_log(HOST_LOG_ERR, "w3host: %snative module '%s' (%s) could not be loaded",
                     m->global_only ? "global " : "", m->name, m->path);
            return 0;
        }
    }
    for (size_t i = 0; i < o->extension_count; i++) {
        const host_extension *e = &o->extensions[i];
        if (!w3_server_add_extension(h->server, e->name, e->path, e->url_pattern)) {
            host_log(HOST_LOG_ERR, "w3host: ISAPI extension '%s' (%s) could not be loaded", e->name,
                     e->path);
            return 0;
        }
    }
    return o->config == NULL || site_isapi_setup(h->server, o->config);
}

static void host_teardown(host *h)
{
    engine_memory_release(h->memory);
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
    host_log(HOST_LOG_NOTICE, "w3host[%d]: listening on %s://%s%s%s:%u/ serving %s",
             (int)uv_os_getpid(), h->tls != NULL ? "https" : "http", v6 ? "[" : "", ip,
             v6 ? "]" : "", (unsigned)port, h->opts->root);
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

int host_check(const host_options *opts)
{
    static host h_storage;
    host *h = &h_storage;
    memset(h, 0, sizeof *h);
    h->opts = opts;
    uv_loop_init(&h->loop);
    if (!completions_init(&h->posts, h)) {
        uv_loop_close(&h->loop);
        return 2;
    }
    int ok = host_setup_engine(h);
    host_abandon(h);
    if (ok)
        host_log(HOST_LOG_INFO, "w3host: the configuration and its DLLs are good");
    return ok ? 0 : 2;
}

int host_serve(const host_options *opts, int worker)
{
    static host h_storage;
    host *h = &h_storage;
    memset(h, 0, sizeof *h);
    h->opts = opts;
    h->worker = worker;
    if (opts->log_dir != NULL) {
        h->log = w3c_log_open(opts->log_dir, opts->log_buffer_bytes, &opts->log_settings);
        if (h->log == NULL)
            return 2;
    }
    uv_loop_init(&h->loop);
    if (!completions_init(&h->posts, h)) {
        host_log(HOST_LOG_ERR, "w3host: cannot set up the completion queue");
        uv_loop_close(&h->loop);
        host_teardown(h);
        return 2;
    }
    if (!host_setup_engine(h) || !tls_listener_open(&opts->tls, &h->tls))
        return host_abandon(h);
    /* Probes answer as soon as the site does. */
    if (!metrics_server_start(h)) {
        metrics_server_close(h);
        return host_abandon(h);
    }
    uv_tcp_init(&h->loop, &h->listener);
    h->listener.data = h;
    char err[256];
    int ok;
    if (opts->listen_fd >= 0) { /* the supervisor's socket, shared by its workers */
        ok = uv_tcp_open(&h->listener, (uv_os_sock_t)opts->listen_fd) == 0;
        snprintf(err, sizeof err, "the inherited listening socket cannot be used");
    } else {
        ok = listen_socket_bind(&h->listener, opts->listen_ip, opts->listen_port, worker, err,
                                sizeof err);
    }
    if (ok) {
        int rc = uv_listen((uv_stream_t *)&h->listener, 511, on_connection);
        if (rc != 0) {
            snprintf(err, sizeof err, "cannot listen on %s:%u: %s", opts->listen_ip,
                     opts->listen_port, uv_strerror(rc));
            ok = 0;
        }
    }
    if (!ok) {
        host_log(HOST_LOG_ERR, "w3host: %s", err);
        uv_close((uv_handle_t *)&h->listener, NULL);
        metrics_server_close(h);
        return host_abandon(h);
    }
    uv_timer_init(&h->loop, &h->drain_timer);
    h->drain_timer.data = h;
    uv_timer_init(&h->loop, &h->idle_grace_timer);
    h->idle_grace_timer.data = h;
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
    uv_signal_start(&h->sighup, on_reopen_logs, SIGHUP);
    uv_signal_init(&h->loop, &h->sigusr1);
    h->sigusr1.data = h;
#ifdef SIGUSR1
    uv_signal_start(&h->sigusr1, on_reopen_logs, SIGUSR1);
#endif
    uv_timer_init(&h->loop, &h->stats_timer);
    h->stats_timer.data = h;
    uv_timer_start(&h->stats_timer, on_stats_tick, 0, 1000);
    if (!opts->quiet)
        print_listening(h);
    if (opts->ready_fd >= 0) { /* the supervisor waits for this before it retires others */
#ifndef _WIN32
        ssize_t said = write(opts->ready_fd, "L", 1);
        (void)said;
        close(opts->ready_fd);
#endif
    } else if (!worker) {
        service_notify("READY=1");
    }
    uv_run(&h->loop, UV_RUN_DEFAULT);
    uv_loop_close(&h->loop);
    host_teardown(h);
    return 0;
}
