/* One TCP connection: bytes read go to the engine, the engine's output is written back
 * (one write per feed or resume) and its file ranges are sent from libuv's thread pool
 * (file_send.c), in order: output behind a file waits until the file is sent. The
 * connection's timeouts are kept here: header read (408), keep-alive idle, send
 * progress, and the linger after deciding to close.
 * While a module works on the request asynchronously no timeout runs: the connection
 * is the module's until its completion is resumed. */
#include <stdlib.h>
#include <string.h>

#include "file_send.h"
#include "conn_limit.h"
#include "host.h"
#include "host_log.h"
#include "listen_socket.h"
#include "site_route.h"
#include "tls/tls_conn.h"

/* After deciding to close, how long unread client bytes are drained before the socket
 * closes: closing with unread bytes would reset the connection and could destroy the
 * last response before the client reads it. */
#define LINGER_MS 2000

/* Output on its way: bytes, or a file range (`data` is then the file's path). */
typedef struct pending_write {
    uv_write_t req;
    hconn *c;
    struct pending_write *next; /* waiting behind a file */
    int is_file;
    unsigned long long file_offset, file_length;
    size_t len, cap;
    char data[];
} pending_write;

struct hconn {
    uv_tcp_t tcp;
    uv_timer_t timer;      /* idle, header read, or linger: set with timer_start */
    uv_timer_t send_timer; /* progress of queued writes */
    uv_shutdown_t shutdown;
    host *h;
    hlistener *listener;
    w3_conn *wc;   /* NULL until its site is known, and after the engine's side closed */
    tls_conn *tls; /* on an HTTPS listener: the session the bytes go through */
    int tls_open;  /* its handshake is done */
    /* On a listener shared by sites, the (plain) bytes that came before the first
     * request's headers named its host; the addresses w3_conn_open is given then. */
    char *route_buf;
    size_t route_len;
    int routing;
    w3_conn_info info;
    char local_ip[64], remote_ip[64];
    int open_handles;
    int closing;  /* no more bytes go to the engine */
    int partial;  /* bytes of an unanswered request have arrived */
    int answered; /* the engine produced output during the current feed */
    int feeding;  /* inside w3_conn_feed: output is batched */
    int eof;      /* the client will send nothing more */
    int failed;   /* output could not be queued (out of memory) */
    int shutdown_started;
    int counted;         /* in the connection limit (conn_limit_take) */
    int idle_armed;      /* timer runs the idle timeout */
    uint64_t idle_since; /* loop time of the last answer (conn_arm_idle) */
    pending_write *batch;
    size_t writes_pending;             /* uv_writes not yet completed */
    pending_write *queue, *queue_last; /* output behind a file, in order */
    file_send *file;                   /* the file range being sent */
    pending_write *file_item;          /* ... as it was queued (names the file) */
    /* Bytes given to the socket or to libuv's write queue for it (file bytes too). */
    unsigned long long bytes_queued, sent_at_check;
    struct hconn *prev, *next;
};

static const char timeout_response[] = "HTTP/1.1 408 Request Timeout\r\n"
                                       "Content-Type: text/plain\r\n"
                                       "Content-Length: 17\r\n"
                                       "Connection: close\r\n\r\n"
                                       "Request Timeout\r\n";
static const char unavailable_response[] = "HTTP/1.1 503 Service Unavailable\r\n"
                                           "Content-Type: text/plain\r\n"
                                           "Content-Length: 21\r\n"
                                           "Connection: close\r\n\r\n"
                                           "Service Unavailable\r\n";

static void conn_arm_idle(hconn *c);
static void on_send_check(uv_timer_t *timer);
static void tls_send_output(hconn *c);

/* Application bytes are decrypted into this buffer (the loop is single-threaded). */
static char plain_buf[16 * 1024];

hconn *conn_next(const hconn *c)
{
    return c->next;
}
static int output_pending(const hconn *c)
{
    return c->writes_pending != 0 || c->file != NULL || c->queue != NULL;
}

int conn_is_busy(const hconn *c)
{
    return c->partial || output_pending(c) || w3_conn_pending(c->wc);
}

/* Remembers a connection closed under a working module until its completion. */
static void orphan_add(host *h, w3_conn *wc)
{
    if (h->orphan_count == h->orphan_cap) {
        size_t cap = h->orphan_cap != 0 ? h->orphan_cap * 2 : 16;
        w3_conn **grown = realloc(h->orphans, cap * sizeof *grown);
        if (grown == NULL)
            return; /* shutdown will not wait for it; the engine still frees it */
        h->orphans = grown;
        h->orphan_cap = cap;
    }
    h->orphans[h->orphan_count++] = wc;
}

static int orphan_remove(host *h, w3_conn *wc)
{
    for (size_t i = 0; i < h->orphan_count; i++) {
        if (h->orphans[i] == wc) {
            h->orphans[i] = h->orphans[--h->orphan_count];
            return 1;
        }
    }
    return 0;
}

/* Ends the engine's side of the connection; a request still waiting for a module's
 * completion is kept on the orphan list until that completion comes back. */
static void engine_close(hconn *c)
{
    if (c->wc == NULL)
        return;
    if (w3_conn_pending(c->wc))
        orphan_add(c->h, c->wc);
    w3_conn_close(c->wc);
    c->wc = NULL;
}

static void on_handle_closed(uv_handle_t *handle)
{
    hconn *c = handle->data;
    if (--c->open_handles != 0)
        return;
    if (c->counted)
        conn_limit_give();
    free(c);
}

void conn_destroy(hconn *c)
{
    host *h = c->h;
    if (uv_is_closing((uv_handle_t *)&c->tcp))
        return;
    engine_close(c);
    tls_conn_destroy(c->tls);
    c->tls = NULL;
    free(c->route_buf);
    c->route_buf = NULL;
    free(c->batch);
    c->batch = NULL;
    if (c->file != NULL)
        file_send_abandon(c->file); /* it holds its own reference to the socket */
    c->file = NULL;
    free(c->file_item);
    c->file_item = NULL;
    while (c->queue != NULL) {
        pending_write *w = c->queue;
        c->queue = w->next;
        free(w);
    }
    c->queue_last = NULL;
    if (c->prev != NULL)
        c->prev->next = c->next;
    else
        h->conns = c->next;
    if (c->next != NULL)
        c->next->prev = c->prev;
    c->prev = c->next = NULL;
    uv_close((uv_handle_t *)&c->tcp, on_handle_closed);
    uv_close((uv_handle_t *)&c->timer, on_handle_closed);
    uv_close((uv_handle_t *)&c->send_timer, on_handle_closed);
    host_conn_gone(h);
}

/* The connection's one timeout at a time (idle, header or body read, handshake, linger). */
static void timer_start(hconn *c, uv_timer_cb cb, uint64_t ms)
{
    c->idle_armed = 0;
    uv_timer_start(&c->timer, cb, ms, 0);
}

static void timer_stop(hconn *c)
{
    c->idle_armed = 0;
    uv_timer_stop(&c->timer);
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
    timer_start(c, on_linger_timeout, LINGER_MS);
}

static unsigned long long bytes_sent(hconn *c)
{
    return c->bytes_queued - uv_stream_get_write_queue_size((uv_stream_t *)&c->tcp);
}

/* The send timeout runs while output is on its way. */
static void send_timer_update(hconn *c)
{
    if (!output_pending(c)) {
        uv_timer_stop(&c->send_timer);
    } else if (!uv_is_active((uv_handle_t *)&c->send_timer)) {
        c->sent_at_check = bytes_sent(c);
        uv_timer_start(&c->send_timer, on_send_check, c->h->opts->send_timeout_ms, 0);
    }
}

/* The client stopped taking bytes for a whole send timeout: give up on it. */
static void on_send_check(uv_timer_t *timer)
{
    hconn *c = timer->data;
    if (!output_pending(c))
        return;
    unsigned long long sent = bytes_sent(c);
    if (sent == c->sent_at_check) {
        conn_destroy(c);
        return;
    }
    c->sent_at_check = sent;
    uv_timer_start(&c->send_timer, on_send_check, c->h->opts->send_timeout_ms, 0);
}

/* Once what was queued before the close has gone: the write side shuts down. */
static void try_shutdown(hconn *c)
{
    if (!c->closing || c->shutdown_started || c->file != NULL || c->queue != NULL ||
        uv_is_closing((uv_handle_t *)&c->tcp))
        return;
    c->shutdown_started = 1;
    c->shutdown.data = c;
    if (uv_shutdown(&c->shutdown, (uv_stream_t *)&c->tcp, on_shutdown) != 0)
        conn_destroy(c);
}

static void pump(hconn *c);

/* Some output went out: what waited behind it follows, and the connection moves on
 * once nothing is left. */
static void output_progressed(hconn *c)
{
    pump(c);
    if (uv_is_closing((uv_handle_t *)&c->tcp))
        return;
    send_timer_update(c);
    try_shutdown(c);
    if (uv_is_closing((uv_handle_t *)&c->tcp) || conn_is_busy(c))
        return;
    if (c->h->draining && c->h->idle_grace_over)
        conn_begin_close(c);
    else if (!c->closing)
        conn_arm_idle(c); /* idle time counts from the end of the last response */
}

/* Keeps one buffer whose bytes went out for the next response (one connection at a
 * time uses it: the loop is single-threaded). */
#define SPARE_OUTPUT_MAX (64 * 1024)

static void release_output(host *h, pending_write *w)
{
    if (h->spare_output == NULL && w->cap <= SPARE_OUTPUT_MAX)
        h->spare_output = w;
    else
        free(w);
}

static void on_write_done(uv_write_t *req, int status)
{
    pending_write *w = (pending_write *)req;
    hconn *c = w->c;
    release_output(c->h, w);
    c->writes_pending--;
    if (uv_is_closing((uv_handle_t *)&c->tcp))
        return;
    if (status < 0) {
        conn_destroy(c);
        return;
    }
    output_progressed(c);
}

/* Bytes go straight to the socket when nothing is queued before them, as most
 * responses can: no write request, no completion to wait for. What the socket does not
 * take now goes through libuv's write queue. */
static void write_owned(hconn *c, pending_write *w)
{
    size_t done = 0;
    if (c->writes_pending == 0) {
        uv_buf_t all = uv_buf_init(w->data, (unsigned)w->len);
        int n = uv_try_write((uv_stream_t *)&c->tcp, &all, 1);
        if (n > 0)
            done = (size_t)n; /* an error is reported again by uv_write below */
    }
    c->bytes_queued += w->len;
    if (done == w->len) {
        release_output(c->h, w);
        return;
    }
    w->c = c;
    uv_buf_t rest = uv_buf_init(w->data + done, (unsigned)(w->len - done));
    if (uv_write(&w->req, (uv_stream_t *)&c->tcp, &rest, 1, on_write_done) != 0) {
        free(w);
        return;
    }
    c->writes_pending++;
    send_timer_update(c);
}

static void on_file_progress(void *ctx, unsigned long long bytes)
{
    hconn *c = ctx;
    c->bytes_queued += bytes;
}

/* The headers went out with a Content-Length the file can no longer fill: the only
 * way to tell the client is to close the connection. */
static void on_file_done(void *ctx, int status, int file_failed)
{
    hconn *c = ctx;
    pending_write *item = c->file_item;
    c->file = NULL;
    c->file_item = NULL;
    if (status < 0 && file_failed)
        host_log(HOST_LOG_WARNING, "w3host[%d]: file %s: %llu bytes at %llu could not be sent: %s",
                 (int)uv_os_getpid(), item->data, item->file_length, item->file_offset,
                 uv_strerror(status));
    free(item);
    if (status < 0)
        conn_destroy(c);
    else
        output_progressed(c);
}

static void start_file(hconn *c, pending_write *w)
{
    unsigned long long now =
        file_send_now(&c->h->loop, &c->tcp, w->data, w->file_offset, w->file_length);
    c->bytes_queued += now;
    w->file_offset += now;
    w->file_length -= now;
    if (w->file_length == 0) { /* sent whole: what waits behind it follows in pump */
        free(w);
        return;
    }
    c->file_item = w;
    c->file = file_send_start(&c->h->loop, &c->tcp, w->data, w->file_offset, w->file_length,
                              on_file_progress, on_file_done, c);
    if (c->file == NULL) {
        host_log(HOST_LOG_WARNING, "w3host[%d]: file %s could not be sent: out of resources",
                 (int)uv_os_getpid(), w->data);
        conn_destroy(c);
        return;
    }
    send_timer_update(c);
}

/* Hands queued output to libuv in order: bytes while no file is on its way, a file once
 * the bytes before it have been written (sendfile bypasses libuv's write queue). */
static void pump(hconn *c)
{
    while (c->queue != NULL && c->file == NULL && !uv_is_closing((uv_handle_t *)&c->tcp)) {
        pending_write *w = c->queue;
        if (w->is_file && c->writes_pending != 0)
            return;
        c->queue = w->next;
        if (c->queue == NULL)
            c->queue_last = NULL;
        w->next = NULL;
        if (w->is_file)
            start_file(c, w);
        else
            write_owned(c, w);
    }
}

static void enqueue(hconn *c, pending_write *w)
{
    w->next = NULL;
    if (c->queue_last != NULL)
        c->queue_last->next = w;
    else
        c->queue = w;
    c->queue_last = w;
}

/* Bytes go to libuv at once unless a file is ahead of them. */
static void send_owned(hconn *c, pending_write *w)
{
    if (c->file == NULL && c->queue == NULL)
        write_owned(c, w);
    else
        enqueue(c, w);
}

/* Appends to the batch of the current feed (or to a new write outside a feed). */
static int append_output(host *h, pending_write **slot, const void *data, size_t len)
{
    pending_write *w = *slot;
    if (w == NULL && h->spare_output != NULL && h->spare_output->cap >= len) {
        w = *slot = h->spare_output;
        h->spare_output = NULL;
        size_t cap = w->cap;
        memset(w, 0, sizeof *w);
        w->cap = cap;
    }
    if (w == NULL || w->len + len > w->cap) {
        size_t cap = w != NULL ? w->cap * 2 : 4096;
        while (cap < (w != NULL ? w->len : 0) + len)
            cap *= 2;
        pending_write *grown = realloc(w, sizeof *w + cap);
        if (grown == NULL)
            return 0;
        if (w == NULL)
            memset(grown, 0, sizeof *grown);
        grown->cap = cap;
        w = *slot = grown;
    }
    memcpy(w->data + w->len, data, len);
    w->len += len;
    return 1;
}

/* Bytes as they go on the wire (ciphertext on a TLS connection). */
static void send_wire(hconn *c, const void *data, size_t len)
{
    pending_write *w = NULL;
    if (!append_output(c->h, &w, data, len)) {
        conn_destroy(c);
        return;
    }
    send_owned(c, w);
}

/* Application bytes for the client, now (not batched). */
static void conn_send(hconn *c, const void *data, size_t len)
{
    if (c->tls == NULL)
        send_wire(c, data, len);
    else if (tls_conn_write(c->tls, data, len))
        tls_send_output(c);
    else
        conn_destroy(c); /* no session to carry them: a TLS client cannot read plain HTTP */
}

/* What the TLS session has for the socket goes out now. */
static void tls_send_output(hconn *c)
{
    char chunk[16 * 1024];
    size_t n;
    pending_write *w = NULL;
    while ((n = tls_conn_take_output(c->tls, chunk, sizeof chunk)) != 0) {
        if (!append_output(c->h, &w, chunk, n)) {
            free(w);
            conn_destroy(c);
            return;
        }
    }
    if (w != NULL && !uv_is_closing((uv_handle_t *)&c->tcp))
        send_owned(c, w);
    else
        free(w);
}

/* The feed's output goes out in one write. On a TLS connection the batch is the
 * response's plain bytes: encrypted at once they make as few records as they can, after
 * whatever the session had to send first (tickets, key updates). */
static void flush_batch(hconn *c)
{
    pending_write *w = c->batch;
    c->batch = NULL;
    if (c->tls == NULL) {
        if (w != NULL)
            send_owned(c, w);
        return;
    }
    int ok = w == NULL || tls_conn_write(c->tls, w->data, w->len);
    if (w != NULL)
        release_output(c->h, w);
    if (ok)
        tls_send_output(c);
    else
        conn_destroy(c);
}

static void on_engine_output(void *ctx, const void *data, size_t len)
{
    hconn *c = ctx;
    c->answered = 1;
    if (len == 0 || uv_is_closing((uv_handle_t *)&c->tcp))
        return;
    if (!c->feeding)
        conn_send(c, data, len);
    else if (!append_output(c->h, &c->batch, data, len))
        c->failed = 1; /* the connection ends after this feed */
}

/* A file range of a response: queued behind the output before it. While the engine
 * runs (a feed or resume) it only waits; it starts after the engine returned. */
static void on_engine_file(void *ctx, const char *path, unsigned long long offset,
                           unsigned long long length)
{
    hconn *c = ctx;
    c->answered = 1;
    if (uv_is_closing((uv_handle_t *)&c->tcp))
        return;
    size_t path_len = strlen(path) + 1;
    pending_write *w = calloc(1, sizeof *w + path_len);
    if (w == NULL) {
        c->failed = 1; /* the connection ends after this feed */
        return;
    }
    memcpy(w->data, path, path_len);
    w->is_file = 1;
    w->file_offset = offset;
    w->file_length = length;
    flush_batch(c); /* the headers before it */
    enqueue(c, w);
    if (!c->feeding)
        pump(c);
}

void conn_begin_close(hconn *c)
{
    if (c->closing)
        return;
    c->closing = 1;
    timer_stop(c);
    engine_close(c); /* END_OF_NET_SESSION; output still goes out */
    if (c->tls != NULL) {
        tls_conn_close_notify(c->tls); /* after what was queued before it */
        tls_send_output(c);
        if (uv_is_closing((uv_handle_t *)&c->tcp))
            return;
    }
    try_shutdown(c);
}

static void on_idle_timeout(uv_timer_t *timer)
{
    hconn *c = timer->data;
    uint64_t idle = uv_now(timer->loop) - c->idle_since;
    uint64_t limit = c->h->opts->idle_timeout_ms;
    if (idle < limit) { /* answered again since the timer was set */
        uv_timer_start(timer, on_idle_timeout, limit - idle, 0);
        return;
    }
    conn_begin_close(c);
}

/* The client took too long to send a request's headers, or stopped sending its body:
 * 408, as HTTP.sys answers, then close. */
static void on_read_timeout(uv_timer_t *timer)
{
    hconn *c = timer->data;
    conn_send(c, timeout_response, sizeof timeout_response - 1);
    conn_begin_close(c);
}

/* A keep-alive connection answers request after request: its idle timer is set once
 * and, when it fires, set again for what is left after the last answer. Moving it in
 * libuv's timer heap after each answer cost more. */
static void conn_arm_idle(hconn *c)
{
    c->partial = 0;
    c->idle_since = uv_now(&c->h->loop);
    if (c->idle_armed)
        return;
    timer_start(c, on_idle_timeout, c->h->opts->idle_timeout_ms);
    c->idle_armed = 1;
}

static void on_alloc(uv_handle_t *handle, size_t suggested, uv_buf_t *buf)
{
    (void)suggested;
    host *h = ((hconn *)handle->data)->h;
    *buf = uv_buf_init(h->read_buf, sizeof h->read_buf);
}

/* After a feed or a resume: sends what the engine produced and sets the timer the
 * connection's state calls for. */
static void conn_after_engine(hconn *c, int close_now)
{
    flush_batch(c);
    pump(c);
    if (uv_is_closing((uv_handle_t *)&c->tcp))
        return;
    if (w3_conn_pending(c->wc)) {
        timer_stop(c); /* the module has the request: no timeout closes it */
        c->partial = 0;
        return;
    }
    if (close_now || c->failed || w3_conn_wants_close(c->wc) || c->eof) {
        conn_begin_close(c);
        return;
    }
    /* The embedding API does not say whether bytes of a further request remain
     * buffered; a feed that produced a response is taken to end at a request boundary. */
    if (c->answered) {
        conn_arm_idle(c);
        if (c->h->draining && c->h->idle_grace_over && !conn_is_busy(c))
            conn_begin_close(c);
    } else if (w3_conn_receiving_body(c->wc)) {
        /* The headers have all come: each read of the body gives it the whole body-read
         * timeout again. */
        c->partial = 1;
        timer_start(c, on_read_timeout, c->h->opts->body_timeout_ms);
    } else if (!c->partial) {
        /* The header-read timeout runs from the request's first bytes. */
        c->partial = 1;
        timer_start(c, on_read_timeout, c->h->opts->header_timeout_ms);
    }
}

/* Opens the connection in its site's engine. Returns 0 after answering 503 when the
 * engine cannot take it. */
static int conn_open_in(hconn *c, hsite *site)
{
    c->wc = w3_conn_open(site->server, &c->info, on_engine_output, c);
    w3_tls_info tls;
    if (c->wc != NULL && c->tls != NULL) {
        tls_conn_facts(c->tls, &tls);
        if (!w3_conn_set_tls(c->wc, &tls)) {
            w3_conn_close(c->wc);
            c->wc = NULL;
        }
    }
    if (c->wc == NULL) {
        /* The engine has no memory for the connection: 503, as HTTP.sys answers when
         * the application cannot take the request. */
        conn_send(c, unavailable_response, sizeof unavailable_response - 1);
        conn_begin_close(c);
        return 0;
    }
    /* File ranges go to the socket with sendfile, which TLS cannot take: on a TLS
     * connection the engine reads them into its output, which is encrypted. */
    if (c->tls == NULL)
        w3_conn_set_file_output(c->wc, on_engine_file, c);
    return 1;
}

/* A connection of a listener shared by sites keeps its bytes until the first request's
 * headers are complete, then opens in the site its Host names (the engine then sees
 * all of them, READ_RAW_DATA filters included). Its later requests go to that site
 * too. Returns nonzero when the connection is open in its site, with c->route_buf
 * holding the bytes to feed. */
static int conn_route(hconn *c, const char *bytes, size_t len)
{
    char *grown = realloc(c->route_buf, c->route_len + len);
    if (grown == NULL) {
        conn_destroy(c);
        return 0;
    }
    memcpy(grown + c->route_len, bytes, len);
    c->route_buf = grown;
    c->route_len += len;
    size_t limit = c->h->opts->max_request_bytes != 0 ? c->h->opts->max_request_bytes : 16384;
    if (!site_route_ready(c->route_buf, c->route_len, limit)) {
        if (!c->partial) { /* the header-read timeout runs from the request's first bytes */
            c->partial = 1;
            timer_start(c, on_read_timeout, c->h->opts->header_timeout_ms);
        }
        return 0;
    }
    c->routing = 0;
    hsite *site = site_route(c->listener, c->local_ip, c->route_buf, c->route_len);
    if (site == NULL) {
        size_t n;
        const char *answer = site_route_bad_hostname(&n);
        conn_send(c, answer, n);
        conn_begin_close(c);
        return 0;
    }
    return conn_open_in(c, site);
}

/* A TLS problem costs only its connection: it is logged with the client's address. */
static void log_tls(hconn *c, const char *what, const char *reason)
{
    struct sockaddr_storage remote = {0};
    int len = sizeof remote;
    char ip[64] = "?";
    unsigned short port = 0;
    if (uv_tcp_getpeername(&c->tcp, (struct sockaddr *)&remote, &len) == 0)
        socket_address_text(&remote, ip, sizeof ip, &port);
    host_log(HOST_LOG_WARNING, "w3host[%d]: TLS %s from %s port %u%s%s", (int)uv_os_getpid(), what,
             ip, (unsigned)port, reason[0] != '\0' ? ": " : "", reason);
}

/* A slow handshake gets the header-read timeout, and then the connection closes. */
static void on_handshake_timeout(uv_timer_t *timer)
{
    hconn *c = timer->data;
    log_tls(c, "handshake timed out", "");
    conn_destroy(c);
}

static int conn_start(hconn *c);

/* Bytes from a TLS client: the handshake's, then requests, decrypted for the engine (on
 * a listener shared by sites, held until the first request's Host picks the site). A
 * handshake that fails (plain HTTP sent to the port among other things) ends the
 * connection after the alert, as HTTP.sys drops it: no HTTP answer goes back. */
static void tls_received(hconn *c, const void *data, size_t len)
{
    int was_open = c->tls_open;
    enum tls_state state = tls_conn_receive(c->tls, data, len);
    if (state == TLS_FAILED && !was_open) {
        log_tls(c, "handshake failed", tls_conn_error(c->tls));
        conn_begin_close(c);
        return;
    }
    if (!was_open) {
        tls_send_output(c); /* the handshake's answer */
        if (state != TLS_OPEN || uv_is_closing((uv_handle_t *)&c->tcp))
            return;
        timer_stop(c);
        c->tls_open = 1;
        if (!conn_start(c))
            return;
    }
    c->answered = 0;
    int close_now = 0;
    size_t n;
    while (!close_now && (n = tls_conn_read(c->tls, plain_buf, sizeof plain_buf, &state)) != 0) {
        const char *bytes = plain_buf;
        if (c->routing) {
            if (!conn_route(c, plain_buf, n)) {
                if (c->closing || uv_is_closing((uv_handle_t *)&c->tcp))
                    return; /* answered 400, or no memory */
                continue;   /* the headers are not complete yet */
            }
            bytes = c->route_buf;
            n = c->route_len;
        }
        c->feeding = 1;
        close_now = w3_conn_feed(c->wc, bytes, n) != 0;
        c->feeding = 0;
        free(c->route_buf);
        c->route_buf = NULL;
    }
    if (state == TLS_FAILED) {
        log_tls(c, "session failed", tls_conn_error(c->tls));
        close_now = 1;
    } else if (state == TLS_CLOSED) {
        c->eof = 1; /* close_notify: the client sends nothing more */
    }
    if (c->routing) { /* still waiting for the headers that name the site */
        tls_send_output(c);
        if (close_now || c->eof)
            conn_destroy(c);
        return;
    }
    conn_after_engine(c, close_now); /* sends the session's own bytes too */
}

static void on_read(uv_stream_t *stream, ssize_t nread, const uv_buf_t *buf)
{
    hconn *c = stream->data;
    if (nread < 0) {
        c->eof = 1;
        if (nread == UV_EOF && !c->closing && w3_conn_pending(c->wc)) {
            uv_read_stop(stream); /* half-closed: the module's answer still goes out */
            return;
        }
        if (c->closing || !output_pending(c))
            conn_destroy(c);
        else
            conn_begin_close(c); /* the client half-closed: finish sending first */
        return;
    }
    if (nread == 0 || c->closing)
        return; /* nothing, or bytes drained while lingering */
    if (c->tls != NULL) {
        tls_received(c, buf->base, (size_t)nread);
        return;
    }
    const char *bytes = buf->base;
    size_t len = (size_t)nread;
    if (c->routing) {
        if (!conn_route(c, bytes, len))
            return;
        bytes = c->route_buf;
        len = c->route_len;
    }
    c->answered = 0;
    c->feeding = 1;
    int close_now = w3_conn_feed(c->wc, bytes, len) != 0;
    c->feeding = 0;
    free(c->route_buf);
    c->route_buf = NULL;
    conn_after_engine(c, close_now);
}

void conn_resume(host *h, w3_conn *wc)
{
    hconn *c = w3_conn_context(wc);
    if (c == NULL) {
        /* Closed while the module worked: the engine ends the request now. */
        w3_conn_resume(wc);
        if (orphan_remove(h, wc))
            host_conn_gone(h);
        return;
    }
    c->answered = 0;
    c->feeding = 1;
    w3_conn_resume(wc);
    c->feeding = 0;
    conn_after_engine(c, 0);
}

int site_route_check(void *ctx, w3_conn *wc, const char *host_name)
{
    const hconn *c = w3_conn_context(wc);
    return c == NULL || !c->listener->by_host ||
           site_for_host(c->listener, c->local_ip, host_name) == ctx;
}

void conn_accept(hlistener *listener)
{
    host *h = listener->h;
    hconn *c = calloc(1, sizeof *c);
    if (c == NULL)
        return;
    c->h = h;
    c->listener = listener;
    uv_tcp_init(&h->loop, &c->tcp);
    uv_timer_init(&h->loop, &c->timer);
    uv_timer_init(&h->loop, &c->send_timer);
    c->tcp.data = c->timer.data = c->send_timer.data = c;
    c->open_handles = 3;
    c->next = h->conns;
    if (h->conns != NULL)
        h->conns->prev = c;
    h->conns = c;
    if (uv_accept((uv_stream_t *)&listener->tcp, (uv_stream_t *)&c->tcp) != 0 ||
        uv_read_start((uv_stream_t *)&c->tcp, on_alloc, on_read) != 0) {
        conn_destroy(c);
        return;
    }
    uv_tcp_nodelay(&c->tcp, 1);
    if (listener->tls != NULL && (c->tls = tls_conn_create(listener->tls)) == NULL) {
        conn_destroy(c);
        return;
    }
    if (!(c->counted = conn_limit_take())) {
        /* Over <limits maxConnections>: HTTP.sys's 503 (ConnLimit in its error log). */
        conn_send(c, unavailable_response, sizeof unavailable_response - 1);
        conn_begin_close(c);
        return;
    }
    struct sockaddr_storage local = {0}, remote = {0};
    int len = sizeof local;
    uv_tcp_getsockname(&c->tcp, (struct sockaddr *)&local, &len);
    len = sizeof remote;
    uv_tcp_getpeername(&c->tcp, (struct sockaddr *)&remote, &len);
    socket_address_text(&local, c->local_ip, sizeof c->local_ip, &c->info.local_port);
    socket_address_text(&remote, c->remote_ip, sizeof c->remote_ip, &c->info.remote_port);
    c->info.local_addr = c->local_ip;
    c->info.remote_addr = c->remote_ip;
    c->info.secure = listener->secure;
    if (c->tls != NULL) {
        /* The engine sees the connection once the handshake is done. */
        timer_start(c, on_handshake_timeout, h->opts->header_timeout_ms);
        return;
    }
    conn_start(c);
}

/* Opens the connection in its listener's one site, or leaves it waiting for the first
 * request's Host on a listener shared by sites. Returns 0 when the connection could not
 * be opened (it is closing). */
static int conn_start(hconn *c)
{
    c->routing = c->listener->by_host;
    if (!c->routing && !conn_open_in(c, c->listener->routes[0].site))
        return 0;
    conn_arm_idle(c);
    return 1;
}
