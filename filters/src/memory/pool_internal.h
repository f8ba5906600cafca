/* Internals shared by the pool's source files. */
#ifndef W3E_POOL_INTERNAL_H
#define W3E_POOL_INTERNAL_H

#include "w3pool.h"

#define W3E_ALIGN_UP(n) (((n) + (W3_POOL_ALIGNMENT - 1)) & ~(SIZE_T)(W3_POOL_ALIGNMENT - 1))

/* A region from the host memory manager holding small blocks; the header starts it. */
struct w3e_chunk {
    struct w3e_chunk *next;
    SIZE_T size;
};
#define W3E_CHUNK_HEADER W3E_ALIGN_UP(sizeof(struct w3e_chunk))

/* A region of its own: a large block, or any block in page-heap mode. */
struct w3e_region {
    struct w3e_region *next;
    void *base;
};

/* An AllocMem block: header, then the caller's bytes, then the tail signature up to
 * the next multiple of the alignment (at least W3E_TAIL_MIN bytes). */
struct w3e_tag {
    struct w3e_tag *next;
    SIZE_T cb;
    const char *owner;
    const char *url;
    BOOL reported;
};
#define W3E_TAG_HEADER W3E_ALIGN_UP(sizeof(struct w3e_tag))
#define W3E_TAIL_BYTE 0xAB
#define W3E_TAIL_MIN 8u
#define W3E_TAG_USER(tag) ((unsigned char *)(tag) + W3E_TAG_HEADER)
#define W3E_TAG_SIG_LEN(cb) (W3E_ALIGN_UP((cb) + W3E_TAIL_MIN) - (cb))

struct w3_pool {
    /* First: the window the inline fast path of w3pool.h bumps. Empty in a pool that
     * must always take the slow path; that pool bumps `locked_window` instead. */
    struct w3_pool_head h;
    struct w3_pool_head *window; /* &h, or &locked_window */
    struct w3_pool_head locked_window;
    char *window_start; /* where the current chunk's blocks begin */
    SIZE_T done;        /* bytes handed out before the current chunk, and in regions */
    SIZE_T bookkeeping; /* of those, AllocMem headers, signatures and page-heap records */
    struct w3_mem_config *cfg;
    EMemoryCriticalLevel level;
    DWORD flags;
    BOOL page_heap;
    struct w3e_chunk *chunks;
    struct w3e_region *regions;
    struct w3e_tag *tags;
    SIZE_T reserved;
    CRITICAL_SECTION lock; /* W3_POOL_THREADSAFE only */
};

/* A pool starts with a chunk of 4 pages: enough for a typical request's small blocks
 * (about a hundred) without a second chunk. */
#define W3E_FIRST_CHUNK_PAGES 4

/* Chunks come in sizes of 4, 8 and 16 pages (class c is the first size << c), each twice
 * the pool's previous one; blocks above a quarter of the largest (the first size) get a
 * region of their own, so a chunk after the first always has room for the next block. */
#define W3E_CHUNK_CLASSES 3
#define W3E_CHUNK_CACHE_PER_CLASS 32

#define W3E_HOT_CHUNKS 2

struct w3_chunk_cache {
    /* First-size chunks kept outside the lock: a request that creates and destroys its
     * pool (and its connection's, which an idle connection gives back) on one thread
     * hands them back and forth with one atomic exchange each. */
    struct w3e_chunk *volatile hot[W3E_HOT_CHUNKS];
    CRITICAL_SECTION lock;
    struct w3e_chunk *free[W3E_CHUNK_CLASSES];
    DWORD count[W3E_CHUNK_CLASSES];
};

/* mem_chunks.c */
struct w3e_chunk *w3e_chunk_get(struct w3_mem_config *cfg, SIZE_T size, EMemoryCriticalLevel level);
void w3e_chunk_put(struct w3_mem_config *cfg, struct w3e_chunk *chunk);
void w3e_chunk_cache_free(struct w3_mem_config *cfg);
SIZE_T w3e_chunk_max(const struct w3_mem_config *cfg);
void *w3e_region_get(struct w3_mem_config *cfg, SIZE_T size, EMemoryCriticalLevel level);
void w3e_region_put(struct w3_mem_config *cfg, void *base);

/* pool_tagged.c */
DWORD w3e_pool_verify_locked(struct w3_pool *pool);

/* pool_pageheap.c */
void *w3e_pageheap_alloc(struct w3_pool *pool, SIZE_T cb);

/* pool.c: a block from the pool, the lock (if any) held */
void *w3e_pool_alloc_locked(struct w3_pool *pool, SIZE_T cb);
/* Counts everything handed out since w3_pool_bytes_allocated returned `before` as
 * bookkeeping, except the caller's block of cb bytes. */
void w3e_pool_count_block_only(struct w3_pool *pool, SIZE_T before, SIZE_T cb);
void w3e_pool_lock(struct w3_pool *pool);
void w3e_pool_unlock(struct w3_pool *pool);

#endif
