/* Connections: bytes in, the server's bytes collected, responses read in order. */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "harness.h"

w3h_status w3h_conn_check(const w3h_conn *conn, const char *call)
{
    if (conn == NULL)
        return w3h_fail(W3H_E_INVALID_ARG, "%s: the connection is NULL", call);
    w3h_status st = w3h_server_check(conn->server, call);
    if (st != W3H_OK)
        return st;
    if (conn->closed)
        return w3h_fail(W3H_E_CLOSED, "%s: the connection was closed", call);
    return W3H_OK;
}

void w3h_conn_info_init(w3_conn_info *info)
{
    if (info == NULL) {
        w3h_fail(W3H_E_INVALID_ARG, "w3h_conn_info_init: info is NULL");
        return;
    }
    info->local_addr = "127.0.0.1";
    info->local_port = 80;
    info->remote_addr = "127.0.0.1";
    info->remote_port = 50000;
    info->secure = 0;
}

static void collect(void *ctx, const void *data, size_t len)
{
    w3h_conn *c = ctx;
    if (c->out_len + len + 1 > c->out_cap) {
        size_t cap = c->out_cap ? c->out_cap : 4096;
        while (cap < c->out_len + len + 1)
            cap *= 2;
        char *grown = realloc(c->out, cap);
        if (grown == NULL) {
            w3h_fail(W3H_E_NO_MEMORY, "no memory for %lu bytes of response",
                     (unsigned long)(c->out_len + len));
            return;
        }
        c->out = grown;
        c->out_cap = cap;
    }
    memcpy(c->out + c->out_len, data, len);
    c->out_len += len;
    c->out[c->out_len] = '\0';
}

w3h_status w3h_conn_open(w3h_server *server, const w3_conn_info *info, w3h_conn **out)
{
    if (out == NULL)
        return w3h_fail(W3H_E_INVALID_ARG, "w3h_conn_open: out is NULL");
    *out = NULL;
    w3h_status st = w3h_server_check(server, "w3h_conn_open");
    if (st != W3H_OK)
        return st;
    /* The engine itself answers a NULL info with a NULL connection and no reason. */
    if (info == NULL)
        return w3h_fail(W3H_E_INVALID_ARG,
                        "w3h_conn_open: info is NULL (w3h_conn_info_init fills the defaults)");
    w3h_conn *c = calloc(1, sizeof *c);
    if (c == NULL)
        return w3h_fail(W3H_E_NO_MEMORY, "w3h_conn_open: no memory for a connection");
    c->server = server;
    c->engine = w3_conn_open(server->engine, info, collect, c);
    if (c->engine == NULL) {
        free(c);
        return w3h_fail(W3H_E_NO_MEMORY, "w3h_conn_open: the engine opened no connection");
    }
    c->next = server->conns;
    server->conns = c;
    server->conn_opened = 1;
    *out = c;
    return W3H_OK;
}

static w3h_status feed(w3h_conn *c, const void *data, size_t len, const char *call)
{
    if (data == NULL && len > 0)
        return w3h_fail(W3H_E_INVALID_ARG, "%s: data is NULL", call);
    if (w3_conn_wants_close(c->engine))
        return w3h_fail(W3H_E_CLOSED,
                        "%s: the server closed the connection (it ignores later bytes)", call);
    w3_conn_feed(c->engine, data, len);
    return W3H_OK;
}

w3h_status w3h_conn_send(w3h_conn *conn, const void *data, size_t len)
{
    w3h_status st = w3h_conn_check(conn, "w3h_conn_send");
    return st != W3H_OK ? st : feed(conn, data, len, "w3h_conn_send");
}

w3h_status w3h_conn_send_split(w3h_conn *conn, const void *data, size_t len, size_t piece_size)
{
    w3h_status st = w3h_conn_check(conn, "w3h_conn_send_split");
    if (st != W3H_OK)
        return st;
    if (piece_size == 0)
        return w3h_fail(W3H_E_INVALID_ARG, "w3h_conn_send_split: piece_size is 0");
    const char *p = data;
    for (size_t at = 0; at < len && st == W3H_OK; at += piece_size)
        st = feed(conn, p + at, len - at < piece_size ? len - at : piece_size,
                  "w3h_conn_send_split");
    return st;
}

w3h_status w3h_conn_read_response(w3h_conn *conn, w3h_response *out)
{
    if (out == NULL)
        return w3h_fail(W3H_E_INVALID_ARG, "w3h_conn_read_response: out is NULL");
    memset(out, 0, sizeof *out);
    w3h_status st = w3h_conn_check(conn, "w3h_conn_read_response");
    if (st != W3H_OK)
        return st;
    const char *why = NULL;
    char *storage = NULL;
    w3h_header *headers = NULL;
    size_t avail = conn->out_len - conn->read_pos;
    int no_body = conn->heads_sent > 0; /* a HEAD request's response has no body */
    size_t n = w3h_parse_response(conn->out + conn->read_pos, avail, no_body,
                                  w3_conn_wants_close(conn->engine), out, &storage, &headers, &why);
    if (n == (size_t)-1)
        return w3h_fail(W3H_E_BAD_RESPONSE, "w3h_conn_read_response: %s", why);
    if (n == 0)
        return w3h_fail(W3H_E_INCOMPLETE,
                        "w3h_conn_read_response: no complete response in the %lu byte(s) "
                        "received%s",
                        (unsigned long)avail,
                        w3_conn_pending(conn->engine) ? " (the request waits for a module's "
                                                        "completion: w3h_server_run_pending)"
                                                      : "");
    free(conn->parsed);
    free(conn->headers);
    conn->parsed = storage;
    conn->headers = headers;
    conn->read_pos += n;
    if (no_body)
        conn->heads_sent--;
    return W3H_OK;
}

/* Header names compare without regard to case. */
static int same_name(const char *a, const char *b, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (tolower((unsigned char)a[i]) != tolower((unsigned char)b[i]))
            return 0;
    return 1;
}

static int has_header(const char *headers, const char *name)
{
    size_t n = strlen(name);
    for (const char *line = headers; line != NULL && *line;) {
        if (strlen(line) > n && same_name(line, name, n) && line[n] == ':')
            return 1;
        const char *eol = strstr(line, "\n");
        line = eol != NULL ? eol + 1 : NULL;
    }
    return 0;
}

w3h_status w3h_conn_request(w3h_conn *conn, const char *method, const char *url,
                            const char *headers, const void *body, size_t body_len,
                            w3h_response *out)
{
    if (out != NULL)
        memset(out, 0, sizeof *out);
    w3h_status st = w3h_conn_check(conn, "w3h_conn_request");
    if (st != W3H_OK)
        return st;
    if (method == NULL || url == NULL || out == NULL || (body == NULL && body_len > 0))
        return w3h_fail(W3H_E_INVALID_ARG, "w3h_conn_request: %s is NULL",
                        method == NULL ? "method"
                        : url == NULL  ? "url"
                        : out == NULL  ? "out"
                                       : "body");
    if (headers == NULL)
        headers = "";
    size_t size = strlen(method) + strlen(url) + strlen(headers) + 96;
    char *head = malloc(size);
    if (head == NULL)
        return w3h_fail(W3H_E_NO_MEMORY, "w3h_conn_request: no memory for the request");
    int len = snprintf(head, size, "%s %s HTTP/1.1\r\n%s%s", method, url,
                       has_header(headers, "Host") ? "" : "Host: localhost\r\n", headers);
    if (body_len > 0 && !has_header(headers, "Content-Length") &&
        !has_header(headers, "Transfer-Encoding"))
        len += snprintf(head + len, size - (size_t)len, "Content-Length: %lu\r\n",
                        (unsigned long)body_len);
    len += snprintf(head + len, size - (size_t)len, "\r\n");
    st = feed(conn, head, (size_t)len, "w3h_conn_request");
    free(head);
    if (st == W3H_OK && strcmp(method, "HEAD") == 0)
        conn->heads_sent++;
    /* A server that answered the head already (413 for a declared length too large)
     * and closed the connection does not take the body. */
    if (st == W3H_OK && body_len > 0 && !w3_conn_wants_close(conn->engine))
        st = feed(conn, body, body_len, "w3h_conn_request");
    if (st == W3H_OK && w3_conn_pending(conn->engine))
        st = w3h_server_run_pending(conn->server, 10000);
    return st != W3H_OK ? st : w3h_conn_read_response(conn, out);
}

const char *w3h_response_header(const w3h_response *resp, const char *name)
{
    if (resp == NULL || name == NULL) {
        w3h_fail(W3H_E_INVALID_ARG, "w3h_response_header: %s is NULL",
                 resp == NULL ? "resp" : "name");
        return NULL;
    }
    size_t n = strlen(name);
    for (size_t i = 0; i < resp->header_count; i++)
        if (strlen(resp->headers[i].name) == n && same_name(resp->headers[i].name, name, n))
            return resp->headers[i].value;
    return NULL;
}

int w3h_conn_pending(w3h_conn *conn)
{
    return w3h_conn_check(conn, "w3h_conn_pending") == W3H_OK && w3_conn_pending(conn->engine);
}

int w3h_conn_wants_close(w3h_conn *conn)
{
    return w3h_conn_check(conn, "w3h_conn_wants_close") == W3H_OK &&
           w3_conn_wants_close(conn->engine);
}

w3h_status w3h_conn_close(w3h_conn *conn)
{
    w3h_status st = w3h_conn_check(conn, "w3h_conn_close");
    if (st != W3H_OK)
        return st;
    /* The engine keeps a request a module works on until its completion comes back. */
    if (w3_conn_pending(conn->engine))
        conn->server->closed_pending++;
    w3_conn_close(conn->engine);
    conn->engine = NULL;
    conn->closed = 1;
    return W3H_OK;
}
