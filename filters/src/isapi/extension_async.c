/* The asynchronous operations of ISAPI extensions: the completion they all share, and
 * HSE_REQ_ASYNC_READ_CLIENT and HSE_REQ_TRANSMIT_FILE. The request body is already in
 * memory; TRANSMIT_FILE's range becomes a file range of the response, which the
 * embedder's file output sends (w3host: from its thread pool, with sendfile on Linux),
 * or, without one, is read into the response in the call. What is asynchronous is the
 * completion, which comes on the server's thread after the call returned, as IIS's does
 * on its thread pool. */
#include "extension_host.h"

#include <stdlib.h>
#include <string.h>

/* Winsock's WSAEINVAL, which TRANSMIT_FILE gives for an offset past the end of the file
 * (the engine does not include winsock2.h). */
#define W3E_WSAEINVAL 10022

static BOOL fail(DWORD error)
{
    SetLastError(error);
    return FALSE;
}

BOOL w3e_ext_start_io(w3e_ext_call *call, PFN_HSE_IO_COMPLETION fn, void *ctx, DWORD bytes,
                      DWORD error)
{
    if (fn == NULL)
        fn = call->io_fn, ctx = call->io_ctx;
    if (fn == NULL || call->io_outstanding)
        return fail(ERROR_INVALID_PARAMETER);
    call->op_fn = fn;
    call->op_ctx = ctx;
    call->op_error = error;
    call->io_outstanding = 1;
    if (FAILED(w3e_post_completion(call->req, 1, bytes, S_OK, W3E_RQ_CONTINUE))) {
        call->io_outstanding = 0;
        return fail(ERROR_NOT_SUPPORTED);
    }
    return TRUE;
}

/* The next body bytes after the preload and earlier reads; the completion gets how
 * many (0: the body is all read). */
BOOL w3e_ext_async_read(w3e_ext_call *call, void *buffer, DWORD *size)
{
    if (size == NULL || (buffer == NULL && *size != 0) || call->io_fn == NULL ||
        call->io_outstanding)
        return fail(ERROR_INVALID_PARAMETER);
    /* Moved past first: from another thread, the completion may run before this returns. */
    DWORD n = w3e_ext_take_body(call, buffer, *size);
    if (!w3e_ext_start_io(call, NULL, NULL, n, ERROR_SUCCESS)) {
        call->read -= n;
        return FALSE;
    }
    return TRUE;
}

/* Appends `length` bytes of `file` from `offset` to the response; the Win32 error if
 * they cannot all be read. Reads at an OVERLAPPED offset, so that a handle opened
 * with FILE_FLAG_OVERLAPPED (as IIS's documentation asks) works as well as another. */
static DWORD append_file(w3e_ext_call *call, HANDLE file, ULONGLONG offset, ULONGLONG length,
                         DWORD *sent)
{
    char chunk[64 * 1024];
    HANDLE event = CreateEventA(NULL, TRUE, FALSE, NULL);
    if (event == NULL)
        return GetLastError();
    DWORD error = ERROR_SUCCESS;
    while (length > 0 && error == ERROR_SUCCESS) {
        OVERLAPPED ov;
        memset(&ov, 0, sizeof ov);
        ov.Offset = (DWORD)offset;
        ov.OffsetHigh = (DWORD)(offset >> 32);
        ov.hEvent = event;
        DWORD want = length < sizeof chunk ? (DWORD)length : (DWORD)sizeof chunk, got = 0;
        if (!ReadFile(file, chunk, want, &got, &ov) &&
            (GetLastError() != ERROR_IO_PENDING || !GetOverlappedResult(file, &ov, &got, TRUE)))
            error = GetLastError();
        else if (got == 0)
            error = ERROR_HANDLE_EOF;
        else if (!w3_response_write(call->req, chunk, got))
            error = ERROR_NOT_ENOUGH_MEMORY;
        offset += got;
        length -= got;
        *sent += got;
    }
    CloseHandle(event);
    return error;
}

/* Whether `path` names the file behind `file` and can be opened for reading as the
 * engine and the embedder will: a deleted or replaced file, or one its handle locks
 * against readers, is read in the call instead. */
static int path_reaches(HANDLE file, const char *path)
{
    HANDLE again = CreateFileA(path, GENERIC_READ, FILE_SHARE_READ, NULL, OPEN_EXISTING,
                               FILE_ATTRIBUTE_NORMAL, NULL);
    if (again == INVALID_HANDLE_VALUE)
        return 0;
    BY_HANDLE_FILE_INFORMATION a, b;
    int same = GetFileInformationByHandle(file, &a) && GetFileInformationByHandle(again, &b) &&
               a.dwVolumeSerialNumber == b.dwVolumeSerialNumber &&
               a.nFileIndexHigh == b.nFileIndexHigh && a.nFileIndexLow == b.nFileIndexLow;
    CloseHandle(again);
    return same;
}

/* Queues `length` bytes of `file` from `offset` as a file range of the response, for
 * the connection's file output to send: 0 (nothing queued) when the connection has no
 * file output or the handle gives no path that reaches its file. */
static int queue_file(w3e_ext_call *call, HANDLE file, ULONGLONG offset, ULONGLONG length)
{
    if (call->req->conn->file_output == NULL)
        return 0;
    /* One more than asked for: the A function's "too small" answer leaves the NUL out. */
    const DWORD flags = FILE_NAME_NORMALIZED | VOLUME_NAME_DOS;
    DWORD size = GetFinalPathNameByHandleA(file, NULL, 0, flags) + 1;
    char *path = size > 1 ? malloc(size) : NULL;
    int queued = path != NULL && GetFinalPathNameByHandleA(file, path, size, flags) < size &&
                 path_reaches(file, path) && w3_response_send_file(call->req, path, offset, length);
    free(path);
    return queued;
}

static int has_file(HANDLE file)
{
    return file != NULL && file != INVALID_HANDLE_VALUE;
}

BOOL w3e_ext_transmit_file(w3e_ext_call *call, const HSE_TF_INFO *info)
{
    if (info == NULL || (info->pfnHseIO == NULL && call->io_fn == NULL) || call->io_outstanding ||
        (info->pHead == NULL && info->HeadLength != 0) ||
        (info->pTail == NULL && info->TailLength != 0))
        return fail(ERROR_INVALID_PARAMETER);
    ULONGLONG length = 0;
    if (has_file(info->hFile)) {
        LARGE_INTEGER size;
        if (!GetFileSizeEx(info->hFile, &size))
            return FALSE;
        /* Past the end: "returns a 10022 failure" (WSAEINVAL). */
        if ((ULONGLONG)info->Offset > (ULONGLONG)size.QuadPart)
            return fail(W3E_WSAEINVAL);
        length = (ULONGLONG)size.QuadPart - info->Offset;
        if (info->BytesToWrite != 0 && info->BytesToWrite < length)
            length = info->BytesToWrite;
    }
    DWORD sent = 0;
    if (info->dwFlags & HSE_IO_SEND_HEADERS) {
        /* The status line from pszStatusCode, the head buffer as the header text. */
        const char *status = info->pszStatusCode;
        const char *head = info->pHead;
        DWORD head_len =
            head != NULL && info->HeadLength == 0 ? (DWORD)strlen(head) : info->HeadLength;
        if (!w3e_ext_send_header(call, status, status != NULL ? strlen(status) : 0, head, head_len))
            return FALSE;
    } else if (info->HeadLength > 0) {
        if (!w3_response_write(call->req, info->pHead, info->HeadLength))
            return fail(ERROR_NOT_ENOUGH_MEMORY);
        sent += info->HeadLength;
    }
    DWORD error = ERROR_SUCCESS;
    if (length > 0 && queue_file(call, info->hFile, info->Offset, length))
        sent += (DWORD)length;
    else if (length > 0)
        error = append_file(call, info->hFile, info->Offset, length, &sent);
    if (error == ERROR_SUCCESS && info->TailLength > 0) {
        if (w3_response_write(call->req, info->pTail, info->TailLength))
            sent += info->TailLength;
        else
            error = ERROR_NOT_ENOUGH_MEMORY;
    }
    if (info->dwFlags & HSE_IO_DISCONNECT_AFTER_SEND)
        call->req->keep_alive = 0;
    /* A file that cannot be read whole is the completion's error, as on IIS. */
    return w3e_ext_start_io(call, info->pfnHseIO, info->pContext, sent, error);
}
