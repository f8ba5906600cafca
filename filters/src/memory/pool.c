/* Request and connection pools: bump allocation in chunks of pages from the host memory
 * manager, everything freed at once when the pool is destroyed. */
#include <stddef.h>

#include "pool_internal.h"

void w3e_pool_lock(struct w3_pool *pool)
{
    if (pool->flags & W3_POOL_THREADSAFE)
        EnterCriticalSection(&pool->lock);
}

void w3e_pool_unlock(struct w3_pool *pool)
{
    if (pool->flags & W3_POOL_THREADSAFE)
        LeaveCriticalSection(&pool->lock);
}

struct w3_pool *w3_pool_create_ex(struct w3_mem_config *cfg, EMemoryCriticalLevel level,
                                  DWORD flags)
{
    if (!cfg || !cfg->manager || (flags & ~W3_POOL_THREADSAFE)) {
        SetLastError(ERROR_INVALID_PARAMETER);
        return NULL;
    }
    struct w3e_chunk *chunk =
        w3e_chunk_get(cfg, W3E_FIRST_CHUNK_PAGES * (SIZE_T)cfg->page_size, level);
    if (!chunk) {
        SetLastError(ERROR_NOT_ENOUGH_MEMORY);
        return NULL;
    }
    /* The pool lives at the start of its first chunk. */
    struct w3_pool *pool = (struct w3_pool *)((char *)chunk + W3E_CHUNK_HEADER);
    memset(pool, 0, offsetof(struct w3_pool, lock));
    pool->cfg = cfg;
    pool->level = level;
    pool->flags = flags;
    pool->page_heap = cfg->page_heap;
    BOOL always_slow = (flags & W3_POOL_THREADSAFE) || pool->page_heap;
    pool->window = always_slow ? &pool->locked_window : &pool->h;
    pool->chunks = chunk;
    pool->reserved = chunk->size;
    pool->window_start = (char *)pool + W3E_ALIGN_UP(sizeof *pool);
    pool->window->cur = pool->window_start;
    pool->window->end = (char *)chunk + chunk->size;
    if (flags & W3_POOL_THREADSAFE)
        InitializeCriticalSection(&pool->lock);
    return pool;
}

struct w3_pool *w3_pool_create(struct w3_mem_config *cfg, EMemoryCriticalLevel level)
{
    return w3_pool_create_ex(cfg, level, 0);
}

/* A block too large for a chunk: a region of exactly the pages it needs. */
static void *alloc_large(struct w3_pool *pool, SIZE_T cb)
{
    SIZE_T page = pool->cfg->page_size;
    SIZE_T head = W3E_ALIGN_UP(sizeof(struct w3e_region));
    if (cb > MAXSIZE_T - head - page) {
        SetLastError(ERROR_NOT_ENOUGH_MEMORY);
        return NULL;
    }
    SIZE_T size = (head + cb + page - 1) & ~(page - 1);
    struct w3e_region *r = w3e_region_get(pool->cfg, size, pool->level);
    if (!r) {
        SetLastError(ERROR_NOT_ENOUGH_MEMORY);
        return NULL;
    }
    r->base = r;
    r->next = pool->regions;
    pool->regions = r;
    pool->reserved += size;
    pool->done += W3E_ALIGN_UP(cb);
    return (char *)r + head;
}

/* Moves to a new chunk, twice the size of the current one up to the largest: room for
 * any small block (see W3E_CHUNK_CLASSES). The rest of the old chunk is given up, at most
 * a quarter of a chunk. */
static BOOL next_chunk(struct w3_pool *pool)
{
    SIZE_T size = 2 * pool->chunks->size;
    if (size > w3e_chunk_max(pool->cfg))
        size = w3e_chunk_max(pool->cfg);
    struct w3e_chunk *chunk = w3e_chunk_get(pool->cfg, size, pool->level);
    if (!chunk) {
        SetLastError(ERROR_NOT_ENOUGH_MEMORY);
        return FALSE;
    }
    chunk->next = pool->chunks;
    pool->chunks = chunk;
    pool->reserved += size;
    pool->done += (SIZE_T)(pool->window->cur - pool->window_start);
    pool->window_start = (char *)chunk + W3E_CHUNK_HEADER;
    pool->window->cur = pool->window_start;
    pool->window->end = (char *)chunk + size;
    return TRUE;
}

void *w3e_pool_alloc_locked(struct w3_pool *pool, SIZE_T cb)
{
    if (cb == 0) {
        SetLastError(ERROR_INVALID_PARAMETER);
        return NULL;
    }
    if (cb > w3e_chunk_max(pool->cfg) / 4)
        return alloc_large(pool, cb);
    SIZE_T need = W3E_ALIGN_UP(cb);
    struct w3_pool_head *w = pool->window;
    if (need > (SIZE_T)(w->end - w->cur) && !next_chunk(pool))
        return NULL;
    void *p = w->cur;
    w->cur += need;
    return p;
}

void *w3_pool_alloc_slow(struct w3_pool *pool, SIZE_T cb)
{
    if (pool->page_heap && cb)
        return w3e_pageheap_alloc(pool, cb);
    w3e_pool_lock(pool);
    void *p = w3e_pool_alloc_locked(pool, cb);
    w3e_pool_unlock(pool);
    return p;
}

void w3_pool_destroy(struct w3_pool *pool)
{
    if (!pool)
        return;
    struct w3_mem_config *cfg = pool->cfg;
    w3e_pool_lock(pool);
    w3e_pool_verify_locked(pool);
    w3e_pool_unlock(pool);
    if (pool->flags & W3_POOL_THREADSAFE)
        DeleteCriticalSection(&pool->lock);
    for (struct w3e_region *r = pool->regions, *next; r; r = next) {
        next = r->next;
        w3e_region_put(cfg, r->base);
    }
    /* The pool itself is in the last chunk of the list: read it before handing on. */
    for (struct w3e_chunk *c = pool->chunks, *next; c; c = next) {
        next = c->next;
        w3e_chunk_put(cfg, c);
    }
}

SIZE_T w3_pool_bytes_allocated(const struct w3_pool *pool)
{
    return pool->done + (SIZE_T)(pool->window->cur - pool->window_start) - pool->bookkeeping;
}

void w3e_pool_count_block_only(struct w3_pool *pool, SIZE_T before, SIZE_T cb)
{
    pool->bookkeeping += w3_pool_bytes_allocated(pool) - before - W3E_ALIGN_UP(cb);
}

SIZE_T w3_pool_bytes_reserved(const struct w3_pool *pool)
{
    return pool->reserved;
}
