/* Clocks: uptime (CLOCK_BOOTTIME, which like Windows' tick count keeps running while
 * the machine is suspended), the performance counter (CLOCK_MONOTONIC in 100 ns
 * ticks) and the wall clock as FILETIME / SYSTEMTIME. */
#include <time.h>

#include "time_units.h"

static ULONGLONG read_ns(clockid_t clock)
{
    struct timespec ts;
    clock_gettime(clock, &ts);
    return (ULONGLONG)ts.tv_sec * 1000000000ull + (ULONGLONG)ts.tv_nsec;
}

ULONGLONG WINAPI GetTickCount64(void)
{
    return read_ns(CLOCK_BOOTTIME) / 1000000ull;
}

DWORD WINAPI GetTickCount(void)
{
    return (DWORD)GetTickCount64();
}

BOOL WINAPI QueryPerformanceFrequency(LARGE_INTEGER *frequency)
{
    frequency->QuadPart = W3_TICKS_PER_SECOND;
    return TRUE;
}

BOOL WINAPI QueryPerformanceCounter(LARGE_INTEGER *count)
{
    count->QuadPart = (LONGLONG)(read_ns(CLOCK_MONOTONIC) / 100);
    return TRUE;
}

ULONGLONG w3_now_as_filetime(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    return W3_UNIX_EPOCH_AS_FILETIME + (ULONGLONG)ts.tv_sec * W3_TICKS_PER_SECOND +
           (ULONGLONG)ts.tv_nsec / 100;
}

void WINAPI GetSystemTimeAsFileTime(LPFILETIME ft)
{
    w3_filetime_from_ticks(ft, w3_now_as_filetime());
}

void WINAPI GetSystemTimePreciseAsFileTime(LPFILETIME ft)
{
    GetSystemTimeAsFileTime(ft);
}

void WINAPI GetSystemTime(LPSYSTEMTIME st)
{
    FILETIME ft;
    GetSystemTimeAsFileTime(&ft);
    FileTimeToSystemTime(&ft, st);
}

void WINAPI GetLocalTime(LPSYSTEMTIME st)
{
    FILETIME ft;
    w3_filetime_from_ticks(&ft, w3_utc_to_local_ticks(w3_now_as_filetime()));
    FileTimeToSystemTime(&ft, st);
}
