/* Clocks and FILETIME / SYSTEMTIME / time zone conversions. */
#include <windows.h>

#include "w3test.h"

static ULONGLONG ticks_of(const FILETIME *ft)
{
    return ((ULONGLONG)ft->dwHighDateTime << 32) | ft->dwLowDateTime;
}

static FILETIME filetime_of(ULONGLONG ticks)
{
    FILETIME ft = {(DWORD)ticks, (DWORD)(ticks >> 32)};
    return ft;
}

static SYSTEMTIME make_st(WORD y, WORD mo, WORD d, WORD h, WORD mi, WORD s, WORD ms)
{
    SYSTEMTIME st = {y, mo, 0, d, h, mi, s, ms};
    return st;
}

static void check_st(const SYSTEMTIME *st, WORD y, WORD mo, WORD dow, WORD d, WORD h, WORD mi,
                     WORD s, WORD ms)
{
    W3_CHECK_EQ(st->wYear, y);
    W3_CHECK_EQ(st->wMonth, mo);
    W3_CHECK_EQ(st->wDayOfWeek, dow);
    W3_CHECK_EQ(st->wDay, d);
    W3_CHECK_EQ(st->wHour, h);
    W3_CHECK_EQ(st->wMinute, mi);
    W3_CHECK_EQ(st->wSecond, s);
    W3_CHECK_EQ(st->wMilliseconds, ms);
}

W3_TEST(filetime_zero_is_1601_01_01_a_monday)
{
    FILETIME ft = filetime_of(0);
    SYSTEMTIME st;
    W3_REQUIRE(FileTimeToSystemTime(&ft, &st));
    check_st(&st, 1601, 1, 1, 1, 0, 0, 0, 0);
}

W3_TEST(unix_epoch_as_filetime)
{
    SYSTEMTIME st = make_st(1970, 1, 1, 0, 0, 0, 0);
    FILETIME ft;
    W3_REQUIRE(SystemTimeToFileTime(&st, &ft));
    W3_CHECK_EQ(ticks_of(&ft), 116444736000000000ull);
    W3_REQUIRE(FileTimeToSystemTime(&ft, &st));
    check_st(&st, 1970, 1, 4 /* Thursday */, 1, 0, 0, 0, 0);
}

W3_TEST(leap_day_2024_round_trips)
{
    SYSTEMTIME st = make_st(2024, 2, 29, 13, 45, 30, 250), back;
    FILETIME ft;
    W3_REQUIRE(SystemTimeToFileTime(&st, &ft));
    /* 2024-02-29 is day 19782 after 1970-01-01. */
    W3_CHECK_EQ(ticks_of(&ft), 116444736000000000ull + 19782ull * 864000000000ull +
                                   ((13 * 60 + 45) * 60 + 30) * 10000000ull + 2500000ull);
    W3_REQUIRE(FileTimeToSystemTime(&ft, &back));
    check_st(&back, 2024, 2, 4 /* Thursday */, 29, 13, 45, 30, 250);
}

W3_TEST(days_of_week_and_century_leap_rules)
{
    struct {
        WORD y, m, d, dow;
    } cases[] = {{2000, 2, 29, 2}, {2000, 3, 1, 3},   {1900, 3, 1, 4}, {2023, 12, 31, 0},
                 {2024, 1, 1, 1},  {1999, 12, 31, 5}, {2100, 3, 1, 1}, {30827, 12, 31, 5}};
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        SYSTEMTIME st = make_st(cases[i].y, cases[i].m, cases[i].d, 0, 0, 0, 0), back;
        FILETIME ft;
        W3_REQUIRE(SystemTimeToFileTime(&st, &ft));
        W3_REQUIRE(FileTimeToSystemTime(&ft, &back));
        check_st(&back, cases[i].y, cases[i].m, cases[i].dow, cases[i].d, 0, 0, 0, 0);
    }
}

W3_TEST(sub_millisecond_ticks_are_truncated)
{
    FILETIME ft = filetime_of(116444736000000000ull + 12345678ull); /* 1.2345678 s */
    SYSTEMTIME st;
    W3_REQUIRE(FileTimeToSystemTime(&ft, &st));
    check_st(&st, 1970, 1, 4, 1, 0, 0, 1, 234);
}

W3_TEST(invalid_systemtime_is_rejected)
{
    SYSTEMTIME bad[] = {
#ifndef _WIN32
        /* Wine 8 accepts 29 February of a common year; Windows and compat reject it. */
        make_st(2023, 2, 29, 0, 0, 0, 0),
        make_st(1900, 2, 29, 0, 0, 0, 0), /* century, not a leap year */
#endif
        make_st(2023, 2, 30, 0, 0, 0, 0),
        make_st(2024, 13, 1, 0, 0, 0, 0),
        make_st(2024, 0, 1, 0, 0, 0, 0),
        make_st(2024, 4, 31, 0, 0, 0, 0),
        make_st(2024, 1, 0, 0, 0, 0, 0),
        make_st(2024, 1, 1, 24, 0, 0, 0),
        make_st(2024, 1, 1, 0, 60, 0, 0),
        make_st(2024, 1, 1, 0, 0, 60, 0),
        make_st(2024, 1, 1, 0, 0, 0, 1000),
        make_st(1600, 12, 31, 0, 0, 0, 0),
    };
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        FILETIME ft = {0xAAAA, 0xBBBB};
        SetLastError(0);
        W3_CHECK(!SystemTimeToFileTime(&bad[i], &ft));
        W3_CHECK_EQ(GetLastError(), ERROR_INVALID_PARAMETER);
    }
}

W3_TEST(day_of_week_is_ignored_on_input)
{
    SYSTEMTIME st = make_st(2024, 2, 29, 0, 0, 0, 0);
    FILETIME a, b;
    W3_REQUIRE(SystemTimeToFileTime(&st, &a));
    st.wDayOfWeek = 6;
    W3_REQUIRE(SystemTimeToFileTime(&st, &b));
    W3_CHECK_EQ(ticks_of(&a), ticks_of(&b));
}

W3_TEST(filetime_beyond_int64_is_rejected)
{
    FILETIME ft = filetime_of(0x8000000000000000ull);
    SYSTEMTIME st;
    SetLastError(0);
    W3_CHECK(!FileTimeToSystemTime(&ft, &st));
    W3_CHECK_EQ(GetLastError(), ERROR_INVALID_PARAMETER);
}

W3_TEST(system_time_agrees_with_filetime_clock)
{
    FILETIME before, after, from_st;
    SYSTEMTIME st;
    GetSystemTimeAsFileTime(&before);
    GetSystemTime(&st);
    GetSystemTimeAsFileTime(&after);
    W3_REQUIRE(SystemTimeToFileTime(&st, &from_st));
    /* SYSTEMTIME has millisecond resolution: allow for the truncation. */
    W3_CHECK(ticks_of(&from_st) + 10000 >= ticks_of(&before));
    W3_CHECK(ticks_of(&from_st) <= ticks_of(&after));
    W3_CHECK(st.wYear >= 2024);
}

W3_TEST(tick_counts_are_monotonic_and_agree)
{
    ULONGLONG t64 = GetTickCount64(), prev = t64;
    DWORD t32 = GetTickCount();
    W3_CHECK((DWORD)(t32 - (DWORD)t64) < 1000);
    for (int i = 0; i < 1000; i++) {
        ULONGLONG now = GetTickCount64();
        W3_CHECK(now >= prev);
        prev = now;
    }
    /* The tick count moves on (its resolution may be coarse: no duration is asserted). */
    for (int i = 0; i < 500 && GetTickCount64() == t64; i++)
        Sleep(10);
    W3_CHECK(GetTickCount64() > t64);
}

W3_TEST(performance_counter_is_monotonic)
{
    LARGE_INTEGER freq, prev, now;
    W3_REQUIRE(QueryPerformanceFrequency(&freq));
    W3_CHECK(freq.QuadPart >= 1000000);
    W3_REQUIRE(QueryPerformanceCounter(&prev));
    for (int i = 0; i < 1000; i++) {
        W3_REQUIRE(QueryPerformanceCounter(&now));
        W3_CHECK(now.QuadPart >= prev.QuadPart);
        prev = now;
    }
    LARGE_INTEGER start = prev;
    Sleep(50);
    QueryPerformanceCounter(&now);
    /* It moved on, by less than 10 s' worth of counts. */
    W3_CHECK(now.QuadPart > start.QuadPart);
    W3_CHECK(now.QuadPart - start.QuadPart <= freq.QuadPart * 10);
}

static LONGLONG minutes_between(const SYSTEMTIME *a, const SYSTEMTIME *b)
{
    FILETIME fa, fb;
    W3_REQUIRE(SystemTimeToFileTime(a, &fa));
    W3_REQUIRE(SystemTimeToFileTime(b, &fb));
    return ((LONGLONG)ticks_of(&fa) - (LONGLONG)ticks_of(&fb)) / 600000000LL;
}

W3_TEST(local_time_matches_the_current_zone)
{
    SYSTEMTIME utc, local, converted;
    GetSystemTime(&utc);
    GetLocalTime(&local);
    W3_REQUIRE(SystemTimeToTzSpecificLocalTime(NULL, &utc, &converted));
    LONGLONG drift = minutes_between(&local, &converted);
    W3_CHECK(drift >= -1 && drift <= 1);
}

static TIME_ZONE_INFORMATION us_eastern(void)
{
    TIME_ZONE_INFORMATION tz = {0};
    tz.Bias = 300;
    tz.StandardDate = make_st(0, 11, 1, 2, 0, 0, 0); /* first Sunday of November, 02:00 */
    tz.StandardBias = 0;
    tz.DaylightDate = make_st(0, 3, 2, 2, 0, 0, 0); /* second Sunday of March, 02:00 */
    tz.DaylightBias = -60;
    return tz;
}

W3_TEST(explicit_zone_without_daylight_time)
{
    TIME_ZONE_INFORMATION tz = {0};
    SYSTEMTIME utc = make_st(2024, 12, 31, 23, 30, 0, 0), local, back;
    tz.Bias = -60; /* UTC+1 */
    W3_REQUIRE(SystemTimeToTzSpecificLocalTime(&tz, &utc, &local));
    check_st(&local, 2025, 1, 3, 1, 0, 30, 0, 0);
    W3_REQUIRE(TzSpecificLocalTimeToSystemTime(&tz, &local, &back));
    check_st(&back, 2024, 12, 2, 31, 23, 30, 0, 0);
}

W3_TEST(explicit_zone_applies_daylight_rules)
{
    TIME_ZONE_INFORMATION tz = us_eastern();
    SYSTEMTIME local;
    SYSTEMTIME winter = make_st(2024, 1, 15, 12, 0, 0, 0);
    SYSTEMTIME summer = make_st(2024, 7, 1, 12, 0, 0, 0);
    /* 2024: DST from 10 March 07:00 UTC to 3 November 06:00 UTC. */
    SYSTEMTIME before_start = make_st(2024, 3, 10, 6, 59, 0, 0);
    SYSTEMTIME after_start = make_st(2024, 3, 10, 7, 0, 0, 0);
    SYSTEMTIME before_end = make_st(2024, 11, 3, 5, 59, 0, 0);
    SYSTEMTIME after_end = make_st(2024, 11, 3, 6, 0, 0, 0);

    W3_REQUIRE(SystemTimeToTzSpecificLocalTime(&tz, &winter, &local));
    check_st(&local, 2024, 1, 1, 15, 7, 0, 0, 0);
    W3_REQUIRE(SystemTimeToTzSpecificLocalTime(&tz, &summer, &local));
    check_st(&local, 2024, 7, 1, 1, 8, 0, 0, 0);
    W3_REQUIRE(SystemTimeToTzSpecificLocalTime(&tz, &before_start, &local));
    check_st(&local, 2024, 3, 0, 10, 1, 59, 0, 0);
    W3_REQUIRE(SystemTimeToTzSpecificLocalTime(&tz, &after_start, &local));
    check_st(&local, 2024, 3, 0, 10, 3, 0, 0, 0);
    W3_REQUIRE(SystemTimeToTzSpecificLocalTime(&tz, &before_end, &local));
    check_st(&local, 2024, 11, 0, 3, 1, 59, 0, 0);
    W3_REQUIRE(SystemTimeToTzSpecificLocalTime(&tz, &after_end, &local));
    check_st(&local, 2024, 11, 0, 3, 1, 0, 0, 0);
}

W3_TEST(tz_local_time_converts_back_to_utc)
{
    TIME_ZONE_INFORMATION tz = us_eastern();
    SYSTEMTIME local = make_st(2024, 7, 1, 8, 0, 0, 0), utc;
    W3_REQUIRE(TzSpecificLocalTimeToSystemTime(&tz, &local, &utc));
    check_st(&utc, 2024, 7, 1, 1, 12, 0, 0, 0);
    local = make_st(2024, 1, 15, 7, 0, 0, 0);
    W3_REQUIRE(TzSpecificLocalTimeToSystemTime(&tz, &local, &utc));
    check_st(&utc, 2024, 1, 1, 15, 12, 0, 0, 0);
}

W3_TEST(tz_conversion_rejects_invalid_input)
{
    SYSTEMTIME bad = make_st(2024, 2, 30, 0, 0, 0, 0), out;
    SetLastError(0);
    W3_CHECK(!SystemTimeToTzSpecificLocalTime(NULL, &bad, &out));
    W3_CHECK_EQ(GetLastError(), ERROR_INVALID_PARAMETER);
}

W3_TEST(local_filetime_round_trips)
{
    FILETIME utc, local, back;
    SYSTEMTIME st_local, st_from_local;
    GetSystemTimeAsFileTime(&utc);
    W3_REQUIRE(FileTimeToLocalFileTime(&utc, &local));
    W3_REQUIRE(LocalFileTimeToFileTime(&local, &back));
    W3_CHECK_EQ(ticks_of(&back), ticks_of(&utc));
    /* For the current instant, the local FILETIME is what GetLocalTime shows. */
    GetLocalTime(&st_local);
    W3_REQUIRE(FileTimeToSystemTime(&local, &st_from_local));
    LONGLONG drift = minutes_between(&st_local, &st_from_local);
    W3_CHECK(drift >= -1 && drift <= 1);
}
