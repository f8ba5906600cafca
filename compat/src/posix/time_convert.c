/* FILETIME <-> SYSTEMTIME on the proleptic Gregorian calendar. Dates are counted in
 * days since 1601-01-01 (a Monday) through days since 0000-03-01, where a year ends
 * with the leap day, so leap years need no special case. */
#include "time_units.h"

#define TICKS_PER_DAY (86400ll * W3_TICKS_PER_SECOND)
#define DAYS_0000_03_01_TO_1601_01_01 584694ll
#define DAYS_PER_400_YEARS 146097ll
#define MAX_FILETIME 0x7FFFFFFFFFFFFFFFull

static int is_leap(long long y)
{
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

int w3_days_in_month(long long y, int m)
{
    static const unsigned char days[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && is_leap(y) ? 29 : days[m - 1];
}

/* Days since 1601-01-01 of a valid date. */
long long w3_days_since_1601(long long y, int m, int d)
{
    long long y_march = m <= 2 ? y - 1 : y; /* years start on 1 March */
    int m_march = m <= 2 ? m + 9 : m - 3;   /* 0 = March .. 11 = February */
    long long era = y_march / 400;
    long long year_of_era = y_march - era * 400;
    long long day_of_year = (153 * m_march + 2) / 5 + d - 1;
    long long day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    return era * DAYS_PER_400_YEARS + day_of_era - DAYS_0000_03_01_TO_1601_01_01;
}

static void civil_from_days(long long days_since_1601, long long *y, int *m, int *d)
{
    long long z = days_since_1601 + DAYS_0000_03_01_TO_1601_01_01;
    long long era = z / DAYS_PER_400_YEARS;
    long long day_of_era = z - era * DAYS_PER_400_YEARS;
    long long year_of_era =
        (day_of_era - day_of_era / 1460 + day_of_era / 36524 - day_of_era / 146096) / 365;
    long long day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    int m_march = (int)((5 * day_of_year + 2) / 153);
    *d = (int)(day_of_year - (153 * m_march + 2) / 5 + 1);
    *m = m_march < 10 ? m_march + 3 : m_march - 9;
    *y = year_of_era + era * 400 + (*m <= 2);
}

BOOL WINAPI FileTimeToSystemTime(const FILETIME *ft, LPSYSTEMTIME st)
{
    ULONGLONG ticks = w3_ticks_of(ft);
    long long days, year;
    ULONGLONG rest;
    int month, day;

    if (ticks > MAX_FILETIME) {
        SetLastError(ERROR_INVALID_PARAMETER);
        return FALSE;
    }
    days = (long long)(ticks / TICKS_PER_DAY);
    rest = ticks % TICKS_PER_DAY;
    civil_from_days(days, &year, &month, &day);
    st->wYear = (WORD)year;
    st->wMonth = (WORD)month;
    st->wDay = (WORD)day;
    st->wDayOfWeek = (WORD)((days + 1) % 7);
    st->wHour = (WORD)(rest / (3600 * W3_TICKS_PER_SECOND));
    st->wMinute = (WORD)(rest / (60 * W3_TICKS_PER_SECOND) % 60);
    st->wSecond = (WORD)(rest / W3_TICKS_PER_SECOND % 60);
    st->wMilliseconds = (WORD)(rest / 10000 % 1000);
    return TRUE;
}

/* wDayOfWeek is ignored, as on Windows. */
BOOL WINAPI SystemTimeToFileTime(const SYSTEMTIME *st, LPFILETIME ft)
{
    if (st->wYear < 1601 || st->wYear > 30827 || st->wMonth < 1 || st->wMonth > 12 ||
        st->wDay < 1 || st->wDay > w3_days_in_month(st->wYear, st->wMonth) || st->wHour > 23 ||
        st->wMinute > 59 || st->wSecond > 59 || st->wMilliseconds > 999) {
        SetLastError(ERROR_INVALID_PARAMETER);
        return FALSE;
    }
    long long days = w3_days_since_1601(st->wYear, st->wMonth, st->wDay);
    long long ms = ((st->wHour * 60ll + st->wMinute) * 60 + st->wSecond) * 1000 + st->wMilliseconds;
    w3_filetime_from_ticks(ft, (ULONGLONG)(days * TICKS_PER_DAY + ms * 10000));
    return TRUE;
}
