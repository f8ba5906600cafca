/* What the server does with each SF_STATUS_REQ_* code. */
#include <windows.h>
#include <httpfilt.h>
#include <stdio.h>
#include <string.h>

#include "engine_fixture.h"
#include "filter_bridge.h"
#include "w3test.h"

#define GET_REQUEST "GET / HTTP/1.1\r\nHost: example.test\r\n\r\n"

static DWORD finish_code;
static const char *finish_headers;

/* Answers the request itself in PREPROC_HEADERS, then returns finish_code. */
static DWORD answer_in_preproc(int slot, HTTP_FILTER_CONTEXT *pfc, DWORD type, void *pv)
{
    (void)slot;
    (void)pv;
    if (type != SF_NOTIFY_PREPROC_HEADERS)
        return SF_STATUS_REQ_NEXT_NOTIFICATION;
    W3_CHECK(pfc->ServerSupportFunction(pfc, SF_REQ_SEND_RESPONSE_HEADER, "200 OK",
                                        (ULONG_PTR)finish_headers, 0));
    DWORD n = 2;
    W3_CHECK(pfc->WriteClient(pfc, "ok", &n, 0));
    return finish_code;
}

static void run_finish(fx *f, DWORD code, const char *headers)
{
    finish_code = code;
    finish_headers = headers;
    fx_run_recorder(f, answer_in_preproc, NULL, GET_REQUEST);
}

W3_TEST(finished_ends_request_and_closes)
{
    fx f;
    run_finish(&f, SF_STATUS_REQ_FINISHED, "Content-Length: 2\r\n\r\n");
    W3_CHECK(w3_conn_wants_close(f.conn));
    W3_CHECK(strncmp(f.out, "HTTP/1.1 200 OK\r\n", 17) == 0);
    W3_CHECK(strstr(f.out, "\r\n\r\nok") != NULL);
    W3_CHECK(strstr(f.out, "hello") == NULL);
    W3_CHECK_EQ(fx_count(f.out, "HTTP/1.1"), 1);
    fx_close(&f);
    W3_CHECK_STR(bridge_log(), "a:READ_RAW_DATA a:PREPROC_HEADERS a:LOG a:END_OF_REQUEST "
                               "a:END_OF_NET_SESSION");
    fx_stop(&f);
}

W3_TEST(finished_keep_conn_keeps_a_framed_response)
{
    fx f;
    run_finish(&f, SF_STATUS_REQ_FINISHED_KEEP_CONN, "Content-Length: 2\r\n\r\n");
    W3_CHECK(!w3_conn_wants_close(f.conn));
    fx_send(&f, GET_REQUEST);
    W3_CHECK_EQ(fx_count(f.out, "HTTP/1.1 200 OK"), 2);
    fx_stop(&f);
}

W3_TEST(finished_keep_conn_closes_an_unframed_response)
{
    fx f;
    run_finish(&f, SF_STATUS_REQ_FINISHED_KEEP_CONN, "Content-Type: text/plain\r\n\r\n");
    W3_CHECK(w3_conn_wants_close(f.conn));
    fx_stop(&f);
}

static DWORD handle_preproc(int slot, HTTP_FILTER_CONTEXT *pfc, DWORD type, void *pv)
{
    (void)slot;
    (void)pfc;
    (void)pv;
    return type == SF_NOTIFY_PREPROC_HEADERS ? SF_STATUS_REQ_HANDLED_NOTIFICATION
                                             : SF_STATUS_REQ_NEXT_NOTIFICATION;
}

W3_TEST(handled_notification_skips_later_filters_for_that_notification)
{
    fx f;
    bridge_reset();
    bridge_set_flags(0, SF_NOTIFY_PREPROC_HEADERS | SF_NOTIFY_URL_MAP | SF_NOTIFY_ORDER_HIGH);
    bridge_set_flags(1, SF_NOTIFY_PREPROC_HEADERS | SF_NOTIFY_URL_MAP | SF_NOTIFY_ORDER_LOW);
    bridge_set_proc(0, handle_preproc);
    fx_start(&f, NULL);
    W3_REQUIRE(fx_add(&f, "recorder_b"));
    W3_REQUIRE(fx_add(&f, "recorder_a"));
    fx_open(&f, 0);
    fx_send(&f, GET_REQUEST);
    W3_CHECK_STR(bridge_log(), "a:PREPROC_HEADERS a:URL_MAP b:URL_MAP");
    W3_CHECK(strstr(f.out, "<p>hello</p>") != NULL);
    fx_stop(&f);
}

static DWORD error_type, error_code;

static DWORD fail_with_error(int slot, HTTP_FILTER_CONTEXT *pfc, DWORD type, void *pv)
{
    (void)slot;
    (void)pfc;
    (void)pv;
    if (type != error_type)
        return SF_STATUS_REQ_NEXT_NOTIFICATION;
    SetLastError(error_code);
    return SF_STATUS_REQ_ERROR;
}

W3_TEST(error_answers_500_and_logs_the_win32_code)
{
    fx f;
    bridge_reset();
    bridge_set_flags(0, BRIDGE_ALL_NOTIFICATIONS);
    error_type = SF_NOTIFY_URL_MAP;
    error_code = ERROR_INVALID_DATA;
    bridge_set_proc(0, fail_with_error);
    fx_start_with(&f, NULL, "recorder_a");
    fx_send(&f, GET_REQUEST);
    W3_CHECK(strncmp(f.out, "HTTP/1.1 500 Internal Server Error\r\n", 36) == 0);
    W3_CHECK(strstr(f.out, "hello") == NULL);
    char expect[64];
    snprintf(expect, sizeof expect, " 500 %u ", (unsigned)ERROR_INVALID_DATA);
    W3_CHECK(strstr(f.log, expect) != NULL);
    fx_close(&f);
    W3_CHECK_STR(bridge_log(), "a:READ_RAW_DATA a:PREPROC_HEADERS a:URL_MAP a:SEND_RESPONSE "
                               "a:SEND_RAW_DATA a:SEND_RAW_DATA a:LOG a:END_OF_REQUEST "
                               "a:END_OF_NET_SESSION");
    fx_stop(&f);
}

static DWORD denied_reason;

static DWORD deny_in_authentication(int slot, HTTP_FILTER_CONTEXT *pfc, DWORD type, void *pv)
{
    if (type == SF_NOTIFY_ACCESS_DENIED)
        denied_reason = ((HTTP_FILTER_ACCESS_DENIED *)pv)->dwReason;
    error_type = SF_NOTIFY_AUTHENTICATION;
    error_code = ERROR_ACCESS_DENIED;
    return fail_with_error(slot, pfc, type, pv);
}

/* Our rule: ERROR with ERROR_ACCESS_DENIED is a denial by the filter (401.4 on IIS). */
W3_TEST(error_access_denied_answers_401_denied_by_filter)
{
    fx f;
    fx_run_recorder(&f, deny_in_authentication, NULL, GET_REQUEST);
    W3_CHECK(strncmp(f.out, "HTTP/1.1 401 ", 13) == 0);
    W3_CHECK_EQ(denied_reason, SF_DENIED_FILTER);
    W3_CHECK(strstr(bridge_log(), "a:AUTHENTICATION a:ACCESS_DENIED a:SEND_RESPONSE") != NULL);
    fx_stop(&f);
}

static DWORD raw_sizes[8];
static int raw_calls;

/* Waits until the whole header block has arrived. */
static DWORD read_until_blank_line(int slot, HTTP_FILTER_CONTEXT *pfc, DWORD type, void *pv)
{
    (void)slot;
    (void)pfc;
    if (type != SF_NOTIFY_READ_RAW_DATA)
        return SF_STATUS_REQ_NEXT_NOTIFICATION;
    HTTP_FILTER_RAW_DATA *raw = pv;
    if (raw_calls < 8)
        raw_sizes[raw_calls++] = raw->cbInData;
    for (DWORD i = 0; i + 3 < raw->cbInData; i++)
        if (memcmp((char *)raw->pvInData + i, "\r\n\r\n", 4) == 0)
            return SF_STATUS_REQ_NEXT_NOTIFICATION;
    return SF_STATUS_REQ_READ_NEXT;
}

W3_TEST(read_next_waits_and_runs_again_with_all_bytes)
{
    fx f;
    bridge_reset();
    bridge_set_flags(0, SF_NOTIFY_READ_RAW_DATA | SF_NOTIFY_PREPROC_HEADERS);
    bridge_set_proc(0, read_until_blank_line);
    fx_start_with(&f, NULL, "recorder_a");
    W3_CHECK_EQ(fx_send(&f, "GET / HTTP/1.1\r\n"), 0);
    W3_CHECK_EQ(fx_send(&f, "Host: x\r\n"), 0);
    W3_CHECK_STR(bridge_log(), "a:READ_RAW_DATA a:READ_RAW_DATA");
    W3_CHECK_EQ(f.out_len, 0);
    fx_send(&f, "\r\n");
    W3_CHECK_STR(bridge_log(), "a:READ_RAW_DATA a:READ_RAW_DATA a:READ_RAW_DATA a:PREPROC_HEADERS");
    W3_CHECK_EQ(raw_calls, 3);
    W3_CHECK_EQ(raw_sizes[0], 16);
    W3_CHECK_EQ(raw_sizes[1], 25);
    W3_CHECK_EQ(raw_sizes[2], 27);
    W3_CHECK(strstr(f.out, "<p>hello</p>") != NULL);
    fx_stop(&f);
}

static DWORD read_next_elsewhere(int slot, HTTP_FILTER_CONTEXT *pfc, DWORD type, void *pv)
{
    (void)slot;
    (void)pfc;
    (void)pv;
    return type == SF_NOTIFY_PREPROC_HEADERS ? SF_STATUS_REQ_READ_NEXT
                                             : SF_STATUS_REQ_NEXT_NOTIFICATION;
}

W3_TEST(read_next_outside_raw_reads_means_next_notification)
{
    fx f;
    fx_run_recorder(&f, read_next_elsewhere, NULL, GET_REQUEST);
    W3_CHECK(strstr(f.out, "<p>hello</p>") != NULL);
    fx_stop(&f);
}

static DWORD finish_in_send_response(int slot, HTTP_FILTER_CONTEXT *pfc, DWORD type, void *pv)
{
    (void)slot;
    (void)pv;
    if (type != SF_NOTIFY_SEND_RESPONSE)
        return SF_STATUS_REQ_NEXT_NOTIFICATION;
    static char response[] = "HTTP/1.1 204 No Content\r\nContent-Length: 0\r\n\r\n";
    DWORD n = (DWORD)strlen(response);
    pfc->WriteClient(pfc, response, &n, 0);
    return SF_STATUS_REQ_FINISHED_KEEP_CONN;
}

W3_TEST(finished_in_send_response_replaces_the_response)
{
    fx f;
    fx_run_recorder(&f, finish_in_send_response, NULL, GET_REQUEST);
    W3_CHECK(strncmp(f.out, "HTTP/1.1 204 No Content", 23) == 0);
    W3_CHECK(strstr(f.out, "hello") == NULL);
    W3_CHECK(!w3_conn_wants_close(f.conn));
    fx_stop(&f);
}

static DWORD raw_type, raw_code;

static DWORD stop_in_raw(int slot, HTTP_FILTER_CONTEXT *pfc, DWORD type, void *pv)
{
    (void)slot;
    (void)pfc;
    (void)pv;
    if (type != raw_type)
        return SF_STATUS_REQ_NEXT_NOTIFICATION;
    SetLastError(ERROR_INVALID_DATA);
    return raw_code;
}

static void run_raw(fx *f, DWORD type, DWORD code)
{
    raw_type = type;
    raw_code = code;
    fx_run_recorder(f, stop_in_raw, NULL, GET_REQUEST);
}

W3_TEST(error_in_read_raw_data_answers_500_and_closes)
{
    fx f;
    run_raw(&f, SF_NOTIFY_READ_RAW_DATA, SF_STATUS_REQ_ERROR);
    W3_CHECK(strncmp(f.out, "HTTP/1.1 500 ", 13) == 0);
    W3_CHECK(w3_conn_wants_close(f.conn));
    W3_CHECK(strstr(bridge_log(), "PREPROC_HEADERS") == NULL);
    fx_stop(&f);
}

W3_TEST(finished_in_read_raw_data_closes_without_an_answer)
{
    fx f;
    run_raw(&f, SF_NOTIFY_READ_RAW_DATA, SF_STATUS_REQ_FINISHED);
    W3_CHECK_EQ(f.out_len, 0);
    W3_CHECK(w3_conn_wants_close(f.conn));
    fx_stop(&f);
}

W3_TEST(error_in_send_raw_data_drops_the_bytes_and_closes)
{
    fx f;
    run_raw(&f, SF_NOTIFY_SEND_RAW_DATA, SF_STATUS_REQ_ERROR);
    W3_CHECK_EQ(f.out_len, 0);
    W3_CHECK(w3_conn_wants_close(f.conn));
    W3_CHECK(strstr(bridge_log(), "a:LOG a:END_OF_REQUEST") != NULL);
    fx_stop(&f);
}
