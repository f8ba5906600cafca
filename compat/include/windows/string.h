/* MinGW-w64's <string.h>, then the secure template overloads MSVC has and MinGW lacks:
 * in C++ these "_s" functions also take an array and deduce its size. */
#ifndef W3COMPAT_WINDOWS_STRING_H
#define W3COMPAT_WINDOWS_STRING_H

#include_next <string.h>

#if defined(__cplusplus) && defined(MINGW_HAS_SECURE_API)
extern "C++" {
template <size_t N> inline errno_t strncat_s(char (&dest)[N], const char *src, size_t count)
{
    return strncat_s(dest, N, src, count);
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
}
#endif

#endif
