/* IHttpResponse over the engine's response. */
#include "bridge_context.h"

#include <string.h>

namespace w3b
{

HRESULT Response::SetStatus(USHORT status, PCSTR reason, USHORT sub, HRESULT error,
                            IAppHostConfigException *, BOOL skip_custom)
{
    HRESULT hr = w3e_mresp_set_status(req_, status, reason, sub);
    if (SUCCEEDED(hr)) {
        req_->error_status = error;
        req_->try_skip_custom_errors = skip_custom != FALSE;
        req_->status_module = req_->pipe.current_module;
        req_->status_notification = req_->pipe.current_notification;
    }
    return hr;
}

HRESULT Response::SetHeader(PCSTR name, PCSTR value, USHORT cch, BOOL replace)
{
    return w3e_header_change(req_->arena, &req_->resp_headers, name, value, cch, replace);
}

HRESULT Response::SetHeader(HTTP_HEADER_ID id, PCSTR value, USHORT cch, BOOL replace)
{
    /* IIS: Server set by id is appended to, whatever fReplace says. */
    return SetHeader(w3e_response_header_name((unsigned long)id), value, cch,
                     id == HttpHeaderServer ? FALSE : replace);
}

HRESULT Response::DeleteHeader(HTTP_HEADER_ID id)
{
    return w3e_mresp_delete_header(req_, w3e_response_header_name((unsigned long)id));
}

PCSTR Response::GetHeader(PCSTR name, USHORT *cch) const
{
    return w3e_header_value(req_->arena, &req_->resp_headers, name, cch);
}

PCSTR Response::GetHeader(HTTP_HEADER_ID id, USHORT *cch) const
{
    return GetHeader(w3e_response_header_name((unsigned long)id), cch);
}

/* Status, reason and the entity buffered so far (one memory chunk), e.g. a buffered
 * child's response for its parent; headers are read with GetHeader. */
HTTP_RESPONSE *Response::GetRawHttpResponse()
{
    HTTP_RESPONSE *raw =
        static_cast<HTTP_RESPONSE *>(w3e_arena_alloc(req_->arena, sizeof(HTTP_RESPONSE)));
    HTTP_DATA_CHUNK *chunk =
        static_cast<HTTP_DATA_CHUNK *>(w3e_arena_alloc(req_->arena, sizeof(HTTP_DATA_CHUNK)));
    if (raw == NULL || chunk == NULL)
        return NULL;
    raw->Version.MajorVersion = 1;
    raw->Version.MinorVersion = 1;
    raw->StatusCode = (USHORT)req_->status;
    raw->pReason = req_->reason;
    raw->ReasonLength = (USHORT)strlen(req_->reason);
    w3e_body_load_files(req_); /* a file that cannot be read leaves an empty entity */
    if (req_->resp_body.len != 0) {
        chunk->DataChunkType = HttpDataChunkFromMemory;
        chunk->FromMemory.pBuffer = req_->resp_body.data;
        chunk->FromMemory.BufferLength = (ULONG)req_->resp_body.len;
        raw->EntityChunkCount = 1;
        raw->pEntityChunks = chunk;
    }
    return raw;
}

const HTTP_RESPONSE *Response::GetRawHttpResponse() const
{
    return const_cast<Response *>(this)->GetRawHttpResponse();
}

VOID Response::ResetConnection()
{
    /* Nothing more goes to the client; the connection is dropped. */
    req_->keep_alive = 0;
    req_->response_sent = 1;
    req_->streaming = 0;
    req_->conn->wants_close = 1;
}

HRESULT Response::write_chunk(const HTTP_DATA_CHUNK *chunk, int prepend)
{
    switch (chunk->DataChunkType) {
    case HttpDataChunkFromMemory:
        return w3e_mresp_write(req_, chunk->FromMemory.pBuffer, chunk->FromMemory.BufferLength,
                               prepend);
    case HttpDataChunkFromFileHandle: {
        if (prepend)
            return HRESULT_FROM_WIN32(ERROR_NOT_SUPPORTED);
        const HTTP_BYTE_RANGE &r = chunk->FromFileHandle.ByteRange;
        ULONGLONG len =
            r.Length.QuadPart == HTTP_BYTE_RANGE_TO_EOF ? ~0ull : (ULONGLONG)r.Length.QuadPart;
        return w3e_mresp_write_file(req_, chunk->FromFileHandle.FileHandle,
                                    (ULONGLONG)r.StartingOffset.QuadPart, len);
    }
    default:
        return W3B_NOT_SUPPORTED(req_->conn->server,
                                 "IHttpResponse writes of fragment-cache chunks");
    }
}

HRESULT Response::WriteEntityChunkByReference(HTTP_DATA_CHUNK *chunk, LONG position)
{
    if (chunk == NULL || (position != -1 && position != 0))
        return HRESULT_FROM_WIN32(ERROR_INVALID_PARAMETER);
    /* Copied rather than referenced: the module's buffer may then go earlier than IIS
     * would allow, never later. */
    return write_chunk(chunk, position == 0);
}

HRESULT Response::WriteEntityChunks(HTTP_DATA_CHUNK *chunks, DWORD n, BOOL async, BOOL more,
                                    DWORD *sent, BOOL *pending)
{
    if (pending != NULL)
        *pending = FALSE;
    if (chunks == NULL || n == 0)
        return HRESULT_FROM_WIN32(ERROR_INVALID_PARAMETER);
    if (n > 65535)
        return HRESULT_FROM_WIN32(ERROR_ARITHMETIC_OVERFLOW);
    size_t before = req_->resp_body.len;
    for (DWORD i = 0; i < n; i++) {
        HRESULT hr = write_chunk(&chunks[i], 0);
        if (FAILED(hr))
            return hr;
    }
    DWORD written = (DWORD)(req_->resp_body.len - before);
    if (req_->buffering_disabled) {
        HRESULT hr = w3e_mresp_flush(req_, more, NULL);
        if (FAILED(hr))
            return hr;
    }
    if (sent != NULL)
        *sent = written;
    complete_async(req_, async, written, pending);
    return S_OK;
}

HRESULT Response::Flush(BOOL async, BOOL more, DWORD *sent, BOOL *pending)
{
    DWORD n = 0;
    if (pending != NULL)
        *pending = FALSE;
    HRESULT hr = w3e_mresp_flush(req_, more, &n);
    if (sent != NULL)
        *sent = n;
    if (SUCCEEDED(hr))
        complete_async(req_, async, n, pending);
    return hr;
}

VOID Response::GetStatus(USHORT *status, USHORT *sub, PCSTR *reason, USHORT *reason_cch,
                         HRESULT *hr, PCWSTR *module, DWORD *notification,
                         IAppHostConfigException **exception, BOOL *skip_custom)
{
    if (status != NULL)
        *status = (USHORT)req_->status;
    if (sub != NULL)
        *sub = req_->substatus;
    if (reason != NULL)
        *reason = req_->reason;
    if (reason_cch != NULL)
        *reason_cch = (USHORT)strlen(req_->reason);
    if (hr != NULL)
        *hr = req_->error_status;
    if (module != NULL)
        *module = req_->status_module ? wide(req_->arena, req_->status_module->name) : NULL;
    if (notification != NULL)
        *notification = req_->status_module ? req_->status_notification : 0;
    if (exception != NULL)
        *exception = NULL;
    if (skip_custom != NULL)
        *skip_custom = req_->try_skip_custom_errors ? TRUE : FALSE;
}

HRESULT Response::SetErrorDescription(PCWSTR text, DWORD cch, BOOL)
{
    if (text == NULL)
        return HRESULT_FROM_WIN32(ERROR_INVALID_PARAMETER);
    WCHAR *copy = static_cast<WCHAR *>(w3e_arena_alloc(req_->arena, sizeof(WCHAR) * (cch + 1)));
    if (copy == NULL)
        return HRESULT_FROM_WIN32(ERROR_NOT_ENOUGH_MEMORY);
    memcpy(copy, text, sizeof(WCHAR) * cch);
    copy[cch] = 0;
    error_description_ = copy;
    error_description_len_ = cch;
    return S_OK;
}

PCWSTR Response::GetErrorDescription(DWORD *cch)
{
    if (cch != NULL)
        *cch = error_description_len_;
    return error_description_;
}

HRESULT Response::GetHeaderChanges(DWORD, DWORD *, PCSTR *, DWORD *, PCSTR **, PCSTR **, DWORD *,
                                   DWORD *, DWORD **)
{
    return W3B_NOT_SUPPORTED(req_->conn->server, "IHttpResponse::GetHeaderChanges");
}

} // namespace w3b
