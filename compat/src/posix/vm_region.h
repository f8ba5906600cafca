/* The process-wide table of VirtualAlloc reservations (internal).
 *
 * A reservation is one mmap of PROT_NONE address space, 64 KiB aligned. Its pages are
 * each either reserved (protect 0) or committed with a PAGE_* protection; the table is
 * what VirtualQuery reports, so it must agree with the host mapping at all times.
 * Callers hold w3_vm_lock across a lookup and whatever they do with the result. */
#ifndef W3COMPAT_POSIX_VM_REGION_H
#define W3COMPAT_POSIX_VM_REGION_H

#include <windows.h>

#include <stdint.h>

struct w3_vm_region {
    uintptr_t base;      /* allocation base, a multiple of the allocation granularity */
    uintptr_t size;      /* reserved bytes, a multiple of the page size */
    uintptr_t span;      /* mapped bytes: size rounded up to the granularity */
    DWORD alloc_protect; /* flProtect given when the region was reserved */
    DWORD *page_protect; /* per page: PAGE_* when committed, 0 when only reserved */
};

void w3_vm_lock(void);
void w3_vm_unlock(void);

/* The region whose span contains addr, or NULL. */
struct w3_vm_region *w3_vm_region_containing(uintptr_t addr);
/* The lowest region base above addr, or 0. */
uintptr_t w3_vm_next_region_base(uintptr_t addr);
/* 1 when some region's span meets [start, end). */
int w3_vm_overlaps(uintptr_t start, uintptr_t end);

/* Adds a region (all pages reserved); NULL when out of memory. */
struct w3_vm_region *w3_vm_region_add(uintptr_t base, uintptr_t size, uintptr_t span,
                                      DWORD alloc_protect);
/* Removes and frees the table entry (not the mapping). */
void w3_vm_region_remove(struct w3_vm_region *region);

#endif
