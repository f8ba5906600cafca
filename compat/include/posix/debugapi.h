/* Debug output: OutputDebugString writes the string to stderr as given (no newline is
 * added), where a debugger would show it on Windows. IsDebuggerPresent tells whether a
 * tracer (gdb, strace) is attached; DebugBreak raises SIGTRAP. */
#ifndef W3COMPAT_DEBUGAPI_H
#define W3COMPAT_DEBUGAPI_H

#include "windef.h"

W3COMPAT_BEGIN_C

WINBASEAPI void WINAPI OutputDebugStringA(LPCSTR lpOutputString);
WINBASEAPI void WINAPI OutputDebugStringW(LPCWSTR lpOutputString);
WINBASEAPI BOOL WINAPI IsDebuggerPresent(void);
WINBASEAPI void WINAPI DebugBreak(void);

W3COMPAT_END_C

#ifdef UNICODE
#define OutputDebugString OutputDebugStringW
#else
#define OutputDebugString OutputDebugStringA
#endif

#endif
