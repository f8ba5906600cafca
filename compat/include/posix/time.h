/* The C library's <time.h>, then what the Microsoft CRT's adds (_s conversions, 64-bit names, time
 * zone globals), so that code including only <time.h> finds them, as with MSVC. */
#ifndef W3COMPAT_CRT_TIME_H
#define W3COMPAT_CRT_TIME_H

#include_next <time.h>

#include "w3crt_time.h"

#endif
