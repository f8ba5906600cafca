/* The Microsoft CRT's string.h extras: the bounds-checked copies, case-blind compares,
 * duplicates and case changes, narrow and wide (wide means wchar_t, which is WCHAR on
 * POSIX). In C++ the "_s" copies also take an array and deduce its size, as MSVC's
 * secure template overloads do. Case mapping is ASCII's, msvcrt's "C" locale. */
#ifndef W3COMPAT_W3CRT_STRING_H
#define W3COMPAT_W3CRT_STRING_H

#include "w3crt.h"

W3CRT_BEGIN_C

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
W3COMPAT_EXPORT size_t __cdecl strnlen_s(const char *str, size_t count);
W3COMPAT_EXPORT size_t __cdecl wcsnlen_s(const wchar_t *str, size_t count);
W3COMPAT_EXPORT char *__cdecl strtok_s(char *str, const char *delim, char **context);
W3COMPAT_EXPORT wchar_t *__cdecl wcstok_s(wchar_t *str, const wchar_t *delim, wchar_t **context);
W3COMPAT_EXPORT errno_t __cdecl _strlwr_s(char *str, size_t size);
W3COMPAT_EXPORT errno_t __cdecl _strupr_s(char *str, size_t size);
W3COMPAT_EXPORT errno_t __cdecl _wcslwr_s(wchar_t *str, size_t size);
W3COMPAT_EXPORT errno_t __cdecl _wcsupr_s(wchar_t *str, size_t size);

W3COMPAT_EXPORT int __cdecl _stricmp(const char *s1, const char *s2);
W3COMPAT_EXPORT int __cdecl _strnicmp(const char *s1, const char *s2, size_t count);
W3COMPAT_EXPORT int __cdecl _strcmpi(const char *s1, const char *s2);
W3COMPAT_EXPORT int __cdecl _stricoll(const char *s1, const char *s2);
W3COMPAT_EXPORT int __cdecl _strnicoll(const char *s1, const char *s2, size_t count);
W3COMPAT_EXPORT int __cdecl _memicmp(const void *b1, const void *b2, size_t count);
W3COMPAT_EXPORT int __cdecl _wcsicmp(const wchar_t *s1, const wchar_t *s2);
W3COMPAT_EXPORT int __cdecl _wcsnicmp(const wchar_t *s1, const wchar_t *s2, size_t count);
W3COMPAT_EXPORT int __cdecl _wcsicoll(const wchar_t *s1, const wchar_t *s2);
W3COMPAT_EXPORT char *__cdecl _strdup(const char *s);
W3COMPAT_EXPORT wchar_t *__cdecl _wcsdup(const wchar_t *s);
W3COMPAT_EXPORT char *__cdecl _strlwr(char *s);
W3COMPAT_EXPORT char *__cdecl _strupr(char *s);
W3COMPAT_EXPORT wchar_t *__cdecl _wcslwr(wchar_t *s);
W3COMPAT_EXPORT wchar_t *__cdecl _wcsupr(wchar_t *s);
W3COMPAT_EXPORT char *__cdecl _strrev(char *s);
W3COMPAT_EXPORT wchar_t *__cdecl _wcsrev(wchar_t *s);
W3COMPAT_EXPORT char *__cdecl _strset(char *s, int c);
W3COMPAT_EXPORT char *__cdecl _strnset(char *s, int c, size_t count);

#if _CRT_DECLARE_NONSTDC_NAMES
W3COMPAT_EXPORT int __cdecl stricmp(const char *s1, const char *s2);
W3COMPAT_EXPORT int __cdecl strcmpi(const char *s1, const char *s2);
W3COMPAT_EXPORT int __cdecl strnicmp(const char *s1, const char *s2, size_t count);
W3COMPAT_EXPORT int __cdecl memicmp(const void *b1, const void *b2, size_t count);
W3COMPAT_EXPORT int __cdecl wcsicmp(const wchar_t *s1, const wchar_t *s2);
W3COMPAT_EXPORT int __cdecl wcsnicmp(const wchar_t *s1, const wchar_t *s2, size_t count);
W3COMPAT_EXPORT char *__cdecl strlwr(char *s);
W3COMPAT_EXPORT char *__cdecl strupr(char *s);
W3COMPAT_EXPORT char *__cdecl strrev(char *s);
W3COMPAT_EXPORT wchar_t *__cdecl wcslwr(wchar_t *s);
W3COMPAT_EXPORT wchar_t *__cdecl wcsupr(wchar_t *s);
#endif

W3CRT_END_C

#ifdef __cplusplus
extern "C++" {
template <size_t N> inline errno_t strcpy_s(char (&dest)[N], const char *src)
{
    return strcpy_s(dest, N, src);
}
template <size_t N> inline errno_t strncpy_s(char (&dest)[N], const char *src, size_t count)
{
    return strncpy_s(dest, N, src, count);
}
template <size_t N> inline errno_t strcat_s(char (&dest)[N], const char *src)
{
    return strcat_s(dest, N, src);
}
template <size_t N> inline errno_t strncat_s(char (&dest)[N], const char *src, size_t count)
{
    return strncat_s(dest, N, src, count);
}
template <size_t N> inline errno_t wcscpy_s(wchar_t (&dest)[N], const wchar_t *src)
{
    return wcscpy_s(dest, N, src);
}
template <size_t N> inline errno_t wcsncpy_s(wchar_t (&dest)[N], const wchar_t *src, size_t count)
{
    return wcsncpy_s(dest, N, src, count);
}
template <size_t N> inline errno_t wcscat_s(wchar_t (&dest)[N], const wchar_t *src)
{
    return wcscat_s(dest, N, src);
}
template <size_t N> inline errno_t wcsncat_s(wchar_t (&dest)[N], const wchar_t *src, size_t count)
{
    return wcsncat_s(dest, N, src, count);
}
template <size_t N> inline errno_t _strlwr_s(char (&str)[N])
{
    return _strlwr_s(str, N);
}
template <size_t N> inline errno_t _strupr_s(char (&str)[N])
{
    return _strupr_s(str, N);
}
template <size_t N> inline errno_t _wcslwr_s(wchar_t (&str)[N])
{
    return _wcslwr_s(str, N);
}
template <size_t N> inline errno_t _wcsupr_s(wchar_t (&str)[N])
{
    return _wcsupr_s(str, N);
}
}
#endif

#endif
