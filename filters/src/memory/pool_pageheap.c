/* Page-heap mode (IIS's `pageheap /enable`, built in): every block gets pages of its own,
 * ends exactly at the end of them, and is followed by a reserved, inaccessible guard page,
 * so that the write running past its end faults at once, in the code that does it. */
#include "pool_internal.h"

void *w3e_pageheap_alloc(struct w3_pool *pool, SIZE_T cb)
{
    IHostMemoryManager *m = pool->cfg->manager;
    SIZE_T page = pool->cfg->page_size;
    void *base = NULL, *data = NULL;

    if (cb > MAXSIZE_T - 2 * page) {
        SetLastError(ERROR_NOT_ENOUGH_MEMORY);
        return NULL;
    }
    SIZE_T span = (cb + page - 1) & ~(page - 1);
    w3e_pool_lock(pool);
    SIZE_T before = w3_pool_bytes_allocated(pool);
    struct w3e_region *r = w3e_pool_alloc_locked(pool, sizeof *r);
    if (r && FAILED(m->lpVtbl->VirtualAlloc(m, NULL, span + page, MEM_RESERVE, PAGE_NOACCESS,
                                            pool->level, &base)))
        base = NULL;
    if (base && FAILED(m->lpVtbl->VirtualAlloc(m, base, span, MEM_COMMIT, PAGE_READWRITE,
                                               pool->level, &data))) {
        m->lpVtbl->VirtualFree(m, base, 0, MEM_RELEASE);
        base = NULL;
    }
    if (!base) {
        w3e_pool_unlock(pool);
        SetLastError(ERROR_NOT_ENOUGH_MEMORY);
        return NULL;
    }
    r->base = base;
    r->next = pool->regions;
    pool->regions = r;
    pool->reserved += span + page;
    pool->done += W3E_ALIGN_UP(cb);
    w3e_pool_count_block_only(pool, before, cb);
    w3e_pool_unlock(pool);
    /* Blocks are placed at the very end, so a one-byte overrun faults; a block then has
     * the alignment its size allows (a 16-byte multiple stays 16-aligned). */
    return (char *)base + span - cb;
}
