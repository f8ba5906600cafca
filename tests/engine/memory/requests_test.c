/* 10,000 simulated requests on keep-alive connections, allocating through every
 * allocator: request pools, connection pools, AllocMem blocks and an IHostMAlloc. Run
 * under ASan's leak checker (sanitizer lane) or valgrind, it shows nothing is left
 * behind; the manager's own accounting must come back to zero as well. */
#include "w3pool.h"
#include "w3test.h"

#define CONNECTIONS 1000
#define REQUESTS_PER_CONNECTION 10
#define LIMIT ((SIZE_T)1 << 30)

static SIZE_T in_use(IHostMemoryManager *m)
{
    DWORD load;
    SIZE_T avail = 0;
    W3_CHECK_EQ_I(IHostMemoryManager_GetMemoryLoad(m, &load, &avail), S_OK);
    return LIMIT - avail;
}

static void serve_request(struct w3_mem_config *cfg, struct w3_pool *connection, IHostMAlloc *heap,
                          int n)
{
    struct w3_pool *request = w3_pool_create(cfg, eTaskCritical);
    W3_REQUIRE(request != NULL);
    for (int i = 0; i < 40; i++) {
        char *p = w3_pool_alloc(request, 16 + (SIZE_T)((n + i * 37) % 241));
        W3_REQUIRE(p != NULL);
        p[0] = (char)i;
    }
    if (n % 50 == 0) /* now and then a body buffer */
        W3_REQUIRE(w3_pool_alloc(request, 64 * 1024) != NULL);
    char *filter_data = w3_pool_alloc_tagged(connection, 24, "sim.dll", "/index.htm");
    W3_REQUIRE(filter_data != NULL);
    memset(filter_data, 1, 24);
    void *module_state = NULL;
    W3_REQUIRE(IHostMAlloc_DebugAlloc(heap, 96, eTaskCritical, (char *)__FILE__, __LINE__,
                                      &module_state) == S_OK);
    W3_REQUIRE(IHostMAlloc_Free(heap, module_state) == S_OK);
    w3_pool_destroy(request);
}

W3_TEST(ten_thousand_requests_leave_nothing_behind)
{
    IHostMemoryManager *m = NULL;
    struct w3_mem_config cfg;
    IHostMAlloc *heap = NULL;
    W3_REQUIRE(W3CreateHostMemoryManager(LIMIT, &m) == S_OK);
    W3_REQUIRE(w3_mem_config_init(&cfg, m) == S_OK);
    W3_REQUIRE(IHostMemoryManager_CreateMalloc(m, MALLOC_THREADSAFE, &heap) == S_OK);

    for (int c = 0; c < CONNECTIONS; c++) {
        struct w3_pool *connection = w3_pool_create(&cfg, eAppDomainCritical);
        W3_REQUIRE(connection != NULL);
        for (int r = 0; r < REQUESTS_PER_CONNECTION; r++)
            serve_request(&cfg, connection, heap, c * REQUESTS_PER_CONNECTION + r);
        w3_pool_destroy(connection); /* END_OF_NET_SESSION delivered */
    }
    W3_CHECK_EQ_I(w3_mem_overruns(&cfg), 0);
    SIZE_T blocks = 1;
    W3_CHECK_EQ_I(W3HostMAllocReportLeaks(heap, NULL, NULL, &blocks), S_OK);
    W3_CHECK_EQ(blocks, 0);
    IHostMAlloc_Release(heap);
    w3_mem_config_release(&cfg);
    W3_CHECK_EQ(in_use(m), 0);
    IHostMemoryManager_Release(m);
}
