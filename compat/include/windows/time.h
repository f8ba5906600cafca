/* MinGW-w64's <time.h>, then the secure template overloads MSVC has and MinGW lacks:
 * asctime_s, ctime_s, _strtime_s and _strdate_s taking an array. */
#ifndef W3COMPAT_WINDOWS_TIME_H
#define W3COMPAT_WINDOWS_TIME_H

#include_next <time.h>

#if defined(__cplusplus) && defined(MINGW_HAS_SECURE_API)
extern "C++" {
template <size_t N> inline errno_t asctime_s(char (&buffer)[N], const struct tm *tm)
{
    return asctime_s(buffer, N, tm);
}
template <size_t N> inline errno_t ctime_s(char (&buffer)[N], const time_t *time)
{
    return ctime_s(buffer, N, time);
}
template <size_t N> inline errno_t _strtime_s(char (&buffer)[N])
{
    return _strtime_s(buffer, N);
}
template <size_t N> inline errno_t _strdate_s(char (&buffer)[N])
{
    return _strdate_s(buffer, N);
}
}
#endif

#endif
