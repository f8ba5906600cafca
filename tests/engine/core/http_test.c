/* HTTP framing through the embedding API: parsing, keep-alive, errors. */
#include <stdio.h>
#include <string.h>

#include "engine_fixture.h"
#include "w3test.h"

static char seen[512];

static void describe(void *ctx, w3_request *req, w3_response *resp)
{
    (void)ctx;
    size_t len;
    const char *body = w3_request_body(req, &len);
    const char *a = w3_request_header(req, "x-dup");
    const char *b = w3_request_header(req, "CONTENT-TYPE");
    snprintf(seen, sizeof seen, "%s %s [%s] [%s] %.*s", w3_request_method(req), w3_request_url(req),
             a ? a : "-", b ? b : "-", (int)len, body);
    w3_response_add_header(resp, "Content-Type", "text/plain");
    w3_response_write(resp, "abc", 3);
}

/* A server answering with `describe`; limits of 0 are the defaults. */
static void start_limited(fx *f, unsigned long max_header, unsigned long max_body)
{
    w3_server_config cfg;
    fx_config(f, &cfg);
    cfg.handler = describe;
    cfg.max_header_bytes = max_header;
    cfg.max_body_bytes = max_body;
    fx_start(f, &cfg);
    fx_open(f, 0);
    seen[0] = '\0';
}

static void start(fx *f)
{
    start_limited(f, 0, 0);
}

W3_TEST(headers_case_insensitive_duplicates_kept_in_order)
{
    fx f;
    start(&f);
    fx_send(&f, "PUT /p?q HTTP/1.1\r\nHost: h\r\nX-Dup: 1\r\ncontent-type: t/x\r\nx-dup: 2\r\n"
                "Content-Length: 3\r\n\r\nxyz");
    W3_CHECK_STR(seen, "PUT /p?q [1, 2] [t/x] xyz");
    fx_stop(&f);
}

W3_TEST(byte_by_byte_feeding)
{
    fx f;
    start(&f);
    const char *req = "POST /b HTTP/1.1\r\nHost: h\r\nContent-Length: 2\r\n\r\nhi";
    for (size_t i = 0; req[i] != '\0'; i++)
        W3_CHECK_EQ(w3_conn_feed(f.conn, req + i, 1), 0);
    W3_CHECK_STR(seen, "POST /b [-] [-] hi");
    W3_CHECK(strstr(f.out, "\r\n\r\nabc") != NULL);
    fx_stop(&f);
}

/* What a front end's read timeouts go by: the header-read timeout until the headers are
 * complete, the body-read timeout while the body arrives, neither once it is in. */
W3_TEST(receiving_body_between_headers_and_end_of_body)
{
    fx f;
    start(&f);
    fx_send(&f, "POST /b HTTP/1.1\r\nHost: h\r\n");
    W3_CHECK(!w3_conn_receiving_body(f.conn));
    fx_send(&f, "Content-Length: 4\r\n\r\nab");
    W3_CHECK(w3_conn_receiving_body(f.conn));
    fx_send(&f, "cd");
    W3_CHECK(!w3_conn_receiving_body(f.conn));
    W3_CHECK_STR(seen, "POST /b [-] [-] abcd");
    fx_send(&f, "GET /g HTTP/1.1\r\nHost: h\r\n\r\n");
    W3_CHECK(!w3_conn_receiving_body(f.conn)); /* no body at all */
    fx_stop(&f);
}

W3_TEST(chunked_request_body)
{
    fx f;
    start(&f);
    fx_send(&f, "POST /c HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n"
                "3\r\nabc\r\n2\r\nde\r\n0\r\n\r\n");
    W3_CHECK_STR(seen, "POST /c [-] [-] abcde");
    fx_stop(&f);
}

W3_TEST(malformed_request_gets_400_and_close)
{
    fx f;
    start(&f);
    W3_CHECK(fx_send(&f, "GARBAGE\r\n\r\n") != 0);
    W3_CHECK(strncmp(f.out, "HTTP/1.1 400 Bad Request\r\n", 26) == 0);
    W3_CHECK(strstr(f.out, "Connection: close\r\n") != NULL);
    W3_CHECK(w3_conn_wants_close(f.conn));
    W3_CHECK(fx_send(&f, "GET / HTTP/1.1\r\n\r\n") != 0); /* ignored */
    W3_CHECK_EQ(fx_count(f.out, "HTTP/1.1"), 1);
    fx_stop(&f);
}

W3_TEST(earlier_requests_survive_a_later_malformed_one)
{
    fx f;
    start(&f);
    fx_send(&f, "GET /ok HTTP/1.1\r\nHost: h\r\n\r\nBAD STUFF\r\n\r\n");
    W3_CHECK(strncmp(f.out, "HTTP/1.1 200 OK\r\n", 17) == 0);
    W3_CHECK(strstr(f.out, "HTTP/1.1 400 Bad Request") != NULL);
    fx_stop(&f);
}

W3_TEST(connection_close_and_http10)
{
    fx f;
    start(&f);
    fx_send(&f, "GET / HTTP/1.1\r\nHost: h\r\nConnection: close\r\n\r\n");
    W3_CHECK(w3_conn_wants_close(f.conn));
    W3_CHECK(strstr(f.out, "Connection: close\r\n") != NULL);
    fx_stop(&f);
    start(&f);
    fx_send(&f, "GET / HTTP/1.0\r\nConnection: keep-alive\r\n\r\n");
    W3_CHECK(!w3_conn_wants_close(f.conn));
    fx_stop(&f);
}

W3_TEST(head_has_no_body)
{
    fx f;
    start(&f);
    fx_send(&f, "HEAD / HTTP/1.1\r\nHost: h\r\n\r\n");
    W3_CHECK(strstr(f.out, "Content-Length: 3\r\n") != NULL);
    W3_CHECK(strstr(f.out, "abc") == NULL);
    fx_stop(&f);
}

W3_TEST(no_handler_gives_404)
{
    fx f;
    w3_server_config cfg;
    fx_config(&f, &cfg);
    cfg.handler = NULL;
    fx_start(&f, &cfg);
    fx_open(&f, 0);
    fx_send(&f, "GET / HTTP/1.1\r\nHost: h\r\n\r\n");
    W3_CHECK(strncmp(f.out, "HTTP/1.1 404 Not Found\r\n", 24) == 0);
    W3_CHECK(strstr(f.out, "\r\nDate: ") != NULL);
    W3_CHECK(strstr(f.out, "\r\nServer: ") != NULL);
    fx_stop(&f);
}

W3_TEST(request_log_line)
{
    fx f;
    start(&f);
    fx_send(&f, "GET /x?y=1 HTTP/1.1\r\nHost: h\r\n\r\n");
    W3_CHECK(strstr(f.log, "request: 192.0.2.7 - h GET /x y=1 200 0 ") != NULL);
    fx_stop(&f);
}

W3_TEST(headers_over_the_limit_get_431)
{
    fx f;
    start_limited(&f, 48, 0);
    W3_CHECK(fx_send(&f, "GET / HTTP/1.1\r\nHost: h\r\nX-Long: "
                         "0123456789012345678901234567890123456789\r\n\r\n") != 0);
    W3_CHECK(strncmp(f.out, "HTTP/1.1 431 Request Header Fields Too Large\r\n", 46) == 0);
    W3_CHECK_STR(seen, "");
    fx_stop(&f);
}

W3_TEST(declared_body_over_the_limit_gets_413_before_it_is_read)
{
    fx f;
    start_limited(&f, 0, 10);
    W3_CHECK(fx_send(&f, "POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 11\r\n\r\n") != 0);
    W3_CHECK(strncmp(f.out, "HTTP/1.1 413 Request Entity Too Large\r\n", 39) == 0);
    W3_CHECK(w3_conn_wants_close(f.conn));
    W3_CHECK_STR(seen, "");
    fx_stop(&f);
}

W3_TEST(chunked_body_over_the_limit_gets_413)
{
    fx f;
    start_limited(&f, 0, 10);
    fx_send(&f, "POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n"
                "6\r\nabcdef\r\n6\r\nghijkl\r\n0\r\n\r\n");
    W3_CHECK(strncmp(f.out, "HTTP/1.1 413 ", 13) == 0);
    W3_CHECK(w3_conn_wants_close(f.conn));
    W3_CHECK_STR(seen, "");
    fx_stop(&f);
}

W3_TEST(expect_100_continue)
{
    fx f;
    start(&f);
    fx_send(&f, "POST /e HTTP/1.1\r\nHost: h\r\nExpect: 100-continue\r\nContent-Length: 2\r\n\r\n");
    W3_CHECK_STR(f.out, "HTTP/1.1 100 Continue\r\n\r\n");
    fx_send(&f, "ok");
    W3_CHECK(strncmp(f.out + 25, "HTTP/1.1 200 OK\r\n", 17) == 0);
    W3_CHECK_STR(seen, "POST /e [-] [-] ok");
    fx_stop(&f);
}

W3_TEST(no_100_continue_for_a_denied_request)
{
    fx f;
    w3_server_config cfg;
    fx_config(&f, &cfg);
    cfg.deny_anonymous = 1;
    fx_start(&f, &cfg);
    fx_open(&f, 0);
    fx_send(&f, "POST /e HTTP/1.1\r\nHost: h\r\nExpect: 100-continue\r\nContent-Length: 2\r\n\r\n");
    W3_CHECK(strncmp(f.out, "HTTP/1.1 401 ", 13) == 0);
    W3_CHECK(strstr(f.out, "100 Continue") == NULL);
    fx_stop(&f);
}
