/* The operations listener: Prometheus metrics, /healthz (GL_HEALTH_CHECK and the
 * modules' answers) and /readyz (false once the server drains). One request per
 * connection, answered from the pool's shared numbers; separate from the site's
 * listener, so that no filter or module sees these requests. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "host.h"
#include "host_log.h"
#include "listen_socket.h"
#include "metrics_text.h"
#include "pool_stats.h"

#define MCONN_REQUEST_MAX 8192

struct mconn {
    uv_tcp_t tcp;
    uv_write_t write;
    host *h;
    char *response;
    size_t len;
    char request[MCONN_REQUEST_MAX];
    struct mconn *prev, *next;
};

static void mconn_closed(uv_handle_t *handle)
{
    mconn *m = handle->data;
    host *h = m->h;
    if (m->prev != NULL)
        m->prev->next = m->next;
    else
        h->mconns = m->next;
    if (m->next != NULL)
        m->next->prev = m->prev;
    free(m->response);
    free(m);
}

static void mconn_close(mconn *m)
{
    if (!uv_is_closing((uv_handle_t *)&m->tcp))
        uv_close((uv_handle_t *)&m->tcp, mconn_closed);
}

static void on_written(uv_write_t *req, int status)
{
    (void)status;
    mconn_close(req->data);
}

/* Sends status, content type and body, then closes. */
static void respond(mconn *m, const char *status, const char *type, const char *body,
                    size_t body_len, int head_only)
{
    char head[256];
    int n = snprintf(head, sizeof head,
                     "HTTP/1.1 %s\r\nContent-Type: %s\r\nContent-Length: %lu\r\n"
                     "Cache-Control: no-store\r\nConnection: close\r\n\r\n",
                     status, type, (unsigned long)body_len);
    size_t total = (size_t)n + (head_only ? 0 : body_len);
    m->response = malloc(total);
    if (m->response == NULL) {
        mconn_close(m);
        return;
    }
    memcpy(m->response, head, (size_t)n);
    if (!head_only)
        memcpy(m->response + n, body, body_len);
    uv_buf_t buf = uv_buf_init(m->response, (unsigned)total);
    m->write.data = m;
    if (uv_write(&m->write, (uv_stream_t *)&m->tcp, &buf, 1, on_written) != 0)
        mconn_close(m);
}

static void answer_metrics(mconn *m, int head_only)
{
    pool_stats_view v;
    pool_stats_read(&v);
    size_t need = metrics_text_render(&v, NULL, 0) + 1;
    char *text = malloc(need);
    if (text == NULL) {
        mconn_close(m);
        return;
    }
    size_t len = metrics_text_render(&v, text, need);
    respond(m, "200 OK", "text/plain; version=0.0.4; charset=utf-8", text, len, head_only);
    free(text);
}

static void answer_health(mconn *m, int head_only)
{
    host *h = m->h;
    char reason[300], body[400];
    /* The worker is healthy when every site's engine is. */
    int healthy = 1;
    for (size_t i = 0; !h->finished && healthy && i < h->site_count; i++)
        healthy = w3_server_check_health(h->sites[i].server, reason, sizeof reason);
    int n = healthy ? snprintf(body, sizeof body, "healthy\n")
                    : snprintf(body, sizeof body, "unhealthy: %s\n", reason);
    respond(m, healthy ? "200 OK" : "503 Service Unavailable", "text/plain; charset=utf-8", body,
            (size_t)n, head_only);
}

static void answer_ready(mconn *m, int head_only)
{
    pool_stats_view v;
    pool_stats_read(&v);
    int ready = !v.stopping; /* set by the supervisor, or by a single process's drain */
    const char *body = ready ? "ready\n" : "draining\n";
    respond(m, ready ? "200 OK" : "503 Service Unavailable", "text/plain; charset=utf-8", body,
            strlen(body), head_only);
}

/* The request line is "METHOD SP PATH SP VERSION"; the query is not looked at. */
static void answer(mconn *m)
{
    char method[8], path[1024];
    if (sscanf(m->request, "%7s %1023s HTTP/1.", method, path) != 2) {
        respond(m, "400 Bad Request", "text/plain", "bad request\n", 12, 0);
        return;
    }
    int head_only = strcmp(method, "HEAD") == 0;
    if (!head_only && strcmp(method, "GET") != 0) {
        respond(m, "405 Method Not Allowed", "text/plain", "GET or HEAD\n", 12, 0);
        return;
    }
    char *query = strchr(path, '?');
    if (query != NULL)
        *query = '\0';
    if (strcmp(path, m->h->opts->metrics_path) == 0)
        answer_metrics(m, head_only);
    else if (strcmp(path, "/healthz") == 0)
        answer_health(m, head_only);
    else if (strcmp(path, "/readyz") == 0)
        answer_ready(m, head_only);
    else
        respond(m, "404 Not Found", "text/plain", "not found\n", 10, head_only);
}

static void on_alloc(uv_handle_t *handle, size_t suggested, uv_buf_t *buf)
{
    (void)suggested;
    mconn *m = handle->data;
    *buf = uv_buf_init(m->request + m->len, (unsigned)(MCONN_REQUEST_MAX - 1 - m->len));
}

static void on_read(uv_stream_t *stream, ssize_t nread, const uv_buf_t *buf)
{
    (void)buf;
    mconn *m = stream->data;
    if (nread < 0 || (nread == 0 && m->len == MCONN_REQUEST_MAX - 1)) {
        mconn_close(m);
        return;
    }
    m->len += (size_t)nread;
    m->request[m->len] = '\0';
    if (strstr(m->request, "\r\n\r\n") != NULL || strstr(m->request, "\n\n") != NULL) {
        uv_read_stop(stream);
        answer(m);
    } else if (m->len == MCONN_REQUEST_MAX - 1) {
        mconn_close(m);
    }
}

static void on_metrics_connection(uv_stream_t *listener, int status)
{
    host *h = listener->data;
    if (status != 0)
        return;
    mconn *m = calloc(1, sizeof *m);
    if (m == NULL)
        return;
    m->h = h;
    uv_tcp_init(&h->loop, &m->tcp);
    m->tcp.data = m;
    m->next = h->mconns;
    if (h->mconns != NULL)
        h->mconns->prev = m;
    h->mconns = m;
    if (uv_accept(listener, (uv_stream_t *)&m->tcp) != 0 ||
        uv_read_start((uv_stream_t *)&m->tcp, on_alloc, on_read) != 0)
        mconn_close(m);
}

int metrics_server_start(host *h)
{
    const host_options *o = h->opts;
    if (o->metrics_port == 0 && o->metrics_fd < 0)
        return 1;
    char err[256];
    uv_tcp_init(&h->loop, &h->metrics);
    h->metrics.data = h;
    h->metrics_on = 1;
    int ok;
    if (o->metrics_fd >= 0) {
        ok = uv_tcp_open(&h->metrics, (uv_os_sock_t)o->metrics_fd) == 0;
        snprintf(err, sizeof err, "the inherited metrics socket cannot be used");
    } else {
        ok = listen_socket_bind(&h->metrics, o->metrics_ip, o->metrics_port, 0, err, sizeof err);
    }
    if (ok && uv_listen((uv_stream_t *)&h->metrics, 64, on_metrics_connection) != 0) {
        snprintf(err, sizeof err, "cannot listen on %s:%u", o->metrics_ip, o->metrics_port);
        ok = 0;
    }
    if (!ok)
        host_log(HOST_LOG_ERR, "w3host: metrics: %s", err);
    return ok;
}

void metrics_server_close(host *h)
{
    if (!h->metrics_on)
        return;
    h->metrics_on = 0;
    uv_close((uv_handle_t *)&h->metrics, NULL);
    for (mconn *m = h->mconns; m != NULL; m = m->next)
        mconn_close(m);
}
