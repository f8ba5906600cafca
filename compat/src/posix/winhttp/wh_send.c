/* Sending a request: WinHttpAddRequestHeaders, WinHttpSendRequest, WinHttpWriteData, and
 * the request's connection. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "wh_internal.h"
#include "wh_net.h"

static BOOL net_failed(int result)
{
    switch (result) {
    case W3WH_NET_NAME:
        SetLastError(ERROR_WINHTTP_NAME_NOT_RESOLVED);
        break;
    case W3WH_NET_REFUSED:
        SetLastError(ERROR_WINHTTP_CANNOT_CONNECT);
        break;
    case W3WH_NET_TIMEOUT:
        SetLastError(ERROR_WINHTTP_TIMEOUT);
        break;
    default:
        SetLastError(ERROR_WINHTTP_CONNECTION_ERROR);
        break;
    }
    return FALSE;
}

BOOL w3wh_connect(w3wh_handle *h)
{
    if (h->request.fd >= 0)
        return TRUE;
    INTERNET_PORT port = h->port ? h->port : INTERNET_DEFAULT_HTTP_PORT;
    int fd = w3wh_net_connect(h->host, port, h->timeouts[W3WH_CONNECT]);
    if (fd < 0)
        return net_failed(fd);
    h->request.fd = fd;
    return TRUE;
}

BOOL w3wh_send(w3wh_handle *h, const void *data, size_t n)
{
    int result = w3wh_net_send(h->request.fd, data, n, h->timeouts[W3WH_SEND]);
    return result == W3WH_NET_OK ? TRUE : net_failed(result);
}

long w3wh_fill(w3wh_handle *h, int timeout_ms)
{
    w3wh_request *r = &h->request;
    if (r->in_start > 0) {
        memmove(r->in, r->in + r->in_start, r->in_end - r->in_start);
        r->in_end -= r->in_start;
        r->in_start = 0;
    }
    if (r->in_end == r->in_size) {
        size_t size = r->in_size ? r->in_size * 2 : 8192;
        char *in = realloc(r->in, size);
        if (!in) {
            SetLastError(ERROR_NOT_ENOUGH_MEMORY);
            return -1;
        }
        r->in = in;
        r->in_size = size;
    }
    long got = w3wh_net_recv(r->fd, r->in + r->in_end, r->in_size - r->in_end, timeout_ms);
    if (got < 0) {
        net_failed((int)got);
        return -1;
    }
    r->in_end += (size_t)got;
    return got;
}

void w3wh_disconnect(w3wh_handle *h)
{
    w3wh_net_close(h->request.fd);
    h->request.fd = -1;
    h->request.in_start = h->request.in_end = 0;
}

void w3wh_reset_response(w3wh_request *r)
{
    free(r->status_line);
    r->status_line = NULL;
    r->status = 0;
    w3wh_headers_clear(&r->response_headers);
    r->framing = W3WH_BODY_NONE;
    r->body_left = 0;
    r->body_done = FALSE;
    r->chunk_data_end = FALSE;
}

/* Adds one "Name: value" line as the modifiers say. */
static BOOL add_line(w3wh_headers *list, const char *line, size_t n, DWORD modifiers)
{
    const char *colon = memchr(line, ':', n);
    if (!colon || colon == line) {
        SetLastError(ERROR_WINHTTP_INVALID_HEADER);
        return FALSE;
    }
    size_t name_len = (size_t)(colon - line);
    while (name_len > 0 && (line[name_len - 1] == ' ' || line[name_len - 1] == '\t'))
        name_len--;
    const char *value = colon + 1;
    size_t value_len = n - (size_t)(value - line);
    while (value_len > 0 && (*value == ' ' || *value == '\t'))
        value++, value_len--;
    char name[256];
    if (name_len == 0 || name_len >= sizeof name) {
        SetLastError(ERROR_WINHTTP_INVALID_HEADER);
        return FALSE;
    }
    memcpy(name, line, name_len);
    name[name_len] = '\0';

    w3wh_header *existing = w3wh_headers_find(list, name, 0);
    if (existing && (modifiers & WINHTTP_ADDREQ_FLAG_ADD_IF_NEW)) {
        SetLastError(ERROR_WINHTTP_HEADER_ALREADY_EXISTS);
        return FALSE;
    }
    if (existing && (modifiers & WINHTTP_ADDREQ_FLAG_REPLACE)) {
        w3wh_headers_remove(list, existing);
        if (value_len == 0)
            return TRUE;
    } else if (existing && (modifiers & (WINHTTP_ADDREQ_FLAG_COALESCE_WITH_COMMA |
                                         WINHTTP_ADDREQ_FLAG_COALESCE_WITH_SEMICOLON))) {
        char separator = (modifiers & WINHTTP_ADDREQ_FLAG_COALESCE_WITH_SEMICOLON) ? ';' : ',';
        size_t old_len = strlen(existing->value);
        char *joined = realloc(existing->value, old_len + 2 + value_len + 1);
        if (!joined) {
            SetLastError(ERROR_NOT_ENOUGH_MEMORY);
            return FALSE;
        }
        joined[old_len] = separator;
        joined[old_len + 1] = ' ';
        memcpy(joined + old_len + 2, value, value_len);
        joined[old_len + 2 + value_len] = '\0';
        existing->value = joined;
        return TRUE;
    } else if (!existing && (modifiers & WINHTTP_ADDREQ_FLAG_REPLACE) && value_len == 0) {
        return TRUE;
    }
    if (!w3wh_headers_add(list, name, name_len, value, value_len)) {
        SetLastError(ERROR_NOT_ENOUGH_MEMORY);
        return FALSE;
    }
    return TRUE;
}

/* Adds each line of `text` (CRLF or LF separated). */
static BOOL add_lines(w3wh_headers *list, const char *text, DWORD modifiers)
{
    const char *p = text;
    while (*p) {
        size_t n = strcspn(p, "\r\n");
        if (n > 0 && !add_line(list, p, n, modifiers))
            return FALSE;
        p += n;
        while (*p == '\r' || *p == '\n')
            p++;
    }
    return TRUE;
}

BOOL WINAPI WinHttpAddRequestHeaders(HINTERNET request, LPCWSTR headers, DWORD length,
                                     DWORD modifiers)
{
    w3wh_handle *h = w3wh_get(request, W3WH_ONLY(WINHTTP_HANDLE_TYPE_REQUEST));
    if (!h)
        return FALSE;
    if (!headers || length == 0) {
        SetLastError(ERROR_INVALID_PARAMETER);
        return FALSE;
    }
    char *text = w3wh_narrow(headers, length);
    if (!text) {
        SetLastError(ERROR_NOT_ENOUGH_MEMORY);
        return FALSE;
    }
    BOOL ok = add_lines(&h->request.request_headers, text, modifiers);
    free(text);
    if (ok)
        SetLastError(ERROR_SUCCESS);
    return ok;
}

/* Appends text to a growing buffer; FALSE when memory runs out. */
typedef struct w3wh_out {
    char *data;
    size_t used, size;
} w3wh_out;

static BOOL out_add(w3wh_out *o, const char *text)
{
    size_t n = strlen(text);
    if (o->used + n + 1 > o->size) {
        size_t size = (o->used + n + 1) * 2;
        char *data = realloc(o->data, size);
        if (!data)
            return FALSE;
        o->data = data;
        o->size = size;
    }
    memcpy(o->data + o->used, text, n + 1);
    o->used += n;
    return TRUE;
}

static BOOL out_header(w3wh_out *o, const char *name, const char *value)
{
    return out_add(o, name) && out_add(o, ": ") && out_add(o, value) && out_add(o, "\r\n");
}

BOOL w3wh_send_request(w3wh_handle *h, const void *optional, DWORD optional_len, DWORD total_len)
{
    w3wh_request *r = &h->request;
    w3wh_out o = {0};
    char number[32];
    BOOL ok = out_add(&o, r->verb) && out_add(&o, " ") && out_add(&o, r->path) &&
              out_add(&o, " ") && out_add(&o, r->version) && out_add(&o, "\r\n");
    if (ok && !w3wh_headers_find(&r->request_headers, "Host", 0)) {
        if (h->port && h->port != INTERNET_DEFAULT_HTTP_PORT) {
            snprintf(number, sizeof number, ":%u", h->port);
            ok = out_add(&o, "Host: ") && out_add(&o, h->host) && out_add(&o, number) &&
                 out_add(&o, "\r\n");
        } else {
            ok = out_header(&o, "Host", h->host);
        }
    }
    if (ok && h->agent && *h->agent && !w3wh_headers_find(&r->request_headers, "User-Agent", 0))
        ok = out_header(&o, "User-Agent", h->agent);
    DWORD length = total_len > optional_len ? total_len : optional_len;
    BOOL has_body_verb = strcmp(r->verb, "POST") == 0 || strcmp(r->verb, "PUT") == 0;
    if (ok && (length > 0 || has_body_verb) &&
        !w3wh_headers_find(&r->request_headers, "Content-Length", 0)) {
        snprintf(number, sizeof number, "%lu", (unsigned long)length);
        ok = out_header(&o, "Content-Length", number);
    }
    for (size_t i = 0; ok && i < r->request_headers.count; i++)
        ok = out_header(&o, r->request_headers.items[i].name, r->request_headers.items[i].value);
    ok = ok && out_add(&o, "\r\n");
    if (!ok) {
        free(o.data);
        SetLastError(ERROR_NOT_ENOUGH_MEMORY);
        return FALSE;
    }
    ok = w3wh_connect(h) && w3wh_send(h, o.data, o.used) &&
         (optional_len == 0 || w3wh_send(h, optional, optional_len));
    free(o.data);
    if (!ok) {
        w3wh_disconnect(h);
        return FALSE;
    }
    r->body_to_write = length - optional_len;
    r->had_body = length > 0;
    r->state = W3WH_SENT;
    return TRUE;
}

BOOL WINAPI WinHttpSendRequest(HINTERNET request, LPCWSTR headers, DWORD headers_len,
                               LPVOID optional, DWORD optional_len, DWORD total_len,
                               DWORD_PTR context)
{
    w3wh_handle *h = w3wh_get(request, W3WH_ONLY(WINHTTP_HANDLE_TYPE_REQUEST));
    if (!h)
        return FALSE;
    w3wh_request *r = &h->request;
    if (optional_len && !optional) {
        SetLastError(ERROR_INVALID_PARAMETER);
        return FALSE;
    }
    h->context = context;
    if (headers && headers_len) {
        char *text = w3wh_narrow(headers, headers_len);
        BOOL ok = text && add_lines(&r->request_headers, text,
                                    WINHTTP_ADDREQ_FLAG_ADD | WINHTTP_ADDREQ_FLAG_REPLACE);
        free(text);
        if (!ok)
            return FALSE;
    }
    /* Sending again starts over on a new connection. */
    w3wh_disconnect(h);
    w3wh_reset_response(r);
    r->state = W3WH_OPENED;
    if (r->secure) {
        SetLastError(ERROR_WINHTTP_SECURE_FAILURE);
        return FALSE;
    }
    if (!w3wh_send_request(h, optional, optional_len, total_len))
        return FALSE;
    SetLastError(ERROR_SUCCESS);
    return TRUE;
}

BOOL WINAPI WinHttpWriteData(HINTERNET request, LPCVOID data, DWORD n, LPDWORD written)
{
    w3wh_handle *h = w3wh_get(request, W3WH_ONLY(WINHTTP_HANDLE_TYPE_REQUEST));
    if (!h)
        return FALSE;
    if (h->request.state != W3WH_SENT) {
        SetLastError(ERROR_WINHTTP_INCORRECT_HANDLE_STATE);
        return FALSE;
    }
    if ((n && !data) || !written) {
        SetLastError(ERROR_INVALID_PARAMETER);
        return FALSE;
    }
    *written = 0;
    if (n && !w3wh_send(h, data, n))
        return FALSE;
    *written = n;
    h->request.body_to_write = h->request.body_to_write > n ? h->request.body_to_write - n : 0;
    SetLastError(ERROR_SUCCESS);
    return TRUE;
}
