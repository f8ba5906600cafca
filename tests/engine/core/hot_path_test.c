/* What the per-request path computes without scanning or printf: server variables by
 * name in any case, the server's own headers next to a handler's of any case, the
 * status line and Content-Length digits, header values with their lengths, and the
 * request log's date and time. */
#include <windows.h>
#include <stdio.h>
#include <string.h>

#include "engine_fixture.h"
#include "w3test.h"

/* Every variable the server knows by name (HTTP_* and HEADER_* aside). */
static const char *const known[] = {"ALL_HTTP",
                                    "ALL_RAW",
                                    "APPL_MD_PATH",
                                    "APPL_PHYSICAL_PATH",
                                    "AUTH_PASSWORD",
                                    "AUTH_TYPE",
                                    "AUTH_USER",
                                    "CONTENT_LENGTH",
                                    "CONTENT_TYPE",
                                    "DOCUMENT_ROOT",
                                    "GATEWAY_INTERFACE",
                                    "HTTPS",
                                    "HTTP_METHOD",
                                    "HTTP_URL",
                                    "HTTP_VERSION",
                                    "INSTANCE_ID",
                                    "INSTANCE_META_PATH",
                                    "LOCAL_ADDR",
                                    "LOGON_USER",
                                    "PATH_INFO",
                                    "PATH_TRANSLATED",
                                    "QUERY_STRING",
                                    "REMOTE_ADDR",
                                    "REMOTE_HOST",
                                    "REMOTE_PORT",
                                    "REMOTE_USER",
                                    "REQUEST_FILENAME",
                                    "REQUEST_METHOD",
                                    "REQUEST_URI",
                                    "SCRIPT_FILENAME",
                                    "SCRIPT_NAME",
                                    "SCRIPT_TRANSLATED",
                                    "SERVER_ADDR",
                                    "SERVER_NAME",
                                    "SERVER_PORT",
                                    "SERVER_PORT_SECURE",
                                    "SERVER_PROTOCOL",
                                    "SERVER_SOFTWARE",
                                    "UNENCODED_URL",
                                    "UNMAPPED_REMOTE_USER",
                                    "URL"};
#define KNOWN_COUNT (sizeof known / sizeof known[0])

/* Names one letter off a known one, longer than any, or empty: none is a variable. */
static const char *const unknown[] = {
    "REMOTE_ADD", "REMOTE_ADDRS", "UNMAPPED_REMOTE_USERS", "ALL_HTTPX", "", "URLS", "AAA", "ZZZ"};
#define UNKNOWN_COUNT (sizeof unknown / sizeof unknown[0])

static struct {
    int upper_ok[KNOWN_COUNT], lower_ok[KNOWN_COUNT], same[KNOWN_COUNT];
    int unknown_ok[UNKNOWN_COUNT];
    DWORD unknown_error[UNKNOWN_COUNT];
    char protocol[16], empty_value[16], agent[32];
    int empty_found;
} seen;

static void lower(char *dst, const char *src)
{
    for (; *src != '\0'; src++, dst++)
        *dst = (char)(*src >= 'A' && *src <= 'Z' ? *src - 'A' + 'a' : *src);
    *dst = '\0';
}

static void read_variables(void *ctx, w3_request *req, w3_response *resp)
{
    (void)ctx;
    for (size_t i = 0; i < KNOWN_COUNT; i++) {
        char a[1024], b[1024], name[64];
        unsigned int ca = sizeof a, cb = sizeof b;
        lower(name, known[i]);
        seen.upper_ok[i] = w3_request_server_variable(req, known[i], a, &ca);
        seen.lower_ok[i] = w3_request_server_variable(req, name, b, &cb);
        seen.same[i] = seen.upper_ok[i] && seen.lower_ok[i] && ca == cb && strcmp(a, b) == 0;
    }
    for (size_t i = 0; i < UNKNOWN_COUNT; i++) {
        char v[64];
        unsigned int cv = sizeof v;
        SetLastError(0);
        seen.unknown_ok[i] = w3_request_server_variable(req, unknown[i], v, &cv);
        seen.unknown_error[i] = GetLastError();
    }
    unsigned int cp = sizeof seen.protocol;
    if (!w3_request_server_variable(req, "server_protocol", seen.protocol, &cp))
        seen.protocol[0] = '\0';
    const char *empty = w3_request_header(req, "x-empty");
    seen.empty_found = empty != NULL;
    snprintf(seen.empty_value, sizeof seen.empty_value, "%s", empty ? empty : "");
    unsigned int ca = sizeof seen.agent;
    if (!w3_request_server_variable(req, "Http_User_Agent", seen.agent, &ca))
        seen.agent[0] = '\0';
    w3_response_write(resp, "ok", 2);
}

static void run_variables(const char *request)
{
    fx f;
    w3_server_config cfg;
    memset(&seen, 0, sizeof seen);
    fx_config(&f, &cfg);
    cfg.handler = read_variables;
    fx_start(&f, &cfg);
    fx_open(&f, 0);
    fx_send(&f, request);
    fx_stop(&f);
}

W3_TEST(every_known_variable_is_found_in_any_case)
{
    run_variables("GET /a/b.htm?q=1 HTTP/1.1\r\nHost: h.test\r\n\r\n");
    for (size_t i = 0; i < KNOWN_COUNT; i++) {
        if (!seen.same[i])
            fprintf(stderr, "variable %s: upper %d lower %d\n", known[i], seen.upper_ok[i],
                    seen.lower_ok[i]);
        W3_CHECK(seen.same[i]);
    }
    W3_CHECK_STR(seen.protocol, "HTTP/1.1");
}

W3_TEST(names_near_a_known_one_are_unknown)
{
    run_variables("GET / HTTP/1.1\r\nHost: h.test\r\n\r\n");
    for (size_t i = 0; i < UNKNOWN_COUNT; i++) {
        W3_CHECK(!seen.unknown_ok[i]);
        W3_CHECK_EQ(seen.unknown_error[i], ERROR_INVALID_INDEX);
    }
}

W3_TEST(http_version_and_header_variables_of_an_http10_request)
{
    run_variables("GET / HTTP/1.0\r\nUser-Agent: probe 1.0\r\n\r\n");
    W3_CHECK_STR(seen.protocol, "HTTP/1.0");
    W3_CHECK_STR(seen.agent, "probe 1.0");
}

/* An empty value is empty, whatever value the line before it had. */
W3_TEST(empty_header_value_after_a_longer_one)
{
    run_variables("GET / HTTP/1.1\r\nHost: h.test\r\nX-Long: a long value\r\nX-Empty:\r\n\r\n");
    W3_CHECK(seen.empty_found);
    W3_CHECK_STR(seen.empty_value, "");
}

static void own_headers(void *ctx, w3_request *req, w3_response *resp)
{
    (void)ctx;
    (void)req;
    w3_response_add_header(resp, "content-length", "3");
    w3_response_add_header(resp, "DATE", "Thu, 01 Jan 2026 00:00:00 GMT");
    w3_response_add_header(resp, "sErVeR", "mine");
    w3_response_write(resp, "abc", 3);
}

/* The server adds Content-Length, Date and Server only where the handler's headers,
 * in whatever case, have not. */
W3_TEST(server_headers_are_not_doubled_whatever_the_case)
{
    fx f;
    w3_server_config cfg;
    fx_config(&f, &cfg);
    cfg.handler = own_headers;
    fx_start(&f, &cfg);
    fx_open(&f, 0);
    fx_send(&f, "GET / HTTP/1.1\r\nHost: h\r\n\r\n");
    W3_CHECK_EQ(fx_count(f.out, "content-length: 3\r\n"), 1);
    W3_CHECK_EQ(fx_count(f.out, "Content-Length"), 0);
    W3_CHECK_EQ(fx_count(f.out, "DATE: Thu, 01 Jan 2026 00:00:00 GMT\r\n"), 1);
    W3_CHECK_EQ(fx_count(f.out, "Date:"), 0);
    W3_CHECK_EQ(fx_count(f.out, "sErVeR: mine\r\n"), 1);
    W3_CHECK_EQ(fx_count(f.out, "Server:"), 0);
    W3_CHECK(strstr(f.out, "\r\n\r\nabc") != NULL);
    fx_stop(&f);
}

static unsigned status_to_send;
static size_t body_to_send;

static void sized(void *ctx, w3_request *req, w3_response *resp)
{
    (void)ctx;
    (void)req;
    static char body[100000];
    memset(body, 'x', sizeof body);
    w3_response_set_status(resp, status_to_send, "Odd One");
    w3_response_write(resp, body, body_to_send);
}

static void check_status_and_length(unsigned status, size_t length, const char *line,
                                    const char *content_length)
{
    fx f;
    w3_server_config cfg;
    status_to_send = status;
    body_to_send = length;
    fx_config(&f, &cfg);
    cfg.handler = sized;
    fx_start(&f, &cfg);
    fx_open(&f, 0);
    fx_send(&f, "GET / HTTP/1.1\r\nHost: h\r\n\r\n");
    W3_CHECK(strncmp(f.out, line, strlen(line)) == 0);
    W3_CHECK_STR(fx_header_of(f.out, "Content-Length"), content_length);
    fx_stop(&f);
}

W3_TEST(status_line_and_content_length_digits)
{
    check_status_and_length(200, 0, "HTTP/1.1 200 Odd One\r\n", "0");
    check_status_and_length(299, 7, "HTTP/1.1 299 Odd One\r\n", "7");
    check_status_and_length(404, 10, "HTTP/1.1 404 Odd One\r\n", "10");
    check_status_and_length(999, 60000, "HTTP/1.1 999 Odd One\r\n", "60000");
}

static struct {
    int calls;
    char date[16], time[16];
} logged;

static void capture(void *ctx, const w3_log_record *rec)
{
    (void)ctx;
    logged.calls++;
    snprintf(logged.date, sizeof logged.date, "%s", rec->date);
    snprintf(logged.time, sizeof logged.time, "%s", rec->time);
}

static long seconds_of_day(const SYSTEMTIME *t)
{
    return t->wHour * 3600L + t->wMinute * 60L + t->wSecond;
}

/* The record's date and time are the current UTC ones, as GetSystemTime gives them. */
W3_TEST(log_record_date_and_time_are_now_in_utc)
{
    fx f;
    w3_server_config cfg;
    memset(&logged, 0, sizeof logged);
    fx_config(&f, &cfg);
    cfg.request_log = capture;
    fx_start(&f, &cfg);
    fx_open(&f, 0);
    SYSTEMTIME before, after;
    GetSystemTime(&before);
    fx_send(&f, "GET / HTTP/1.1\r\nHost: h\r\n\r\n");
    fx_send(&f, "GET / HTTP/1.1\r\nHost: h\r\n\r\n");
    GetSystemTime(&after);
    fx_stop(&f);
    W3_CHECK_EQ(logged.calls, 2);
    char day_before[32], day_after[32];
    snprintf(day_before, sizeof day_before, "%04u-%02u-%02u", before.wYear, before.wMonth,
             before.wDay);
    snprintf(day_after, sizeof day_after, "%04u-%02u-%02u", after.wYear, after.wMonth, after.wDay);
    W3_CHECK(strcmp(logged.date, day_before) == 0 || strcmp(logged.date, day_after) == 0);
    unsigned h = 99, m = 99, s = 99;
    W3_CHECK_EQ(sscanf(logged.time, "%2u:%2u:%2u", &h, &m, &s), 3);
    W3_CHECK_EQ(strlen(logged.time), 8);
    long at = h * 3600L + m * 60L + s;
    if (strcmp(day_before, day_after) == 0)
        W3_CHECK(at >= seconds_of_day(&before) && at <= seconds_of_day(&after));
}
