/* GetHeader / SetHeader / AddHeader in PREPROC_HEADERS, AUTH_COMPLETE and SEND_RESPONSE. */
#include <windows.h>
#include <httpfilt.h>
#include <string.h>

#include "engine_fixture.h"
#include "filter_bridge.h"
#include "w3test.h"

#define REQUEST                                                                                    \
    "GET /page?q=1 HTTP/1.1\r\nHost: example.test:8080\r\nUser-Agent: t\r\nAccept: a\r\n"          \
    "accept: b\r\n\r\n"

static char seen_url[256], seen_header[256];
static int agent_absent;

static void echo_request(void *ctx, w3_request *req, w3_response *resp)
{
    (void)ctx;
    const char *h = w3_request_header(req, "X-New");
    strcpy(seen_url, w3_request_url(req));
    strcpy(seen_header, h ? h : "(none)");
    agent_absent = w3_request_header(req, "User-Agent") == NULL;
    w3_response_add_header(resp, "Content-Type", "text/html");
    w3_response_add_header(resp, "X-Handler", "1");
    w3_response_write(resp, w3_request_method(req), strlen(w3_request_method(req)));
}

static void run(fx *f, bridge_proc proc)
{
    w3_server_config cfg;
    fx_config(f, &cfg);
    cfg.handler = echo_request;
    fx_run_recorder(f, proc, &cfg, REQUEST);
}

static struct {
    BOOL ok[8];
    DWORD size[8];
    DWORD error[8];
    char buf[8][64];
} got;

static void get(HTTP_FILTER_PREPROC_HEADERS *h, HTTP_FILTER_CONTEXT *pfc, int i, const char *name,
                DWORD size)
{
    got.size[i] = size;
    memset(got.buf[i], 'x', sizeof got.buf[i]);
    SetLastError(0);
    got.ok[i] = h->GetHeader(pfc, (LPSTR)name, size ? got.buf[i] : NULL, &got.size[i]);
    got.error[i] = GetLastError();
}

static DWORD get_in_preproc(int slot, HTTP_FILTER_CONTEXT *pfc, DWORD type, void *pv)
{
    (void)slot;
    if (type != SF_NOTIFY_PREPROC_HEADERS)
        return SF_STATUS_REQ_NEXT_NOTIFICATION;
    HTTP_FILTER_PREPROC_HEADERS *h = pv;
    get(h, pfc, 0, "Host:", 18);     /* "example.test:8080" + NUL: exact */
    get(h, pfc, 1, "host:", 17);     /* one byte short */
    get(h, pfc, 2, "Host:", 0);      /* zero-size probe */
    get(h, pfc, 3, "Accept:", 64);   /* repeated: joined */
    get(h, pfc, 4, "X-Absent:", 64); /* absent */
    get(h, pfc, 5, "Host", 64);      /* no colon, not a pseudo-header */
    get(h, pfc, 6, "url", 64);
    get(h, pfc, 7, "METHOD", 64);
    return SF_STATUS_REQ_NEXT_NOTIFICATION;
}

W3_TEST(get_header_buffer_contract)
{
    fx f;
    run(&f, get_in_preproc);
    W3_CHECK(got.ok[0]);
    W3_CHECK_EQ(got.size[0], 18);
    W3_CHECK_STR(got.buf[0], "example.test:8080");
    W3_CHECK(!got.ok[1]);
    W3_CHECK_EQ(got.error[1], ERROR_INSUFFICIENT_BUFFER);
    W3_CHECK_EQ(got.size[1], 18);
    W3_CHECK_EQ(got.buf[1][0], 'x');
    W3_CHECK(!got.ok[2]);
    W3_CHECK_EQ(got.error[2], ERROR_INSUFFICIENT_BUFFER);
    W3_CHECK_EQ(got.size[2], 18);
    fx_stop(&f);
}

W3_TEST(get_header_names)
{
    fx f;
    run(&f, get_in_preproc);
    W3_CHECK(got.ok[3]);
    W3_CHECK_STR(got.buf[3], "a, b");
    W3_CHECK(!got.ok[4]);
    W3_CHECK_EQ(got.error[4], ERROR_INVALID_INDEX);
    W3_CHECK(!got.ok[5]);
    W3_CHECK_EQ(got.error[5], ERROR_INVALID_PARAMETER);
    W3_CHECK(got.ok[6]);
    W3_CHECK_STR(got.buf[6], "/page?q=1");
    W3_CHECK(got.ok[7]);
    W3_CHECK_STR(got.buf[7], "GET");
    fx_stop(&f);
}

static DWORD null_size_error;
static BOOL null_size_ok;

static DWORD get_null_size(int slot, HTTP_FILTER_CONTEXT *pfc, DWORD type, void *pv)
{
    (void)slot;
    if (type != SF_NOTIFY_PREPROC_HEADERS)
        return SF_STATUS_REQ_NEXT_NOTIFICATION;
    HTTP_FILTER_PREPROC_HEADERS *h = pv;
    char buf[8];
    SetLastError(0);
    null_size_ok = h->GetHeader(pfc, "Host:", buf, NULL);
    null_size_error = GetLastError();
    return SF_STATUS_REQ_NEXT_NOTIFICATION;
}

W3_TEST(get_header_null_size_pointer)
{
    fx f;
    run(&f, get_null_size);
    W3_CHECK(!null_size_ok);
    W3_CHECK_EQ(null_size_error, ERROR_INVALID_PARAMETER);
    fx_stop(&f);
}

static BOOL set_results[8];
static DWORD set_errors[8];

static DWORD edit_request(int slot, HTTP_FILTER_CONTEXT *pfc, DWORD type, void *pv)
{
    (void)slot;
    if (type != SF_NOTIFY_PREPROC_HEADERS)
        return SF_STATUS_REQ_NEXT_NOTIFICATION;
    HTTP_FILTER_PREPROC_HEADERS *h = pv;
    set_results[0] = h->SetHeader(pfc, "url", "/rewritten?z=9");
    set_results[1] = h->SetHeader(pfc, "X-New:", "1");
    set_results[2] = h->AddHeader(pfc, "X-New:", "2");
    set_results[3] = h->SetHeader(pfc, "User-Agent:", ""); /* deletes */
    SetLastError(0);
    set_results[4] = h->SetHeader(pfc, "X-Evil:", "a\r\nInjected: 1");
    set_errors[4] = GetLastError();
    SetLastError(0);
    set_results[5] = h->AddHeader(pfc, "X-Evil\r\nInjected:", "1");
    set_errors[5] = GetLastError();
    SetLastError(0);
    set_results[6] = h->SetHeader(pfc, "NoColon", "1");
    set_errors[6] = GetLastError();
    set_results[7] = h->SetHeader(pfc, "method", "POST");
    return SF_STATUS_REQ_NEXT_NOTIFICATION;
}

W3_TEST(set_and_add_request_headers)
{
    fx f;
    run(&f, edit_request);
    W3_CHECK(set_results[0] && set_results[1] && set_results[2] && set_results[3]);
    W3_CHECK_STR(seen_url, "/rewritten?z=9");
    W3_CHECK_STR(seen_header, "1, 2");
    W3_CHECK(agent_absent);
    W3_CHECK(set_results[7]);
    W3_CHECK(strstr(f.out, "\r\n\r\nPOST") != NULL);
    fx_stop(&f);
}

W3_TEST(header_injection_is_rejected)
{
    fx f;
    run(&f, edit_request);
    W3_CHECK(!set_results[4]);
    W3_CHECK_EQ(set_errors[4], ERROR_INVALID_PARAMETER);
    W3_CHECK(!set_results[5]);
    W3_CHECK_EQ(set_errors[5], ERROR_INVALID_PARAMETER);
    W3_CHECK(!set_results[6]);
    W3_CHECK_EQ(set_errors[6], ERROR_INVALID_PARAMETER);
    W3_CHECK(strstr(f.out, "Injected") == NULL);
    fx_stop(&f);
}

static char status_seen[32];
static DWORD status_field;

static DWORD edit_response(int slot, HTTP_FILTER_CONTEXT *pfc, DWORD type, void *pv)
{
    (void)slot;
    if (type != SF_NOTIFY_SEND_RESPONSE)
        return SF_STATUS_REQ_NEXT_NOTIFICATION;
    HTTP_FILTER_SEND_RESPONSE *r = pv;
    DWORD cb = sizeof status_seen;
    r->GetHeader(pfc, "status", status_seen, &cb);
    status_field = r->HttpStatus;
    W3_CHECK(r->SetHeader(pfc, "status", "404 Gone Fishing"));
    W3_CHECK(r->SetHeader(pfc, "Content-Type:", "text/plain"));
    W3_CHECK(r->AddHeader(pfc, "X-Filter:", "a"));
    W3_CHECK(r->AddHeader(pfc, "X-Filter:", "b"));
    W3_CHECK(r->SetHeader(pfc, "X-Handler:", ""));
    W3_CHECK(!r->SetHeader(pfc, "status", "abc"));
    W3_CHECK(!r->SetHeader(pfc, "X-Evil:", "1\r\n\r\n<script>"));
    return SF_STATUS_REQ_NEXT_NOTIFICATION;
}

W3_TEST(send_response_edits_status_and_headers)
{
    fx f;
    run(&f, edit_response);
    W3_CHECK_STR(status_seen, "200 OK");
    W3_CHECK_EQ(status_field, 200);
    W3_CHECK(strncmp(f.out, "HTTP/1.1 404 Gone Fishing\r\n", 27) == 0);
    W3_CHECK(strstr(f.out, "Content-Type: text/plain\r\n") != NULL);
    W3_CHECK(strstr(f.out, "X-Filter: a\r\nX-Filter: b\r\n") != NULL);
    W3_CHECK(strstr(f.out, "X-Handler") == NULL);
    W3_CHECK(strstr(f.out, "<script>") == NULL);
    fx_stop(&f);
}

static DWORD set_status_field(int slot, HTTP_FILTER_CONTEXT *pfc, DWORD type, void *pv)
{
    (void)slot;
    (void)pfc;
    if (type == SF_NOTIFY_SEND_RESPONSE)
        ((HTTP_FILTER_SEND_RESPONSE *)pv)->HttpStatus = 503;
    return SF_STATUS_REQ_NEXT_NOTIFICATION;
}

W3_TEST(send_response_http_status_field_is_writable)
{
    fx f;
    run(&f, set_status_field);
    W3_CHECK(strncmp(f.out, "HTTP/1.1 503 Service Unavailable\r\n", 34) == 0);
    fx_stop(&f);
}

static char auth_complete_host[64];
static BOOL token_ok;
static DWORD token_error;

static DWORD in_auth_complete(int slot, HTTP_FILTER_CONTEXT *pfc, DWORD type, void *pv)
{
    (void)slot;
    if (type != SF_NOTIFY_AUTH_COMPLETE)
        return SF_STATUS_REQ_NEXT_NOTIFICATION;
    HTTP_FILTER_AUTH_COMPLETE_INFO *info = pv;
    DWORD cb = sizeof auth_complete_host;
    info->GetHeader(pfc, "Host:", auth_complete_host, &cb);
    W3_CHECK(info->SetHeader(pfc, "X-New:", "from-auth-complete"));
    HANDLE token = (HANDLE)1;
    SetLastError(0);
    token_ok = info->GetUserToken(pfc, &token);
    token_error = GetLastError();
    W3_CHECK(token == NULL);
    W3_CHECK(!info->GetUserToken(pfc, NULL));
    W3_CHECK(!info->fResetAuth);
    return SF_STATUS_REQ_NEXT_NOTIFICATION;
}

W3_TEST(auth_complete_header_callbacks)
{
    fx f;
    run(&f, in_auth_complete);
    W3_CHECK_STR(auth_complete_host, "example.test:8080");
    W3_CHECK_STR(seen_header, "from-auth-complete");
    /* No Windows access tokens here: reported once per filter. */
    W3_CHECK(!token_ok);
    W3_CHECK_EQ(token_error, ERROR_NOT_SUPPORTED);
    W3_CHECK_EQ(fx_count(f.log, "GetUserToken"), 1);
    fx_stop(&f);
}
