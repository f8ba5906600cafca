/* The engine's memory pools: an arena per request and per connection whose blocks are
 * all freed at once when its lifetime ends (end of request, end of net session).
 * Pools draw their pages from a host memory manager (hostmem.h).
 *
 *   IHttpContext::AllocateRequestMemory,
 *   IHttpConnection::AllocateMemory,
 *   IModuleAllocator::AllocateMemory      -> w3_pool_alloc on the request pool
 *   HTTP_FILTER_CONTEXT::AllocMem         -> w3_pool_alloc_tagged on the connection pool
 *
 * A pool is used by one thread at a time (as IIS processes a request: an async
 * completion hands the request, and its pool, to another thread); a pool created with
 * W3_POOL_THREADSAFE may be used by several threads at once. docs/memory.md describes
 * lifetimes, page-heap mode and the limit policy. */
#ifndef W3POOL_H
#define W3POOL_H

#include "hostmem.h"
#include "w3engine_export.h"

#ifdef __cplusplus
extern "C" {
#endif

/* Called once for each tagged block whose tail signature was overwritten. message is
 * the complete line, "Heap block at <address> modified at <address> past requested
 * size of <n> (filter "<owner>", URL "<url>")". */
typedef void (*w3_mem_report_fn)(void *context, const char *message);

struct w3_chunk_cache;

/* Server-wide memory settings and statistics. Fill with w3_mem_config_init; the
 * switches may be changed afterwards, before pools are created. */
struct w3_mem_config {
    IHostMemoryManager *manager; /* one reference held */
    BOOL page_heap;              /* each allocation on its own pages before a guard page */
    BOOL overrun_fatal;          /* abort (with a core) after reporting an overrun */
    volatile LONG overruns;      /* tagged blocks found modified, counted once each */
    w3_mem_report_fn report;     /* default: writes the line to stderr */
    void *report_context;
    /* internal */
    DWORD page_size;
    struct w3_chunk_cache *cache; /* free chunks kept for reuse by later pools */
};

struct w3_pool;

/* Takes a reference on manager; NULL means a new default manager without limit.
 * Sets page_heap when the environment variable W3_PAGE_HEAP is 1, and overrun_fatal
 * when W3_HEAP_OVERRUN_FATAL is 1. */
W3ENGINE_EXPORT HRESULT w3_mem_config_init(struct w3_mem_config *cfg, IHostMemoryManager *manager);
/* Frees cached chunks and drops the manager reference; every pool must be destroyed. */
W3ENGINE_EXPORT void w3_mem_config_release(struct w3_mem_config *cfg);
W3ENGINE_EXPORT void w3_mem_config_set_report(struct w3_mem_config *cfg, w3_mem_report_fn fn,
                                              void *context);
/* The server statistic: tagged blocks found modified so far. */
W3ENGINE_EXPORT LONG w3_mem_overruns(const struct w3_mem_config *cfg);

#define W3_POOL_THREADSAFE 0x1u

/* A new empty pool whose pages are requested at `level` (request pools eTaskCritical,
 * connection pools eAppDomainCritical). NULL + SetLastError on failure. */
W3ENGINE_EXPORT struct w3_pool *w3_pool_create(struct w3_mem_config *cfg,
                                               EMemoryCriticalLevel level);
W3ENGINE_EXPORT struct w3_pool *w3_pool_create_ex(struct w3_mem_config *cfg,
                                                  EMemoryCriticalLevel level, DWORD flags);

#if defined(_WIN64) || defined(__LP64__)
#define W3_POOL_ALIGNMENT 16u
#else
#define W3_POOL_ALIGNMENT 8u
#endif

/* The start of every pool, public so that w3_pool_alloc's common case (a small block
 * that fits the current chunk) is inlined into the caller: a pool must be as cheap as
 * the bump of a pointer. A pool whose every call must take the slow path (thread-safe
 * or page-heap) keeps this window empty, so the one bounds check sends it there. The
 * rest of the pool is private. */
struct w3_pool_head {
    char *cur, *end; /* free space of the current chunk */
};

/* The out-of-line part of w3_pool_alloc. */
W3ENGINE_EXPORT void *w3_pool_alloc_slow(struct w3_pool *pool, SIZE_T cb);

/* cb bytes aligned to W3_POOL_ALIGNMENT, valid until w3_pool_destroy. NULL with
 * ERROR_INVALID_PARAMETER for cb == 0, ERROR_NOT_ENOUGH_MEMORY when the size overflows
 * or the host memory manager refuses the pages. */
static inline void *w3_pool_alloc(struct w3_pool *pool, SIZE_T cb)
{
    struct w3_pool_head *h = (struct w3_pool_head *)pool;
    /* The window's bounds are multiples of the alignment, so cb fits exactly when its
     * rounded size does. cb - 1 wraps for cb == 0, which the slow path rejects. */
    if (cb - 1 < (SIZE_T)(h->end - h->cur)) {
        void *p = h->cur;
        h->cur += (cb + (W3_POOL_ALIGNMENT - 1)) & ~(SIZE_T)(W3_POOL_ALIGNMENT - 1);
        return p;
    }
    return w3_pool_alloc_slow(pool, cb);
}

/* AllocMem: like w3_pool_alloc, and the block carries a tail signature checked when
 * the pool is verified or destroyed; owner (the filter's name) and url are copied for
 * the report. In page-heap mode the block ends at a guard page instead. */
W3ENGINE_EXPORT void *w3_pool_alloc_tagged(struct w3_pool *pool, SIZE_T cb, const char *owner,
                                           const char *url);

/* Checks the tail signatures of the tagged blocks now; reports and counts each
 * modified block once over the pool's life. Returns the number newly found. */
W3ENGINE_EXPORT DWORD w3_pool_verify(struct w3_pool *pool);

/* Verifies the tail signatures, then frees every block of the pool at once. */
W3ENGINE_EXPORT void w3_pool_destroy(struct w3_pool *pool);

/* Bytes handed out by the pool (each block's size rounded up to W3_POOL_ALIGNMENT; an
 * AllocMem block's signature and bookkeeping not included), and bytes it holds from the
 * host memory manager. */
W3ENGINE_EXPORT SIZE_T w3_pool_bytes_allocated(const struct w3_pool *pool);
W3ENGINE_EXPORT SIZE_T w3_pool_bytes_reserved(const struct w3_pool *pool);

#ifdef __cplusplus
}
#endif

#endif
