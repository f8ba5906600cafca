/* The CRT's time extras over the C library: reentrant conversions with the
 * invalid-parameter contract, the 64-bit names (time_t is 64 bits here), Microsoft's
 * asctime layout ("Wed Jan 02 02:03:55 1980\n": the day zero-padded, unlike C's) and
 * _strtime/_strdate. */
#include <stdio.h>
#include <stdlib.h>

#include "../crt_internal.h"

/* The CRT converts times from 1970 to the end of 3000 (_MAX__TIME64_T). */
#define MAX_TIME64 32535215999LL

static errno_t convert_s(struct tm *result, const time_t *time,
                         struct tm *(*convert)(const time_t *, struct tm *), const char *function)
{
    if (!result)
        return w3_crt_invalid_parameter(EINVAL, function);
    if (!time || *time < 0 || *time > MAX_TIME64) {
        memset(result, 0xFF, sizeof *result); /* every field -1 */
        return w3_crt_invalid_parameter(EINVAL, function);
    }
    return convert(time, result) ? 0 : (errno = EINVAL);
}

errno_t __cdecl localtime_s(struct tm *result, const time_t *time)
{
    return convert_s(result, time, localtime_r, "localtime_s");
}

errno_t __cdecl gmtime_s(struct tm *result, const time_t *time)
{
    return convert_s(result, time, gmtime_r, "gmtime_s");
}

errno_t __cdecl _localtime64_s(struct tm *result, const __time64_t *time)
{
    time_t t = time ? (time_t)*time : 0;
    return convert_s(result, time ? &t : NULL, localtime_r, "_localtime64_s");
}

errno_t __cdecl _gmtime64_s(struct tm *result, const __time64_t *time)
{
    time_t t = time ? (time_t)*time : 0;
    return convert_s(result, time ? &t : NULL, gmtime_r, "_gmtime64_s");
}

/* The text of asctime: 25 characters and a terminator. */
#define ASCTIME_SIZE 26

static int tm_in_range(const struct tm *tm)
{
    return tm->tm_sec >= 0 && tm->tm_sec <= 59 && tm->tm_min >= 0 && tm->tm_min <= 59 &&
           tm->tm_hour >= 0 && tm->tm_hour <= 23 && tm->tm_mday >= 1 && tm->tm_mday <= 31 &&
           tm->tm_mon >= 0 && tm->tm_mon <= 11 && tm->tm_year >= 0 && tm->tm_year <= 8099 &&
           tm->tm_wday >= 0 && tm->tm_wday <= 6;
}

errno_t __cdecl asctime_s(char *buffer, size_t size, const struct tm *tm)
{
    static const char days[] = "SunMonTueWedThuFriSat";
    static const char months[] = "JanFebMarAprMayJunJulAugSepOctNovDec";
    if (!buffer || size == 0)
        return w3_crt_invalid_parameter(EINVAL, "asctime_s");
    buffer[0] = '\0';
    if (size < ASCTIME_SIZE || !tm || !tm_in_range(tm))
        return w3_crt_invalid_parameter(EINVAL, "asctime_s");
    snprintf(buffer, size, "%.3s %.3s %02d %02d:%02d:%02d %04d\n", days + 3 * tm->tm_wday,
             months + 3 * tm->tm_mon, tm->tm_mday, tm->tm_hour, tm->tm_min, tm->tm_sec,
             tm->tm_year + 1900);
    return 0;
}

errno_t __cdecl ctime_s(char *buffer, size_t size, const time_t *time)
{
    if (!buffer || size == 0)
        return w3_crt_invalid_parameter(EINVAL, "ctime_s");
    buffer[0] = '\0';
    struct tm tm;
    if (size < ASCTIME_SIZE || !time || *time < 0 || *time > MAX_TIME64 || !localtime_r(time, &tm))
        return w3_crt_invalid_parameter(EINVAL, "ctime_s");
    return asctime_s(buffer, size, &tm);
}

errno_t __cdecl _ctime64_s(char *buffer, size_t size, const __time64_t *time)
{
    time_t t = time ? (time_t)*time : 0;
    return ctime_s(buffer, size, time ? &t : NULL);
}

__time64_t __cdecl _time64(__time64_t *time_out)
{
    __time64_t t = (__time64_t)time(NULL);
    if (time_out)
        *time_out = t;
    return t;
}

__time64_t __cdecl _mktime64(struct tm *tm)
{
    return (__time64_t)mktime(tm);
}

time_t __cdecl _mkgmtime(struct tm *tm)
{
    return timegm(tm);
}

__time64_t __cdecl _mkgmtime64(struct tm *tm)
{
    return (__time64_t)timegm(tm);
}

/* The non-reentrant forms share one result per thread, as the CRT's do. */
static _Thread_local struct tm thread_tm;
static _Thread_local char thread_text[ASCTIME_SIZE];

struct tm *__cdecl _localtime64(const __time64_t *time)
{
    return _localtime64_s(&thread_tm, time) == 0 ? &thread_tm : NULL;
}

struct tm *__cdecl _gmtime64(const __time64_t *time)
{
    return _gmtime64_s(&thread_tm, time) == 0 ? &thread_tm : NULL;
}

char *__cdecl _ctime64(const __time64_t *time)
{
    return _ctime64_s(thread_text, sizeof thread_text, time) == 0 ? thread_text : NULL;
}

double __cdecl _difftime64(__time64_t end, __time64_t start)
{
    return (double)(end - start);
}

/* "hh:mm:ss" or "mm/dd/yy" of the local time: 8 characters and a terminator. */
static errno_t format_now_s(char *buffer, size_t size, int date, const char *function)
{
    if (!buffer || size == 0)
        return w3_crt_invalid_parameter(EINVAL, function);
    buffer[0] = '\0';
    if (size < 9)
        return w3_crt_invalid_parameter(ERANGE, function);
    time_t now = time(NULL);
    struct tm tm;
    localtime_r(&now, &tm);
    if (date)
        snprintf(buffer, size, "%02d/%02d/%02d", tm.tm_mon + 1, tm.tm_mday, tm.tm_year % 100);
    else
        snprintf(buffer, size, "%02d:%02d:%02d", tm.tm_hour, tm.tm_min, tm.tm_sec);
    return 0;
}

errno_t __cdecl _strtime_s(char *buffer, size_t size)
{
    return format_now_s(buffer, size, 0, "_strtime_s");
}

errno_t __cdecl _strdate_s(char *buffer, size_t size)
{
    return format_now_s(buffer, size, 1, "_strdate_s");
}

char *__cdecl _strtime(char *buffer)
{
    _strtime_s(buffer, 9);
    return buffer;
}

char *__cdecl _strdate(char *buffer)
{
    _strdate_s(buffer, 9);
    return buffer;
}

void __cdecl _tzset(void)
{
    tzset();
}

long *__cdecl __p__timezone(void)
{
    return &timezone;
}

int *__cdecl __p__daylight(void)
{
    return &daylight;
}

char **__cdecl __p__tzname(void)
{
    return tzname;
}

errno_t __cdecl _get_timezone(long *seconds)
{
    if (!seconds)
        return w3_crt_invalid_parameter(EINVAL, "_get_timezone");
    *seconds = timezone;
    return 0;
}

errno_t __cdecl _get_daylight(int *hours)
{
    if (!hours)
        return w3_crt_invalid_parameter(EINVAL, "_get_daylight");
    *hours = daylight;
    return 0;
}
