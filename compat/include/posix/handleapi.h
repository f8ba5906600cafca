/* Kernel-object handles: files, events, threads and find handles share CloseHandle. */
#ifndef W3COMPAT_HANDLEAPI_H
#define W3COMPAT_HANDLEAPI_H

#include "windef.h"

#define INVALID_HANDLE_VALUE ((HANDLE)(LONG_PTR)-1)

W3COMPAT_BEGIN_C

WINBASEAPI BOOL WINAPI CloseHandle(HANDLE hObject);

W3COMPAT_END_C

#endif
