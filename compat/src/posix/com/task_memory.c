/* The COM task allocator: ownership of blocks passed across interfaces. */
#include <stdlib.h>

#include "com_internal.h"

LPVOID WINAPI CoTaskMemAlloc(SIZE_T cb)
{
    return malloc(cb ? cb : 1);
}

/* As on Windows: a NULL block is allocated, a size of 0 frees the block. */
LPVOID WINAPI CoTaskMemRealloc(LPVOID pv, SIZE_T cb)
{
    if (pv && cb == 0) {
        free(pv);
        return NULL;
    }
    return realloc(pv, cb ? cb : 1);
}

void WINAPI CoTaskMemFree(LPVOID pv)
{
    free(pv);
}
