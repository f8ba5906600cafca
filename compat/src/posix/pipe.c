/* Anonymous pipes: CreatePipe over pipe(2), as two file handles. */
#include <windows.h>

#include <errno.h>
#include <fcntl.h>
#include <unistd.h>

#include "file_handle.h"
#include "win_path.h"

BOOL WINAPI CreatePipe(PHANDLE hReadPipe, PHANDLE hWritePipe,
                       LPSECURITY_ATTRIBUTES lpPipeAttributes, DWORD nSize)
{
    int fds[2];
    HANDLE r, w;

    (void)lpPipeAttributes;
    if (!hReadPipe || !hWritePipe) {
        SetLastError(ERROR_INVALID_PARAMETER);
        return FALSE;
    }
    if (pipe2(fds, O_CLOEXEC) != 0) {
        SetLastError(w3_error_from_errno(errno, NULL));
        return FALSE;
    }
    if (nSize)
        fcntl(fds[1], F_SETPIPE_SZ, (int)nSize); /* a hint, as on Windows */
    r = w3_file_handle_from_fd(fds[0], TRUE, FALSE);
    if (!r) {
        close(fds[1]);
        return FALSE;
    }
    w = w3_file_handle_from_fd(fds[1], FALSE, TRUE);
    if (!w) {
        CloseHandle(r);
        return FALSE;
    }
    *hReadPipe = r;
    *hWritePipe = w;
    return TRUE;
}
