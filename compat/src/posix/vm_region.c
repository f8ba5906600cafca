#include "vm_region.h"

#include "system_info.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>

static pthread_mutex_t vm_lock = PTHREAD_MUTEX_INITIALIZER;
/* Sorted by base; regions never overlap. */
static struct w3_vm_region **regions;
static size_t region_count, region_capacity;

void w3_vm_lock(void)
{
    pthread_mutex_lock(&vm_lock);
}
void w3_vm_unlock(void)
{
    pthread_mutex_unlock(&vm_lock);
}

/* Index of the first region whose base is above addr. */
static size_t upper_bound(uintptr_t addr)
{
    size_t lo = 0, hi = region_count;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (regions[mid]->base <= addr)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

struct w3_vm_region *w3_vm_region_containing(uintptr_t addr)
{
    size_t i = upper_bound(addr);
    if (i == 0)
        return NULL;
    struct w3_vm_region *r = regions[i - 1];
    return addr - r->base < r->span ? r : NULL;
}

uintptr_t w3_vm_next_region_base(uintptr_t addr)
{
    size_t i = upper_bound(addr);
    return i < region_count ? regions[i]->base : 0;
}

int w3_vm_overlaps(uintptr_t start, uintptr_t end)
{
    if (w3_vm_region_containing(start))
        return 1;
    uintptr_t next = w3_vm_next_region_base(start);
    return next && next < end;
}

struct w3_vm_region *w3_vm_region_add(uintptr_t base, uintptr_t size, uintptr_t span,
                                      DWORD alloc_protect)
{
    if (region_count == region_capacity) {
        size_t capacity = region_capacity ? region_capacity * 2 : 32;
        struct w3_vm_region **bigger = realloc(regions, capacity * sizeof *regions);
        if (!bigger)
            return NULL;
        regions = bigger;
        region_capacity = capacity;
    }
    struct w3_vm_region *r = malloc(sizeof *r);
    DWORD *pages = calloc(size / w3_page_size(), sizeof *pages);
    if (!r || !pages) {
        free(r);
        free(pages);
        return NULL;
    }
    r->base = base;
    r->size = size;
    r->span = span;
    r->alloc_protect = alloc_protect;
    r->page_protect = pages;

    size_t i = upper_bound(base);
    memmove(&regions[i + 1], &regions[i], (region_count - i) * sizeof *regions);
    regions[i] = r;
    region_count++;
    return r;
}

void w3_vm_region_remove(struct w3_vm_region *region)
{
    size_t i = upper_bound(region->base) - 1;
    memmove(&regions[i], &regions[i + 1], (region_count - i - 1) * sizeof *regions);
    region_count--;
    free(region->page_protect);
    free(region);
}
