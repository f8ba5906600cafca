/* Bad input from a filter or an embedder is refused without harm. */
#include <windows.h>
#include <httpfilt.h>
#include <string.h>

#include "engine_fixture.h"
#include "filter_bridge.h"
#include "w3test.h"

#define GET_REQUEST "GET / HTTP/1.1\r\nHost: example.test\r\n\r\n"

static struct {
    int calls;
    DWORD errors[16];
    BOOL results[16];
    void *alloc_null, *alloc_bogus;
} probe;

#define PROBE(i, call)                                                                             \
    do {                                                                                           \
        SetLastError(0);                                                                           \
        probe.results[i] = (call);                                                                 \
        probe.errors[i] = GetLastError();                                                          \
    } while (0)

static DWORD bogus_contexts(int slot, HTTP_FILTER_CONTEXT *pfc, DWORD type, void *pv)
{
    (void)slot;
    if (type != SF_NOTIFY_PREPROC_HEADERS)
        return SF_STATUS_REQ_NEXT_NOTIFICATION;
    HTTP_FILTER_PREPROC_HEADERS *h = pv;
    HTTP_FILTER_CONTEXT fake = *pfc; /* a copy: not the server's context */
    fake.ServerContext = &fake;
    char buf[32];
    DWORD cb = sizeof buf;
    PROBE(0, pfc->GetServerVariable(NULL, "URL", buf, &cb));
    PROBE(1, pfc->GetServerVariable(&fake, "URL", buf, &cb));
    PROBE(2, pfc->AddResponseHeaders(NULL, "X: 1\r\n", 0));
    PROBE(3, pfc->WriteClient(&fake, buf, &cb, 0));
    PROBE(4, pfc->ServerSupportFunction(NULL, SF_REQ_SET_PROXY_INFO, NULL, 1, 0));
    PROBE(5, h->GetHeader(&fake, "Host:", buf, &cb));
    PROBE(6, h->SetHeader(NULL, "Host:", "x"));
    PROBE(7, h->AddHeader(&fake, "X:", "x"));
    HTTP_FILTER_CONTEXT zeroed;
    memset(&zeroed, 0, sizeof zeroed);
    PROBE(8, pfc->GetServerVariable(&zeroed, "URL", buf, &cb));
    PROBE(9, h->SetHeader(pfc, NULL, "x"));
    PROBE(10, h->SetHeader(pfc, "X:", NULL));
    PROBE(11, h->GetHeader(pfc, NULL, buf, &cb));
    cb = 8;
    PROBE(12, h->GetHeader(pfc, "Host:", NULL, &cb));
    SetLastError(0);
    probe.alloc_null = pfc->AllocMem(NULL, 16, 0);
    probe.errors[13] = GetLastError();
    probe.alloc_bogus = pfc->AllocMem(&fake, 16, 0);
    probe.calls++;
    return SF_STATUS_REQ_NEXT_NOTIFICATION;
}

W3_TEST(null_and_foreign_contexts_are_refused)
{
    fx f;
    fx_run_recorder(&f, bogus_contexts, NULL, GET_REQUEST);
    W3_REQUIRE(probe.calls == 1);
    for (int i = 0; i <= 12; i++) {
        W3_CHECK(!probe.results[i]);
        W3_CHECK_EQ(probe.errors[i], ERROR_INVALID_PARAMETER);
    }
    W3_CHECK(probe.alloc_null == NULL);
    W3_CHECK_EQ(probe.errors[13], ERROR_INVALID_PARAMETER);
    W3_CHECK(probe.alloc_bogus == NULL);
    /* The request itself was answered normally. */
    W3_CHECK(strncmp(f.out, "HTTP/1.1 200 OK\r\n", 17) == 0);
    fx_stop(&f);
}

static BOOL late_ok[3];
static DWORD late_error[3];
static HTTP_FILTER_PREPROC_HEADERS saved_headers;

static DWORD late_calls(int slot, HTTP_FILTER_CONTEXT *pfc, DWORD type, void *pv)
{
    (void)slot;
    if (type == SF_NOTIFY_PREPROC_HEADERS)
        saved_headers = *(HTTP_FILTER_PREPROC_HEADERS *)pv;
    if (type != SF_NOTIFY_END_OF_NET_SESSION)
        return SF_STATUS_REQ_NEXT_NOTIFICATION;
    /* No request any more: request callbacks fail cleanly. */
    char buf[32];
    DWORD cb = sizeof buf;
    SetLastError(0);
    late_ok[0] = pfc->AddResponseHeaders(pfc, "X: 1\r\n", 0);
    late_error[0] = GetLastError();
    SetLastError(0);
    late_ok[1] = saved_headers.GetHeader(pfc, "Host:", buf, &cb);
    late_error[1] = GetLastError();
    cb = sizeof buf;
    late_ok[2] = pfc->GetServerVariable(pfc, "REMOTE_ADDR", buf, &cb);
    return SF_STATUS_REQ_NEXT_NOTIFICATION;
}

W3_TEST(request_callbacks_after_the_request_fail_cleanly)
{
    fx f;
    fx_run_recorder(&f, late_calls, NULL, GET_REQUEST);
    fx_stop(&f);
    W3_CHECK(!late_ok[0]);
    W3_CHECK_EQ(late_error[0], ERROR_INVALID_PARAMETER);
    W3_CHECK(!late_ok[1]);
    W3_CHECK_EQ(late_error[1], ERROR_INVALID_PARAMETER);
    W3_CHECK(late_ok[2]); /* connection variables are still there */
}

W3_TEST(embedding_api_rejects_null)
{
    W3_CHECK(w3_conn_open(NULL, NULL, NULL, NULL) == NULL);
    W3_CHECK(w3_conn_feed(NULL, "x", 1) != 0);
    W3_CHECK(w3_conn_wants_close(NULL));
    w3_conn_close(NULL);
    w3_server_destroy(NULL);
    W3_CHECK_EQ(w3_server_filter_count(NULL), 0);
    W3_CHECK(!w3_response_set_status(NULL, 200, "OK"));
    W3_CHECK(w3_request_url(NULL) == NULL);
}

static int response_calls_ok;

static void bad_handler(void *ctx, w3_request *req, w3_response *resp)
{
    (void)ctx;
    (void)req;
    response_calls_ok = w3_response_set_status(resp, 99, "x") == 0 &&
                        w3_response_set_status(resp, 200, "OK\r\nX: y") == 0 &&
                        w3_response_add_header(resp, "X-A", "1\r\nX-B: 2") == 0 &&
                        w3_response_add_header(resp, "X-A:", "1") == 0 &&
                        w3_response_add_header(resp, "", "1") == 0 &&
                        w3_response_write(resp, NULL, 3) == 0 &&
                        w3_response_add_header(resp, "X-Good", "1") == 1;
}

W3_TEST(handler_response_input_is_checked)
{
    fx f;
    w3_server_config cfg;
    fx_config(&f, &cfg);
    cfg.handler = bad_handler;
    fx_start(&f, &cfg);
    fx_open(&f, 0);
    fx_send(&f, GET_REQUEST);
    W3_CHECK(response_calls_ok);
    W3_CHECK(strstr(f.out, "X-B") == NULL);
    W3_CHECK(strstr(f.out, "X-Good: 1\r\n") != NULL);
    fx_stop(&f);
}

static DWORD overrun(int slot, HTTP_FILTER_CONTEXT *pfc, DWORD type, void *pv)
{
    (void)slot;
    (void)pv;
    if (type == SF_NOTIFY_PREPROC_HEADERS) {
        char *block = pfc->AllocMem(pfc, 8, 0);
        W3_REQUIRE(block != NULL);
        memcpy(block, "0123456789AB", 12); /* four bytes past the block */
    }
    return SF_STATUS_REQ_NEXT_NOTIFICATION;
}

/* The connection pool's tail signatures catch it when the connection ends. */
W3_TEST(writing_past_an_alloc_mem_block_is_reported)
{
    fx f;
    fx_run_recorder(&f, overrun, NULL, "GET /victim HTTP/1.1\r\nHost: x\r\n\r\n");
    W3_CHECK(strstr(f.log, "past requested size") == NULL);
    fx_close(&f);
    W3_CHECK(strstr(f.log, "past requested size of 8") != NULL);
    W3_CHECK(strstr(f.log, "recorder_a") != NULL);
    W3_CHECK(strstr(f.log, "/victim") != NULL);
    fx_stop(&f);
}
