/* The per-process server: the engine, the listener, signals and graceful shutdown.
 * Connections are in connection.c. */
#include "server.h"

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "engine_memory.h"
#include "host.h"
#include "listeners.h"
#include "site_setup.h"
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
    listeners_close(h);
    uv_timer_stop(&h->health_timer);
    for (size_t i = 0; i < h->site_count; i++)
        w3_server_stop_listening(h->sites[i].server, 1); /* GL_STOP_LISTENING: draining */
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
    for (size_t i = 0; i < h->site_count; i++)
        w3_server_health_check(h->sites[i].server); /* GL_HEALTH_CHECK */
}

static void host_teardown(host *h)
{
    for (size_t i = 0; i < h->site_count; i++)
        site_teardown(&h->sites[i]); /* TerminateFilter */
    h->site_count = 0;
    listeners_free(h);
    free(h->orphans);
    free(h->spare_output);
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
    struct IHostMemoryManager *memory;
    if (engine_memory_setup(o->page_heap, o->memory_limit, &memory) != 0)
        return 1;
    /* Modules create COM objects (CoCreateInstance(CLSID_AppHostAdminManager)) on the
     * server's and their own threads: the process joins the multithreaded apartment, as
     * IIS's worker does, before the server registers its configuration class. */
    if (FAILED(CoInitializeEx(NULL, COINIT_MULTITHREADED)))
        fprintf(stderr, "w3host: COM could not be initialised\n");
    int problems = 0;
    for (size_t i = 0; i < o->site_count && (keep_going || problems == 0); i++) {
        h->sites[i].cfg = &o->sites[i];
        h->site_count = i + 1;
        problems += site_setup(h, &h->sites[i], memory, keep_going);
    }
    engine_memory_release(memory);
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
    int problems = host_setup_sites(h, 1);
    host_teardown(h);
    return problems + !tls_certificates_load(opts);
}

int host_serve(const host_options *opts, int worker)
{
    static host h_storage;
    host *h = &h_storage;
    memset(h, 0, sizeof *h);
    h->opts = opts;
    uv_loop_init(&h->loop);
    if (!completions_init(&h->posts, h)) {
        fprintf(stderr, "w3host: cannot set up the completion queue\n");
        uv_loop_close(&h->loop);
        host_teardown(h);
        return 2;
    }
    if (host_setup_sites(h, 0) != 0 || !listeners_open(h, worker, on_connection))
        return host_abandon(h);
    uv_timer_init(&h->loop, &h->drain_timer);
    h->drain_timer.data = h;
    uv_timer_init(&h->loop, &h->health_timer);
    h->health_timer.data = h;
    uv_timer_start(&h->health_timer, on_health_check, opts->health_check_ms, opts->health_check_ms);
    uv_timer_init(&h->loop, &h->log_timer);
    h->log_timer.data = h;
    if (opts->log_dir != NULL)
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
        listeners_print(h);
    uv_run(&h->loop, UV_RUN_DEFAULT);
    uv_loop_close(&h->loop);
    host_teardown(h);
    return 0;
}
