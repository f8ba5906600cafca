/* RQ_NOTIFICATION_PENDING: a handler returns PENDING, a worker thread completes
 * (PostCompletion, IndicateCompletion), and the pipeline resumes on the thread that
 * drives the server, through the embedder's post callback (Decision 16). */
#include <windows.h>
#include <httpserv.h>

#include <stdio.h>
#include <string.h>

#include "engine_fixture.h"
#include "filter_bridge.h"
#include "module_bridge.h"
#include "w3test.h"

#define GET_REQUEST "GET /slow HTTP/1.1\r\nHost: example.test\r\n\r\n"

/* The embedder's side: posts land in a queue the test drains on its own thread. */
struct post_queue {
    CRITICAL_SECTION lock;
    HANDLE ready;
    w3_conn *conns[16];
    int count;
    DWORD poster_thread;
};

static void queue_post(void *ctx, w3_conn *conn)
{
    post_queue *q = static_cast<post_queue *>(ctx);
    EnterCriticalSection(&q->lock);
    if (q->count < 16)
        q->conns[q->count++] = conn;
    q->poster_thread = GetCurrentThreadId();
    LeaveCriticalSection(&q->lock);
    SetEvent(q->ready);
}

/* Waits for a post, then resumes the connection here. */
static int drain_one(post_queue *q)
{
    if (WaitForSingleObject(q->ready, 10000) != WAIT_OBJECT_0)
        return 0;
    EnterCriticalSection(&q->lock);
    w3_conn *conn = q->count ? q->conns[0] : NULL;
    if (q->count) {
        memmove(q->conns, q->conns + 1, sizeof q->conns[0] * (size_t)(q->count - 1));
        q->count--;
    }
    if (q->count == 0)
        ResetEvent(q->ready);
    LeaveCriticalSection(&q->lock);
    if (conn == NULL)
        return 0;
    w3_conn_resume(conn);
    return 1;
}

static post_queue queue;
static DWORD completion_thread;
static DWORD test_thread;
static int use_indicate;
static volatile HRESULT post_result;

static DWORD WINAPI worker(void *arg)
{
    IHttpContext *ctx = static_cast<IHttpContext *>(arg);
    Sleep(20);
    if (use_indicate)
        ctx->IndicateCompletion(RQ_NOTIFICATION_CONTINUE);
    else
        post_result = ctx->PostCompletion(5);
    return 0;
}

static int go_async(const char *, DWORD n, BOOL post, void *ctx, void *provider)
{
    if (n == RQ_EXECUTE_REQUEST_HANDLER && !post && provider != NULL && ctx != NULL) {
        HANDLE t = CreateThread(NULL, 0, worker, ctx, 0, NULL);
        if (t == NULL)
            return RQ_NOTIFICATION_CONTINUE;
        CloseHandle(t);
        return RQ_NOTIFICATION_PENDING;
    }
    return RQ_NOTIFICATION_CONTINUE;
}

/* OnAsyncCompletion's hook call: provider is the IHttpCompletionInfo. */
static int on_completion(const char *name, DWORD n, BOOL post, void *ctx, void *provider)
{
    (void)name;
    (void)post;
    if (provider != NULL && ctx != NULL && n == RQ_EXECUTE_REQUEST_HANDLER &&
        strstr(bridge_log(), "ASYNC_COMPLETION") != NULL && completion_thread == 0) {
        completion_thread = GetCurrentThreadId();
        IHttpResponse *resp = static_cast<IHttpContext *>(ctx)->GetResponse();
        resp->SetStatus(200, "OK");
        HTTP_DATA_CHUNK chunk;
        chunk.DataChunkType = HttpDataChunkFromMemory;
        chunk.FromMemory.pBuffer = (PVOID) "done";
        chunk.FromMemory.BufferLength = 4;
        DWORD sent = 0;
        resp->WriteEntityChunks(&chunk, 1, FALSE, FALSE, &sent);
        return RQ_NOTIFICATION_CONTINUE;
    }
    return go_async(name, n, post, ctx, provider);
}

static void start(fx *f, int with_post)
{
    w3_server_config cfg;
    mb_reset();
    bridge_reset();
    completion_thread = 0;
    test_thread = GetCurrentThreadId();
    post_result = E_FAIL;
    memset(&queue, 0, sizeof queue);
    InitializeCriticalSection(&queue.lock);
    queue.ready = CreateEventA(NULL, TRUE, FALSE, NULL);
    mb_configure("m", NULL, RQ_EXECUTE_REQUEST_HANDLER | RQ_END_REQUEST, RQ_EXECUTE_REQUEST_HANDLER,
                 0, S_OK);
    mb_set_hook("m", on_completion);
    fx_config(f, &cfg);
    if (with_post) {
        cfg.post = queue_post;
        cfg.post_ctx = &queue;
    }
    fx_start_with_module(f, &cfg, "m", "record_module");
}

static void finish(fx *f)
{
    fx_stop(f);
    CloseHandle(queue.ready);
    DeleteCriticalSection(&queue.lock);
}

W3_TEST(post_completion_resumes_on_the_server_thread)
{
    fx f;
    use_indicate = 0;
    start(&f, 1);
    fx_send(&f, GET_REQUEST);
    W3_CHECK(w3_conn_pending(f.conn));
    W3_CHECK_EQ(f.out_len, 0);
    W3_CHECK_STR(bridge_log(), "m:REGISTER(10,id) m:EXECUTE_REQUEST_HANDLER");
    W3_REQUIRE(drain_one(&queue));
    /* PostCompletion posts before it returns: wait for its result. */
    for (int i = 0; i < 1000 && post_result == E_FAIL; i++)
        Sleep(10);
    W3_CHECK_EQ(post_result, S_OK);
    /* The worker posted; OnAsyncCompletion ran here, not inside PostCompletion. */
    W3_CHECK(queue.poster_thread != test_thread);
    W3_CHECK_EQ(completion_thread, test_thread);
    W3_CHECK(!w3_conn_pending(f.conn));
    W3_CHECK_STR(bridge_log(), "m:REGISTER(10,id) m:EXECUTE_REQUEST_HANDLER "
                               "m:ASYNC_COMPLETION(EXECUTE_REQUEST_HANDLER,5) "
                               "m:POST_EXECUTE_REQUEST_HANDLER m:END_REQUEST");
    W3_CHECK(strncmp(f.out, "HTTP/1.1 200 OK\r\n", 17) == 0);
    W3_CHECK(strstr(f.out, "\r\n\r\ndone") != NULL);
    W3_CHECK(strstr(f.out, "hello") == NULL);
    finish(&f);
}

W3_TEST(indicate_completion_continues_without_reentering)
{
    fx f;
    use_indicate = 1;
    start(&f, 1);
    fx_send(&f, GET_REQUEST);
    W3_CHECK(w3_conn_pending(f.conn));
    W3_REQUIRE(drain_one(&queue));
    W3_CHECK_STR(bridge_log(), "m:REGISTER(10,id) m:EXECUTE_REQUEST_HANDLER "
                               "m:POST_EXECUTE_REQUEST_HANDLER m:END_REQUEST");
    /* Nobody wrote a response: the server's handler answers. */
    W3_CHECK(strstr(f.out, "<p>hello</p>") != NULL);
    finish(&f);
}

W3_TEST(requests_behind_a_pending_one_wait_their_turn)
{
    fx f;
    use_indicate = 1;
    start(&f, 1);
    fx_send(&f, GET_REQUEST GET_REQUEST);
    W3_CHECK_EQ(f.out_len, 0);
    W3_REQUIRE(drain_one(&queue));
    W3_CHECK_EQ(fx_count(f.out, "HTTP/1.1 200 OK"), 1);
    W3_CHECK(w3_conn_pending(f.conn)); /* the second request is pending now */
    fx_send(&f, GET_REQUEST);          /* a third arrives meanwhile */
    W3_REQUIRE(drain_one(&queue));
    W3_CHECK_EQ(fx_count(f.out, "HTTP/1.1 200 OK"), 2);
    W3_REQUIRE(drain_one(&queue));
    W3_CHECK_EQ(fx_count(f.out, "HTTP/1.1 200 OK"), 3);
    W3_CHECK(!w3_conn_pending(f.conn));
    finish(&f);
}

W3_TEST(without_a_post_callback_completion_is_refused)
{
    fx f;
    use_indicate = 0;
    start(&f, 0);
    fx_send(&f, GET_REQUEST);
    for (int i = 0; i < 500 && post_result == E_FAIL; i++)
        Sleep(10);
    W3_CHECK_EQ(post_result, HRESULT_FROM_WIN32(ERROR_NOT_SUPPORTED));
    W3_CHECK(w3_conn_pending(f.conn));
    finish(&f); /* closing a pending connection disposes the module */
    W3_CHECK_EQ(mb_counted("dispose"), 1);
}

static int read_async(const char *, DWORD n, BOOL post, void *ctx, void *provider)
{
    static char buf[64];
    if (n != RQ_EXECUTE_REQUEST_HANDLER || post || ctx == NULL)
        return RQ_NOTIFICATION_CONTINUE;
    if (strstr(bridge_log(), "ASYNC_COMPLETION") != NULL) {
        IHttpCompletionInfo *info = static_cast<IHttpCompletionInfo *>(provider);
        IHttpResponse *resp = static_cast<IHttpContext *>(ctx)->GetResponse();
        HTTP_DATA_CHUNK chunk;
        chunk.DataChunkType = HttpDataChunkFromMemory;
        chunk.FromMemory.pBuffer = buf;
        chunk.FromMemory.BufferLength = info->GetCompletionBytes();
        DWORD sent;
        resp->WriteEntityChunks(&chunk, 1, FALSE, FALSE, &sent);
        return RQ_NOTIFICATION_CONTINUE;
    }
    IHttpRequest *req = static_cast<IHttpContext *>(ctx)->GetRequest();
    DWORD got = 0;
    BOOL pending = FALSE;
    HRESULT hr = req->ReadEntityBody(buf, sizeof buf, TRUE, &got, &pending);
    if (SUCCEEDED(hr) && pending)
        return RQ_NOTIFICATION_PENDING;
    return RQ_NOTIFICATION_CONTINUE;
}

W3_TEST(async_read_entity_body_completes_through_on_async_completion)
{
    fx f;
    start(&f, 1);
    mb_set_hook("m", read_async);
    fx_send(&f, "POST /form HTTP/1.1\r\nHost: x\r\nContent-Length: 7\r\n\r\npayload");
    W3_CHECK(w3_conn_pending(f.conn));
    W3_REQUIRE(drain_one(&queue));
    W3_CHECK(strstr(bridge_log(), "m:ASYNC_COMPLETION(EXECUTE_REQUEST_HANDLER,7)") != NULL);
    W3_CHECK(strstr(f.out, "Content-Length: 7\r\n") != NULL);
    W3_CHECK(strstr(f.out, "\r\n\r\npayload") != NULL);
    finish(&f);
}

W3_TEST(client_gone_while_pending_keeps_the_request_until_completion)
{
    fx f;
    use_indicate = 0;
    start(&f, 1);
    fx_send(&f, GET_REQUEST);
    W3_CHECK(w3_conn_pending(f.conn));
    w3_conn *kept = f.conn;
    W3_CHECK(w3_conn_context(kept) == &f);   /* how a post finds the embedder's side */
    fx_close(&f);                            /* the worker still holds the IHttpContext */
    W3_CHECK(w3_conn_context(kept) == NULL); /* that side is gone: nothing reaches it */
    W3_CHECK_EQ(mb_counted("dispose"), 0);
    W3_REQUIRE(drain_one(&queue)); /* its completion ends the request */
    W3_CHECK_EQ(mb_counted("dispose"), 1);
    W3_CHECK(strstr(bridge_log(), "ASYNC_COMPLETION") == NULL);
    W3_CHECK_EQ(f.out_len, 0);
    finish(&f);
}

static int flush_async(const char *, DWORD n, BOOL post, void *ctx, void *provider)
{
    if (n != RQ_EXECUTE_REQUEST_HANDLER || post || ctx == NULL)
        return RQ_NOTIFICATION_CONTINUE;
    IHttpResponse *resp = static_cast<IHttpContext *>(ctx)->GetResponse();
    if (strstr(bridge_log(), "ASYNC_COMPLETION") != NULL) {
        /* The flush completed: its byte count arrives here. */
        W3_CHECK(static_cast<IHttpCompletionInfo *>(provider)->GetCompletionBytes() > 4);
        return RQ_NOTIFICATION_FINISH_REQUEST;
    }
    HTTP_DATA_CHUNK chunk;
    chunk.DataChunkType = HttpDataChunkFromMemory;
    chunk.FromMemory.pBuffer = (PVOID) "fast";
    chunk.FromMemory.BufferLength = 4;
    DWORD sent = 0;
    resp->WriteEntityChunks(&chunk, 1, FALSE, FALSE, &sent);
    BOOL expected = FALSE;
    HRESULT hr = resp->Flush(TRUE, FALSE, &sent, &expected);
    W3_CHECK_EQ(hr, S_OK);
    W3_CHECK(expected);
    return expected ? RQ_NOTIFICATION_PENDING : RQ_NOTIFICATION_CONTINUE;
}

W3_TEST(async_flush_completes_through_on_async_completion)
{
    fx f;
    start(&f, 1);
    mb_set_hook("m", flush_async);
    fx_send(&f, GET_REQUEST);
    W3_CHECK(w3_conn_pending(f.conn));
    W3_CHECK(strstr(f.out, "\r\n\r\nfast") != NULL); /* flushed before the completion */
    W3_REQUIRE(drain_one(&queue));
    W3_CHECK(!w3_conn_pending(f.conn));
    W3_CHECK_EQ(fx_count(f.out, "HTTP/1.1 200 OK"), 1);
    W3_CHECK(strstr(bridge_log(), "m:END_REQUEST") != NULL);
    finish(&f);
}
