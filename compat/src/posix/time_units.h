/* FILETIME arithmetic shared by the time functions. Internal. */
#ifndef W3COMPAT_POSIX_TIME_UNITS_H
#define W3COMPAT_POSIX_TIME_UNITS_H

#include <windows.h>

#define W3_TICKS_PER_SECOND 10000000ll
/* 1970-01-01 in 100 ns ticks since 1601-01-01: 134774 days. */
#define W3_UNIX_EPOCH_AS_FILETIME 116444736000000000ull

static inline ULONGLONG w3_ticks_of(const FILETIME *ft)
{
    return ((ULONGLONG)ft->dwHighDateTime << 32) | ft->dwLowDateTime;
}

static inline void w3_filetime_from_ticks(FILETIME *ft, ULONGLONG ticks)
{
    ft->dwLowDateTime = (DWORD)ticks;
    ft->dwHighDateTime = (DWORD)(ticks >> 32);
}

ULONGLONG w3_now_as_filetime(void);
long long w3_days_since_1601(long long year, int month, int day);
int w3_days_in_month(long long year, int month);
/* UTC ticks to the process's local time, with the offset in effect at that instant. */
ULONGLONG w3_utc_to_local_ticks(ULONGLONG utc);

#endif
