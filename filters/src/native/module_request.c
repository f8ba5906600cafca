/* The request as native modules see and change it (IHttpRequest, server variables). */
#include "native.h"

#include <string.h>

/* http.h's HTTP_HEADER_ID order: general and entity headers (0-19), then request-only
 * (20-40) or response-only (20-29) ones. */
static const char *const common_names[20] = {"Cache-Control",
                                             "Connection",
                                             "Date",
                                             "Keep-Alive",
                                             "Pragma",
                                             "Trailer",
                                             "Transfer-Encoding",
                                             "Upgrade",
                                             "Via",
                                             "Warning",
                                             "Allow",
                                             "Content-Length",
                                             "Content-Type",
                                             "Content-Encoding",
                                             "Content-Language",
                                             "Content-Location",
                                             "Content-MD5",
                                             "Content-Range",
                                             "Expires",
                                             "Last-Modified"};
static const char *const request_names[21] = {"Accept",
                                              "Accept-Charset",
                                              "Accept-Encoding",
                                              "Accept-Language",
                                              "Authorization",
                                              "Cookie",
                                              "Expect",
                                              "From",
                                              "Host",
                                              "If-Match",
                                              "If-Modified-Since",
                                              "If-None-Match",
                                              "If-Range",
                                              "If-Unmodified-Since",
                                              "Max-Forwards",
                                              "Proxy-Authorization",
                                              "Referer",
                                              "Range",
                                              "TE",
                                              "Translate",
                                              "User-Agent"};
static const char *const response_names[10] = {
    "Accept-Ranges", "Age",    "ETag",       "Location", "Proxy-Authenticate",
    "Retry-After",   "Server", "Set-Cookie", "Vary",     "WWW-Authenticate"};

const char *w3e_request_header_name(unsigned long id)
{
    if (id < 20)
        return common_names[id];
    return id < 41 ? request_names[id - 20] : NULL;
}

const char *w3e_response_header_name(unsigned long id)
{
    if (id < 20)
        return common_names[id];
    return id < 30 ? response_names[id - 20] : NULL;
}

/* The length of a header name a module may set, 0 if it is empty or holds ':', CR or
 * LF. */
static size_t valid_name_len(const char *name)
{
    size_t n = strcspn(name, ":\r\n");
    return name[n] == '\0' ? n : 0;
}

const char *w3e_header_value(w3e_arena *arena, w3e_headers *h, const char *name,
                             unsigned short *cch)
{
    const char *v = name ? w3e_headers_get(arena, h, name) : NULL;
    if (cch != NULL)
        *cch = (unsigned short)(v ? strlen(v) : 0);
    return v;
}

HRESULT w3e_header_change(w3e_arena *arena, w3e_headers *h, const char *name, const char *value,
                          size_t len, int replace)
{
    size_t name_len = name != NULL ? valid_name_len(name) : 0;
    if (name_len == 0 || value == NULL)
        return HRESULT_FROM_WIN32(ERROR_INVALID_PARAMETER);
    /* The value ends at its first NUL, if it has one within len. */
    const char *nul = memchr(value, '\0', len);
    if (nul != NULL)
        len = (size_t)(nul - value);
    if (memchr(value, '\r', len) != NULL || memchr(value, '\n', len) != NULL)
        return HRESULT_FROM_WIN32(ERROR_INVALID_DATA);
    const char *old = replace ? NULL : w3e_headers_get_n(arena, h, name, name_len);
    if (old != NULL) {
        w3e_buf joined = {0};
        if (!w3e_buf_puts(arena, &joined, old) || !w3e_buf_append(arena, &joined, ",", 1) ||
            !w3e_buf_append(arena, &joined, value, len))
            return HRESULT_FROM_WIN32(ERROR_NOT_ENOUGH_MEMORY);
        value = joined.data;
        len = joined.len;
    }
    return w3e_headers_set_n(arena, h, name, name_len, value, len)
               ? S_OK
               : HRESULT_FROM_WIN32(ERROR_NOT_ENOUGH_MEMORY);
}

HRESULT w3e_mreq_delete_header(w3_request *req, const char *name)
{
    if (name == NULL)
        return HRESULT_FROM_WIN32(ERROR_INVALID_PARAMETER);
    w3e_headers_remove(&req->headers, name);
    return S_OK;
}

HRESULT w3e_mreq_set_method(w3_request *req, const char *method)
{
    if (method == NULL || method[0] == '\0' || strpbrk(method, " \t\r\n") != NULL)
        return HRESULT_FROM_WIN32(ERROR_INVALID_PARAMETER);
    char *m = w3e_strdup(req->arena, method);
    if (m == NULL)
        return HRESULT_FROM_WIN32(ERROR_NOT_ENOUGH_MEMORY);
    req->method = m;
    return S_OK;
}

/* Longest URL SetUrl accepts (IIS: ERROR_INVALID_PARAMETER when too long). */
#define MAX_URL 65535

HRESULT w3e_mreq_set_url(w3_request *req, const char *url, size_t len, int reset_query)
{
    if (url == NULL || len == 0 || len > MAX_URL || url[0] != '/')
        return HRESULT_FROM_WIN32(ERROR_INVALID_PARAMETER);
    const char *old_query = strchr(req->url, '?');
    int has_query = memchr(url, '?', len) != NULL;
    w3e_buf b = {0};
    if (!w3e_buf_append(req->arena, &b, url, len) ||
        (!reset_query && !has_query && old_query != NULL &&
         !w3e_buf_puts(req->arena, &b, old_query)))
        return HRESULT_FROM_WIN32(ERROR_NOT_ENOUGH_MEMORY);
    if (w3e_has_crlf(b.data))
        return HRESULT_FROM_WIN32(ERROR_INVALID_PARAMETER);
    if (req->original_url == NULL)
        req->original_url = req->url;
    req->url = b.data;
    return S_OK;
}

/* Body bytes received (or inserted) and not read yet. */
static size_t buffered(const w3_request *req)
{
    return (req->inserted_len - req->inserted_pos) + (req->body.len - req->body_pos);
}

DWORD w3e_mreq_remaining(const w3_request *req)
{
    DWORD left = (DWORD)buffered(req);
    if (!req->pipe.message_complete && !(req->conn->parser.flags & F_CHUNKED))
        /* Still arriving: what Content-Length declares beyond what was received. */
        left += (DWORD)req->conn->parser.content_length;
    return left;
}

int w3e_mreq_body_on_its_way(const w3_request *req)
{
    return !req->pipe.message_complete && buffered(req) == 0 &&
           (req->conn->parser.content_length > 0 || (req->conn->parser.flags & F_CHUNKED));
}

HRESULT w3e_mreq_read_body(w3_request *req, void *buf, DWORD cb, DWORD *received)
{
    if (buf == NULL || received == NULL || cb == 0)
        return HRESULT_FROM_WIN32(ERROR_INVALID_PARAMETER);
    *received = 0;
    if (w3e_mreq_remaining(req) == 0)
        return HRESULT_FROM_WIN32(ERROR_HANDLE_EOF);
    DWORD n = 0;
    if (req->inserted_pos < req->inserted_len) {
        n = req->inserted_len - req->inserted_pos;
        if (n > cb)
            n = cb;
        memcpy(buf, req->inserted + req->inserted_pos, n);
        req->inserted_pos += n;
    } else {
        size_t left = req->body.len - req->body_pos;
        n = (DWORD)(left < cb ? left : cb);
        memcpy(buf, req->body.data + req->body_pos, n);
        req->body_pos += n;
    }
    /* RQ_READ_ENTITY: modules see (and may replace) what was read. */
    w3e_read_entity_event ev = {buf, n, cb};
    w3e_modules_notify(req, W3E_RQ_READ_ENTITY, &ev);
    if (ev.buffer != buf && ev.buffer != NULL) {
        DWORD m = ev.data < cb ? ev.data : cb;
        memmove(buf, ev.buffer, m);
        n = m;
    } else if (ev.data <= cb) {
        n = ev.data;
    }
    *received = n;
    return S_OK;
}

HRESULT w3e_mreq_insert_body(w3_request *req, const void *buf, DWORD cb)
{
    if (buf == NULL && cb != 0)
        return HRESULT_FROM_WIN32(ERROR_INVALID_PARAMETER);
    /* The caller keeps the buffer alive to the end of the request: no copy. */
    req->inserted = buf;
    req->inserted_len = cb;
    req->inserted_pos = 0;
    return S_OK;
}

/* The connection's variable as `req` sees it (a child request, too: the connection's
 * current request is the client's except while a child runs). */
static BOOL request_server_variable(w3_request *req, const char *name, void *buf, DWORD *cb)
{
    w3_request *current = req->conn->req;
    req->conn->req = req;
    BOOL ok = w3e_server_variable(req->conn, name, buf, cb);
    req->conn->req = current;
    return ok;
}

HRESULT w3e_mreq_server_variable(w3_request *req, const char *name, const char **value, DWORD *len)
{
    if (name == NULL || value == NULL)
        return HRESULT_FROM_WIN32(ERROR_INVALID_PARAMETER);
    const char *v = w3e_headers_get(req->arena, &req->server_vars, name);
    if (v == NULL && !w3e_ieqn(name, "UNICODE_", 8)) {
        /* One lookup, and a copy the module may keep to the end of the request. */
        w3_request *current = req->conn->req;
        req->conn->req = req;
        DWORD error = 0;
        const char *text = w3e_server_variable_text(req->conn, name, &error);
        req->conn->req = current;
        if (text == NULL) {
            SetLastError(error);
            return HRESULT_FROM_WIN32(error);
        }
        size_t n = strlen(text);
        char *copy = w3e_strndup(req->arena, text, n);
        if (copy == NULL)
            return HRESULT_FROM_WIN32(ERROR_NOT_ENOUGH_MEMORY);
        *value = copy;
        if (len != NULL)
            *len = (DWORD)n;
        return S_OK;
    }
    if (v == NULL) {
        DWORD cb = 0;
        if (request_server_variable(req, name, NULL, &cb) ||
            GetLastError() != ERROR_INSUFFICIENT_BUFFER)
            return HRESULT_FROM_WIN32(GetLastError());
        char *buf = w3e_arena_alloc(req->arena, cb);
        if (buf == NULL)
            return HRESULT_FROM_WIN32(ERROR_NOT_ENOUGH_MEMORY);
        if (!request_server_variable(req, name, buf, &cb))
            return HRESULT_FROM_WIN32(GetLastError());
        v = buf;
    }
    *value = v;
    if (len != NULL)
        *len = (DWORD)strlen(v);
    return S_OK;
}

HRESULT w3e_mreq_set_server_variable(w3_request *req, const char *name, const char *value)
{
    if (name == NULL || name[0] == '\0' || value == NULL)
        return HRESULT_FROM_WIN32(ERROR_INVALID_PARAMETER);
    return w3e_headers_set(req->arena, &req->server_vars, name, value)
               ? S_OK
               : HRESULT_FROM_WIN32(ERROR_NOT_ENOUGH_MEMORY);
}
