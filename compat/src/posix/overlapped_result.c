/* GetOverlappedResult(Ex): the outcome that the I/O recorded in the OVERLAPPED. */
#include <windows.h>

#include "file_handle.h"

/* The Win32 error for the NTSTATUS values that end overlapped I/O (as
 * RtlNtStatusToDosError maps them); ERROR_MR_MID_NOT_FOUND for others, as it does. */
static DWORD error_of_status(ULONG_PTR status)
{
    switch ((DWORD)status) {
    case 0x80000005u: /* STATUS_BUFFER_OVERFLOW */
        return ERROR_MORE_DATA;
    case STATUS_INVALID_HANDLE:
        return ERROR_INVALID_HANDLE;
    case 0xC000000Du: /* STATUS_INVALID_PARAMETER */
        return ERROR_INVALID_PARAMETER;
    case STATUS_END_OF_FILE:
        return ERROR_HANDLE_EOF;
    case STATUS_NO_MEMORY:
        return ERROR_NOT_ENOUGH_MEMORY;
    case 0xC0000022u: /* STATUS_ACCESS_DENIED */
        return ERROR_ACCESS_DENIED;
    case 0xC000007Fu: /* STATUS_DISK_FULL */
        return ERROR_DISK_FULL;
    case 0xC00000BBu: /* STATUS_NOT_SUPPORTED */
        return ERROR_NOT_SUPPORTED;
    case 0xC0000120u: /* STATUS_CANCELLED */
        return ERROR_OPERATION_ABORTED;
    case 0xC000014Bu: /* STATUS_PIPE_BROKEN */
        return ERROR_BROKEN_PIPE;
    default:
        return ERROR_MR_MID_NOT_FOUND;
    }
}

BOOL WINAPI GetOverlappedResultEx(HANDLE hFile, LPOVERLAPPED lpOverlapped,
                                  LPDWORD lpNumberOfBytesTransferred, DWORD dwMilliseconds,
                                  BOOL bAlertable)
{
    ULONG_PTR status = __atomic_load_n(&lpOverlapped->Internal, __ATOMIC_ACQUIRE);

    if (status == STATUS_PENDING) {
        DWORD wait;
        if (dwMilliseconds == 0) {
            SetLastError(ERROR_IO_INCOMPLETE);
            return FALSE;
        }
        wait = WaitForSingleObjectEx(lpOverlapped->hEvent ? lpOverlapped->hEvent : hFile,
                                     dwMilliseconds, bAlertable);
        if (wait == WAIT_FAILED)
            return FALSE;
        if (wait != WAIT_OBJECT_0) {
            SetLastError(wait); /* WAIT_TIMEOUT, WAIT_IO_COMPLETION */
            return FALSE;
        }
        status = __atomic_load_n(&lpOverlapped->Internal, __ATOMIC_ACQUIRE);
        if (status == STATUS_PENDING)
            status = STATUS_SUCCESS;
    }
    *lpNumberOfBytesTransferred = (DWORD)lpOverlapped->InternalHigh;
    if (status != STATUS_SUCCESS) {
        SetLastError(error_of_status(status));
        return FALSE;
    }
    return TRUE;
}

BOOL WINAPI GetOverlappedResult(HANDLE hFile, LPOVERLAPPED lpOverlapped,
                                LPDWORD lpNumberOfBytesTransferred, BOOL bWait)
{
    return GetOverlappedResultEx(hFile, lpOverlapped, lpNumberOfBytesTransferred,
                                 bWait ? INFINITE : 0, FALSE);
}
