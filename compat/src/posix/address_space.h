/* What the host kernel has mapped in this process, read from /proc/self/maps
 * (internal). VirtualQuery uses it for addresses outside VirtualAlloc's own table. */
#ifndef W3COMPAT_POSIX_ADDRESS_SPACE_H
#define W3COMPAT_POSIX_ADDRESS_SPACE_H

#include <stdint.h>

struct w3_host_mapping {
    uintptr_t start, end; /* [start, end) */
    int readable, writable, executable;
    int file_backed;
};

/* 1 with *found set when addr lies in a host mapping; 0 otherwise, with *next_start the
 * start of the first mapping above addr (or 0 when there is none, or the maps could not
 * be read). */
int w3_host_mapping_at(uintptr_t addr, struct w3_host_mapping *found, uintptr_t *next_start);

#endif
