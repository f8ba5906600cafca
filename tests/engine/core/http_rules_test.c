/* HTTP/1.1 rules a front end relies on the engine for: folded headers, Host, bodiless
 * statuses, header limits. */
#include <string.h>

#include "engine_fixture.h"
#include "w3test.h"

static int handled;
static unsigned answer_status; /* 0: 200 */
static const char *answer_reason;
static const char *answer_length; /* a Content-Length the handler sets itself; NULL: none */

static void count_and_answer(void *ctx, w3_request *req, w3_response *resp)
{
    (void)ctx;
    (void)req;
    handled++;
    if (answer_status != 0)
        w3_response_set_status(resp, answer_status, answer_reason);
    if (answer_length != NULL)
        w3_response_add_header(resp, "Content-Length", answer_length);
    w3_response_write(resp, "abc", 3);
}

/* A server answering with `count_and_answer`; limits of 0 are the defaults. */
static void start_with_limits(fx *f, unsigned long max_header_bytes, unsigned long max_header_count,
                              unsigned long max_requests)
{
    w3_server_config cfg;
    fx_config(f, &cfg);
    cfg.handler = count_and_answer;
    cfg.max_header_bytes = max_header_bytes;
    cfg.max_header_count = max_header_count;
    cfg.max_requests_per_connection = max_requests;
    fx_start(f, &cfg);
    fx_open(f, 0);
    handled = 0;
    answer_status = 0;
    answer_length = NULL;
}

static void start_limited(fx *f, unsigned long max_header_bytes, unsigned long max_header_count)
{
    start_with_limits(f, max_header_bytes, max_header_count, 0);
}

static void start(fx *f)
{
    start_limited(f, 0, 0);
}

static void feed_bytewise(fx *f, const char *text)
{
    for (; *text != '\0'; text++)
        w3_conn_feed(f->conn, text, 1);
}

W3_TEST(obs_fold_gets_400_and_close)
{
    fx f;
    start(&f);
    W3_CHECK(fx_send(&f, "GET / HTTP/1.1\r\nHost: h\r\nX-Folded: a\r\n b\r\n\r\n") != 0);
    W3_CHECK(strncmp(f.out, "HTTP/1.1 400 Bad Request\r\n", 26) == 0);
    W3_CHECK(w3_conn_wants_close(f.conn));
    W3_CHECK_EQ(handled, 0);
    fx_stop(&f);
}

W3_TEST(obs_fold_with_tab_fed_byte_by_byte_gets_400)
{
    fx f;
    start(&f);
    feed_bytewise(&f, "GET / HTTP/1.1\r\nX-Folded: a\r\n\tb\r\nHost: h\r\n\r\n");
    W3_CHECK(strncmp(f.out, "HTTP/1.1 400 ", 13) == 0);
    W3_CHECK(w3_conn_wants_close(f.conn));
    W3_CHECK_EQ(handled, 0);
    fx_stop(&f);
}

W3_TEST(spaces_inside_a_value_split_across_feeds_are_kept)
{
    fx f;
    start(&f);
    feed_bytewise(&f, "GET / HTTP/1.1\r\nHost: h\r\nX-Spaced: a  b\r\n\r\n");
    W3_CHECK(strncmp(f.out, "HTTP/1.1 200 OK\r\n", 17) == 0);
    W3_CHECK_EQ(handled, 1);
    W3_CHECK(!w3_conn_wants_close(f.conn));
    fx_stop(&f);
}

W3_TEST(http11_without_host_gets_400_and_close)
{
    fx f;
    start(&f);
    W3_CHECK(fx_send(&f, "GET / HTTP/1.1\r\nAccept: */*\r\n\r\n") != 0);
    W3_CHECK(strncmp(f.out, "HTTP/1.1 400 Bad Request\r\n", 26) == 0);
    W3_CHECK_EQ(handled, 0);
    fx_stop(&f);
}

W3_TEST(http10_without_host_is_served)
{
    fx f;
    start(&f);
    fx_send(&f, "GET / HTTP/1.0\r\n\r\n");
    W3_CHECK(strncmp(f.out, "HTTP/1.1 200 OK\r\n", 17) == 0);
    W3_CHECK_EQ(handled, 1);
    fx_stop(&f);
}

/* The response's bytes after the blank line that ends its headers. */
static const char *body_of(const char *out)
{
    const char *end = strstr(out, "\r\n\r\n");
    return end != NULL ? end + 4 : "(no end of headers)";
}

W3_TEST(not_modified_has_no_content_length_and_no_body)
{
    fx f;
    start(&f);
    answer_status = 304;
    answer_reason = "Not Modified";
    fx_send(&f, "GET / HTTP/1.1\r\nHost: h\r\n\r\n");
    W3_CHECK(strncmp(f.out, "HTTP/1.1 304 Not Modified\r\n", 27) == 0);
    W3_CHECK(strstr(f.out, "Content-Length") == NULL);
    W3_CHECK(strstr(f.out, "Transfer-Encoding") == NULL);
    W3_CHECK_STR(body_of(f.out), "");
    W3_CHECK(!w3_conn_wants_close(f.conn));
    /* The connection stays in step: the next response follows directly. */
    answer_status = 0;
    fx_clear_output(&f);
    fx_send(&f, "GET / HTTP/1.1\r\nHost: h\r\n\r\n");
    W3_CHECK(strncmp(f.out, "HTTP/1.1 200 OK\r\n", 17) == 0);
    W3_CHECK_STR(body_of(f.out), "abc");
    fx_stop(&f);
}

W3_TEST(no_content_drops_a_content_length_the_handler_set)
{
    fx f;
    start(&f);
    answer_status = 204;
    answer_reason = "No Content";
    answer_length = "0";
    fx_send(&f, "GET / HTTP/1.1\r\nHost: h\r\n\r\n");
    W3_CHECK(strncmp(f.out, "HTTP/1.1 204 No Content\r\n", 25) == 0);
    W3_CHECK(strstr(f.out, "Content-Length") == NULL);
    W3_CHECK_STR(body_of(f.out), "");
    fx_stop(&f);
}

W3_TEST(head_keeps_the_content_length_of_get)
{
    fx f;
    start(&f);
    fx_send(&f, "HEAD / HTTP/1.1\r\nHost: h\r\n\r\n");
    W3_CHECK(strstr(f.out, "\r\nContent-Length: 3\r\n") != NULL);
    W3_CHECK_STR(body_of(f.out), "");
    fx_stop(&f);
}

W3_TEST(request_line_over_the_limit_gets_414_and_close)
{
    fx f;
    start_limited(&f, 64, 0);
    W3_CHECK(fx_send(&f, "GET /0123456789012345678901234567890123456789012345678901234567890"
                         " HTTP/1.1\r\nHost: h\r\n\r\n") != 0);
    W3_CHECK(strncmp(f.out, "HTTP/1.1 414 Request-URI Too Long\r\n", 35) == 0);
    W3_CHECK(w3_conn_wants_close(f.conn));
    W3_CHECK_EQ(handled, 0);
    fx_stop(&f);
}

W3_TEST(header_count_up_to_the_limit_is_served)
{
    fx f;
    start_limited(&f, 0, 3);
    fx_send(&f, "GET / HTTP/1.1\r\nHost: h\r\nA: 1\r\nB: 2\r\n\r\n");
    W3_CHECK(strncmp(f.out, "HTTP/1.1 200 OK\r\n", 17) == 0);
    W3_CHECK_EQ(handled, 1);
    fx_stop(&f);
}

W3_TEST(header_count_over_the_limit_gets_431_and_close)
{
    fx f;
    start_limited(&f, 0, 3);
    W3_CHECK(fx_send(&f, "GET / HTTP/1.1\r\nHost: h\r\nA: 1\r\nB: 2\r\nC: 3\r\n\r\n") != 0);
    W3_CHECK(strncmp(f.out, "HTTP/1.1 431 Request Header Fields Too Large\r\n", 46) == 0);
    W3_CHECK(w3_conn_wants_close(f.conn));
    W3_CHECK_EQ(handled, 0);
    fx_stop(&f);
}

W3_TEST(header_count_is_per_request)
{
    fx f;
    start_limited(&f, 0, 3);
    fx_send(&f, "GET / HTTP/1.1\r\nHost: h\r\nA: 1\r\nB: 2\r\n\r\n"
                "GET / HTTP/1.1\r\nHost: h\r\nA: 1\r\nB: 2\r\n\r\n");
    W3_CHECK_EQ(fx_count(f.out, "HTTP/1.1 200 OK\r\n"), 2);
    W3_CHECK_EQ(handled, 2);
    fx_stop(&f);
}

W3_TEST(default_header_count_limit_is_100)
{
    fx f;
    start_limited(&f, 0, 0);
    char request[4096] = "GET / HTTP/1.1\r\nHost: h\r\n";
    for (int i = 0; i < 99; i++)
        strcat(request, "A: 1\r\n");
    strcat(request, "\r\n");
    fx_send(&f, request);
    W3_CHECK(strncmp(f.out, "HTTP/1.1 200 OK\r\n", 17) == 0);
    fx_clear_output(&f);
    request[strlen(request) - 2] = '\0';
    strcat(request, "B: 2\r\n\r\n");
    fx_send(&f, request);
    W3_CHECK(strncmp(f.out, "HTTP/1.1 431 ", 13) == 0);
    fx_stop(&f);
}

W3_TEST(http09_request_line_gets_400_at_once)
{
    fx f;
    start(&f);
    /* No version, and no blank line yet: answered without waiting for more bytes. */
    W3_CHECK(fx_send(&f, "GET /index.html\r\n") != 0);
    W3_CHECK(strncmp(f.out, "HTTP/1.1 400 Bad Request\r\n", 26) == 0);
    W3_CHECK(w3_conn_wants_close(f.conn));
    W3_CHECK_EQ(handled, 0);
    fx_stop(&f);
}

W3_TEST(http09_request_line_fed_byte_by_byte_gets_400)
{
    fx f;
    start(&f);
    feed_bytewise(&f, "GET /\r\n");
    W3_CHECK(strncmp(f.out, "HTTP/1.1 400 ", 13) == 0);
    W3_CHECK(w3_conn_wants_close(f.conn));
    fx_stop(&f);
}

W3_TEST(bare_lf_line_ends_get_400_as_http_sys_does)
{
    fx f;
    start(&f);
    W3_CHECK(fx_send(&f, "GET / HTTP/1.1\nHost: h\n\n") != 0);
    W3_CHECK(strncmp(f.out, "HTTP/1.1 400 Bad Request\r\n", 26) == 0);
    W3_CHECK_EQ(handled, 0);
    fx_stop(&f);
}

W3_TEST(requests_per_connection_limit_closes_after_the_last)
{
    fx f;
    start_with_limits(&f, 0, 0, 3);
    const char *one = "GET / HTTP/1.1\r\nHost: h\r\n\r\n";
    char five[256] = "";
    for (int i = 0; i < 5; i++)
        strcat(five, one);
    W3_CHECK(fx_send(&f, five) != 0);
    W3_CHECK_EQ(handled, 3);
    W3_CHECK_EQ(fx_count(f.out, "HTTP/1.1 200 OK\r\n"), 3);
    W3_CHECK_EQ(fx_count(f.out, "Connection: close\r\n"), 1);
    /* The close is announced on the third response, the last one sent. */
    const char *last = f.out;
    for (const char *p; (p = strstr(last + 1, "HTTP/1.1 ")) != NULL;)
        last = p;
    W3_CHECK(strstr(last, "Connection: close\r\n") != NULL);
    W3_CHECK(w3_conn_wants_close(f.conn));
    fx_stop(&f);
}

W3_TEST(requests_per_connection_unlimited_by_default)
{
    fx f;
    start(&f);
    for (int i = 0; i < 1500; i++)
        W3_REQUIRE(fx_send(&f, "GET / HTTP/1.1\r\nHost: h\r\n\r\n") == 0);
    W3_CHECK_EQ(handled, 1500);
    W3_CHECK(!w3_conn_wants_close(f.conn));
    fx_stop(&f);
}

/* The host names the server's host check was asked about, and the one it serves. */
static char asked[256];

static int serves_good_only(void *ctx, w3_conn *conn, const char *host_name)
{
    (void)ctx;
    (void)conn;
    strncat(asked, host_name, sizeof asked - strlen(asked) - 2);
    strcat(asked, ";");
    return strcmp(host_name, "good.example") == 0;
}

W3_TEST(host_check_refuses_with_invalid_hostname_and_close)
{
    fx f;
    w3_server_config cfg;
    fx_config(&f, &cfg);
    cfg.handler = count_and_answer;
    cfg.host_check = serves_good_only;
    fx_start(&f, &cfg);
    fx_open(&f, 0);
    handled = 0;
    answer_status = 0;
    answer_length = NULL;
    asked[0] = '\0';
    W3_CHECK_EQ(fx_send(&f, "GET / HTTP/1.1\r\nHost: good.example:8080\r\n\r\n"), 0);
    W3_CHECK(strncmp(f.out, "HTTP/1.1 200 OK\r\n", 17) == 0);
    fx_clear_output(&f);
    W3_CHECK(fx_send(&f, "GET / HTTP/1.1\r\nHost: other.example\r\n\r\n") != 0);
    W3_CHECK(strncmp(f.out, "HTTP/1.1 400 Bad Request\r\n", 26) == 0);
    W3_CHECK_STR(fx_header_of(f.out, "Content-Type"), "text/html; charset=us-ascii");
    W3_CHECK_STR(body_of(f.out), w3_invalid_hostname_page());
    W3_CHECK_EQ(strlen(w3_invalid_hostname_page()), 334);
    W3_CHECK_EQ(handled, 1);
    W3_CHECK_STR(asked, "good.example;other.example;");
    fx_stop(&f);
}
