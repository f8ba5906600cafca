/* Shared between the default host memory manager and its IHostMAlloc heaps. */
#ifndef W3COMPAT_HOSTMEM_INTERNAL_H
#define W3COMPAT_HOSTMEM_INTERNAL_H

#include "hostmem.h"

struct w3_hostmem;

/* Accounts cb more bytes if the limit policy lets `level` have them. */
BOOL w3_hostmem_charge(struct w3_hostmem *m, SIZE_T cb, EMemoryCriticalLevel level);
/* Gives back bytes accounted by w3_hostmem_charge. */
void w3_hostmem_uncharge(struct w3_hostmem *m, SIZE_T cb);

IHostMemoryManager *w3_hostmem_iface(struct w3_hostmem *m);

HRESULT w3_hostmalloc_create(struct w3_hostmem *m, DWORD dwMallocType, IHostMAlloc **ppMalloc);

#endif
