/* The EXTENSION_CONTROL_BLOCK of one call: its fields from the request, and the
 * GetServerVariable, ReadClient and WriteClient callbacks. */
#include "extension_host.h"

#include <string.h>

#include "core/physical_path.h"

w3e_ext_call *w3e_ext_call_of(HCONN conn)
{
    w3e_ext_call *call = conn;
    if (call == NULL || call->magic != W3E_EXT_CALL_MAGIC) {
        SetLastError(ERROR_INVALID_PARAMETER);
        return NULL;
    }
    return call;
}

static BOOL WINAPI get_server_variable(HCONN conn, LPSTR name, LPVOID buffer, LPDWORD size)
{
    w3e_ext_call *call = w3e_ext_call_of(conn);
    return call != NULL && w3e_server_variable(call->req->conn, name, buffer, size);
}

DWORD w3e_ext_take_body(w3e_ext_call *call, void *buffer, DWORD size)
{
    const w3e_buf *body = &call->req->body;
    size_t left = body->len > call->read ? body->len - call->read : 0;
    DWORD n = left < size ? (DWORD)left : size;
    if (n > 0)
        memcpy(buffer, body->data + call->read, n);
    call->read += n;
    return n;
}

/* The preloaded bytes are lpbData's; ReadClient hands out the rest of the body. */
static BOOL WINAPI read_client(HCONN conn, LPVOID buffer, LPDWORD size)
{
    w3e_ext_call *call = w3e_ext_call_of(conn);
    if (call == NULL)
        return FALSE;
    if (size == NULL || (buffer == NULL && *size != 0)) {
        SetLastError(ERROR_INVALID_PARAMETER);
        return FALSE;
    }
    *size = w3e_ext_take_body(call, buffer, *size); /* 0: the body is all read */
    return TRUE;
}

static BOOL WINAPI write_client(HCONN conn, LPVOID buffer, LPDWORD size, DWORD flags)
{
    w3e_ext_call *call = w3e_ext_call_of(conn);
    if (call == NULL)
        return FALSE;
    if (size == NULL || (buffer == NULL && *size != 0)) {
        SetLastError(ERROR_INVALID_PARAMETER);
        return FALSE;
    }
    /* One asynchronous operation at a time, with a completion function to report to. */
    if ((flags & HSE_IO_ASYNC) && (call->io_fn == NULL || call->io_outstanding)) {
        SetLastError(ERROR_INVALID_PARAMETER);
        return FALSE;
    }
    if (*size > 0 && !w3_response_write(call->req, buffer, *size)) {
        SetLastError(ERROR_NOT_ENOUGH_MEMORY);
        return FALSE;
    }
    /* With the flush flag, what the server's thread writes goes out now (chunked when
     * the extension gave no Content-Length); from another thread it waits for the
     * end of the request, as without it. */
    if (call->flush && (call->in_proc || call->in_completion) &&
        !w3e_response_send_partial(call->req)) {
        SetLastError(ERROR_CONNECTION_INVALID);
        return FALSE;
    }
    /* The bytes are in the response; the completion follows on the server's thread. */
    return (flags & HSE_IO_ASYNC) ? w3e_ext_start_io(call, NULL, NULL, *size, ERROR_SUCCESS) : TRUE;
}

int w3e_ecb_fill(w3e_ext_call *call, const char *path_info)
{
    w3_request *req = call->req;
    EXTENSION_CONTROL_BLOCK *ecb = &call->ecb;
    w3_server *server = req->conn->server;
    DWORD cb;
    const char *type = w3e_headers_get(req->arena, &req->headers, "Content-Type");
    int chunked = w3e_headers_get(req->arena, &req->headers, "Transfer-Encoding") != NULL;
    char *info = w3e_strdup(req->arena, path_info);
    char *translated = w3e_map_url(req->arena, server, path_info, &cb);
    char *query = w3e_strdup(req->arena, w3e_request_query(req));
    if (info == NULL || translated == NULL || query == NULL)
        return 0;
    call->magic = W3E_EXT_CALL_MAGIC;
    ecb->cbSize = sizeof *ecb;
    ecb->dwVersion = HSE_VERSION;
    ecb->ConnID = call;
    ecb->dwHttpStatusCode = 200;
    ecb->lpszMethod = req->method;
    ecb->lpszQueryString = query;
    ecb->lpszPathInfo = info;
    ecb->lpszPathTranslated = translated;
    /* A chunked upload has no length: 0xFFFFFFFF, read until ReadClient gives 0. */
    ecb->cbTotalBytes = chunked ? 0xFFFFFFFFu : (DWORD)req->body.len;
    ecb->cbAvailable = req->body.len < W3E_EXT_PRELOAD ? (DWORD)req->body.len : W3E_EXT_PRELOAD;
    ecb->lpbData = (LPBYTE)req->body.data;
    ecb->lpszContentType = type != NULL ? w3e_strdup(req->arena, type) : "";
    if (ecb->lpszContentType == NULL)
        return 0;
    ecb->GetServerVariable = get_server_variable;
    ecb->WriteClient = write_client;
    ecb->ReadClient = read_client;
    ecb->ServerSupportFunction = w3e_ext_server_support;
    call->read = ecb->cbAvailable;
    return 1;
}
