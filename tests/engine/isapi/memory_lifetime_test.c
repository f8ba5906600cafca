/* Memory lifetimes through real filter notifications, with the server drawing on a host
 * memory manager whose accounting the test reads: an AllocMem block lives from the
 * request that allocates it until after END_OF_NET_SESSION, and a request that cannot
 * get memory ends with 503 while the server goes on serving. */
#include <windows.h>
#include <httpfilt.h>
#include <hostmem.h>
#include <string.h>

#include "engine_fixture.h"
#include "filter_bridge.h"
#include "w3test.h"

#define BIG_BLOCK (1024 * 1024)
#define GET_REQUEST "GET / HTTP/1.1\r\nHost: example\r\n\r\n"

static IHostMemoryManager *manager;

static SIZE_T available(void)
{
    DWORD load = 0;
    SIZE_T avail = 0;
    W3_CHECK_EQ_I(IHostMemoryManager_GetMemoryLoad(manager, &load, &avail), S_OK);
    return avail;
}

static void start_with_limit(fx *f, SIZE_T limit)
{
    w3_server_config cfg;
    W3_REQUIRE(W3CreateHostMemoryManager(limit, &manager) == S_OK);
    fx_config(f, &cfg);
    cfg.memory_manager = manager;
    fx_start(f, &cfg);
}

static void stop(fx *f)
{
    fx_stop(f);
    IHostMemoryManager_Release(manager);
    manager = NULL;
}

static SIZE_T before_block, during_second_request, at_end_of_session;
static int requests_seen, intact_in_second_request, intact_at_end_of_session;

static int block_intact(const unsigned char *block)
{
    for (SIZE_T i = 0; i < BIG_BLOCK; i += 4096)
        if (block[i] != (unsigned char)(i / 4096))
            return 0;
    return block[BIG_BLOCK - 1] == 0x5A;
}

static DWORD keep_block_for_the_connection(int slot, HTTP_FILTER_CONTEXT *pfc, DWORD type, void *pv)
{
    (void)slot;
    (void)pv;
    if (type == SF_NOTIFY_PREPROC_HEADERS && ++requests_seen == 1) {
        before_block = available();
        unsigned char *block = pfc->AllocMem(pfc, BIG_BLOCK, 0);
        W3_REQUIRE(block != NULL);
        for (SIZE_T i = 0; i < BIG_BLOCK; i += 4096)
            block[i] = (unsigned char)(i / 4096);
        block[BIG_BLOCK - 1] = 0x5A;
        pfc->pFilterContext = block;
    } else if (type == SF_NOTIFY_PREPROC_HEADERS) {
        during_second_request = available();
        intact_in_second_request = block_intact(pfc->pFilterContext);
    } else if (type == SF_NOTIFY_END_OF_NET_SESSION) {
        at_end_of_session = available();
        intact_at_end_of_session = block_intact(pfc->pFilterContext);
    }
    return SF_STATUS_REQ_NEXT_NOTIFICATION;
}

W3_TEST(alloc_mem_block_lives_until_after_end_of_net_session)
{
    fx f;
    bridge_reset();
    bridge_set_flags(0, SF_NOTIFY_PREPROC_HEADERS | SF_NOTIFY_END_OF_NET_SESSION |
                            SF_NOTIFY_NONSECURE_PORT);
    bridge_set_proc(0, keep_block_for_the_connection);
    requests_seen = intact_in_second_request = intact_at_end_of_session = 0;
    start_with_limit(&f, 64 * BIG_BLOCK); /* available bytes count against a limit */
    W3_REQUIRE(fx_add(&f, "recorder_a"));
    fx_open(&f, 0);
    fx_send(&f, GET_REQUEST);
    fx_send(&f, GET_REQUEST);
    W3_CHECK_EQ(fx_count(f.out, "HTTP/1.1 200 OK"), 2);
    /* The block outlived the request that allocated it... */
    W3_CHECK(intact_in_second_request);
    W3_CHECK(before_block - during_second_request >= BIG_BLOCK);
    fx_close(&f);
    /* ...was still there for END_OF_NET_SESSION, and was released right after it. */
    W3_CHECK(intact_at_end_of_session);
    W3_CHECK(available() - at_end_of_session >= BIG_BLOCK);
    stop(&f);
}

static DWORD take_most_of_the_limit(int slot, HTTP_FILTER_CONTEXT *pfc, DWORD type, void *pv)
{
    (void)slot;
    (void)pv;
    /* Connection memory may go past the limit by the documented headroom. */
    if (type == SF_NOTIFY_PREPROC_HEADERS && pfc->pFilterContext == NULL)
        pfc->pFilterContext = pfc->AllocMem(pfc, BIG_BLOCK, 0);
    return SF_STATUS_REQ_NEXT_NOTIFICATION;
}

struct capture {
    char out[4096];
    size_t len;
};

static void capture(void *ctx, const void *data, size_t len)
{
    struct capture *c = ctx;
    if (len > sizeof c->out - 1 - c->len)
        len = sizeof c->out - 1 - c->len;
    memcpy(c->out + c->len, data, len);
    c->len += len;
    c->out[c->len] = '\0';
}

static w3_conn *open_captured(fx *f, struct capture *c)
{
    w3_conn_info info = {"10.0.0.1", 80, "192.0.2.8", 50124, 0};
    memset(c, 0, sizeof *c);
    return w3_conn_open(f->server, &info, capture, c);
}

W3_TEST(request_without_memory_gets_503_and_the_server_keeps_serving)
{
    fx f;
    struct capture refused, later;
    bridge_reset();
    bridge_set_flags(0, SF_NOTIFY_PREPROC_HEADERS | SF_NOTIFY_NONSECURE_PORT);
    bridge_set_proc(0, take_most_of_the_limit);
    start_with_limit(&f, BIG_BLOCK);
    W3_REQUIRE(fx_add(&f, "recorder_a"));
    fx_open(&f, 0);
    fx_send(&f, GET_REQUEST);
    W3_CHECK_EQ(fx_count(f.out, "HTTP/1.1 200 OK"), 1);

    /* Over the limit now: a new request's task-critical memory is refused. */
    w3_conn *conn = open_captured(&f, &refused);
    W3_REQUIRE(conn != NULL);
    W3_CHECK(w3_conn_feed(conn, GET_REQUEST, strlen(GET_REQUEST)) != 0);
    W3_CHECK(strncmp(refused.out, "HTTP/1.1 503 Service Unavailable\r\n", 34) == 0);
    W3_CHECK(w3_conn_wants_close(conn));
    W3_CHECK(strstr(f.log, "503") != NULL);
    w3_conn_close(conn);

    /* The connection holding the memory ends; the next client is served. */
    fx_close(&f);
    conn = open_captured(&f, &later);
    W3_REQUIRE(conn != NULL);
    W3_CHECK_EQ(w3_conn_feed(conn, GET_REQUEST, strlen(GET_REQUEST)), 0);
    W3_CHECK(strncmp(later.out, "HTTP/1.1 200 OK\r\n", 17) == 0);
    w3_conn_close(conn);
    stop(&f);
}

#define IDLE_CONNECTIONS 50

/* A keep-alive connection waiting for its next request holds no pool pages: the
 * connection pool a request did not use goes back when the request ends. */
W3_TEST(idle_keep_alive_connections_hold_no_pool_memory)
{
    fx f;
    static struct capture out[IDLE_CONNECTIONS + 1];
    w3_conn *conns[IDLE_CONNECTIONS];
    bridge_reset();
    start_with_limit(&f, 64 * BIG_BLOCK);
    /* One request first, so that the pools' page cache is warm when counting starts. */
    w3_conn *first = open_captured(&f, &out[IDLE_CONNECTIONS]);
    W3_REQUIRE(first != NULL);
    W3_CHECK_EQ(w3_conn_feed(first, GET_REQUEST, strlen(GET_REQUEST)), 0);
    SIZE_T before = available();
    for (int i = 0; i < IDLE_CONNECTIONS; i++) {
        conns[i] = open_captured(&f, &out[i]);
        W3_REQUIRE(conns[i] != NULL);
        W3_CHECK_EQ(w3_conn_feed(conns[i], GET_REQUEST, strlen(GET_REQUEST)), 0);
        W3_CHECK(strncmp(out[i].out, "HTTP/1.1 ", 9) == 0);
        W3_CHECK(!w3_conn_wants_close(conns[i]));
    }
    /* Less than a page per connection (a pool's first chunk is 4 pages). */
    W3_CHECK(before - available() < IDLE_CONNECTIONS * 4096);
    for (int i = 0; i < IDLE_CONNECTIONS; i++)
        w3_conn_close(conns[i]);
    w3_conn_close(first);
    stop(&f);
}

#define CONNECTIONS 1000
#define REQUESTS_PER_CONNECTION 10

static IHostMAlloc *host_malloc;
static unsigned allocations_failed;

/* Every request allocates through AllocMem (connection lifetime) and IHostMAlloc. */
static DWORD allocate_everywhere(int slot, HTTP_FILTER_CONTEXT *pfc, DWORD type, void *pv)
{
    static unsigned n;
    void *p = NULL;
    (void)slot;
    (void)pv;
    if (type != SF_NOTIFY_PREPROC_HEADERS)
        return SF_STATUS_REQ_NEXT_NOTIFICATION;
    n++;
    if (pfc->AllocMem(pfc, 16 + n % 241, 0) == NULL)
        allocations_failed++;
    if (IHostMAlloc_Alloc(host_malloc, 16 + n % 997, eTaskCritical, &p) != S_OK)
        allocations_failed++;
    else
        IHostMAlloc_Free(host_malloc, p);
    return SF_STATUS_REQ_NEXT_NOTIFICATION;
}

/* Run under the sanitizer lane's leak checker (and valgrind, see docs/memory.md): the
 * manager's own accounting must also come back to zero. */
W3_TEST(ten_thousand_requests_return_every_byte)
{
    fx f;
    const SIZE_T limit = 256 * BIG_BLOCK;
    bridge_reset();
    bridge_set_flags(0, SF_NOTIFY_PREPROC_HEADERS | SF_NOTIFY_NONSECURE_PORT);
    bridge_set_proc(0, allocate_everywhere);
    allocations_failed = 0;
    start_with_limit(&f, limit);
    W3_REQUIRE(IHostMemoryManager_CreateMalloc(manager, MALLOC_THREADSAFE, &host_malloc) == S_OK);
    W3_REQUIRE(fx_add(&f, "recorder_a"));
    for (int c = 0; c < CONNECTIONS; c++) {
        fx_open(&f, 0);
        for (int r = 0; r < REQUESTS_PER_CONNECTION; r++)
            fx_send(&f, GET_REQUEST);
        W3_CHECK_EQ(fx_count(f.out, "HTTP/1.1 200 OK"), REQUESTS_PER_CONNECTION);
        fx_close(&f);
        fx_clear_output(&f);
    }
    W3_CHECK_EQ(allocations_failed, 0);
    IHostMAlloc_Release(host_malloc);
    fx_stop(&f);
    W3_CHECK_EQ(available(), limit);
    IHostMemoryManager_Release(manager);
    manager = NULL;
}
