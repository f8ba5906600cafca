/* The ISAPI extension host (IIS's IsapiModule) through the embedding API: the ECB of
 * GET, POST larger than the preload and chunked requests, the ServerSupportFunction
 * requests, their documented failures, and what each return code does to the
 * connection. The test extension (support/test_extension.c) acts on its path info. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <windows.h>
#include <httpext.h>

#include "engine_fixture.h"
#include "w3test.h"

#define ROOT "/srv/site"

/* A server with the test extension at /ext, root ROOT, and an open connection. */
static void start(fx *f)
{
    w3_server_config cfg;
    fx_config(f, &cfg);
    cfg.document_root = ROOT;
    bridge_reset();
    fx_start(f, &cfg);
    W3_REQUIRE(
        w3_server_add_extension(f->server, "test", fx_module_path("test_extension"), "/ext"));
    fx_open(f, 0);
}

static const char *body_of(const fx *f)
{
    const char *end = strstr(f->out, "\r\n\r\n");
    return end != NULL ? end + 4 : "";
}

static int has_line(const fx *f, const char *line)
{
    return strstr(body_of(f), line) != NULL;
}

W3_TEST(get_fills_the_ecb)
{
    fx f;
    start(&f);
    fx_send(&f, "GET /ext/echo?a=1&b=2 HTTP/1.1\r\nHost: example.test\r\n\r\n");
    W3_CHECK(strncmp(f.out, "HTTP/1.1 200 OK\r\n", 17) == 0);
    W3_CHECK_STR(fx_header_of(f.out, "Content-Type"), "text/plain");
    W3_CHECK(has_line(&f, "method=GET\n"));
    W3_CHECK(has_line(&f, "query=a=1&b=2\n"));
    W3_CHECK(has_line(&f, "path_info=/echo\n"));
    W3_CHECK(has_line(&f, "translated=\\srv\\site\\echo\n"));
    W3_CHECK(has_line(&f, "total=0\navailable=0\n"));
    W3_CHECK(has_line(&f, "type=\n"));
    W3_CHECK(has_line(&f, "server=example.test\n"));
    W3_CHECK(has_line(&f, "size=1\n"));
    W3_CHECK(!w3_conn_wants_close(f.conn));
    fx_stop(&f);
}

/* 48 KB arrive in lpbData, the rest through ReadClient. */
W3_TEST(post_larger_than_the_preload)
{
    enum { SIZE = 60000 }; /* above the 48 KB preload; the fixture keeps 64 KB */
    fx f;
    start(&f);
    char *request = malloc(SIZE + 256);
    W3_REQUIRE(request != NULL);
    int head = snprintf(request, 256,
                        "POST /ext/echo HTTP/1.1\r\nHost: example.test\r\nContent-Type: "
                        "application/octet-stream\r\nContent-Length: %d\r\n\r\n",
                        SIZE);
    for (int i = 0; i < SIZE; i++)
        request[head + i] = (char)('a' + i % 26);
    w3_conn_feed(f.conn, request, (size_t)head + SIZE);
    W3_CHECK(has_line(&f, "total=60000\navailable=49152\n"));
    W3_CHECK(has_line(&f, "type=application/octet-stream\n"));
    const char *body = strstr(body_of(&f), "body=");
    W3_REQUIRE(body != NULL);
    body += 5;
    W3_CHECK_EQ(strlen(body), SIZE);
    W3_CHECK(memcmp(body, request + head, SIZE) == 0);
    free(request);
    fx_stop(&f);
}

/* A chunked upload has no length: cbTotalBytes is 0xFFFFFFFF, ReadClient ends with 0. */
W3_TEST(chunked_upload)
{
    fx f;
    start(&f);
    fx_send(&f, "POST /ext/echo HTTP/1.1\r\nHost: example.test\r\nTransfer-Encoding: "
                "chunked\r\n\r\n5\r\nhello\r\n6\r\n world\r\n0\r\n\r\n");
    W3_CHECK(has_line(&f, "total=4294967295\n"));
    W3_CHECK(strstr(body_of(&f), "body=hello world") != NULL);
    fx_stop(&f);
}

W3_TEST(redirect_response)
{
    fx f;
    start(&f);
    fx_send(&f, "GET /ext/redirect HTTP/1.1\r\nHost: example.test\r\n\r\n");
    W3_CHECK(strncmp(f.out, "HTTP/1.1 302 ", 13) == 0);
    W3_CHECK_STR(fx_header_of(f.out, "Location"), "/elsewhere?x=1");
    W3_CHECK(!w3_conn_wants_close(f.conn));
    fx_stop(&f);
}

W3_TEST(send_response_header_with_body_after_the_blank_line)
{
    fx f;
    start(&f);
    fx_send(&f, "GET /ext/legacy HTTP/1.1\r\nHost: example.test\r\n\r\n");
    W3_CHECK(strncmp(f.out, "HTTP/1.1 403 Forbidden\r\n", 24) == 0);
    W3_CHECK_STR(body_of(&f), "no entry");
    W3_CHECK_STR(fx_header_of(f.out, "Content-Length"), "8");
    fx_stop(&f);
}

W3_TEST(error_status_answers_500_and_closes)
{
    fx f;
    start(&f);
    fx_send(&f, "GET /ext/error HTTP/1.1\r\nHost: example.test\r\n\r\n");
    W3_CHECK(strncmp(f.out, "HTTP/1.1 500 ", 13) == 0);
    W3_CHECK(w3_conn_wants_close(f.conn));
    fx_stop(&f);
}

/* HSE_STATUS_SUCCESS: "the server should disconnect the client". */
W3_TEST(success_closes_the_connection)
{
    fx f;
    start(&f);
    fx_send(&f, "GET /ext/success HTTP/1.1\r\nHost: example.test\r\n\r\n");
    W3_CHECK_STR(body_of(&f), "keep=1"); /* the client asked for keep-alive */
    W3_CHECK_STR(fx_header_of(f.out, "Connection"), "close");
    W3_CHECK(w3_conn_wants_close(f.conn));
    fx_stop(&f);
}

W3_TEST(success_and_keep_conn_keeps_it)
{
    fx f;
    start(&f);
    fx_send(&f, "GET /ext/keep HTTP/1.1\r\nHost: example.test\r\n\r\n");
    W3_CHECK_STR(body_of(&f), "keep=1");
    W3_CHECK(!w3_conn_wants_close(f.conn));
    fx_clear_output(&f);
    fx_send(&f, "GET /ext/keep HTTP/1.0\r\n\r\n");
    W3_CHECK_STR(body_of(&f), "keep=0"); /* HTTP/1.0 without Keep-Alive */
    W3_CHECK(w3_conn_wants_close(f.conn));
    fx_stop(&f);
}

W3_TEST(map_url_to_path_and_ex)
{
    fx f;
    start(&f);
    fx_send(&f, "GET /ext/map HTTP/1.1\r\nHost: example.test\r\n\r\n");
    char line[128];
    snprintf(line, sizeof line, "small=0,%d,%d\n", (int)ERROR_INSUFFICIENT_BUFFER,
             (int)sizeof "\\srv\\site\\a\\b.txt");
    W3_CHECK(has_line(&f, line));
    snprintf(line, sizeof line, "map=1,\\srv\\site\\a\\b.txt,%d\n",
             (int)sizeof "\\srv\\site\\a\\b.txt");
    W3_CHECK(has_line(&f, line));
    W3_CHECK(has_line(&f, "ex=1,\\srv\\site\\c\\d.htm,1,9\n"));
    fx_stop(&f);
}

W3_TEST(documented_failures)
{
    fx f;
    start(&f);
    fx_send(&f, "GET /ext/failures HTTP/1.1\r\nHost: example.test\r\n\r\n");
    char line[64];
    snprintf(line, sizeof line, "token=0,%d\n", (int)ERROR_NOT_SUPPORTED);
    W3_CHECK(has_line(&f, line));
    snprintf(line, sizeof line, "split=0,%d\n", (int)ERROR_INVALID_PARAMETER);
    W3_CHECK(has_line(&f, line));
    snprintf(line, sizeof line, "unknown=0,%d\n", (int)ERROR_INVALID_PARAMETER);
    W3_CHECK(has_line(&f, line));
    snprintf(line, sizeof line, "badconn=0,%d\n", (int)ERROR_INVALID_PARAMETER);
    W3_CHECK(has_line(&f, line));
    snprintf(line, sizeof line, "var=0,%d,1\n", (int)ERROR_INSUFFICIENT_BUFFER);
    W3_CHECK(has_line(&f, line));
    /* HSE_IO_ASYNC without HSE_REQ_IO_COMPLETION's function. */
    snprintf(line, sizeof line, "async=0,%d\n", (int)ERROR_INVALID_PARAMETER);
    W3_CHECK(has_line(&f, line));
    W3_CHECK(strstr(f.out, "X-Injected") == NULL);
    fx_stop(&f);
}

/* URLs outside the pattern go to the usual handler. */
W3_TEST(unmapped_urls_are_not_the_extensions)
{
    fx f;
    start(&f);
    fx_send(&f, "GET /extra HTTP/1.1\r\nHost: example.test\r\n\r\n");
    W3_CHECK(strstr(f.out, "<p>hello</p>") != NULL);
    W3_CHECK(strstr(bridge_log(), "ext:") == NULL || strstr(bridge_log(), "/extra") == NULL);
    fx_stop(&f);
}
