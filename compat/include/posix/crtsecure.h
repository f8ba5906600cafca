/* The Microsoft C runtime's string extras: the bounds-checked "_s" family with its
 * invalid-parameter handler, and the non-standard _stricmp/_itoa/_snprintf family.
 *
 * Formats follow the Microsoft CRT, not glibc: `l` on an integer conversion means 32
 * bits (LONG/DWORD), I64/I32/I are size prefixes, and in wide functions %s/%c take wide
 * arguments and %S/%C narrow ones. */
#ifndef W3COMPAT_CRTSECURE_H
#define W3COMPAT_CRTSECURE_H

#include <errno.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <wchar.h>

#include "windef.h"

#ifndef _ERRNO_T_DEFINED
#define _ERRNO_T_DEFINED
typedef int errno_t;
#endif
#ifndef _RSIZE_T_DEFINED
#define _RSIZE_T_DEFINED
typedef size_t rsize_t;
#endif

/* A count meaning "copy what fits and report truncation". */
#define _TRUNCATE ((size_t)-1)
#ifndef STRUNCATE
#define STRUNCATE 80
#endif

typedef void(__cdecl *_invalid_parameter_handler)(const wchar_t *expression,
                                                  const wchar_t *function, const wchar_t *file,
                                                  unsigned int line, uintptr_t reserved);

W3COMPAT_BEGIN_C

/* Without a handler an invalid parameter ends the process (on POSIX: a message on
 * stderr, then abort). */
W3COMPAT_EXPORT _invalid_parameter_handler __cdecl _set_invalid_parameter_handler(
    _invalid_parameter_handler pNew);
W3COMPAT_EXPORT _invalid_parameter_handler __cdecl _get_invalid_parameter_handler(void);

W3COMPAT_EXPORT errno_t __cdecl strcpy_s(char *dest, rsize_t size, const char *src);
W3COMPAT_EXPORT errno_t __cdecl strncpy_s(char *dest, rsize_t size, const char *src, rsize_t count);
W3COMPAT_EXPORT errno_t __cdecl strcat_s(char *dest, rsize_t size, const char *src);
W3COMPAT_EXPORT errno_t __cdecl strncat_s(char *dest, rsize_t size, const char *src, rsize_t count);
W3COMPAT_EXPORT errno_t __cdecl wcscpy_s(wchar_t *dest, rsize_t size, const wchar_t *src);
W3COMPAT_EXPORT errno_t __cdecl wcsncpy_s(wchar_t *dest, rsize_t size, const wchar_t *src,
                                          rsize_t count);
W3COMPAT_EXPORT errno_t __cdecl wcscat_s(wchar_t *dest, rsize_t size, const wchar_t *src);
W3COMPAT_EXPORT errno_t __cdecl wcsncat_s(wchar_t *dest, rsize_t size, const wchar_t *src,
                                          rsize_t count);
W3COMPAT_EXPORT errno_t __cdecl memcpy_s(void *dest, rsize_t destsz, const void *src,
                                         rsize_t count);
W3COMPAT_EXPORT errno_t __cdecl memmove_s(void *dest, rsize_t destsz, const void *src,
                                          rsize_t count);
W3COMPAT_EXPORT errno_t __cdecl _itoa_s(int value, char *buffer, size_t size, int radix);
W3COMPAT_EXPORT errno_t __cdecl _strlwr_s(char *str, size_t size);
W3COMPAT_EXPORT errno_t __cdecl _strupr_s(char *str, size_t size);
W3COMPAT_EXPORT char *__cdecl strtok_s(char *str, const char *delim, char **context);

W3COMPAT_EXPORT int __cdecl sprintf_s(char *buffer, size_t size, const char *format, ...);
W3COMPAT_EXPORT int __cdecl vsprintf_s(char *buffer, size_t size, const char *format, va_list args);
W3COMPAT_EXPORT int __cdecl _snprintf_s(char *buffer, size_t size, size_t count, const char *format,
                                        ...);
W3COMPAT_EXPORT int __cdecl _vsnprintf_s(char *buffer, size_t size, size_t count,
                                         const char *format, va_list args);
W3COMPAT_EXPORT int __cdecl swprintf_s(wchar_t *buffer, size_t size, const wchar_t *format, ...);
W3COMPAT_EXPORT int __cdecl vswprintf_s(wchar_t *buffer, size_t size, const wchar_t *format,
                                        va_list args);
W3COMPAT_EXPORT int __cdecl _snwprintf_s(wchar_t *buffer, size_t size, size_t count,
                                         const wchar_t *format, ...);
W3COMPAT_EXPORT int __cdecl _vsnwprintf_s(wchar_t *buffer, size_t size, size_t count,
                                          const wchar_t *format, va_list args);

/* Not bounds-checked: when the output fills `count` exactly it is not terminated, and
 * when it does not fit the result is -1. */
W3COMPAT_EXPORT int __cdecl _snprintf(char *buffer, size_t count, const char *format, ...);
W3COMPAT_EXPORT int __cdecl _vsnprintf(char *buffer, size_t count, const char *format,
                                       va_list args);
W3COMPAT_EXPORT int __cdecl _snwprintf(wchar_t *buffer, size_t count, const wchar_t *format, ...);
W3COMPAT_EXPORT int __cdecl _vsnwprintf(wchar_t *buffer, size_t count, const wchar_t *format,
                                        va_list args);
/* The unbounded wide sprintf that MSVC's tchar.h maps _stprintf to. */
W3COMPAT_EXPORT int __cdecl _swprintf(wchar_t *buffer, const wchar_t *format, ...);
/* wprintf with Microsoft's wide format rules (%s is a wide string); tchar.h's _tprintf. */
W3COMPAT_EXPORT int __cdecl w3_ms_wprintf(const wchar_t *format, ...);

W3COMPAT_EXPORT int __cdecl _stricmp(const char *s1, const char *s2);
W3COMPAT_EXPORT int __cdecl _strnicmp(const char *s1, const char *s2, size_t count);
W3COMPAT_EXPORT int __cdecl _wcsicmp(const wchar_t *s1, const wchar_t *s2);
W3COMPAT_EXPORT int __cdecl _wcsnicmp(const wchar_t *s1, const wchar_t *s2, size_t count);
W3COMPAT_EXPORT char *__cdecl _strdup(const char *s);
W3COMPAT_EXPORT wchar_t *__cdecl _wcsdup(const wchar_t *s);
W3COMPAT_EXPORT char *__cdecl _strlwr(char *s);
W3COMPAT_EXPORT char *__cdecl _strupr(char *s);
W3COMPAT_EXPORT char *__cdecl _itoa(int value, char *buffer, int radix);
W3COMPAT_EXPORT char *__cdecl _ultoa(unsigned long value, char *buffer, int radix);
W3COMPAT_EXPORT char *__cdecl _i64toa(long long value, char *buffer, int radix);
W3COMPAT_EXPORT char *__cdecl _ui64toa(unsigned long long value, char *buffer, int radix);
W3COMPAT_EXPORT wchar_t *__cdecl _itow(int value, wchar_t *buffer, int radix);
W3COMPAT_EXPORT long long __cdecl _atoi64(const char *s);

W3COMPAT_END_C

#endif
