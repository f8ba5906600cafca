/* The Microsoft CRT's crtdbg.h. Without _DEBUG (a release build) every macro is a
 * no-op, as in MSVC's release CRT. With _DEBUG, _ASSERT/_ASSERTE report a failure
 * through _CrtDbgReport (to stderr here) and abort, and _RPTn report; the heap
 * checks, which need MSVC's debug heap, still do nothing. */
#ifndef W3COMPAT_CRTDBG_H
#define W3COMPAT_CRTDBG_H

#include <stdlib.h>

#include "w3crt.h"

#define _CRT_WARN 0
#define _CRT_ERROR 1
#define _CRT_ASSERT 2
#define _CRT_ERRCNT 3

#define _CRTDBG_ALLOC_MEM_DF 0x01
#define _CRTDBG_DELAY_FREE_MEM_DF 0x02
#define _CRTDBG_CHECK_ALWAYS_DF 0x04
#define _CRTDBG_RESERVED_DF 0x08
#define _CRTDBG_CHECK_CRT_DF 0x10
#define _CRTDBG_LEAK_CHECK_DF 0x20
#define _CRTDBG_REPORT_FLAG (-1)

#define _CRTDBG_MODE_FILE 0x1
#define _CRTDBG_MODE_DEBUG 0x2
#define _CRTDBG_MODE_WNDW 0x4
#define _CRTDBG_REPORT_MODE (-1)

typedef void *_HFILE;
#define _CRTDBG_INVALID_HFILE ((_HFILE)(intptr_t)-1)
#define _CRTDBG_HFILE_ERROR ((_HFILE)(intptr_t)-2)
#define _CRTDBG_FILE_STDOUT ((_HFILE)(intptr_t)-4)
#define _CRTDBG_FILE_STDERR ((_HFILE)(intptr_t)-5)
#define _CRTDBG_REPORT_FILE ((_HFILE)(intptr_t)-6)

W3CRT_BEGIN_C

/* Writes the report to stderr; returns 1 for _CRT_ASSERT (the caller should stop). */
W3COMPAT_EXPORT int __cdecl _CrtDbgReport(int type, const char *file, int line, const char *module,
                                          const char *format, ...);

W3CRT_END_C

#define _CrtSetDbgFlag(flag) ((int)0)
#define _CrtDumpMemoryLeaks() ((int)0)
#define _CrtCheckMemory() ((int)1)
#define _CrtSetReportMode(type, mode) ((int)0)
#define _CrtSetReportFile(type, file) ((_HFILE)0)
#define _CrtSetBreakAlloc(n) ((long)0)
#define _CrtSetAllocHook(hook) ((void *)0)
#define _CrtMemCheckpoint(state) ((void)0)
#define _CrtMemDumpAllObjectsSince(state) ((void)0)
#define _CrtDbgBreak() abort()

#ifdef _DEBUG
#define _ASSERT_EXPR(expr, msg)                                                                    \
    ((void)((!!(expr)) ||                                                                          \
            (1 != _CrtDbgReport(_CRT_ASSERT, __FILE__, __LINE__, NULL, "%s", msg)) ||              \
            (_CrtDbgBreak(), 0)))
#define _ASSERT(expr) _ASSERT_EXPR((expr), "")
#define _ASSERTE(expr) _ASSERT_EXPR((expr), #expr)
#define _RPT_BASE(type, file, line, ...)                                                           \
    ((void)((1 != _CrtDbgReport(type, file, line, NULL, __VA_ARGS__)) || (_CrtDbgBreak(), 0)))
#else
#define _ASSERT_EXPR(expr, msg) ((void)0)
#define _ASSERT(expr) ((void)0)
#define _ASSERTE(expr) ((void)0)
#define _RPT_BASE(type, file, line, ...) ((void)0)
#endif

#define _RPT0(type, msg) _RPT_BASE(type, NULL, 0, "%s", msg)
#define _RPT1(type, fmt, a1) _RPT_BASE(type, NULL, 0, fmt, a1)
#define _RPT2(type, fmt, a1, a2) _RPT_BASE(type, NULL, 0, fmt, a1, a2)
#define _RPT3(type, fmt, a1, a2, a3) _RPT_BASE(type, NULL, 0, fmt, a1, a2, a3)
#define _RPT4(type, fmt, a1, a2, a3, a4) _RPT_BASE(type, NULL, 0, fmt, a1, a2, a3, a4)
#define _RPT5(type, fmt, a1, a2, a3, a4, a5) _RPT_BASE(type, NULL, 0, fmt, a1, a2, a3, a4, a5)
#define _RPTF0(type, msg) _RPT_BASE(type, __FILE__, __LINE__, "%s", msg)
#define _RPTF1(type, fmt, a1) _RPT_BASE(type, __FILE__, __LINE__, fmt, a1)
#define _RPTF2(type, fmt, a1, a2) _RPT_BASE(type, __FILE__, __LINE__, fmt, a1, a2)
#define _RPTF3(type, fmt, a1, a2, a3) _RPT_BASE(type, __FILE__, __LINE__, fmt, a1, a2, a3)
#define _RPTF4(type, fmt, a1, a2, a3, a4) _RPT_BASE(type, __FILE__, __LINE__, fmt, a1, a2, a3, a4)
#define _RPTF5(type, fmt, a1, a2, a3, a4, a5)                                                      \
    _RPT_BASE(type, __FILE__, __LINE__, fmt, a1, a2, a3, a4, a5)

#endif
