#include <windows.h>

/* One slot per thread; libw3compat is a single shared copy in the process, so an error
 * set by a filter is the error its host reads. */
static _Thread_local DWORD last_error;

DWORD WINAPI GetLastError(void)
{
    return last_error;
}

void WINAPI SetLastError(DWORD dwErrCode)
{
    last_error = dwErrCode;
}
