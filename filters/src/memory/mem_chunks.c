/* Pages for the pools, from the host memory manager: chunks of 4 to 16 pages kept in a
 * bounded cache between pools (so that a request does not cost a system call), and
 * regions of their own for large blocks and page-heap blocks. */
#include "pool_internal.h"

static SIZE_T first_chunk(const struct w3_mem_config *cfg)
{
    return W3E_FIRST_CHUNK_PAGES * (SIZE_T)cfg->page_size;
}

SIZE_T w3e_chunk_max(const struct w3_mem_config *cfg)
{
    return first_chunk(cfg) << (W3E_CHUNK_CLASSES - 1);
}

static int chunk_class(const struct w3_mem_config *cfg, SIZE_T size)
{
    int c = 0;
    while ((first_chunk(cfg) << c) != size)
        c++;
    return c;
}

void *w3e_region_get(struct w3_mem_config *cfg, SIZE_T size, EMemoryCriticalLevel level)
{
    void *p = NULL;
    IHostMemoryManager *m = cfg->manager;
    HRESULT hr =
        m->lpVtbl->VirtualAlloc(m, NULL, size, MEM_RESERVE | MEM_COMMIT, PAGE_READWRITE, level, &p);
    return SUCCEEDED(hr) ? p : NULL;
}

void w3e_region_put(struct w3_mem_config *cfg, void *base)
{
    IHostMemoryManager *m = cfg->manager;
    m->lpVtbl->VirtualFree(m, base, 0, MEM_RELEASE);
}

/* size is one of the chunk sizes. */
struct w3e_chunk *w3e_chunk_get(struct w3_mem_config *cfg, SIZE_T size, EMemoryCriticalLevel level)
{
    struct w3_chunk_cache *cache = cfg->cache;
    int c = chunk_class(cfg, size);
    struct w3e_chunk *chunk;

    for (int i = 0; c == 0 && i < W3E_HOT_CHUNKS; i++) {
        chunk = InterlockedExchangePointer((PVOID volatile *)&cache->hot[i], NULL);
        if (chunk) {
            chunk->next = NULL;
            return chunk;
        }
    }
    EnterCriticalSection(&cache->lock);
    chunk = cache->free[c];
    if (chunk) {
        cache->free[c] = chunk->next;
        cache->count[c]--;
    }
    LeaveCriticalSection(&cache->lock);
    if (!chunk) {
        chunk = w3e_region_get(cfg, size, level);
        if (!chunk) {
            /* Cached chunks of other sizes hold memory the manager may need back. */
            w3e_chunk_cache_free(cfg);
            chunk = w3e_region_get(cfg, size, level);
        }
        if (!chunk)
            return NULL;
        chunk->size = size;
    }
    chunk->next = NULL;
    return chunk;
}

void w3e_chunk_put(struct w3_mem_config *cfg, struct w3e_chunk *chunk)
{
    struct w3_chunk_cache *cache = cfg->cache;
    int c = chunk_class(cfg, chunk->size);

    for (int i = 0; c == 0 && i < W3E_HOT_CHUNKS; i++)
        if (InterlockedCompareExchangePointer((PVOID volatile *)&cache->hot[i], chunk, NULL) ==
            NULL)
            return;
    EnterCriticalSection(&cache->lock);
    if (cache->count[c] < W3E_CHUNK_CACHE_PER_CLASS) {
        chunk->next = cache->free[c];
        cache->free[c] = chunk;
        cache->count[c]++;
        chunk = NULL;
    }
    LeaveCriticalSection(&cache->lock);
    if (chunk)
        w3e_region_put(cfg, chunk);
}

void w3e_chunk_cache_free(struct w3_mem_config *cfg)
{
    struct w3_chunk_cache *cache = cfg->cache;
    struct w3e_chunk *list[W3E_CHUNK_CLASSES];
    for (int i = 0; i < W3E_HOT_CHUNKS; i++) {
        struct w3e_chunk *hot = InterlockedExchangePointer((PVOID volatile *)&cache->hot[i], NULL);
        if (hot)
            w3e_region_put(cfg, hot);
    }
    EnterCriticalSection(&cache->lock);
    for (int c = 0; c < W3E_CHUNK_CLASSES; c++) {
        list[c] = cache->free[c];
        cache->free[c] = NULL;
        cache->count[c] = 0;
    }
    LeaveCriticalSection(&cache->lock);
    for (int c = 0; c < W3E_CHUNK_CLASSES; c++) {
        while (list[c]) {
            struct w3e_chunk *next = list[c]->next;
            w3e_region_put(cfg, list[c]);
            list[c] = next;
        }
    }
}
