/* HTTP_FILTER_CONTEXT callbacks: AddResponseHeaders, WriteClient, AllocMem with
 * pFilterContext, and ServerSupportFunction with every SF_REQ_* type. */
#include <windows.h>
#include <httpfilt.h>
#include <string.h>

#include "engine_fixture.h"
#include "filter_bridge.h"
#include "w3test.h"

#define GET_REQUEST "GET / HTTP/1.1\r\nHost: example.test\r\n\r\n"

static BOOL add_ok[6];
static DWORD add_error[6];

static DWORD add_headers(int slot, HTTP_FILTER_CONTEXT *pfc, DWORD type, void *pv)
{
    (void)slot;
    (void)pv;
    if (type == SF_NOTIFY_PREPROC_HEADERS) {
        add_ok[0] = pfc->AddResponseHeaders(pfc, "X-One: 1\r\nX-Two: 2\r\n", 0);
        SetLastError(0);
        add_ok[1] = pfc->AddResponseHeaders(pfc, "X-Bad: 1\r\nno colon here\r\n", 0);
        add_error[1] = GetLastError();
        SetLastError(0);
        add_ok[2] = pfc->AddResponseHeaders(pfc, "X-Bad: 1\rX-Split: 2\r\n", 0);
        add_error[2] = GetLastError();
        SetLastError(0);
        add_ok[3] = pfc->AddResponseHeaders(pfc, NULL, 0);
        add_error[3] = GetLastError();
        add_ok[5] = pfc->AddResponseHeaders(pfc, "X-Last: 3", 0); /* no final CRLF */
    } else if (type == SF_NOTIFY_SEND_RESPONSE) {
        SetLastError(0);
        add_ok[4] = pfc->AddResponseHeaders(pfc, "X-Late: 1\r\n", 0);
        add_error[4] = GetLastError();
    }
    return SF_STATUS_REQ_NEXT_NOTIFICATION;
}

W3_TEST(add_response_headers)
{
    fx f;
    fx_run_recorder(&f, add_headers, NULL, GET_REQUEST);
    W3_CHECK(add_ok[0]);
    W3_CHECK(strstr(f.out, "X-One: 1\r\nX-Two: 2\r\n") != NULL);
    W3_CHECK(add_ok[5]);
    W3_CHECK(strstr(f.out, "X-Last: 3\r\n") != NULL);
    W3_CHECK(!add_ok[1]);
    W3_CHECK_EQ(add_error[1], ERROR_INVALID_PARAMETER);
    W3_CHECK(!add_ok[2]);
    W3_CHECK_EQ(add_error[2], ERROR_INVALID_PARAMETER);
    W3_CHECK(strstr(f.out, "X-Bad") == NULL);
    W3_CHECK(strstr(f.out, "X-Split") == NULL);
    W3_CHECK(!add_ok[3]);
    W3_CHECK_EQ(add_error[3], ERROR_INVALID_PARAMETER);
    /* Too late once SEND_RESPONSE has begun (AddHeader is the way there). */
    W3_CHECK(!add_ok[4]);
    W3_CHECK_EQ(add_error[4], ERROR_INVALID_PARAMETER);
    W3_CHECK(strstr(f.out, "X-Late") == NULL);
    fx_stop(&f);
}

static BOOL write_ok, write_null_ok;
static DWORD write_written, write_null_error;

static DWORD write_early(int slot, HTTP_FILTER_CONTEXT *pfc, DWORD type, void *pv)
{
    (void)slot;
    (void)pv;
    if (type != SF_NOTIFY_URL_MAP)
        return SF_STATUS_REQ_NEXT_NOTIFICATION;
    char text[] = "early bytes|";
    write_written = 12;
    write_ok = pfc->WriteClient(pfc, text, &write_written, 0);
    SetLastError(0);
    write_null_ok = pfc->WriteClient(pfc, text, NULL, 0);
    write_null_error = GetLastError();
    return SF_STATUS_REQ_NEXT_NOTIFICATION;
}

W3_TEST(write_client_sends_raw_bytes)
{
    fx f;
    fx_run_recorder(&f, write_early, NULL, GET_REQUEST);
    W3_CHECK(write_ok);
    W3_CHECK_EQ(write_written, 12);
    W3_CHECK(strncmp(f.out, "early bytes|HTTP/1.1 200 OK\r\n", 29) == 0);
    W3_CHECK(!write_null_ok);
    W3_CHECK_EQ(write_null_error, ERROR_INVALID_PARAMETER);
    fx_stop(&f);
}

/* Each recorder counts requests on its connection in an AllocMem block kept in
 * pFilterContext; the block must last until END_OF_NET_SESSION. */
static int counts_at_end[BRIDGE_SLOTS][4];
static int ends;
static BOOL zero_size_ok;

static DWORD count_requests(int slot, HTTP_FILTER_CONTEXT *pfc, DWORD type, void *pv)
{
    (void)pv;
    if (type == SF_NOTIFY_PREPROC_HEADERS) {
        if (pfc->pFilterContext == NULL) {
            pfc->pFilterContext = pfc->AllocMem(pfc, sizeof(int), 0);
            W3_REQUIRE(pfc->pFilterContext != NULL);
            *(int *)pfc->pFilterContext = 100 * (slot + 1);
            zero_size_ok = pfc->AllocMem(pfc, 0, 0) != NULL;
        }
        ++*(int *)pfc->pFilterContext;
    } else if (type == SF_NOTIFY_END_OF_NET_SESSION && ends < 4) {
        counts_at_end[slot][ends / 2] = pfc->pFilterContext ? *(int *)pfc->pFilterContext : -1;
        ends++;
    }
    return SF_STATUS_REQ_NEXT_NOTIFICATION;
}

W3_TEST(alloc_mem_and_filter_context_per_filter_per_connection)
{
    fx f;
    bridge_reset();
    bridge_set_proc(0, count_requests);
    bridge_set_proc(1, count_requests);
    fx_start(&f, NULL);
    W3_REQUIRE(fx_add(&f, "recorder_a"));
    W3_REQUIRE(fx_add(&f, "recorder_b"));
    fx_open(&f, 0);
    fx_send(&f, GET_REQUEST);
    fx_send(&f, GET_REQUEST);
    fx_send(&f, GET_REQUEST);
    fx_close(&f);
    fx_open(&f, 0); /* a new connection starts with pFilterContext NULL */
    fx_send(&f, GET_REQUEST);
    fx_stop(&f);
    W3_CHECK_EQ(counts_at_end[0][0], 103);
    W3_CHECK_EQ(counts_at_end[1][0], 203);
    W3_CHECK_EQ(counts_at_end[0][1], 101);
    W3_CHECK_EQ(counts_at_end[1][1], 201);
    W3_CHECK(zero_size_ok);
}

static BOOL ssf_ok[16];
static DWORD ssf_error[16];
static DWORD instance_before, instance_after;

#define SSF(i, call)                                                                               \
    do {                                                                                           \
        SetLastError(0);                                                                           \
        ssf_ok[i] = (call);                                                                        \
        ssf_error[i] = GetLastError();                                                             \
    } while (0)

static DWORD support_functions(int slot, HTTP_FILTER_CONTEXT *pfc, DWORD type, void *pv)
{
    (void)slot;
    (void)pv;
    if (type == SF_NOTIFY_READ_RAW_DATA) {
        instance_before = 0xFFFF;
        pfc->ServerSupportFunction(pfc, SF_REQ_GET_PROPERTY, &instance_before,
                                   SF_PROPERTY_INSTANCE_NUM_ID, 0);
        return SF_STATUS_REQ_NEXT_NOTIFICATION;
    }
    if (type != SF_NOTIFY_PREPROC_HEADERS)
        return SF_STATUS_REQ_NEXT_NOTIFICATION;
    DWORD connid;
    SSF(0, pfc->ServerSupportFunction(pfc, SF_REQ_GET_CONNID, &connid, 0, 0));
    SSF(1, pfc->ServerSupportFunction(pfc, SF_REQ_GET_CONNID, &connid, 0, 0));
    SSF(2, pfc->ServerSupportFunction(pfc, SF_REQ_SET_CERTIFICATE_INFO, NULL, 0, 0));
    SSF(3, pfc->ServerSupportFunction(pfc, SF_REQ_GET_PROPERTY, &instance_after,
                                      SF_PROPERTY_INSTANCE_NUM_ID, 0));
    void *ssl = NULL;
    SSF(4, pfc->ServerSupportFunction(pfc, SF_REQ_GET_PROPERTY, &ssl, SF_PROPERTY_SSL_CTXT, 0));
    SSF(5, pfc->ServerSupportFunction(pfc, SF_REQ_GET_PROPERTY, &connid, 99, 0));
    SSF(6, pfc->ServerSupportFunction(pfc, SF_REQ_SET_NEXT_READ_SIZE, NULL, 4096, 0));
    SSF(7, pfc->ServerSupportFunction(pfc, SF_REQ_SET_NEXT_READ_SIZE, NULL, 0, 0));
    SSF(8, pfc->ServerSupportFunction(pfc, SF_REQ_SET_PROXY_INFO, NULL, 1, 0));
    SSF(9, pfc->ServerSupportFunction(pfc, (enum SF_REQ_TYPE)99, NULL, 0, 0));
    SSF(10, pfc->ServerSupportFunction(pfc, SF_REQ_ADD_HEADERS_ON_DENIAL, NULL, 0, 0));
    SSF(11, pfc->ServerSupportFunction(pfc, SF_REQ_DISABLE_NOTIFICATIONS, NULL,
                                       SF_NOTIFY_URL_MAP | SF_NOTIFY_SEND_RAW_DATA, 0));
    return SF_STATUS_REQ_NEXT_NOTIFICATION;
}

W3_TEST(unsupported_requests_fail_and_are_logged_once)
{
    fx f;
    fx_run_recorder(&f, support_functions, NULL, GET_REQUEST);
    W3_CHECK(!ssf_ok[0]);
    W3_CHECK_EQ(ssf_error[0], ERROR_NOT_SUPPORTED);
    W3_CHECK(!ssf_ok[1]);
    W3_CHECK_EQ(ssf_error[1], ERROR_NOT_SUPPORTED);
    W3_CHECK_EQ(fx_count(f.log, "SF_REQ_GET_CONNID"), 1);
    W3_CHECK(!ssf_ok[2]);
    W3_CHECK_EQ(ssf_error[2], ERROR_NOT_SUPPORTED);
    W3_CHECK_EQ(fx_count(f.log, "SF_REQ_SET_CERTIFICATE_INFO"), 1);
    W3_CHECK(strstr(f.log, "recorder_a") != NULL);
    /* A plain connection has no SSL context (a TLS one does: server_vars_test.c). */
    W3_CHECK(!ssf_ok[4]);
    W3_CHECK_EQ(ssf_error[4], ERROR_NO_DATA);
    fx_stop(&f);
}

W3_TEST(get_property_instance_id)
{
    fx f;
    w3_server_config cfg;
    fx_config(&f, &cfg);
    cfg.instance_id = 42;
    fx_run_recorder(&f, support_functions, &cfg, GET_REQUEST);
    W3_CHECK(ssf_ok[3]);
    W3_CHECK_EQ(instance_after, 42);
    W3_CHECK_EQ(instance_before, 0); /* not known before PREPROC_HEADERS */
    W3_CHECK(!ssf_ok[5]);
    W3_CHECK_EQ(ssf_error[5], ERROR_INVALID_PARAMETER);
    fx_stop(&f);
}

W3_TEST(read_size_proxy_and_bad_requests)
{
    fx f;
    fx_run_recorder(&f, support_functions, NULL, GET_REQUEST);
    W3_CHECK(ssf_ok[6]);
    W3_CHECK(!ssf_ok[7]);
    W3_CHECK_EQ(ssf_error[7], ERROR_INVALID_PARAMETER);
    W3_CHECK(ssf_ok[8]);
    W3_CHECK(!ssf_ok[9]);
    W3_CHECK_EQ(ssf_error[9], ERROR_INVALID_PARAMETER);
    W3_CHECK(!ssf_ok[10]);
    W3_CHECK_EQ(ssf_error[10], ERROR_INVALID_PARAMETER);
    fx_stop(&f);
}

W3_TEST(disable_notifications_for_the_rest_of_the_request)
{
    fx f;
    fx_run_recorder(&f, support_functions, NULL, GET_REQUEST);
    W3_CHECK(ssf_ok[11]);
    W3_CHECK(strstr(bridge_log(), "URL_MAP") == NULL);
    W3_CHECK(strstr(bridge_log(), "SEND_RAW_DATA") == NULL);
    W3_CHECK(strstr(bridge_log(), "a:SEND_RESPONSE") != NULL);
    bridge_clear_log();
    bridge_set_proc(0, NULL);
    fx_send(&f, GET_REQUEST); /* the next request is notified again */
    W3_CHECK(strstr(bridge_log(), "a:URL_MAP") != NULL);
    W3_CHECK(strstr(bridge_log(), "a:SEND_RAW_DATA") != NULL);
    fx_stop(&f);
}

static char normalized[4][64];
static BOOL normalize_ok[4];
static DWORD normalize_error[4];

static DWORD normalize(int slot, HTTP_FILTER_CONTEXT *pfc, DWORD type, void *pv)
{
    (void)slot;
    (void)pv;
    if (type != SF_NOTIFY_PREPROC_HEADERS)
        return SF_STATUS_REQ_NEXT_NOTIFICATION;
    strcpy(normalized[0], "/a/./b/../c%20d");
    strcpy(normalized[1], "/x\\y/%2e%2e/z");
    strcpy(normalized[2], "/../etc/passwd");
    for (int i = 0; i < 3; i++)
        SSF(i, pfc->ServerSupportFunction(pfc, SF_REQ_NORMALIZE_URL, normalized[i], 0, 0));
    for (int i = 0; i < 3; i++) {
        normalize_ok[i] = ssf_ok[i];
        normalize_error[i] = ssf_error[i];
    }
    SSF(3, pfc->ServerSupportFunction(pfc, SF_REQ_NORMALIZE_URL, NULL, 0, 0));
    normalize_ok[3] = ssf_ok[3];
    normalize_error[3] = ssf_error[3];
    return SF_STATUS_REQ_NEXT_NOTIFICATION;
}

W3_TEST(normalize_url_in_place)
{
    fx f;
    fx_run_recorder(&f, normalize, NULL, GET_REQUEST);
    W3_CHECK(normalize_ok[0]);
    W3_CHECK_STR(normalized[0], "/a/c d");
    W3_CHECK(normalize_ok[1]);
    W3_CHECK_STR(normalized[1], "/x/z");
    W3_CHECK(!normalize_ok[2]);
    W3_CHECK_EQ(normalize_error[2], ERROR_INVALID_PARAMETER);
    W3_CHECK(!normalize_ok[3]);
    W3_CHECK_EQ(normalize_error[3], ERROR_INVALID_PARAMETER);
    fx_stop(&f);
}

static DWORD respond_twice(int slot, HTTP_FILTER_CONTEXT *pfc, DWORD type, void *pv)
{
    (void)slot;
    (void)pv;
    if (type != SF_NOTIFY_PREPROC_HEADERS)
        return SF_STATUS_REQ_NEXT_NOTIFICATION;
    SSF(0, pfc->ServerSupportFunction(pfc, SF_REQ_SEND_RESPONSE_HEADER, "302 Found\r\nX: 1", 0, 0));
    SSF(1, pfc->ServerSupportFunction(pfc, SF_REQ_SEND_RESPONSE_HEADER, NULL,
                                      (ULONG_PTR) "Location: /x\r\nContent-Length: 0\r\n\r\n", 0));
    SSF(2, pfc->ServerSupportFunction(pfc, SF_REQ_SEND_RESPONSE_HEADER, NULL, 0, 0));
    return SF_STATUS_REQ_FINISHED_KEEP_CONN;
}

W3_TEST(send_response_header)
{
    fx f;
    fx_run_recorder(&f, respond_twice, NULL, GET_REQUEST);
    W3_CHECK(!ssf_ok[0]); /* CR/LF in the status: no response splitting */
    W3_CHECK_EQ(ssf_error[0], ERROR_INVALID_PARAMETER);
    W3_CHECK(ssf_ok[1]);
    W3_CHECK(strncmp(f.out, "HTTP/1.1 200 OK\r\n", 17) == 0);
    W3_CHECK(strstr(f.out, "\r\nDate: ") != NULL);
    W3_CHECK(strstr(f.out, "\r\nLocation: /x\r\nContent-Length: 0\r\n\r\n") != NULL);
    W3_CHECK(!ssf_ok[2]); /* once per request */
    W3_CHECK_EQ(fx_count(f.out, "HTTP/1.1"), 1);
    W3_CHECK(!w3_conn_wants_close(f.conn));
    fx_stop(&f);
}

static DWORD denial_headers(int slot, HTTP_FILTER_CONTEXT *pfc, DWORD type, void *pv)
{
    (void)slot;
    (void)pv;
    if (type == SF_NOTIFY_AUTHENTICATION)
        SSF(0, pfc->ServerSupportFunction(pfc, SF_REQ_ADD_HEADERS_ON_DENIAL,
                                          "WWW-Authenticate: Basic realm=\"test\"\r\n", 0, 0));
    return SF_STATUS_REQ_NEXT_NOTIFICATION;
}

W3_TEST(headers_on_denial_only_when_denied)
{
    fx f;
    w3_server_config cfg;
    fx_run_recorder(&f, denial_headers, NULL, GET_REQUEST);
    W3_CHECK(ssf_ok[0]);
    W3_CHECK(strstr(f.out, "WWW-Authenticate") == NULL);
    fx_stop(&f);
    fx_config(&f, &cfg);
    cfg.deny_anonymous = 1;
    fx_run_recorder(&f, denial_headers, &cfg, GET_REQUEST);
    W3_CHECK(strncmp(f.out, "HTTP/1.1 401 ", 13) == 0);
    W3_CHECK(strstr(f.out, "WWW-Authenticate: Basic realm=\"test\"\r\n") != NULL);
    fx_stop(&f);
}
