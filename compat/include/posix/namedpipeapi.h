/* Anonymous pipes. Reads return what has arrived (at least one byte, waiting for it);
 * once every writing handle is closed a read fails with ERROR_BROKEN_PIPE, and a write
 * once the reading handle is closed fails with ERROR_NO_DATA. GetFileType says
 * FILE_TYPE_PIPE. nSize is a hint for the pipe's buffer. */
#ifndef W3COMPAT_NAMEDPIPEAPI_H
#define W3COMPAT_NAMEDPIPEAPI_H

#include "windef.h"

W3COMPAT_BEGIN_C

WINBASEAPI BOOL WINAPI CreatePipe(PHANDLE hReadPipe, PHANDLE hWritePipe,
                                  LPSECURITY_ATTRIBUTES lpPipeAttributes, DWORD nSize);

W3COMPAT_END_C

#endif
