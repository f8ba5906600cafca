/* Request and connection pools: alignment, rejection of bad sizes, lifetimes, AllocMem
 * tail signatures and their report, page-heap mode, the limit, concurrent use. The
 * engine's own tests drive the same pools through real filter notifications. */
#include <stdio.h>

#include "w3pool.h"
#include "w3test.h"

static SIZE_T page_size(void)
{
    SYSTEM_INFO si;
    GetSystemInfo(&si);
    return si.dwPageSize;
}

static DWORD page_state(const void *p)
{
    MEMORY_BASIC_INFORMATION mbi;
    if (!VirtualQuery(p, &mbi, sizeof mbi))
        return 0;
    return mbi.State;
}

struct reports {
    int n;
    char last[1024];
};

static void capture(void *context, const char *message)
{
    struct reports *r = context;
    r->n++;
    snprintf(r->last, sizeof r->last, "%s", message);
}

static void init_config(struct w3_mem_config *cfg, SIZE_T limit)
{
    IHostMemoryManager *m = NULL;
    W3_REQUIRE(W3CreateHostMemoryManager(limit, &m) == S_OK);
    W3_REQUIRE(w3_mem_config_init(cfg, m) == S_OK);
    IHostMemoryManager_Release(m); /* the configuration holds its own reference */
    cfg->page_heap = FALSE;
    cfg->overrun_fatal = FALSE;
}

W3_TEST(blocks_are_aligned_distinct_and_writable)
{
    struct w3_mem_config cfg;
    init_config(&cfg, 0);
    struct w3_pool *pool = w3_pool_create(&cfg, eTaskCritical);
    W3_REQUIRE(pool != NULL);
    unsigned char *prev = NULL;
    SIZE_T prev_cb = 0, total = 0;
    for (SIZE_T cb = 1; cb <= 3000; cb += 7) {
        unsigned char *p = w3_pool_alloc(pool, cb);
        W3_REQUIRE(p != NULL);
        W3_CHECK_EQ((UINT_PTR)p % W3_POOL_ALIGNMENT, 0);
        memset(p, (int)(cb & 0xFF), cb);
        if (prev)
            W3_CHECK_EQ(prev[prev_cb - 1], prev_cb & 0xFF); /* not overwritten */
        prev = p;
        prev_cb = cb;
        total += (cb + W3_POOL_ALIGNMENT - 1) & ~(SIZE_T)(W3_POOL_ALIGNMENT - 1);
    }
    W3_CHECK_EQ(w3_pool_bytes_allocated(pool), total);
    W3_CHECK(w3_pool_bytes_reserved(pool) >= total);
    w3_pool_destroy(pool);
    w3_mem_config_release(&cfg);
}

/* The statistic counts what callers asked for, rounded to the alignment, whichever way
 * the block was made: inline, in a new chunk, as a large region, as an AllocMem block
 * (its header, signature and copied names are the pool's own), or in page-heap mode. */
W3_TEST(bytes_allocated_counts_the_callers_blocks_only)
{
    struct w3_mem_config cfg;
    init_config(&cfg, 0);
    for (int page_heap = 0; page_heap <= 1; page_heap++) {
        cfg.page_heap = page_heap;
        for (DWORD flags = 0; flags <= W3_POOL_THREADSAFE; flags += W3_POOL_THREADSAFE) {
            struct w3_pool *pool = w3_pool_create_ex(&cfg, eAppDomainCritical, flags);
            W3_REQUIRE(pool != NULL);
            W3_CHECK_EQ(w3_pool_bytes_allocated(pool), 0);
            W3_REQUIRE(w3_pool_alloc(pool, 1) != NULL);
            W3_CHECK_EQ(w3_pool_bytes_allocated(pool), W3_POOL_ALIGNMENT);
            W3_REQUIRE(w3_pool_alloc_tagged(pool, 20, "a filter", "/a/url") != NULL);
            W3_CHECK_EQ(w3_pool_bytes_allocated(pool), W3_POOL_ALIGNMENT + 32);
            W3_REQUIRE(w3_pool_alloc(pool, 200000) != NULL);
            W3_CHECK_EQ(w3_pool_bytes_allocated(pool), W3_POOL_ALIGNMENT + 32 + 200000);
            for (int i = 0; i < 1000; i++) /* several new chunks */
                W3_REQUIRE(w3_pool_alloc(pool, 100) != NULL);
            W3_CHECK_EQ(w3_pool_bytes_allocated(pool), W3_POOL_ALIGNMENT + 32 + 200000 + 112000);
            w3_pool_destroy(pool);
        }
    }
    w3_mem_config_release(&cfg);
}

W3_TEST(zero_size_and_overflow_are_rejected)
{
    struct w3_mem_config cfg;
    init_config(&cfg, 0);
    struct w3_pool *pool = w3_pool_create(&cfg, eTaskCritical);
    W3_REQUIRE(pool != NULL);
    SetLastError(0);
    W3_CHECK(w3_pool_alloc(pool, 0) == NULL);
    W3_CHECK_EQ(GetLastError(), ERROR_INVALID_PARAMETER);
    SetLastError(0);
    W3_CHECK(w3_pool_alloc(pool, MAXSIZE_T) == NULL);
    W3_CHECK_EQ(GetLastError(), ERROR_NOT_ENOUGH_MEMORY);
    SetLastError(0);
    W3_CHECK(w3_pool_alloc(pool, MAXSIZE_T - 8) == NULL);
    W3_CHECK_EQ(GetLastError(), ERROR_NOT_ENOUGH_MEMORY);
    SetLastError(0);
    W3_CHECK(w3_pool_alloc_tagged(pool, 0, "f", "/") == NULL);
    W3_CHECK_EQ(GetLastError(), ERROR_INVALID_PARAMETER);
    SetLastError(0);
    W3_CHECK(w3_pool_alloc_tagged(pool, MAXSIZE_T - 4, "f", "/") == NULL);
    W3_CHECK_EQ(GetLastError(), ERROR_NOT_ENOUGH_MEMORY);
    W3_CHECK(w3_pool_alloc(pool, 1) != NULL); /* the pool is still usable */
    w3_pool_destroy(pool);
    w3_mem_config_release(&cfg);
}

W3_TEST(large_blocks_take_only_their_pages)
{
    struct w3_mem_config cfg;
    init_config(&cfg, 0);
    struct w3_pool *pool = w3_pool_create(&cfg, eTaskCritical);
    W3_REQUIRE(pool != NULL);
    W3_REQUIRE(w3_pool_alloc(pool, 100) != NULL);
    SIZE_T before = w3_pool_bytes_reserved(pool);
    SIZE_T cb = 1000 * 1000;
    char *big = w3_pool_alloc(pool, cb);
    W3_REQUIRE(big != NULL);
    memset(big, 7, cb);
    SIZE_T grown = w3_pool_bytes_reserved(pool) - before;
    W3_CHECK(grown >= cb && grown <= cb + page_size());
    /* Small blocks still come from the current chunk. */
    char *small = w3_pool_alloc(pool, 100);
    W3_CHECK_EQ(w3_pool_bytes_reserved(pool) - before, grown);
    W3_CHECK(small != NULL);
    w3_pool_destroy(pool);
    w3_mem_config_release(&cfg);
}

/* A request pool's memory is gone when the request ends: its large block's pages are
 * released and the manager has the bytes back. */
W3_TEST(request_pool_is_released_at_end_of_request)
{
    struct w3_mem_config cfg;
    SIZE_T limit = 64u << 20;
    init_config(&cfg, limit);
    DWORD load;
    SIZE_T avail_start, avail;
    W3_REQUIRE(IHostMemoryManager_GetMemoryLoad(cfg.manager, &load, &avail_start) == S_OK);

    struct w3_pool *request = w3_pool_create(&cfg, eTaskCritical);
    W3_REQUIRE(request != NULL);
    char *body = w3_pool_alloc(request, 256 * 1024);
    W3_REQUIRE(body != NULL);
    memset(body, 'x', 256 * 1024);
    W3_REQUIRE(IHostMemoryManager_GetMemoryLoad(cfg.manager, &load, &avail) == S_OK);
    W3_CHECK(avail_start - avail >= 256 * 1024);
    W3_CHECK_EQ(page_state(body), MEM_COMMIT);

    w3_pool_destroy(request); /* end of request */
    W3_CHECK_EQ(page_state(body), MEM_FREE);
    w3_mem_config_release(&cfg);
}

/* AllocMem blocks live on the connection: they survive the end of one request on a
 * keep-alive connection, into the next, and go after END_OF_NET_SESSION. */
W3_TEST(allocmem_block_outlives_request_until_end_of_net_session)
{
    struct w3_mem_config cfg;
    init_config(&cfg, 0);
    struct w3_pool *connection = w3_pool_create(&cfg, eAppDomainCritical);
    W3_REQUIRE(connection != NULL);

    struct w3_pool *request1 = w3_pool_create(&cfg, eTaskCritical);
    W3_REQUIRE(request1 != NULL);
    char *context = w3_pool_alloc_tagged(connection, 32, "session.dll", "/first");
    char *big = w3_pool_alloc_tagged(connection, 200 * 1024, "session.dll", "/first");
    W3_REQUIRE(context && big);
    strcpy(context, "user=alice");
    big[200 * 1024 - 1] = 'z';
    W3_REQUIRE(w3_pool_alloc(request1, 64) != NULL);
    w3_pool_destroy(request1); /* end of request 1 */

    struct w3_pool *request2 = w3_pool_create(&cfg, eTaskCritical);
    W3_REQUIRE(request2 != NULL);
    W3_REQUIRE(w3_pool_alloc(request2, 64) != NULL);
    W3_CHECK_STR(context, "user=alice");
    W3_CHECK_EQ(big[200 * 1024 - 1], 'z');
    W3_CHECK_EQ(page_state(big), MEM_COMMIT);
    w3_pool_destroy(request2); /* end of request 2 */

    W3_CHECK_EQ(page_state(big), MEM_COMMIT);
    w3_pool_destroy(connection); /* after END_OF_NET_SESSION */
    W3_CHECK_EQ(page_state(big), MEM_FREE);
    W3_CHECK_EQ_I(w3_mem_overruns(&cfg), 0);
    w3_mem_config_release(&cfg);
}

W3_TEST(one_byte_overrun_of_allocmem_block_is_reported_once_and_counted)
{
    struct w3_mem_config cfg;
    struct reports r = {0, ""};
    init_config(&cfg, 0);
    w3_mem_config_set_report(&cfg, capture, &r);
    struct w3_pool *connection = w3_pool_create(&cfg, eAppDomainCritical);
    W3_REQUIRE(connection != NULL);
    char *ok = w3_pool_alloc_tagged(connection, 16, "good.dll", "/a");
    char *bad = w3_pool_alloc_tagged(connection, 10, "buggy.dll", "/default.htm?x=1");
    W3_REQUIRE(ok && bad);
    memset(ok, 1, 16);
    memset(bad, 'A', 11); /* one byte too many */

    W3_CHECK_EQ(w3_pool_verify(connection), 1);
    W3_CHECK_EQ_I(r.n, 1);
    W3_CHECK_EQ(w3_pool_verify(connection), 0); /* once per block */

    char expected[256];
    int width = (int)(2 * sizeof(void *));
    snprintf(expected, sizeof expected,
             "Heap block at %0*llX modified at %0*llX past requested size of 10 "
             "(filter \"buggy.dll\", URL \"/default.htm?x=1\")",
             width, (unsigned long long)(UINT_PTR)bad, width,
             (unsigned long long)(UINT_PTR)(bad + 10));
    W3_CHECK_STR(r.last, expected);

    w3_pool_destroy(connection);
    W3_CHECK_EQ_I(r.n, 1);
    W3_CHECK_EQ_I(w3_mem_overruns(&cfg), 1);
    w3_mem_config_release(&cfg);
}

W3_TEST(overrun_is_found_when_the_connection_ends)
{
    struct w3_mem_config cfg;
    struct reports r = {0, ""};
    init_config(&cfg, 0);
    w3_mem_config_set_report(&cfg, capture, &r);
    struct w3_pool *connection = w3_pool_create(&cfg, eAppDomainCritical);
    W3_REQUIRE(connection != NULL);
    char *p = w3_pool_alloc_tagged(connection, 48, NULL, NULL);
    W3_REQUIRE(p != NULL);
    p[48] = 0;
    w3_pool_destroy(connection);
    W3_CHECK_EQ_I(r.n, 1);
    W3_CHECK(strncmp(r.last, "Heap block at ", 14) == 0);
    W3_CHECK(strstr(r.last, "past requested size of 48") != NULL);
    W3_CHECK_EQ_I(w3_mem_overruns(&cfg), 1);
    w3_mem_config_release(&cfg);
}

W3_CHILD(overrun_fatal)
{
    struct w3_mem_config cfg;
    struct reports r = {0, ""};
    init_config(&cfg, 0);
    w3_mem_config_set_report(&cfg, capture, &r);
    cfg.overrun_fatal = TRUE;
    struct w3_pool *connection = w3_pool_create(&cfg, eAppDomainCritical);
    char *p = w3_pool_alloc_tagged(connection, 10, "buggy.dll", "/");
    p[10] = 1;
    w3_pool_destroy(connection);
    exit(0); /* not reached when the overrun is fatal */
}

W3_TEST(overrun_can_be_made_fatal)
{
    struct w3t_child_result r = w3t_run_child("overrun_fatal");
    W3_REQUIRE(r.started);
    /* abort(): SIGABRT on POSIX; the C runtime's exit code 3 on Windows. */
#ifdef _WIN32
    W3_CHECK(r.crashed || r.code == 3);
#else
    W3_CHECK(r.crashed);
#endif
}

/* Page-heap mode: the overrunning write itself faults. */
W3_CHILD(page_heap_overrun)
{
    struct w3_mem_config cfg;
    init_config(&cfg, 0);
    cfg.page_heap = TRUE;
    struct w3_pool *connection = w3_pool_create(&cfg, eAppDomainCritical);
    volatile char *p = w3_pool_alloc_tagged(connection, 10, "buggy.dll", "/");
    for (int i = 0; i < 10; i++)
        p[i] = 'A';
    p[10] = 'A';
    exit(0); /* not reached */
}

W3_CHILD(page_heap_in_bounds)
{
    struct w3_mem_config cfg;
    init_config(&cfg, 0);
    cfg.page_heap = TRUE;
    struct w3_pool *connection = w3_pool_create(&cfg, eAppDomainCritical);
    volatile char *p = w3_pool_alloc_tagged(connection, 10, "good.dll", "/");
    volatile char *q = w3_pool_alloc(connection, 4096 + 16);
    for (int i = 0; i < 10; i++)
        p[i] = 'A';
    for (int i = 0; i < 4096 + 16; i++)
        q[i] = 'B';
    w3_pool_destroy((struct w3_pool *)connection);
    w3_mem_config_release(&cfg);
    exit(0);
}

W3_TEST(page_heap_faults_at_the_overrunning_write)
{
    struct w3t_child_result r = w3t_run_child("page_heap_overrun");
    W3_REQUIRE(r.started);
    W3_CHECK(r.crashed);
    W3_CHECK(r.access_violation);

    r = w3t_run_child("page_heap_in_bounds");
    W3_REQUIRE(r.started);
    W3_CHECK(!r.crashed);
    W3_CHECK_EQ(r.code, 0);
}

W3_TEST(page_heap_blocks_end_at_a_guard_page)
{
    struct w3_mem_config cfg;
    init_config(&cfg, 0);
    cfg.page_heap = TRUE;
    struct w3_pool *pool = w3_pool_create(&cfg, eTaskCritical);
    W3_REQUIRE(pool != NULL);
    char *p = w3_pool_alloc(pool, 32);
    W3_REQUIRE(p != NULL);
    W3_CHECK_EQ(((UINT_PTR)p + 32) % page_size(), 0);
    W3_CHECK_EQ((UINT_PTR)p % W3_POOL_ALIGNMENT, 0);
    W3_CHECK_EQ(page_state(p), MEM_COMMIT);
    W3_CHECK_EQ(page_state(p + 32), MEM_RESERVE); /* the guard page */
    w3_pool_destroy(pool);
    W3_CHECK_EQ(page_state(p), MEM_FREE);
    w3_mem_config_release(&cfg);
}

W3_TEST(page_heap_switch_from_environment)
{
    struct w3_mem_config cfg;
    W3_REQUIRE(SetEnvironmentVariableA("W3_PAGE_HEAP", "1"));
    W3_REQUIRE(w3_mem_config_init(&cfg, NULL) == S_OK);
    W3_CHECK(cfg.page_heap);
    W3_CHECK(!cfg.overrun_fatal);
    w3_mem_config_release(&cfg);
    W3_REQUIRE(SetEnvironmentVariableA("W3_PAGE_HEAP", NULL));
    W3_REQUIRE(w3_mem_config_init(&cfg, NULL) == S_OK);
    W3_CHECK(!cfg.page_heap);
    w3_mem_config_release(&cfg);
}

/* Under a limit, request pools (task-critical) are refused first; connection pools
 * (app-domain-critical) still get the headroom. */
W3_TEST(request_pools_are_refused_before_connection_pools)
{
    struct w3_mem_config cfg;
    SIZE_T limit = 1u << 20;
    init_config(&cfg, limit);
    struct w3_pool *request = w3_pool_create(&cfg, eTaskCritical);
    struct w3_pool *connection = w3_pool_create(&cfg, eAppDomainCritical);
    W3_REQUIRE(request && connection);
    W3_REQUIRE(w3_pool_alloc(request, limit - 96 * 1024) != NULL);
    SetLastError(0);
    W3_CHECK(w3_pool_alloc(request, 128 * 1024) == NULL);
    W3_CHECK_EQ(GetLastError(), ERROR_NOT_ENOUGH_MEMORY);
    W3_CHECK(w3_pool_alloc_tagged(connection, 128 * 1024, "f", "/") != NULL);
    w3_pool_destroy(request);
    /* The request's memory is back: the next request is served. */
    struct w3_pool *next = w3_pool_create(&cfg, eTaskCritical);
    W3_REQUIRE(next != NULL);
    W3_CHECK(w3_pool_alloc(next, 128 * 1024) != NULL);
    w3_pool_destroy(next);
    w3_pool_destroy(connection);
    w3_mem_config_release(&cfg);
}

#define POOL_THREADS 4
#define POOL_ROUNDS 5000

struct pool_worker {
    struct w3_pool *pool;
    int id;
    unsigned char *blocks[POOL_ROUNDS];
};

static DWORD WINAPI fill_pool(LPVOID arg)
{
    struct pool_worker *w = arg;
    for (int i = 0; i < POOL_ROUNDS; i++) {
        SIZE_T cb = 16 + (SIZE_T)(i % 200);
        w->blocks[i] =
            (i % 3) ? w3_pool_alloc(w->pool, cb) : w3_pool_alloc_tagged(w->pool, cb, "t", "/");
        if (w->blocks[i])
            memset(w->blocks[i], w->id, cb);
    }
    return 0;
}

W3_TEST(threadsafe_pool_under_concurrent_use)
{
    static struct pool_worker workers[POOL_THREADS];
    struct w3_mem_config cfg;
    init_config(&cfg, 0);
    struct w3_pool *pool = w3_pool_create_ex(&cfg, eAppDomainCritical, W3_POOL_THREADSAFE);
    W3_REQUIRE(pool != NULL);
    HANDLE threads[POOL_THREADS];
    for (int t = 0; t < POOL_THREADS; t++) {
        workers[t].pool = pool;
        workers[t].id = t + 1;
        threads[t] = CreateThread(NULL, 0, fill_pool, &workers[t], 0, NULL);
        W3_REQUIRE(threads[t] != NULL);
    }
    W3_CHECK_EQ(WaitForMultipleObjects(POOL_THREADS, threads, TRUE, 30000), WAIT_OBJECT_0);
    int damaged = 0;
    for (int t = 0; t < POOL_THREADS; t++) {
        CloseHandle(threads[t]);
        for (int i = 0; i < POOL_ROUNDS; i++) {
            SIZE_T cb = 16 + (SIZE_T)(i % 200);
            W3_REQUIRE(workers[t].blocks[i] != NULL);
            for (SIZE_T k = 0; k < cb; k++)
                damaged += workers[t].blocks[i][k] != workers[t].id;
        }
    }
    W3_CHECK_EQ_I(damaged, 0);
    W3_CHECK_EQ(w3_pool_verify(pool), 0);
    w3_pool_destroy(pool);
    W3_CHECK_EQ_I(w3_mem_overruns(&cfg), 0);
    w3_mem_config_release(&cfg);
}
