/* The high-resolution monotonic counter. */
#ifndef W3COMPAT_PROFILEAPI_H
#define W3COMPAT_PROFILEAPI_H

#include "windef.h"

W3COMPAT_BEGIN_C

WINBASEAPI BOOL WINAPI QueryPerformanceCounter(LARGE_INTEGER *lpPerformanceCount);
/* 10 MHz, as on current Windows: counts are 100 ns ticks. */
WINBASEAPI BOOL WINAPI QueryPerformanceFrequency(LARGE_INTEGER *lpFrequency);

W3COMPAT_END_C

#endif
