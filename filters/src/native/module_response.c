/* The response as native modules build it (IHttpResponse). */
#include "native.h"

#include <stdio.h>
#include <string.h>

HRESULT w3e_mresp_set_status(w3_request *req, unsigned short status, const char *reason,
                             unsigned short substatus)
{
    if (status < 100 || status > 999)
        return HRESULT_FROM_WIN32(ERROR_INVALID_PARAMETER);
    if (reason != NULL && (strlen(reason) > 255 || w3e_has_crlf(reason)))
        return HRESULT_FROM_WIN32(ERROR_INVALID_DATA);
    char *r = w3e_strdup(req->arena, reason ? reason : w3e_reason_for(status));
    if (r == NULL)
        return HRESULT_FROM_WIN32(ERROR_NOT_ENOUGH_MEMORY);
    req->status = status;
    req->reason = r;
    req->substatus = substatus;
    req->resp_touched = 1;
    return S_OK;
}

HRESULT w3e_mresp_delete_header(w3_request *req, const char *name)
{
    if (name != NULL)
        w3e_headers_remove(&req->resp_headers, name);
    return S_OK; /* also when the header was absent */
}

HRESULT w3e_mresp_write(w3_request *req, const void *data, size_t len, int prepend)
{
    if (data == NULL && len != 0)
        return HRESULT_FROM_WIN32(ERROR_INVALID_PARAMETER);
    req->resp_touched = 1;
    if (prepend && !w3e_body_load_files(req)) /* the new bytes go before the file's */
        return HRESULT_FROM_WIN32(ERROR_READ_FAULT);
    if (!prepend || req->resp_body.len == 0)
        return w3e_buf_append(req->arena, &req->resp_body, data, len)
                   ? S_OK
                   : HRESULT_FROM_WIN32(ERROR_NOT_ENOUGH_MEMORY);
    w3e_buf joined = {0};
    if (!w3e_buf_append(req->arena, &joined, data, len) ||
        !w3e_buf_append(req->arena, &joined, req->resp_body.data, req->resp_body.len))
        return HRESULT_FROM_WIN32(ERROR_NOT_ENOUGH_MEMORY);
    req->resp_body = joined;
    return S_OK;
}

HRESULT w3e_mresp_write_file(w3_request *req, HANDLE file, ULONGLONG offset, ULONGLONG len)
{
    if (file == NULL || file == INVALID_HANDLE_VALUE)
        return HRESULT_FROM_WIN32(ERROR_INVALID_PARAMETER);
    LARGE_INTEGER pos;
    pos.QuadPart = (LONGLONG)offset;
    if (!SetFilePointerEx(file, pos, NULL, FILE_BEGIN))
        return HRESULT_FROM_WIN32(GetLastError());
    req->resp_touched = 1;
    char chunk[16384];
    while (len != 0) {
        DWORD want = (DWORD)(len < sizeof chunk ? len : sizeof chunk), got = 0;
        if (!ReadFile(file, chunk, want, &got, NULL))
            return HRESULT_FROM_WIN32(GetLastError());
        if (got == 0)
            break; /* end of file (HTTP_BYTE_RANGE_TO_EOF, or a short file) */
        if (!w3e_buf_append(req->arena, &req->resp_body, chunk, got))
            return HRESULT_FROM_WIN32(ERROR_NOT_ENOUGH_MEMORY);
        len -= got;
    }
    return S_OK;
}

void w3e_mresp_clear(w3_request *req)
{
    if (req->response_sent)
        return;
    req->resp_headers.first = req->resp_headers.last = NULL;
    w3e_body_clear(req);
    req->status = 200;
    req->reason = "OK";
    req->substatus = 0;
}

void w3e_mresp_clear_headers(w3_request *req)
{
    if (!req->response_sent)
        req->resp_headers.first = req->resp_headers.last = NULL;
}

HRESULT w3e_mresp_flush(w3_request *req, int more_data, DWORD *sent)
{
    req->resp_touched = 1;
    if (req->parent != NULL) {
        /* A child's flush hands what it has to its parent's response, which goes on
         * towards the client; a buffered child keeps it. */
        if (sent != NULL)
            *sent = 0;
        if (req->execute_flags & W3E_EXEC_BUFFER_RESPONSE)
            return S_OK;
        w3e_child_deliver(req);
        w3_request *current = req->conn->req;
        req->conn->req = req->parent; /* the parent's response goes out */
        HRESULT hr = w3e_mresp_flush(req->parent, 1, sent);
        req->conn->req = current;
        return hr;
    }
    unsigned long long before = req->bytes_sent;
    if (!more_data && !req->streaming && !req->response_sent) {
        w3e_response_send(req); /* the whole response: Content-Length framing */
    } else if (!w3e_response_send_partial(req) && req->conn->wants_close) {
        return HRESULT_FROM_WIN32(ERROR_CONNECTION_INVALID);
    }
    if (sent != NULL)
        *sent = (DWORD)(req->bytes_sent - before);
    return S_OK;
}

HRESULT w3e_mresp_redirect(w3_request *req, const char *url, int reset_status, int include_query)
{
    if (url == NULL || url[0] == '\0' || w3e_has_crlf(url))
        return HRESULT_FROM_WIN32(ERROR_INVALID_PARAMETER);
    if (req->response_sent)
        return S_OK; /* no effect once data went out */
    w3e_buf location = {0};
    if (url[0] == '/') { /* relative: absolute within the request's site */
        char host[256];
        DWORD cb = sizeof host;
        if (!w3e_server_variable(req->conn, "SERVER_NAME", host, &cb))
            snprintf(host, sizeof host, "%s", req->conn->server->cfg.server_name);
        w3e_buf_puts(req->arena, &location, req->conn->secure ? "https://" : "http://");
        w3e_buf_puts(req->arena, &location, host);
    }
    w3e_buf_puts(req->arena, &location, url);
    const char *query = w3e_request_query(req);
    if (include_query && query[0] != '\0') {
        w3e_buf_puts(req->arena, &location, strchr(url, '?') ? "&" : "?");
        w3e_buf_puts(req->arena, &location, query);
    }
    if (location.data == NULL)
        return HRESULT_FROM_WIN32(ERROR_NOT_ENOUGH_MEMORY);
    w3e_mresp_clear(req);
    if (reset_status) {
        req->status = 302;
        req->reason = "Found";
    }
    w3e_headers_set(req->arena, &req->resp_headers, "Location", location.data);
    w3e_headers_set(req->arena, &req->resp_headers, "Content-Type", "text/html");
    w3e_buf_puts(req->arena, &req->resp_body,
                 "<head><title>Document Moved</title></head>\r\n"
                 "<body><h1>Object Moved</h1>This document may be "
                 "found <a HREF=\"");
    w3e_buf_puts(req->arena, &req->resp_body, location.data);
    w3e_buf_puts(req->arena, &req->resp_body, "\">here</a></body>");
    req->resp_touched = 1;
    return S_OK;
}
