/* The results of overlapped I/O. compat's file I/O completes before ReadFile or
 * WriteFile returns and records the outcome in OVERLAPPED.Internal (an NTSTATUS) and
 * InternalHigh (bytes transferred), as Windows does; GetOverlappedResult reads them.
 * While Internal is STATUS_PENDING (set by code that completes requests itself),
 * GetOverlappedResult fails with ERROR_IO_INCOMPLETE without bWait, and with bWait
 * waits for hEvent (or, without one, the file handle) first. */
#ifndef W3COMPAT_IOAPISET_H
#define W3COMPAT_IOAPISET_H

#include "windef.h"

#define HasOverlappedIoCompleted(lpOverlapped) ((lpOverlapped)->Internal != STATUS_PENDING)

W3COMPAT_BEGIN_C

WINBASEAPI BOOL WINAPI GetOverlappedResult(HANDLE hFile, LPOVERLAPPED lpOverlapped,
                                           LPDWORD lpNumberOfBytesTransferred, BOOL bWait);
WINBASEAPI BOOL WINAPI GetOverlappedResultEx(HANDLE hFile, LPOVERLAPPED lpOverlapped,
                                             LPDWORD lpNumberOfBytesTransferred,
                                             DWORD dwMilliseconds, BOOL bAlertable);

W3COMPAT_END_C

#endif
