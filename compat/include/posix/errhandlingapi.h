/* The calling thread's last-error code. */
#ifndef W3COMPAT_ERRHANDLINGAPI_H
#define W3COMPAT_ERRHANDLINGAPI_H

#include "windef.h"

W3COMPAT_BEGIN_C

WINBASEAPI DWORD WINAPI GetLastError(void);
WINBASEAPI void WINAPI SetLastError(DWORD dwErrCode);

W3COMPAT_END_C

#endif
