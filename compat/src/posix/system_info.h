/* Address-space facts shared by GetSystemInfo and the VirtualAlloc family (internal). */
#ifndef W3COMPAT_POSIX_SYSTEM_INFO_H
#define W3COMPAT_POSIX_SYSTEM_INFO_H

#include <stdint.h>

/* Windows reserves address space in 64 KiB units on every architecture. */
#define W3_ALLOCATION_GRANULARITY ((uintptr_t)0x10000)
#define W3_MIN_APPLICATION_ADDRESS ((uintptr_t)0x10000)
/* The highest address Windows hands to a user-mode program: the top of the user range
 * less one allocation granule. */
#if UINTPTR_MAX > 0xFFFFFFFFu
#define W3_MAX_APPLICATION_ADDRESS ((uintptr_t)0x00007FFFFFFEFFFFull)
#else
#define W3_MAX_APPLICATION_ADDRESS ((uintptr_t)0x7FFEFFFFu)
#endif

/* The host's page size (a power of two). */
uintptr_t w3_page_size(void);

#endif
