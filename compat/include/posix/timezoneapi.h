/* FILETIME (100 ns units since 1601-01-01 UTC) <-> SYSTEMTIME conversions and time
 * zones. FileTimeToLocalFileTime and LocalFileTimeToFileTime (fileapi.h on Windows)
 * are declared here with the other conversions. */
#ifndef W3COMPAT_TIMEZONEAPI_H
#define W3COMPAT_TIMEZONEAPI_H

#include "windef.h"

#define TIME_ZONE_ID_INVALID ((DWORD)0xFFFFFFFF)
#define TIME_ZONE_ID_UNKNOWN 0
#define TIME_ZONE_ID_STANDARD 1
#define TIME_ZONE_ID_DAYLIGHT 2

/* Bias is UTC minus local time, in minutes. A transition date with wYear == 0 means
 * "the wDay-th (5 = last) wDayOfWeek of wMonth" every year; wMonth == 0 means no DST. */
typedef struct _TIME_ZONE_INFORMATION {
    LONG Bias;
    WCHAR StandardName[32];
    SYSTEMTIME StandardDate;
    LONG StandardBias;
    WCHAR DaylightName[32];
    SYSTEMTIME DaylightDate;
    LONG DaylightBias;
} TIME_ZONE_INFORMATION, *PTIME_ZONE_INFORMATION, *LPTIME_ZONE_INFORMATION;

W3COMPAT_BEGIN_C

WINBASEAPI BOOL WINAPI FileTimeToSystemTime(const FILETIME *lpFileTime, LPSYSTEMTIME lpSystemTime);
WINBASEAPI BOOL WINAPI SystemTimeToFileTime(const SYSTEMTIME *lpSystemTime, LPFILETIME lpFileTime);
/* With lpTimeZoneInformation NULL, the process's zone (TZ / the system's zone). */
WINBASEAPI BOOL WINAPI
SystemTimeToTzSpecificLocalTime(const TIME_ZONE_INFORMATION *lpTimeZoneInformation,
                                const SYSTEMTIME *lpUniversalTime, LPSYSTEMTIME lpLocalTime);
WINBASEAPI BOOL WINAPI
TzSpecificLocalTimeToSystemTime(const TIME_ZONE_INFORMATION *lpTimeZoneInformation,
                                const SYSTEMTIME *lpLocalTime, LPSYSTEMTIME lpUniversalTime);
/* As on Windows, these apply the zone's offset in effect now, not at the given time. */
WINBASEAPI BOOL WINAPI FileTimeToLocalFileTime(const FILETIME *lpFileTime,
                                               LPFILETIME lpLocalFileTime);
WINBASEAPI BOOL WINAPI LocalFileTimeToFileTime(const FILETIME *lpLocalFileTime,
                                               LPFILETIME lpFileTime);

W3COMPAT_END_C

#endif
