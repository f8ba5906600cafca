/* The C library's <sys/timeb.h>, then the Microsoft CRT's _ftime: the current time
 * with milliseconds, the zone's offset in minutes west of UTC and whether daylight
 * saving time is in effect. */
#ifndef W3COMPAT_CRT_SYS_TIMEB_H
#define W3COMPAT_CRT_SYS_TIMEB_H

#include_next <sys/timeb.h>
#include <time.h>

#include "../w3crt.h"

struct _timeb {
    time_t time;
    unsigned short millitm;
    short timezone;
    short dstflag;
};
#define __timeb32 _timeb
#define __timeb64 _timeb
#define _ftime32 _ftime
#define _ftime64 _ftime
#define _ftime32_s _ftime_s
#define _ftime64_s _ftime_s

W3CRT_BEGIN_C

W3COMPAT_EXPORT void __cdecl _ftime(struct _timeb *now);
/* EINVAL (through the invalid-parameter handler) without a destination. */
W3COMPAT_EXPORT errno_t __cdecl _ftime_s(struct _timeb *now);

W3CRT_END_C

#endif
