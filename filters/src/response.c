/* Responses: ACCESS_DENIED and SEND_RESPONSE, serialisation, SEND_RAW_DATA. */
#include "engine.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define SERVER_SOFTWARE "w3compat/" W3ENGINE_VERSION

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
    req->resp_body.len = 0;
    snprintf(body, sizeof body, "<html><body><h1>%u %s</h1></body></html>\r\n", status,
             req->reason);
    w3e_headers_add(req->arena, &req->resp_headers, "Content-Type", "text/html");
    w3e_buf_puts(req->arena, &req->resp_body, body);
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
    if (w3e_wants(conn, SF_NOTIFY_SEND_RAW_DATA)) {
        void *copy = w3e_arena_alloc(req->arena, len ? len : 1);
        if (copy == NULL)
            return 1;
        memcpy(copy, data, len);
        HTTP_FILTER_RAW_DATA raw = {copy, (DWORD)len, (DWORD)len, 0};
        enum w3e_outcome outcome = w3e_notify(conn, SF_NOTIFY_SEND_RAW_DATA, &raw);
        if (outcome == W3E_ERROR || outcome == W3E_FINISHED || outcome == W3E_FINISHED_KEEP_CONN)
            return 1;
        data = raw.pvInData;
        len = raw.pvInData != NULL ? raw.cbInData : 0;
    }
    w3e_conn_send(conn, data, len);
    req->bytes_sent += len;
    return 0;
}

static void merge(w3_request *req, const w3e_headers *from)
{
    for (const w3e_header *h = from->first; h != NULL; h = h->next)
        w3e_headers_add(req->arena, &req->resp_headers, h->name, h->value);
}

/* A filter took the response over (FINISHED from ACCESS_DENIED or SEND_RESPONSE). */
static void taken_over(w3_request *req, enum w3e_outcome outcome)
{
    req->response_sent = 1;
    if (outcome == W3E_FINISHED || !req->filter_framed)
        req->keep_alive = 0;
}

static int is_finished(enum w3e_outcome outcome)
{
    return outcome == W3E_FINISHED || outcome == W3E_FINISHED_KEEP_CONN;
}

/* The current time as an HTTP date: "Sun, 06 Nov 1994 08:49:37 GMT". */
const char *w3e_http_date(char out[64])
{
    static const char days[7][4] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
    static const char months[12][4] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                       "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    SYSTEMTIME t;
    GetSystemTime(&t);
    snprintf(out, 64, "%s, %02u %s %04u %02u:%02u:%02u GMT", days[t.wDayOfWeek % 7],
             (unsigned)t.wDay, months[(t.wMonth + 11) % 12], (unsigned)t.wYear, (unsigned)t.wHour,
             (unsigned)t.wMinute, (unsigned)t.wSecond);
    return out;
}

void w3e_response_send(w3_request *req)
{
    w3_conn *conn = req->conn;
    char date[64];
    if (req->response_sent)
        return;
    req->send_response_started = 1;

    if (req->denied) {
        HTTP_FILTER_ACCESS_DENIED ad = {w3e_request_path(req), req->physical_path,
                                        req->denied_reason};
        enum w3e_outcome outcome = w3e_notify(conn, SF_NOTIFY_ACCESS_DENIED, &ad);
        if (is_finished(outcome)) {
            taken_over(req, outcome);
            return;
        }
        if (outcome == W3E_ERROR)
            w3e_response_error(req, 500);
        else
            merge(req, &req->denial_headers);
    }
    merge(req, &req->added_headers);
    req->added_headers.first = req->added_headers.last = NULL;

    const char *te = w3e_headers_get(req->arena, &req->resp_headers, "Transfer-Encoding");
    if (te == NULL && w3e_headers_get(req->arena, &req->resp_headers, "Content-Length") == NULL) {
        char *cl = w3e_utoa(req->arena, req->resp_body.len);
        if (cl != NULL)
            w3e_headers_add(req->arena, &req->resp_headers, "Content-Length", cl);
    }
    if (w3e_headers_get(req->arena, &req->resp_headers, "Date") == NULL)
        w3e_headers_add(req->arena, &req->resp_headers, "Date", w3e_http_date(date));
    if (w3e_headers_get(req->arena, &req->resp_headers, "Server") == NULL)
        w3e_headers_add(req->arena, &req->resp_headers, "Server", SERVER_SOFTWARE);
    if (!req->keep_alive)
        w3e_headers_set(req->arena, &req->resp_headers, "Connection", "close");

    HTTP_FILTER_SEND_RESPONSE sr = {0};
    w3e_fill_response_header_fns(&sr);
    sr.HttpStatus = req->status;
    DWORD status_before = sr.HttpStatus;
    enum w3e_outcome outcome = w3e_notify(conn, SF_NOTIFY_SEND_RESPONSE, &sr);
    if (is_finished(outcome)) {
        taken_over(req, outcome);
        return;
    }
    if (outcome == W3E_ERROR) {
        w3e_response_error(req, 500);
        char *cl = w3e_utoa(req->arena, req->resp_body.len);
        if (cl != NULL)
            w3e_headers_add(req->arena, &req->resp_headers, "Content-Length", cl);
    } else if (sr.HttpStatus != status_before && sr.HttpStatus >= 100 && sr.HttpStatus <= 999) {
        req->status = sr.HttpStatus;
        req->reason = (char *)w3e_reason_for(sr.HttpStatus);
    }

    w3e_buf head = {0};
    char line[64];
    snprintf(line, sizeof line, "HTTP/1.1 %u ", req->status);
    w3e_buf_puts(req->arena, &head, line);
    w3e_buf_puts(req->arena, &head, req->reason);
    w3e_buf_puts(req->arena, &head, "\r\n");
    for (const w3e_header *h = req->resp_headers.first; h != NULL; h = h->next) {
        w3e_buf_puts(req->arena, &head, h->name);
        w3e_buf_puts(req->arena, &head, ": ");
        w3e_buf_puts(req->arena, &head, h->value);
        w3e_buf_puts(req->arena, &head, "\r\n");
    }
    if (!w3e_buf_puts(req->arena, &head, "\r\n")) {
        conn->wants_close = 1;
        return;
    }
    req->response_sent = 1;
    if (w3e_send_raw(req, head.data, head.len)) {
        conn->wants_close = 1;
        return;
    }
    if (req->resp_body.len != 0 && !w3e_ieq(req->method, "HEAD") &&
        w3e_send_raw(req, req->resp_body.data, req->resp_body.len))
        conn->wants_close = 1;
}
