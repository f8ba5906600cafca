#include <string.h>

#include <windows.h>

#include "engine_fixture.h"
#include "w3test.h"

/* The embedder's side of asynchronous completion: a queue of connections to resume,
 * filled from any thread, drained on the test's. */
static CRITICAL_SECTION lock;
static HANDLE posted;
static w3_conn *waiting;

static void post(void *ctx, w3_conn *conn)
{
    (void)ctx;
    EnterCriticalSection(&lock);
    waiting = conn;
    LeaveCriticalSection(&lock);
    SetEvent(posted);
}

W3_TEST(worker_thread_completes_the_request)
{
    fx f;
    w3_server_config cfg;
    InitializeCriticalSection(&lock);
    posted = CreateEventA(NULL, FALSE, FALSE, NULL);
    fx_config(&f, &cfg);
    cfg.post = post;
    fx_start(&f, &cfg);
    W3_REQUIRE(w3_server_add_module(f.server, "async", fx_module_path("async_worker")));
    fx_open(&f, 0);
    fx_send(&f, "GET /compute HTTP/1.1\r\nHost: x\r\n\r\n");
    W3_CHECK(w3_conn_pending(f.conn));
    W3_REQUIRE(WaitForSingleObject(posted, 10000) == WAIT_OBJECT_0);
    EnterCriticalSection(&lock);
    w3_conn *conn = waiting;
    LeaveCriticalSection(&lock);
    W3_CHECK(conn == f.conn);
    w3_conn_resume(conn);
    W3_CHECK(!w3_conn_pending(f.conn));
    W3_CHECK(strncmp(f.out, "HTTP/1.1 200 OK\r\n", 17) == 0);
    W3_CHECK(strstr(f.out, "\r\n\r\nsum 1..1000 = 500500") != NULL);
    fx_stop(&f);
    CloseHandle(posted);
    DeleteCriticalSection(&lock);
}
