/* Acceptance: the order in which a filter that records everything is called. */
#include <string.h>

#include "engine_fixture.h"
#include "filter_bridge.h"
#include "w3test.h"

#define GET_REQUEST "GET /index.html HTTP/1.1\r\nHost: example.test\r\n\r\n"

W3_TEST(get_request)
{
    fx f;
    bridge_reset();
    fx_start_with(&f, NULL, "recorder_a");
    fx_send(&f, GET_REQUEST);
    fx_stop(&f);
    W3_CHECK_STR(bridge_log(), "a:READ_RAW_DATA a:PREPROC_HEADERS a:URL_MAP a:AUTHENTICATION "
                               "a:AUTH_COMPLETE a:SEND_RESPONSE a:SEND_RAW_DATA a:SEND_RAW_DATA "
                               "a:LOG a:END_OF_REQUEST a:END_OF_NET_SESSION a:TERMINATE");
    W3_CHECK(strncmp(f.out, "HTTP/1.1 200 OK\r\n", 17) == 0);
    W3_CHECK(strstr(f.out, "\r\n\r\n<p>hello</p>") != NULL);
}

W3_TEST(post_with_body_read_later)
{
    fx f;
    bridge_reset();
    fx_start_with(&f, NULL, "recorder_a");
    fx_send(&f, "POST /form HTTP/1.1\r\nHost: example.test\r\nContent-Length: 11\r\n\r\n");
    W3_CHECK_STR(bridge_log(), "a:READ_RAW_DATA a:PREPROC_HEADERS a:URL_MAP a:AUTHENTICATION "
                               "a:AUTH_COMPLETE");
    W3_CHECK_EQ(f.out_len, 0);
    bridge_clear_log();
    fx_send(&f, "hello ");
    fx_send(&f, "world");
    fx_close(&f);
    W3_CHECK_STR(bridge_log(), "a:READ_RAW_DATA a:READ_RAW_DATA a:SEND_RESPONSE a:SEND_RAW_DATA "
                               "a:SEND_RAW_DATA a:LOG a:END_OF_REQUEST a:END_OF_NET_SESSION");
    W3_CHECK(strstr(f.out, "Content-Length: 11\r\n") != NULL);
    W3_CHECK(strstr(f.out, "\r\n\r\nhello world") != NULL);
    fx_stop(&f);
}

W3_TEST(denied_with_401)
{
    fx f;
    w3_server_config cfg;
    bridge_reset();
    fx_config(&f, &cfg);
    cfg.deny_anonymous = 1;
    fx_start_with(&f, &cfg, "recorder_a");
    fx_send(&f, GET_REQUEST);
    fx_close(&f);
    W3_CHECK_STR(bridge_log(), "a:READ_RAW_DATA a:PREPROC_HEADERS a:URL_MAP a:AUTHENTICATION "
                               "a:AUTH_COMPLETE a:ACCESS_DENIED a:SEND_RESPONSE a:SEND_RAW_DATA "
                               "a:SEND_RAW_DATA a:LOG a:END_OF_REQUEST a:END_OF_NET_SESSION");
    W3_CHECK(strncmp(f.out, "HTTP/1.1 401 Unauthorized\r\n", 27) == 0);
    W3_CHECK(strstr(f.out, "<p>hello</p>") == NULL);
    fx_stop(&f);
}

W3_TEST(keep_alive_two_requests_one_net_session_end)
{
    fx f;
    bridge_reset();
    bridge_set_flags(0, SF_NOTIFY_NONSECURE_PORT | SF_NOTIFY_PREPROC_HEADERS |
                            SF_NOTIFY_END_OF_REQUEST | SF_NOTIFY_END_OF_NET_SESSION);
    fx_start_with(&f, NULL, "recorder_a");
    W3_CHECK_EQ(fx_send(&f, GET_REQUEST), 0);
    W3_CHECK_EQ(fx_send(&f, GET_REQUEST), 0);
    W3_CHECK(!w3_conn_wants_close(f.conn));
    W3_CHECK_STR(bridge_log(), "a:PREPROC_HEADERS a:END_OF_REQUEST a:PREPROC_HEADERS "
                               "a:END_OF_REQUEST");
    fx_close(&f);
    W3_CHECK_STR(bridge_log(), "a:PREPROC_HEADERS a:END_OF_REQUEST a:PREPROC_HEADERS "
                               "a:END_OF_REQUEST a:END_OF_NET_SESSION");
    W3_CHECK_EQ(fx_count(f.out, "HTTP/1.1 200 OK"), 2);
    fx_stop(&f);
}

W3_TEST(pipelined_requests_in_one_read)
{
    fx f;
    bridge_reset();
    bridge_set_flags(0, SF_NOTIFY_NONSECURE_PORT | SF_NOTIFY_READ_RAW_DATA |
                            SF_NOTIFY_PREPROC_HEADERS | SF_NOTIFY_END_OF_REQUEST);
    fx_start_with(&f, NULL, "recorder_a");
    fx_send(&f, GET_REQUEST GET_REQUEST);
    W3_CHECK_STR(bridge_log(), "a:READ_RAW_DATA a:PREPROC_HEADERS a:END_OF_REQUEST "
                               "a:PREPROC_HEADERS a:END_OF_REQUEST");
    W3_CHECK_EQ(fx_count(f.out, "HTTP/1.1 200 OK"), 2);
    fx_stop(&f);
}

W3_TEST(priority_order_then_configuration_order)
{
    fx f;
    bridge_reset();
    bridge_set_flags(0, BRIDGE_ALL_NOTIFICATIONS | SF_NOTIFY_ORDER_LOW);
    bridge_set_flags(1, BRIDGE_ALL_NOTIFICATIONS | SF_NOTIFY_ORDER_HIGH);
    bridge_set_flags(2, BRIDGE_ALL_NOTIFICATIONS); /* no priority bit: LOW, after a */
    fx_start(&f, NULL);
    W3_REQUIRE(fx_add(&f, "recorder_a"));
    W3_REQUIRE(fx_add(&f, "recorder_b"));
    W3_REQUIRE(fx_add(&f, "recorder_c"));
    fx_open(&f, 0);
    fx_send(&f, GET_REQUEST);
    fx_close(&f);
    /* SEND_RAW_DATA runs in reverse: the highest priority is closest to the client. */
    W3_CHECK_STR(bridge_log(),
                 "b:READ_RAW_DATA a:READ_RAW_DATA c:READ_RAW_DATA "
                 "b:PREPROC_HEADERS a:PREPROC_HEADERS c:PREPROC_HEADERS "
                 "b:URL_MAP a:URL_MAP c:URL_MAP "
                 "b:AUTHENTICATION a:AUTHENTICATION c:AUTHENTICATION "
                 "b:AUTH_COMPLETE a:AUTH_COMPLETE c:AUTH_COMPLETE "
                 "b:SEND_RESPONSE a:SEND_RESPONSE c:SEND_RESPONSE "
                 "c:SEND_RAW_DATA a:SEND_RAW_DATA b:SEND_RAW_DATA "
                 "c:SEND_RAW_DATA a:SEND_RAW_DATA b:SEND_RAW_DATA "
                 "b:LOG a:LOG c:LOG b:END_OF_REQUEST a:END_OF_REQUEST c:END_OF_REQUEST "
                 "b:END_OF_NET_SESSION a:END_OF_NET_SESSION c:END_OF_NET_SESSION");
    fx_stop(&f);
}

W3_TEST(medium_between_high_and_low)
{
    fx f;
    bridge_reset();
    bridge_set_flags(0, SF_NOTIFY_PREPROC_HEADERS | SF_NOTIFY_ORDER_LOW);
    bridge_set_flags(1, SF_NOTIFY_PREPROC_HEADERS | SF_NOTIFY_ORDER_MEDIUM);
    bridge_set_flags(2, SF_NOTIFY_PREPROC_HEADERS | SF_NOTIFY_ORDER_HIGH);
    fx_start(&f, NULL);
    W3_REQUIRE(fx_add(&f, "recorder_a"));
    W3_REQUIRE(fx_add(&f, "recorder_b"));
    W3_REQUIRE(fx_add(&f, "recorder_c"));
    fx_open(&f, 0);
    fx_send(&f, GET_REQUEST);
    W3_CHECK_STR(bridge_log(), "c:PREPROC_HEADERS b:PREPROC_HEADERS a:PREPROC_HEADERS");
    fx_stop(&f);
}

static int ends_with_null, others_with_data, wrong;

static DWORD check_pv(int slot, HTTP_FILTER_CONTEXT *pfc, DWORD type, void *pv)
{
    (void)slot;
    (void)pfc;
    if (type == SF_NOTIFY_END_OF_REQUEST || type == SF_NOTIFY_END_OF_NET_SESSION)
        pv == NULL ? ends_with_null++ : wrong++;
    else
        pv != NULL ? others_with_data++ : wrong++;
    return SF_STATUS_REQ_NEXT_NOTIFICATION;
}

/* Decision 6: no structure for END_OF_REQUEST and END_OF_NET_SESSION. */
W3_TEST(end_notifications_get_null)
{
    fx f;
    fx_run_recorder(&f, check_pv, NULL, GET_REQUEST);
    fx_stop(&f);
    W3_CHECK_EQ(ends_with_null, 2);
    W3_CHECK_EQ(others_with_data, 9);
    W3_CHECK_EQ(wrong, 0);
}
