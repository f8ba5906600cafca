/* The per-process server: the engine, the listener, signals and graceful shutdown.
 * Connections are in connection.c. */
#include "server.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "engine_memory.h"
#include "file_send.h"
#include "host.h"
#include "host_log.h"
#include "listeners.h"
#include "pool_stats.h"
#include "service_notify.h"
#include "site_setup.h"
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
        conn_accept(listener->data);
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
    listeners_close(h);
    uv_timer_stop(&h->health_timer);
    for (size_t i = 0; i < h->site_count; i++)
        w3_server_stop_listening(h->sites[i].server, 1); /* GL_STOP_LISTENING: draining */
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
    for (size_t i = 0; i < h->site_count; i++)
        if (h->sites[i].log != NULL)
            w3c_log_reopen(h->sites[i].log);
}

static void on_log_flush(uv_timer_t *timer)
{
    host *h = timer->data;
    for (size_t i = 0; i < h->site_count; i++)
        if (h->sites[i].log != NULL)
            w3c_log_flush(h->sites[i].log);
}

static void on_health_check(uv_timer_t *timer)
{
    host *h = timer->data;
    for (size_t i = 0; i < h->site_count; i++) {
        w3_server_health_check(h->sites[i].server); /* GL_HEALTH_CHECK */
        /* What IIS's WAS learns from HSE_REQ_REPORT_UNHEALTHY; said once. */
        const char *reason = w3_server_unhealthy(h->sites[i].server);
        if (reason != NULL && !h->unhealthy_reported) {
            h->unhealthy_reported = 1;
            fprintf(stderr, "w3host[%d]: an ISAPI extension reports this worker unhealthy: %s\n",
                    (int)uv_os_getpid(), reason);
        }
    }
}

static void on_stats_tick(uv_timer_t *timer)
{
    worker_report_tick(timer->data);
}

static void host_teardown(host *h)
{
    for (size_t i = 0; i < h->site_count; i++)
        site_teardown(&h->sites[i]); /* TerminateFilter */
    h->site_count = 0;
    engine_memory_release(h->memory);
    h->memory = NULL;
    listeners_free(h);
    free(h->orphans);
    free(h->spare_output);
    file_send_cleanup();
}

/* Closes what host_serve opened before it could serve, and runs the loop until closed. */
static int host_abandon(host *h)
{
    listeners_close(h);
    completions_close(&h->posts);
    uv_run(&h->loop, UV_RUN_DEFAULT);
    uv_loop_close(&h->loop);
    host_teardown(h);
    return 2;
}

/* Every site's engine, sharing one memory manager. Returns the number of problems. */
static int host_setup_sites(host *h, int keep_going)
{
    const host_options *o = h->opts;
    if (engine_memory_setup(o->page_heap, o->memory_limit, &h->memory) != 0)
        return 1;
    /* Modules create COM objects (CoCreateInstance(CLSID_AppHostAdminManager)) on the
     * server's and their own threads: the process joins the multithreaded apartment, as
     * IIS's worker does, before the server registers its configuration class. */
    if (FAILED(CoInitializeEx(NULL, COINIT_MULTITHREADED)))
        host_log(HOST_LOG_ERR, "w3host: COM could not be initialised");
    int problems = 0;
    for (size_t i = 0; i < o->site_count && (keep_going || problems == 0); i++) {
        h->sites[i].h = h;
        h->sites[i].cfg = &o->sites[i];
        h->site_count = i + 1;
        problems += site_setup(h, &h->sites[i], h->memory, keep_going);
    }
    return problems;
}

/* Whether the certificates of the https listeners load (nonzero also when none is https). */
static int tls_certificates_load(const host_options *opts)
{
    for (size_t i = 0; i < opts->site_count; i++)
        for (size_t b = 0; b < opts->sites[i].binding_count; b++)
            if (opts->sites[i].bindings[b].secure) {
                struct tls_server *tls;
                if (!tls_listener_open(&opts->tls, &tls))
                    return 0;
                tls_listener_close(tls);
                return 1;
            }
    return 1;
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
        return 1;
    }
    int problems = host_setup_sites(h, 1);
    host_abandon(h);
    return problems + !tls_certificates_load(opts);
}

int host_serve(const host_options *opts, int worker)
{
    static host h_storage;
    host *h = &h_storage;
    memset(h, 0, sizeof *h);
    h->opts = opts;
    h->worker = worker;
    uv_loop_init(&h->loop);
    if (!completions_init(&h->posts, h)) {
        host_log(HOST_LOG_ERR, "w3host: cannot set up the completion queue");
        uv_loop_close(&h->loop);
        host_teardown(h);
        return 2;
    }
    if (host_setup_sites(h, 0) != 0)
        return host_abandon(h);
    /* Probes answer as soon as the sites do. */
    if (!metrics_server_start(h)) {
        metrics_server_close(h);
        return host_abandon(h);
    }
    if (!listeners_open(h, worker, on_connection)) {
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
    for (size_t i = 0; i < h->site_count; i++)
        if (h->sites[i].log != NULL) {
            uv_timer_start(&h->log_timer, on_log_flush, opts->log_flush_ms, opts->log_flush_ms);
            break;
        }
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
        listeners_print(h);
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
