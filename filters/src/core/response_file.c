/* Response bodies that hold file ranges (w3_response_send_file) between written bytes:
 * handed to the embedder's file output in order, or read into memory where the bytes
 * must be seen. */
#include "core.h"

#include <string.h>

int w3_response_send_file(w3_response *resp, const char *path, unsigned long long offset,
                          unsigned long long length)
{
    if (resp == NULL || path == NULL || path[0] == '\0' || offset + length < offset)
        return 0;
    if (length == 0)
        return 1;
    w3e_body_file *f = w3e_arena_alloc(resp->arena, sizeof *f);
    if (f == NULL || (f->path = w3e_strdup(resp->arena, path)) == NULL)
        return 0;
    f->next = NULL;
    f->at = resp->resp_body.len;
    f->offset = offset;
    f->length = length;
    if (resp->resp_files_last != NULL)
        resp->resp_files_last->next = f;
    else
        resp->resp_files = f;
    resp->resp_files_last = f;
    resp->resp_file_bytes += length;
    return 1;
}

void w3_conn_set_file_output(w3_conn *conn, w3_file_output_fn fn, void *ctx)
{
    if (conn == NULL)
        return;
    conn->file_output = fn;
    conn->file_output_ctx = ctx;
}

unsigned long long w3e_body_length(const w3_request *req)
{
    return req->resp_body.len + req->resp_file_bytes;
}

void w3e_body_clear(w3_request *req)
{
    req->resp_body.len = 0;
    req->resp_files = req->resp_files_last = NULL;
    req->resp_file_bytes = 0;
}

/* Appends the file range to `out`; 0 with the Win32 error if it cannot be read whole. */
static int read_range(w3_request *req, const w3e_body_file *f, w3e_buf *out, DWORD *error)
{
    HANDLE h = CreateFileA(f->path, GENERIC_READ, FILE_SHARE_READ, NULL, OPEN_EXISTING,
                           FILE_ATTRIBUTE_NORMAL, NULL);
    if (h == INVALID_HANDLE_VALUE) {
        *error = GetLastError();
        return 0;
    }
    LARGE_INTEGER at;
    at.QuadPart = (LONGLONG)f->offset;
    int ok = SetFilePointerEx(h, at, NULL, FILE_BEGIN) != 0;
    unsigned long long left = f->length;
    char chunk[64 * 1024];
    while (ok && left > 0) {
        DWORD want = left < sizeof chunk ? (DWORD)left : (DWORD)sizeof chunk, got = 0;
        ok = ReadFile(h, chunk, want, &got, NULL) && got > 0 &&
             w3e_buf_append(req->arena, out, chunk, got);
        left -= got;
    }
    *error = ok                                ? ERROR_SUCCESS
             : GetLastError() != ERROR_SUCCESS ? GetLastError()
                                               : ERROR_HANDLE_EOF;
    CloseHandle(h);
    return ok;
}

int w3e_body_load_files(w3_request *req)
{
    if (req->resp_files == NULL)
        return 1;
    const char *body = w3e_buf_str(&req->resp_body);
    w3e_buf joined = {0};
    size_t pos = 0;
    for (const w3e_body_file *f = req->resp_files; f != NULL; f = f->next) {
        DWORD error;
        if (!w3e_buf_append(req->arena, &joined, body + pos, f->at - pos) ||
            !read_range(req, f, &joined, &error)) {
            w3e_log(req->conn->server, W3_LOG_ERROR,
                    "response file %s: %llu bytes at %llu cannot be read (error %lu)", f->path,
                    f->length, f->offset, (unsigned long)error);
            w3e_body_clear(req);
            return 0;
        }
        pos = f->at;
    }
    if (!w3e_buf_append(req->arena, &joined, body + pos, req->resp_body.len - pos)) {
        w3e_body_clear(req);
        return 0;
    }
    req->resp_body = joined;
    req->resp_files = req->resp_files_last = NULL;
    req->resp_file_bytes = 0;
    return 1;
}

int w3e_body_prepare(w3_request *req)
{
    if (req->resp_files == NULL || (req->conn->file_output != NULL && req->parent == NULL &&
                                    !w3e_ext_wants(req->conn, W3E_TAP_SEND_RAW_DATA)))
        return 1;
    return w3e_body_load_files(req);
}

static int send_bytes(w3_request *req, const char *data, size_t len)
{
    return len != 0 && w3e_send_raw(req, data, len);
}

int w3e_body_send(w3_request *req)
{
    w3_conn *conn = req->conn;
    const char *body = w3e_buf_str(&req->resp_body);
    size_t pos = 0;
    for (const w3e_body_file *f = req->resp_files; f != NULL; f = f->next) {
        if (send_bytes(req, body + pos, f->at - pos))
            return 1;
        conn->file_output(conn->file_output_ctx, f->path, f->offset, f->length);
        req->bytes_sent += f->length;
        pos = f->at;
    }
    return send_bytes(req, body + pos, req->resp_body.len - pos);
}
