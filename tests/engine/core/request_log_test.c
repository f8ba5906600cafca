/* The request log record (w3_server_config.request_log), after SF_NOTIFY_LOG. */
#include <stdio.h>
#include <string.h>

#include "engine_fixture.h"
#include "filter_bridge.h"
#include "w3test.h"

/* The record's fields, copied out during the callback. */
static struct {
    int calls;
    char date[16], time[16];
    char client[64], server[64], method[16], stem[128], query[128], user[64];
    char agent[128], referer[128];
    char site[64], cookie[64], host[64], version[16];
    unsigned site_id;
    unsigned client_port, server_port, status, substatus;
    unsigned long win32, taken;
    unsigned long long sent, received;
} got;

static void copy(char *dst, size_t size, const char *src)
{
    snprintf(dst, size, "%s", src != NULL ? src : "(NULL)");
}

static void capture_record(void *ctx, const w3_log_record *rec)
{
    (void)ctx;
    got.calls++;
    copy(got.date, sizeof got.date, rec->date);
    copy(got.time, sizeof got.time, rec->time);
    copy(got.client, sizeof got.client, rec->client_addr);
    copy(got.server, sizeof got.server, rec->server_addr);
    copy(got.method, sizeof got.method, rec->method);
    copy(got.stem, sizeof got.stem, rec->uri_stem);
    copy(got.query, sizeof got.query, rec->uri_query);
    copy(got.user, sizeof got.user, rec->username);
    copy(got.agent, sizeof got.agent, rec->user_agent);
    copy(got.referer, sizeof got.referer, rec->referer);
    copy(got.site, sizeof got.site, rec->site_name);
    copy(got.cookie, sizeof got.cookie, rec->cookie);
    copy(got.host, sizeof got.host, rec->host);
    copy(got.version, sizeof got.version, rec->protocol_version);
    got.site_id = rec->site_id;
    got.client_port = rec->client_port;
    got.server_port = rec->server_port;
    got.status = rec->status;
    got.substatus = rec->substatus;
    got.win32 = rec->win32_status;
    got.taken = rec->time_taken_ms;
    got.sent = rec->bytes_sent;
    got.received = rec->bytes_received;
}

static void start(fx *f, bridge_proc filter)
{
    w3_server_config cfg;
    memset(&got, 0, sizeof got);
    bridge_reset();
    fx_config(f, &cfg);
    cfg.request_log = capture_record;
    fx_start(f, &cfg);
    if (filter != NULL) {
        bridge_set_flags(0, SF_NOTIFY_LOG);
        bridge_set_proc(0, filter);
        W3_REQUIRE(fx_add(f, "recorder_a"));
    }
    fx_open(f, 0);
}

W3_TEST(record_has_the_request_and_connection_fields)
{
    fx f;
    start(&f, NULL);
    const char *request = "GET /a/b.htm?x=1&y=2 HTTP/1.1\r\nHost: h\r\n"
                          "User-Agent: Mozilla/5.0 (X11; Linux)\r\n"
                          "Referer: http://example.test/from page\r\n\r\n";
    fx_send(&f, request);
    W3_CHECK_EQ(got.calls, 1);
    W3_CHECK_STR(got.method, "GET");
    W3_CHECK_STR(got.stem, "/a/b.htm");
    W3_CHECK_STR(got.query, "x=1&y=2");
    W3_CHECK_STR(got.user, "");
    W3_CHECK_STR(got.client, "192.0.2.7");
    W3_CHECK_EQ(got.client_port, 50123);
    W3_CHECK_STR(got.server, "10.0.0.1");
    W3_CHECK_EQ(got.server_port, 80);
    W3_CHECK_STR(got.agent, "Mozilla/5.0 (X11; Linux)");
    W3_CHECK_STR(got.referer, "http://example.test/from page");
    W3_CHECK_EQ(got.status, 200);
    W3_CHECK_EQ(got.substatus, 0);
    W3_CHECK_EQ(got.win32, 0);
    W3_CHECK_EQ(got.received, strlen(request));
    W3_CHECK_EQ(got.sent, f.out_len);
    W3_CHECK(got.taken < 60000);
    /* YYYY-MM-DD and HH:MM:SS */
    W3_CHECK_EQ(strlen(got.date), 10);
    W3_CHECK(got.date[4] == '-' && got.date[7] == '-');
    W3_CHECK_EQ(strlen(got.time), 8);
    W3_CHECK(got.time[2] == ':' && got.time[5] == ':');
    /* With a record callback, no request line goes to the log callback. */
    W3_CHECK(strstr(f.log, "request:") == NULL);
    fx_stop(&f);
}

W3_TEST(record_has_site_cookie_host_and_version)
{
    fx f;
    w3_server_config cfg;
    memset(&got, 0, sizeof got);
    bridge_reset();
    fx_config(&f, &cfg);
    cfg.request_log = capture_record;
    cfg.site_name = "Shop";
    cfg.instance_id = 7;
    fx_start(&f, &cfg);
    fx_open(&f, 0);
    fx_send(&f, "GET /x HTTP/1.1\r\nHost: shop.test:8080\r\nCookie: a=1; b=2\r\n\r\n");
    W3_CHECK_EQ(got.calls, 1);
    W3_CHECK_STR(got.site, "Shop");
    W3_CHECK_EQ(got.site_id, 7);
    W3_CHECK_STR(got.cookie, "a=1; b=2");
    W3_CHECK_STR(got.host, "shop.test:8080");
    W3_CHECK_STR(got.version, "HTTP/1.1");
    fx_send(&f, "GET /y HTTP/1.0\r\n\r\n");
    W3_CHECK_EQ(got.calls, 2);
    W3_CHECK_STR(got.cookie, "");
    W3_CHECK_STR(got.host, "");
    W3_CHECK_STR(got.version, "HTTP/1.0");
    fx_stop(&f);
}

W3_TEST(absent_user_agent_and_referer_are_empty)
{
    fx f;
    start(&f, NULL);
    fx_send(&f, "GET /nothing HTTP/1.0\r\n\r\n");
    W3_CHECK_EQ(got.calls, 1);
    W3_CHECK_STR(got.agent, "");
    W3_CHECK_STR(got.referer, "");
    W3_CHECK_STR(got.query, "");
    fx_stop(&f);
}

W3_TEST(refused_request_is_logged_with_its_status)
{
    fx f;
    start(&f, NULL);
    fx_send(&f, "GET / HTTP/1.1\r\nUser-Agent: no-host\r\n\r\n");
    W3_CHECK_EQ(got.calls, 1);
    W3_CHECK_EQ(got.status, 400);
    W3_CHECK_STR(got.agent, "no-host");
    fx_stop(&f);
}

static DWORD mask_log(int slot, HTTP_FILTER_CONTEXT *pfc, DWORD type, void *pv)
{
    (void)slot;
    (void)pfc;
    if (type != SF_NOTIFY_LOG)
        return SF_STATUS_REQ_NEXT_NOTIFICATION;
    HTTP_FILTER_LOG *lg = pv;
    lg->pszTarget = "/masked";
    lg->pszParameters = "";
    lg->pszClientUserName = "filter-user";
    lg->pszClientHostName = "203.0.113.9";
    lg->dwHttpStatus = 299;
    lg->dwWin32Status = 1234;
    lg->dwBytesSent = 7;
    return SF_STATUS_REQ_NEXT_NOTIFICATION;
}

W3_TEST(record_shows_what_sf_notify_log_changed)
{
    fx f;
    start(&f, mask_log);
    fx_send(&f, "GET /secret?token=abc HTTP/1.1\r\nHost: h\r\nUser-Agent: ua\r\n\r\n");
    W3_CHECK_EQ(got.calls, 1);
    W3_CHECK_STR(got.stem, "/masked");
    W3_CHECK_STR(got.query, "");
    W3_CHECK_STR(got.user, "filter-user");
    W3_CHECK_STR(got.client, "203.0.113.9");
    W3_CHECK_EQ(got.status, 299);
    W3_CHECK_EQ(got.win32, 1234);
    W3_CHECK_EQ(got.sent, 7);
    W3_CHECK_STR(got.agent, "ua");
    fx_stop(&f);
}

W3_TEST(without_a_record_callback_the_log_line_stays)
{
    fx f;
    w3_server_config cfg;
    fx_config(&f, &cfg);
    fx_start(&f, &cfg);
    fx_open(&f, 0);
    fx_send(&f, "GET /x?y=1 HTTP/1.1\r\nHost: h\r\nUser-Agent: ua\r\n\r\n");
    W3_CHECK(strstr(f.log, "request: 192.0.2.7 - h GET /x y=1 200 0 ") != NULL);
    fx_stop(&f);
}
