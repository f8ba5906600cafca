/* The echo sample extension through the embedding API: the ECB echoed for GET and POST,
 * the body whole, the redirect, and the answer written from a thread of its own. */
#include <string.h>

#include <windows.h>

#include "engine_fixture.h"
#include "w3test.h"

static void start(fx *f)
{
    w3_server_config cfg;
    fx_config(f, &cfg);
    cfg.document_root = "/site";
    fx_start(f, &cfg);
    W3_REQUIRE(
        w3_server_add_extension(f->server, "echo", fx_module_path("echo_extension"), "/echo.dll"));
    fx_open(f, 0);
}

W3_TEST(get_is_echoed)
{
    fx f;
    start(&f);
    fx_send(&f, "GET /echo.dll/some/where?q=1 HTTP/1.1\r\nHost: x\r\n\r\n");
    W3_CHECK(strncmp(f.out, "HTTP/1.1 200 OK\r\n", 17) == 0);
    W3_CHECK(strstr(f.out, "REQUEST_METHOD: GET\nQUERY_STRING: q=1\nPATH_INFO: /some/where\n"
                           "PATH_TRANSLATED: \\site\\some\\where\n") != NULL);
    W3_CHECK(strstr(f.out, "TOTAL_BYTES: 0\n") != NULL);
    W3_CHECK(!w3_conn_wants_close(f.conn));
    fx_stop(&f);
}

W3_TEST(post_body_is_echoed)
{
    fx f;
    start(&f);
    fx_send(&f, "POST /echo.dll HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\n"
                "Content-Length: 11\r\n\r\nhello world");
    W3_CHECK(strstr(f.out, "CONTENT_TYPE: text/plain\nTOTAL_BYTES: 11\n") != NULL);
    const char *end = strstr(f.out, "\n\nhello world");
    W3_CHECK(end != NULL && end[13] == '\0');
    fx_stop(&f);
}

W3_TEST(redirect)
{
    fx f;
    start(&f);
    fx_send(&f, "GET /echo.dll/redirect HTTP/1.1\r\nHost: x\r\n\r\n");
    W3_CHECK(strncmp(f.out, "HTTP/1.1 302 ", 13) == 0);
    W3_CHECK_STR(fx_header_of(f.out, "Location"), "/index.html");
    fx_stop(&f);
}

/* The embedder resumes the connection on its thread when the engine posts. */
static HANDLE posted;

static void on_post(void *ctx, w3_conn *conn)
{
    (void)ctx, (void)conn;
    SetEvent(posted);
}

W3_TEST(async_write_from_another_thread)
{
    fx f;
    w3_server_config cfg;
    fx_config(&f, &cfg);
    posted = CreateEventA(NULL, FALSE, FALSE, NULL);
    cfg.post = on_post;
    fx_start(&f, &cfg);
    W3_REQUIRE(
        w3_server_add_extension(f.server, "echo", fx_module_path("echo_extension"), "/echo.dll"));
    fx_open(&f, 0);
    fx_send(&f, "GET /echo.dll/async HTTP/1.1\r\nHost: x\r\n\r\n");
    for (int i = 0; i < 4 && f.out_len == 0; i++) {
        W3_REQUIRE(WaitForSingleObject(posted, 10000) == WAIT_OBJECT_0);
        w3_conn_resume(f.conn);
    }
    W3_CHECK(strncmp(f.out, "HTTP/1.1 200 OK\r\n", 17) == 0);
    W3_CHECK(strstr(f.out, "\r\n\r\nwritten asynchronously from another thread\n") != NULL);
    W3_CHECK(!w3_conn_wants_close(f.conn));
    fx_stop(&f);
    CloseHandle(posted);
}
