/* What compat's Microsoft CRT headers (stdlib.h, string.h, stdio.h, time.h, ...)
 * share: errno_t, the _TRUNCATE count, the invalid-parameter handler. Needs no
 * windows.h, so that code including only the C headers finds the CRT extras there, as
 * with MSVC.
 *
 * The bounds-checked "_s" functions report a bad parameter through the handler: they
 * set errno, call it (or, with none installed, print a message and abort, as the
 * Visual C++ CRTs do), then return EINVAL or ERANGE with the destination emptied. */
#ifndef W3COMPAT_W3CRT_H
#define W3COMPAT_W3CRT_H

#include <errno.h>
#include <stddef.h>
#include <stdint.h>

#include "w3compat_export.h"

#ifndef __cdecl
#define __cdecl
#endif
#ifndef __stdcall
#define __stdcall
#endif

#ifdef __cplusplus
#define W3CRT_BEGIN_C extern "C" {
#define W3CRT_END_C }
#else
#define W3CRT_BEGIN_C
#define W3CRT_END_C
#endif

#ifndef _ERRNO_T_DEFINED
#define _ERRNO_T_DEFINED
typedef int errno_t;
#endif
#ifndef _RSIZE_T_DEFINED
#define _RSIZE_T_DEFINED
typedef size_t rsize_t;
#endif

/* A count meaning "copy what fits and report truncation". */
#ifndef _TRUNCATE
#define _TRUNCATE ((size_t)-1)
#endif
#ifndef STRUNCATE
#define STRUNCATE 80
#endif

/* The old names without the leading underscore (itoa, stricmp, ...) are declared
 * unless a program asks otherwise, as with MSVC. */
#ifndef _CRT_DECLARE_NONSTDC_NAMES
#define _CRT_DECLARE_NONSTDC_NAMES 1
#endif

typedef void(__cdecl *_invalid_parameter_handler)(const wchar_t *expression,
                                                  const wchar_t *function, const wchar_t *file,
                                                  unsigned int line, uintptr_t reserved);

W3CRT_BEGIN_C

W3COMPAT_EXPORT _invalid_parameter_handler __cdecl _set_invalid_parameter_handler(
    _invalid_parameter_handler pNew);
W3COMPAT_EXPORT _invalid_parameter_handler __cdecl _get_invalid_parameter_handler(void);

W3CRT_END_C

#endif
