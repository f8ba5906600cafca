/* Responses: ACCESS_DENIED and SEND_RESPONSE, serialisation, SEND_RAW_DATA. */
#include "core.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

const char *w3e_reason_for(unsigned status)
{
    switch (status) {
    case 200:
        return "OK";
    case 204:
        return "No Content";
    case 301:
        return "Moved Permanently";
    case 302:
        return "Found";
    case 304:
        return "Not Modified";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 413:
        return "Request Entity Too Large";
    case 414:
        return "Request-URI Too Long";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 503:
        return "Service Unavailable";
    default:
        return "";
    }
}

void w3e_response_error(w3_request *req, unsigned status)
{
    char body[160];
    req->status = status;
    req->reason = (char *)w3e_reason_for(status);
    req->resp_headers.first = req->resp_headers.last = NULL;
    w3e_body_clear(req);
    req->headers_finished = 0;
    snprintf(body, sizeof body, "<html><body><h1>%u %s</h1></body></html>\r\n", status,
             req->reason);
    w3e_headers_add(req->arena, &req->resp_headers, "Content-Type", "text/html");
    w3e_buf_puts(req->arena, &req->resp_body, body);
}

const char *w3_invalid_hostname_page(void)
{
    return "<!DOCTYPE HTML PUBLIC \"-//W3C//DTD HTML 4.01//EN\"\"http://www.w3.org/TR/html4/"
           "strict.dtd\">\r\n<HTML><HEAD><TITLE>Bad Request</TITLE>\r\n"
           "<META HTTP-EQUIV=\"Content-Type\" Content=\"text/html; charset=us-ascii\"></HEAD>\r\n"
           "<BODY><h2>Bad Request - Invalid Hostname</h2>\r\n"
           "<hr><p>HTTP Error 400. The request hostname is invalid.</p>\r\n"
           "</BODY></HTML>\r\n";
}

void w3e_response_invalid_hostname(w3_request *req)
{
    w3e_response_error(req, 400);
    req->resp_headers.first = req->resp_headers.last = NULL;
    w3e_body_clear(req);
    w3e_headers_add(req->arena, &req->resp_headers, "Content-Type", "text/html; charset=us-ascii");
    w3e_buf_puts(req->arena, &req->resp_body, w3_invalid_hostname_page());
}

int w3e_response_set_status_line(w3_request *req, const char *line)
{
    char *end;
    unsigned long status = strtoul(line, &end, 10);
    if (end == line || status < 100 || status > 999 || (*end != '\0' && *end != ' ') ||
        w3e_has_crlf(line))
        return 0;
    while (*end == ' ')
        end++;
    char *reason = w3e_strdup(req->arena, *end ? end : w3e_reason_for((unsigned)status));
    if (reason == NULL)
        return 0;
    req->status = (unsigned)status;
    req->reason = reason;
    return 1;
}

int w3e_send_raw(w3_request *req, const void *data, size_t len)
{
    w3_conn *conn = req->conn;
    if (w3e_ext_wants(conn, W3E_TAP_SEND_RAW_DATA)) {
        void *copy = w3e_arena_alloc(req->arena, len ? len : 1);
        if (copy == NULL)
            return 1;
        memcpy(copy, data, len);
        HTTP_FILTER_RAW_DATA raw = {copy, (DWORD)len, (DWORD)len, 0};
        enum w3e_outcome outcome = w3e_ext_raw_data(conn, W3E_TAP_SEND_RAW_DATA, &raw);
        if (outcome == W3E_ERROR || outcome == W3E_FINISHED || outcome == W3E_FINISHED_KEEP_CONN)
            return 1;
        data = raw.pvInData;
        len = raw.pvInData != NULL ? raw.cbInData : 0;
    }
    w3e_conn_send(conn, data, len);
    req->bytes_sent += len;
    return 0;
}

/* 1xx, 204 and 304 responses end with their headers (RFC 9110 6.4.1): no body, and
 * no framing header the engine would invent. */
static int bodiless(const w3_request *req)
{
    return req->status < 200 || req->status == 204 || req->status == 304;
}

/* Which of the headers the engine adds when missing a response has. */
enum { HAS_FRAMING = 1, HAS_DATE = 2, HAS_SERVER = 4 };

static int named(const w3e_header *e, const char *name, size_t len)
{
    return e->name_len == len && (memcmp(e->name, name, len) == 0 || w3e_ieqn(e->name, name, len));
}

/* One pass over the response headers (lengths tell the names apart). */
static unsigned present_headers(const w3e_headers *h)
{
#define IS(e, lit) named(e, lit, sizeof lit - 1)
    unsigned has = 0;
    for (const w3e_header *e = h->first; e != NULL; e = e->next) {
        if (IS(e, "Content-Length") || IS(e, "Transfer-Encoding"))
            has |= HAS_FRAMING;
        else if (IS(e, "Date"))
            has |= HAS_DATE;
        else if (IS(e, "Server"))
            has |= HAS_SERVER;
    }
#undef IS
    return has;
}

void w3e_response_finish_headers(w3_request *req)
{
    if (req->headers_finished)
        return; /* once: later changes (a filter deleting Server) stand */
    req->headers_finished = 1;
    /* AddResponseHeaders' lines go after the others: both lists live in the request's
     * arena, so the lines move over as they are. */
    w3e_headers *resp = &req->resp_headers, *added = &req->added_headers;
    if (added->first != NULL) {
        if (resp->last != NULL)
            resp->last->next = added->first;
        else
            resp->first = added->first;
        resp->last = added->last;
        added->first = added->last = NULL;
    }

    if (req->status < 200 || req->status == 204) {
        w3e_headers_remove(resp, "Content-Length");
        w3e_headers_remove(resp, "Transfer-Encoding");
    }
    unsigned has = present_headers(resp);
    if (!req->close_delimited && !bodiless(req) && !(has & HAS_FRAMING)) {
        char cl[W3E_U64_DIGITS];
        size_t cl_len = w3e_format_u64(cl, w3e_body_length(req));
        w3e_headers_add_n(req->arena, resp, "Content-Length", sizeof "Content-Length" - 1, cl,
                          cl_len);
    }
    if (!(has & HAS_DATE))
        w3e_headers_add(req->arena, resp, "Date", w3e_http_date(req->conn->server));
    if (!(has & HAS_SERVER))
        w3e_headers_add(req->arena, resp, "Server", W3E_SERVER_SOFTWARE);
    if (!req->keep_alive)
        w3e_headers_set(req->arena, resp, "Connection", "close");
}

/* The lower-case hexadecimal digits of v (a chunk size); returns how many. */
static size_t format_hex(char *out, unsigned long long v)
{
    static const char digits[] = "0123456789abcdef";
    size_t n = 0;
    for (int shift = 60; shift >= 0; shift -= 4)
        if ((v >> shift) != 0 || shift == 0)
            out[n++] = digits[(v >> shift) & 0xf];
    return n;
}

/* Sends the body so far (as one chunk with chunked framing) and empties it. Nonzero
 * if the connection must close. */
static int send_body(w3_request *req)
{
    unsigned long long len = w3e_body_length(req);
    if (len == 0 || w3e_ieq(req->method, "HEAD") || bodiless(req)) {
        w3e_body_clear(req);
        return 0;
    }
    int failed = !w3e_body_prepare(req); /* the headers went out: only closing is left */
    if (!failed && req->chunked) {
        char size[32];
        size_t n = format_hex(size, len);
        size[n++] = '\r';
        size[n++] = '\n';
        failed = w3e_send_raw(req, size, n) || w3e_body_send(req) || w3e_send_raw(req, "\r\n", 2);
    } else if (!failed) {
        failed = w3e_body_send(req);
    }
    w3e_body_clear(req);
    return failed;
}

/* Before the status line: files the engine must read are read now, so that one that
 * cannot be read still turns the response into a 500. */
static void prepare_body(w3_request *req)
{
    if (!w3e_ieq(req->method, "HEAD") && !bodiless(req) && !w3e_body_prepare(req))
        w3e_response_error(req, 500);
}

/* Once, before a client's response goes out: the extension kinds may replace an error
 * page or add headers (a child's response goes into its parent's instead). A request
 * refused before its headers were complete (malformed, over a limit) is answered as
 * HTTP.sys answers it, with no IIS module seeing it. */
static void response_ready(w3_request *req, int whole)
{
    if (req->parent == NULL && req->headers_done && !req->send_response_started)
        w3e_ext_response_ready(req, whole);
}

/* RQ_SEND_RESPONSE, then the status line and headers. Nonzero if they went out. */
static int send_head(w3_request *req)
{
    w3_conn *conn = req->conn;
    req->send_response_started = 1;
    /* RQ_SEND_RESPONSE: modules in reverse priority order, the filter host among them
     * (ACCESS_DENIED, SEND_RESPONSE). A filter may take the response over. */
    w3e_modules_notify(req, W3E_RQ_SEND_RESPONSE, NULL);
    if (req->response_sent)
        return 0;
    w3e_response_finish_headers(req);

    /* The status line and the headers, in one block sized once. */
    char line[sizeof "HTTP/1.1 " + W3E_U64_DIGITS + 1] = "HTTP/1.1 ";
    size_t line_len = sizeof "HTTP/1.1 " - 1;
    line_len += w3e_format_u64(line + line_len, req->status);
    line[line_len++] = ' ';
    size_t reason_len = strlen(req->reason);
    size_t head_len = line_len + reason_len + 2 + w3e_headers_text_size(&req->resp_headers) + 2;
    char *head = w3e_arena_alloc_unfilled(req->arena, head_len);
    if (head == NULL) {
        conn->wants_close = 1;
        return 0;
    }
    char *p = head;
    memcpy(p, line, line_len);
    p += line_len;
    memcpy(p, req->reason, reason_len);
    p += reason_len;
    *p++ = '\r';
    *p++ = '\n';
    p = w3e_headers_put(p, &req->resp_headers);
    *p++ = '\r';
    *p++ = '\n';
    req->response_sent = 1;
    if (req->headers_suppressed)
        return 1;
    if (w3e_send_raw(req, head, head_len)) {
        conn->wants_close = 1;
        return 0;
    }
    return 1;
}

int w3e_response_send_partial(w3_request *req)
{
    if (!req->streaming) {
        if (req->response_sent)
            return 0; /* a filter answered the client itself */
        response_ready(req, 0);
        prepare_body(req);
        if (!bodiless(req) && !w3e_headers_has(&req->resp_headers, "Content-Length") &&
            !w3e_headers_has(&req->resp_headers, "Transfer-Encoding")) {
            if (w3e_ieq(req->version, "HTTP/1.1")) {
                req->chunked = 1;
                w3e_headers_set(req->arena, &req->resp_headers, "Transfer-Encoding", "chunked");
            } else {
                req->close_delimited = 1;
                req->keep_alive = 0;
            }
        }
        if (!send_head(req))
            return 0;
        req->streaming = 1;
    }
    if (send_body(req)) {
        req->conn->wants_close = 1;
        return 0;
    }
    return 1;
}

void w3e_response_send(w3_request *req)
{
    if (req->streaming) {
        if (send_body(req) ||
            (req->chunked && !w3e_ieq(req->method, "HEAD") && w3e_send_raw(req, "0\r\n\r\n", 5)))
            req->conn->wants_close = 1;
        req->streaming = 0;
        return;
    }
    if (req->response_sent)
        return;
    response_ready(req, 1);
    prepare_body(req);
    if (send_head(req) && send_body(req))
        req->conn->wants_close = 1;
}
