/* The Microsoft CRT's time.h extras: the reentrant "_s" conversions (note the order of
 * arguments, destination first, unlike C11's Annex K), the explicit 64-bit names, and
 * the time zone globals as functions. time_t is 64 bits here, as on 64-bit Windows. */
#ifndef W3COMPAT_W3CRT_TIME_H
#define W3COMPAT_W3CRT_TIME_H

#include <time.h>

#include "w3crt.h"

typedef long long __time64_t;
typedef int __time32_t;

W3CRT_BEGIN_C

W3COMPAT_EXPORT errno_t __cdecl localtime_s(struct tm *result, const time_t *time);
W3COMPAT_EXPORT errno_t __cdecl gmtime_s(struct tm *result, const time_t *time);
W3COMPAT_EXPORT errno_t __cdecl asctime_s(char *buffer, size_t size, const struct tm *tm);
W3COMPAT_EXPORT errno_t __cdecl ctime_s(char *buffer, size_t size, const time_t *time);
W3COMPAT_EXPORT errno_t __cdecl _localtime64_s(struct tm *result, const __time64_t *time);
W3COMPAT_EXPORT errno_t __cdecl _gmtime64_s(struct tm *result, const __time64_t *time);
W3COMPAT_EXPORT errno_t __cdecl _ctime64_s(char *buffer, size_t size, const __time64_t *time);
W3COMPAT_EXPORT __time64_t __cdecl _time64(__time64_t *time);
W3COMPAT_EXPORT __time64_t __cdecl _mktime64(struct tm *tm);
W3COMPAT_EXPORT __time64_t __cdecl _mkgmtime64(struct tm *tm);
W3COMPAT_EXPORT time_t __cdecl _mkgmtime(struct tm *tm);
W3COMPAT_EXPORT struct tm *__cdecl _localtime64(const __time64_t *time);
W3COMPAT_EXPORT struct tm *__cdecl _gmtime64(const __time64_t *time);
W3COMPAT_EXPORT char *__cdecl _ctime64(const __time64_t *time);
W3COMPAT_EXPORT double __cdecl _difftime64(__time64_t end, __time64_t start);

/* "hh:mm:ss" and "mm/dd/yy", local time, into at least 9 characters. */
W3COMPAT_EXPORT char *__cdecl _strtime(char *buffer);
W3COMPAT_EXPORT char *__cdecl _strdate(char *buffer);
W3COMPAT_EXPORT errno_t __cdecl _strtime_s(char *buffer, size_t size);
W3COMPAT_EXPORT errno_t __cdecl _strdate_s(char *buffer, size_t size);

W3COMPAT_EXPORT void __cdecl _tzset(void);
W3COMPAT_EXPORT long *__cdecl __p__timezone(void);
W3COMPAT_EXPORT int *__cdecl __p__daylight(void);
W3COMPAT_EXPORT char **__cdecl __p__tzname(void);
W3COMPAT_EXPORT errno_t __cdecl _get_timezone(long *seconds);
W3COMPAT_EXPORT errno_t __cdecl _get_daylight(int *hours);
#define _timezone (*__p__timezone())
#define _daylight (*__p__daylight())
#define _tzname (__p__tzname())

W3CRT_END_C

#ifdef __cplusplus
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
