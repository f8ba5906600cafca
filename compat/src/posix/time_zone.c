/* Local time. The process's own zone comes from the C library (TZ, /etc/localtime) and
 * is exact for any instant; an explicit TIME_ZONE_INFORMATION is applied with Windows'
 * rules: local = UTC - (Bias + StandardBias or DaylightBias), daylight time starting at
 * DaylightDate (in standard local time) and ending at StandardDate (in daylight time). */
#include <time.h>

#include "time_units.h"

#define TICKS_PER_MINUTE (60ll * W3_TICKS_PER_SECOND)
#define TICKS_PER_DAY (1440ll * TICKS_PER_MINUTE)

static long long utc_offset_ticks(ULONGLONG utc)
{
    long long unix_ticks = (long long)(utc - W3_UNIX_EPOCH_AS_FILETIME);
    time_t seconds = (time_t)(unix_ticks / W3_TICKS_PER_SECOND);
    struct tm tm;
    if (unix_ticks < 0 && unix_ticks % W3_TICKS_PER_SECOND)
        seconds--;
    if (!localtime_r(&seconds, &tm))
        return 0;
    return (long long)tm.tm_gmtoff * W3_TICKS_PER_SECOND;
}

ULONGLONG w3_utc_to_local_ticks(ULONGLONG utc)
{
    return utc + (ULONGLONG)utc_offset_ticks(utc);
}

static ULONGLONG local_to_utc_ticks(ULONGLONG local)
{
    ULONGLONG guess = local - (ULONGLONG)utc_offset_ticks(local);
    return local - (ULONGLONG)utc_offset_ticks(guess);
}

/* The local wall-clock ticks at which a transition rule fires in the given year. */
static long long transition_ticks(const SYSTEMTIME *rule, long long year)
{
    int day = rule->wDay;
    if (rule->wYear == 0) {
        long long first = w3_days_since_1601(year, rule->wMonth, 1);
        int first_weekday = (int)((first + 1) % 7);
        day = 1 + (rule->wDayOfWeek - first_weekday + 7) % 7 + (rule->wDay - 1) * 7;
        while (day > w3_days_in_month(year, rule->wMonth))
            day -= 7;
    }
    long long ms =
        ((rule->wHour * 60ll + rule->wMinute) * 60 + rule->wSecond) * 1000 + rule->wMilliseconds;
    return w3_days_since_1601(year, rule->wMonth, day) * TICKS_PER_DAY + ms * 10000;
}

static int in_daylight_time(const TIME_ZONE_INFORMATION *tz, long long utc)
{
    FILETIME ft;
    SYSTEMTIME local_standard;

    if (tz->DaylightDate.wMonth == 0 || tz->StandardDate.wMonth == 0)
        return 0;
    w3_filetime_from_ticks(&ft, (ULONGLONG)(utc - tz->Bias * TICKS_PER_MINUTE));
    if (!FileTimeToSystemTime(&ft, &local_standard))
        return 0;
    long long start = transition_ticks(&tz->DaylightDate, local_standard.wYear) +
                      (tz->Bias + tz->StandardBias) * TICKS_PER_MINUTE;
    long long end = transition_ticks(&tz->StandardDate, local_standard.wYear) +
                    (tz->Bias + tz->DaylightBias) * TICKS_PER_MINUTE;
    if (start < end)
        return start <= utc && utc < end;
    return !(end <= utc && utc < start); /* southern hemisphere: DST spans the new year */
}

static long long zone_bias_ticks(const TIME_ZONE_INFORMATION *tz, long long utc)
{
    LONG extra = in_daylight_time(tz, utc) ? tz->DaylightBias : tz->StandardBias;
    return (tz->Bias + extra) * TICKS_PER_MINUTE;
}

BOOL WINAPI SystemTimeToTzSpecificLocalTime(const TIME_ZONE_INFORMATION *tz,
                                            const SYSTEMTIME *utc_st, LPSYSTEMTIME local_st)
{
    FILETIME ft;
    if (!SystemTimeToFileTime(utc_st, &ft))
        return FALSE;
    ULONGLONG utc = w3_ticks_of(&ft);
    ULONGLONG local =
        tz ? utc - (ULONGLONG)zone_bias_ticks(tz, (long long)utc) : w3_utc_to_local_ticks(utc);
    w3_filetime_from_ticks(&ft, local);
    return FileTimeToSystemTime(&ft, local_st);
}

BOOL WINAPI TzSpecificLocalTimeToSystemTime(const TIME_ZONE_INFORMATION *tz,
                                            const SYSTEMTIME *local_st, LPSYSTEMTIME utc_st)
{
    FILETIME ft;
    if (!SystemTimeToFileTime(local_st, &ft))
        return FALSE;
    long long local = (long long)w3_ticks_of(&ft);
    ULONGLONG utc;
    if (!tz) {
        utc = local_to_utc_ticks((ULONGLONG)local);
    } else {
        long long as_daylight = local + (tz->Bias + tz->DaylightBias) * TICKS_PER_MINUTE;
        utc = (ULONGLONG)(in_daylight_time(tz, as_daylight)
                              ? as_daylight
                              : local + (tz->Bias + tz->StandardBias) * TICKS_PER_MINUTE);
    }
    w3_filetime_from_ticks(&ft, utc);
    return FileTimeToSystemTime(&ft, utc_st);
}

BOOL WINAPI FileTimeToLocalFileTime(const FILETIME *ft, LPFILETIME local)
{
    long long offset = utc_offset_ticks(w3_now_as_filetime());
    w3_filetime_from_ticks(local, w3_ticks_of(ft) + (ULONGLONG)offset);
    return TRUE;
}

BOOL WINAPI LocalFileTimeToFileTime(const FILETIME *local, LPFILETIME ft)
{
    long long offset = utc_offset_ticks(w3_now_as_filetime());
    w3_filetime_from_ticks(ft, w3_ticks_of(local) - (ULONGLONG)offset);
    return TRUE;
}
