/* The Microsoft CRT's stdio.h extras: the bounded printf family, counting printfs,
 * fopen_s and the old descriptor names. Formats follow the Microsoft CRT, not glibc:
 * `l` on an integer conversion means 32 bits (LONG/DWORD), I64/I32/I are size
 * prefixes, and in wide functions %s/%c take wide arguments and %S/%C narrow ones.
 * In C++ the bounded forms also take an array and deduce its size. */
#ifndef W3COMPAT_W3CRT_STDIO_H
#define W3COMPAT_W3CRT_STDIO_H

#include <stdarg.h>
#include <stdio.h>

#include "w3crt.h"

W3CRT_BEGIN_C

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

/* The length the formatted text would have, without its terminator. */
W3COMPAT_EXPORT int __cdecl _scprintf(const char *format, ...);
W3COMPAT_EXPORT int __cdecl _vscprintf(const char *format, va_list args);
W3COMPAT_EXPORT int __cdecl _scwprintf(const wchar_t *format, ...);
W3COMPAT_EXPORT int __cdecl _vscwprintf(const wchar_t *format, va_list args);

/* Microsoft's scanf formats; each %s, %c and %[ takes its buffer's size (in units, an
 * unsigned int) after the pointer. Up to 32 stored conversions. */
W3COMPAT_EXPORT int __cdecl sscanf_s(const char *buffer, const char *format, ...);
W3COMPAT_EXPORT int __cdecl vsscanf_s(const char *buffer, const char *format, va_list args);
W3COMPAT_EXPORT int __cdecl swscanf_s(const wchar_t *buffer, const wchar_t *format, ...);
W3COMPAT_EXPORT int __cdecl vswscanf_s(const wchar_t *buffer, const wchar_t *format, va_list args);

/* Opening files: the result is the errno value; *file is NULL on failure. Wide names
 * are converted to UTF-8. */
W3COMPAT_EXPORT errno_t __cdecl fopen_s(FILE **file, const char *name, const char *mode);
W3COMPAT_EXPORT errno_t __cdecl _wfopen_s(FILE **file, const wchar_t *name, const wchar_t *mode);
W3COMPAT_EXPORT FILE *__cdecl _wfopen(const wchar_t *name, const wchar_t *mode);
W3COMPAT_EXPORT FILE *__cdecl _fsopen(const char *name, const char *mode, int shflag);
W3COMPAT_EXPORT int __cdecl _fileno(FILE *stream);
W3COMPAT_EXPORT FILE *__cdecl _fdopen(int fd, const char *mode);

W3CRT_END_C

#ifdef __cplusplus
extern "C++" {
template <size_t N> inline int sprintf_s(char (&buffer)[N], const char *format, ...)
{
    va_list args;
    va_start(args, format);
    int n = vsprintf_s(buffer, N, format, args);
    va_end(args);
    return n;
}
template <size_t N> inline int vsprintf_s(char (&buffer)[N], const char *format, va_list args)
{
    return vsprintf_s(buffer, N, format, args);
}
template <size_t N> inline int _snprintf_s(char (&buffer)[N], size_t count, const char *format, ...)
{
    va_list args;
    va_start(args, format);
    int n = _vsnprintf_s(buffer, N, count, format, args);
    va_end(args);
    return n;
}
template <size_t N>
inline int _vsnprintf_s(char (&buffer)[N], size_t count, const char *format, va_list args)
{
    return _vsnprintf_s(buffer, N, count, format, args);
}
template <size_t N> inline int swprintf_s(wchar_t (&buffer)[N], const wchar_t *format, ...)
{
    va_list args;
    va_start(args, format);
    int n = vswprintf_s(buffer, N, format, args);
    va_end(args);
    return n;
}
template <size_t N>
inline int _snwprintf_s(wchar_t (&buffer)[N], size_t count, const wchar_t *format, ...)
{
    va_list args;
    va_start(args, format);
    int n = _vsnwprintf_s(buffer, N, count, format, args);
    va_end(args);
    return n;
}
template <size_t N>
inline int _vsnwprintf_s(wchar_t (&buffer)[N], size_t count, const wchar_t *format, va_list args)
{
    return _vsnwprintf_s(buffer, N, count, format, args);
}
}
#endif

#endif
