/* The per-process server: libuv listener and connections over the engine's embedding
 * API. The engine frames HTTP; this file only moves bytes, keeps time, and closes. */
#include "server.h"

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <uv.h>

#include "engine_memory.h"
#include "listen_socket.h"
#include "w3c_log.h"
#include "w3engine.h"
#include "w3static.h"

/* After deciding to close, how long unread client bytes are drained before the socket
 * closes: closing with unread bytes would reset the connection and could destroy the
 * last response before the client reads it. */
#define LINGER_MS 2000

typedef struct host host;

typedef struct hconn {
    uv_tcp_t tcp;
    uv_timer_t timer;
    uv_shutdown_t shutdown;
    host *h;
    w3_conn *wc;
    int open_handles;
    int closing;  /* no more bytes go to the engine */
    int partial;  /* bytes of an unanswered request have arrived */
    int answered; /* the engine produced output during the current feed */
    int eof;      /* the client will send nothing more */
    size_t writes_pending;
    struct hconn *prev, *next;
} hconn;

struct host {
    uv_loop_t loop;
    const host_options *opts;
    uv_tcp_t listener;
    int listening;
    uv_signal_t sigterm, sigint, sighup;
    uv_timer_t drain_timer;
    int draining;
    w3_server *server;
    w3_static *files;
    w3c_log *log;
    hconn *conns;
    char read_buf[64 * 1024];
};

typedef struct pending_write {
    uv_write_t req;
    hconn *c;
    size_t len;
    char data[];
} pending_write;

static void conn_begin_close(hconn *c);

static void on_handle_closed(uv_handle_t *handle)
{
    hconn *c = handle->data;
    if (--c->open_handles == 0)
        free(c);
}

static void host_maybe_finished(host *h)
{
    if (!h->draining || h->conns != NULL)
        return;
    uv_close((uv_handle_t *)&h->sigterm, NULL);
    uv_close((uv_handle_t *)&h->sigint, NULL);
    uv_close((uv_handle_t *)&h->sighup, NULL);
    uv_close((uv_handle_t *)&h->drain_timer, NULL);
}

/* Releases the engine's side and both handles; the hconn is freed once they close. */
static void conn_destroy(hconn *c)
{
    host *h = c->h;
    if (uv_is_closing((uv_handle_t *)&c->tcp))
        return;
    if (c->wc != NULL) {
        w3_conn_close(c->wc);
        c->wc = NULL;
    }
    if (c->prev != NULL)
        c->prev->next = c->next;
    else
        h->conns = c->next;
    if (c->next != NULL)
        c->next->prev = c->prev;
    c->prev = c->next = NULL;
    uv_close((uv_handle_t *)&c->tcp, on_handle_closed);
    uv_close((uv_handle_t *)&c->timer, on_handle_closed);
    host_maybe_finished(h);
}

static void on_linger_timeout(uv_timer_t *timer)
{
    conn_destroy(timer->data);
}

static void on_shutdown(uv_shutdown_t *req, int status)
{
    hconn *c = req->data;
    if (status < 0 || c->eof) {
        conn_destroy(c);
        return;
    }
    uv_timer_start(&c->timer, on_linger_timeout, LINGER_MS, 0);
}

/* Sends what is queued, then half-closes and drains the client's remaining bytes. */
static void conn_begin_close(hconn *c)
{
    if (c->closing)
        return;
    c->closing = 1;
    uv_timer_stop(&c->timer);
    if (c->wc != NULL) {
        w3_conn_close(c->wc);
        c->wc = NULL;
    }
    c->shutdown.data = c;
    if (uv_shutdown(&c->shutdown, (uv_stream_t *)&c->tcp, on_shutdown) != 0)
        conn_destroy(c);
}

static void on_write_done(uv_write_t *req, int status)
{
    pending_write *w = (pending_write *)req;
    hconn *c = w->c;
    free(w);
    c->writes_pending--;
    if (uv_is_closing((uv_handle_t *)&c->tcp))
        return;
    if (status < 0) {
        conn_destroy(c);
        return;
    }
    if (c->h->draining && !c->partial && c->writes_pending == 0)
        conn_begin_close(c);
}

static void conn_send(hconn *c, const void *data, size_t len)
{
    pending_write *w = malloc(sizeof *w + len);
    if (w == NULL) {
        conn_begin_close(c);
        return;
    }
    memcpy(w->data, data, len);
    w->c = c;
    w->len = len;
    uv_buf_t buf = uv_buf_init(w->data, (unsigned)len);
    if (uv_write(&w->req, (uv_stream_t *)&c->tcp, &buf, 1, on_write_done) != 0) {
        free(w);
        return;
    }
    c->writes_pending++;
}

static void on_engine_output(void *ctx, const void *data, size_t len)
{
    hconn *c = ctx;
    c->answered = 1;
    if (len != 0 && !uv_is_closing((uv_handle_t *)&c->tcp))
        conn_send(c, data, len);
}

static void on_idle_timeout(uv_timer_t *timer)
{
    conn_begin_close(timer->data);
}

/* The client took too long to send a request's headers: 408, as HTTP.sys answers
 * before any filter sees the request, then close. */
static void on_header_timeout(uv_timer_t *timer)
{
    hconn *c = timer->data;
    static const char timeout_response[] = "HTTP/1.1 408 Request Timeout\r\n"
                                           "Content-Type: text/plain\r\n"
                                           "Content-Length: 17\r\n"
                                           "Connection: close\r\n\r\n"
                                           "Request Timeout\r\n";
    conn_send(c, timeout_response, sizeof timeout_response - 1);
    conn_begin_close(c);
}

static void conn_arm_idle(hconn *c)
{
    c->partial = 0;
    uv_timer_start(&c->timer, on_idle_timeout, c->h->opts->idle_timeout_ms, 0);
}

static void on_alloc(uv_handle_t *handle, size_t suggested, uv_buf_t *buf)
{
    (void)suggested;
    host *h = ((hconn *)handle->data)->h;
    *buf = uv_buf_init(h->read_buf, sizeof h->read_buf);
}

static void on_read(uv_stream_t *stream, ssize_t nread, const uv_buf_t *buf)
{
    hconn *c = stream->data;
    if (nread < 0) {
        c->eof = 1;
        if (c->closing || c->writes_pending == 0)
            conn_destroy(c);
        else
            conn_begin_close(c); /* the client half-closed: finish sending first */
        return;
    }
    if (nread == 0 || c->closing)
        return; /* nothing, or bytes drained while lingering */
    c->answered = 0;
    int close_now =
        w3_conn_feed(c->wc, buf->base, (size_t)nread) != 0 || w3_conn_wants_close(c->wc);
    if (close_now) {
        conn_begin_close(c);
        return;
    }
    /* The embedding API does not say whether bytes of a further request remain
     * buffered; a feed that produced a response is taken to end at a request boundary. */
    if (c->answered) {
        conn_arm_idle(c);
        if (c->h->draining && c->writes_pending == 0)
            conn_begin_close(c);
    } else if (!c->partial) {
        c->partial = 1;
        uv_timer_start(&c->timer, on_header_timeout, c->h->opts->header_timeout_ms, 0);
    }
}

static void fill_addr(const struct sockaddr_storage *sa, char *ip, size_t ip_size,
                      unsigned short *port)
{
    if (sa->ss_family == AF_INET6) {
        const struct sockaddr_in6 *a6 = (const struct sockaddr_in6 *)sa;
        uv_ip6_name(a6, ip, ip_size);
        *port = ntohs(a6->sin6_port);
    } else {
        const struct sockaddr_in *a4 = (const struct sockaddr_in *)sa;
        uv_ip4_name(a4, ip, ip_size);
        *port = ntohs(a4->sin_port);
    }
}

static void on_connection(uv_stream_t *listener, int status)
{
    host *h = listener->data;
    if (status < 0)
        return;
    hconn *c = calloc(1, sizeof *c);
    if (c == NULL)
        return;
    c->h = h;
    uv_tcp_init(&h->loop, &c->tcp);
    uv_timer_init(&h->loop, &c->timer);
    c->tcp.data = c->timer.data = c;
    c->open_handles = 2;
    c->next = h->conns;
    if (h->conns != NULL)
        h->conns->prev = c;
    h->conns = c;
    if (uv_accept(listener, (uv_stream_t *)&c->tcp) != 0) {
        conn_destroy(c);
        return;
    }
    uv_tcp_nodelay(&c->tcp, 1);
    struct sockaddr_storage local = {0}, remote = {0};
    int len = sizeof local;
    uv_tcp_getsockname(&c->tcp, (struct sockaddr *)&local, &len);
    len = sizeof remote;
    uv_tcp_getpeername(&c->tcp, (struct sockaddr *)&remote, &len);
    char local_ip[64] = "", remote_ip[64] = "";
    w3_conn_info info = {0};
    fill_addr(&local, local_ip, sizeof local_ip, &info.local_port);
    fill_addr(&remote, remote_ip, sizeof remote_ip, &info.remote_port);
    info.local_addr = local_ip;
    info.remote_addr = remote_ip;
    if (uv_read_start((uv_stream_t *)&c->tcp, on_alloc, on_read) != 0) {
        conn_destroy(c);
        return;
    }
    c->wc = w3_conn_open(h->server, &info, on_engine_output, c);
    if (c->wc == NULL) {
        /* The engine has no memory for the connection: 503, as HTTP.sys answers when
         * the application cannot take the request. */
        static const char unavailable[] = "HTTP/1.1 503 Service Unavailable\r\n"
                                          "Content-Type: text/plain\r\n"
                                          "Content-Length: 21\r\n"
                                          "Connection: close\r\n\r\n"
                                          "Service Unavailable\r\n";
        conn_send(c, unavailable, sizeof unavailable - 1);
        conn_begin_close(c);
        return;
    }
    conn_arm_idle(c);
}

static void on_drain_deadline(uv_timer_t *timer)
{
    host *h = timer->data;
    while (h->conns != NULL)
        conn_destroy(h->conns);
}

/* Stops accepting, closes idle connections, lets the others finish their request. */
static void host_begin_drain(host *h)
{
    if (h->draining) {
        on_drain_deadline(&h->drain_timer); /* a second signal: stop now */
        return;
    }
    h->draining = 1;
    if (h->listening) {
        uv_close((uv_handle_t *)&h->listener, NULL);
        h->listening = 0;
    }
    uv_timer_start(&h->drain_timer, on_drain_deadline, h->opts->shutdown_timeout_ms, 0);
    hconn *next;
    for (hconn *c = h->conns; c != NULL; c = next) {
        next = c->next;
        if (!c->partial && c->writes_pending == 0)
            conn_begin_close(c);
    }
    host_maybe_finished(h);
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

static void on_engine_log(void *ctx, enum w3_log_kind kind, const char *line)
{
    host *h = ctx;
    if (kind == W3_LOG_REQUEST) {
        if (h->log != NULL)
            w3c_log_request(h->log, line);
    } else {
        fprintf(stderr, "w3host[%d]: %s\n", (int)uv_os_getpid(), line);
    }
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
    w3_server_config cfg;
    w3_server_config_init(&cfg);
    cfg.memory_manager = memory;
    cfg.max_header_bytes = o->max_request_bytes;
    cfg.max_body_bytes =
        o->max_body_bytes > ULONG_MAX ? ULONG_MAX : (unsigned long)o->max_body_bytes;
    cfg.document_root = o->root;
    cfg.instance_id = o->site_id;
    if (o->server_name != NULL)
        cfg.server_name = o->server_name;
    cfg.handler = w3_static_handler;
    cfg.handler_ctx = h->files;
    cfg.log = on_engine_log;
    cfg.log_ctx = h;
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
}

int host_serve(const host_options *opts, int worker)
{
    static host h_storage;
    host *h = &h_storage;
    memset(h, 0, sizeof *h);
    h->opts = opts;
    if (opts->log_dir != NULL) {
        h->log = w3c_log_open(opts->log_dir, opts->listen_ip, opts->listen_port);
        if (h->log == NULL)
            return 2;
    }
    if (!host_setup_engine(h)) {
        host_teardown(h);
        return 2;
    }
    uv_loop_init(&h->loop);
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
        uv_run(&h->loop, UV_RUN_DEFAULT);
        uv_loop_close(&h->loop);
        host_teardown(h);
        return 2;
    }
    h->listening = 1;
    uv_timer_init(&h->loop, &h->drain_timer);
    h->drain_timer.data = h;
    uv_signal_init(&h->loop, &h->sigterm);
    uv_signal_init(&h->loop, &h->sigint);
    uv_signal_init(&h->loop, &h->sighup);
    h->sigterm.data = h->sigint.data = h->sighup.data = h;
    uv_signal_start(&h->sigterm, on_stop_signal, SIGTERM);
    if (!worker)
        uv_signal_start(&h->sigint, on_stop_signal, SIGINT);
    uv_signal_start(&h->sighup, on_hangup, SIGHUP);
    if (!opts->quiet)
        fprintf(stderr, "w3host[%d]: listening on http://%s:%u/ serving %s\n", (int)uv_os_getpid(),
                opts->listen_ip, opts->listen_port, opts->root);
    uv_run(&h->loop, UV_RUN_DEFAULT);
    uv_loop_close(&h->loop);
    host_teardown(h);
    return 0;
}
