/* The extension host's life: loading (and its refusals, logged like filters'),
 * TerminateExtension when the server is destroyed, URL patterns, filters around the
 * extension in IIS's order, and HSE_STATUS_PENDING completed from another thread
 * through the embedder's post callback. */
#include <stdio.h>
#include <string.h>

#include <windows.h>
#include <httpext.h>

#include "engine_fixture.h"
#include "w3test.h"

static int add(fx *f, const char *module, const char *pattern)
{
    return w3_server_add_extension(f->server, "test", fx_module_path(module), pattern);
}

W3_TEST(version_at_load_and_terminate_at_destroy)
{
    fx f;
    bridge_reset();
    fx_start(&f, NULL);
    W3_CHECK(add(&f, "test_extension", "/ext"));
    W3_CHECK_STR(bridge_log(), "ext:version");
    fx_open(&f, 0);
    fx_send(&f, "GET /ext/keep HTTP/1.1\r\nHost: x\r\n\r\n");
    W3_CHECK(strstr(bridge_log(), "ext:terminate") == NULL);
    fx_stop(&f);
    W3_CHECK(strstr(bridge_log(), "ext:terminate-must") != NULL);
}

W3_TEST(refused_load_is_reported)
{
    fx f;
    fx_start(&f, NULL);
    SetLastError(0);
    W3_CHECK(!add(&f, "refused_extension", "/ext"));
    W3_CHECK_EQ(GetLastError(), ERROR_ACCESS_DENIED);
    W3_CHECK(strstr(f.log, "ISAPI extension 'test'") != NULL);
    W3_CHECK(strstr(f.log, "GetExtensionVersion returned FALSE") != NULL);
    SetLastError(0);
    W3_CHECK(!add(&f, "recorder_a", "/ext")); /* a filter, not an extension */
    W3_CHECK_EQ(GetLastError(), ERROR_PROC_NOT_FOUND);
    W3_CHECK(strstr(f.log, "does not export GetExtensionVersion") != NULL);
    SetLastError(0);
    W3_CHECK(!w3_server_add_extension(f.server, "gone", "no-such-extension.dll", "/x"));
    W3_CHECK(GetLastError() != 0);
    W3_CHECK(strstr(f.log, "'gone'") != NULL);
    fx_stop(&f);
}

W3_TEST(bad_arguments_and_late_loads_are_refused)
{
    fx f;
    fx_start(&f, NULL);
    SetLastError(0);
    W3_CHECK(!add(&f, "test_extension", "relative"));
    W3_CHECK_EQ(GetLastError(), ERROR_INVALID_PARAMETER);
    W3_CHECK(!w3_server_add_extension(f.server, "test", NULL, "/ext"));
    W3_CHECK(!w3_server_add_extension(NULL, "test", "x", "/ext"));
    fx_open(&f, 0);
    SetLastError(0);
    W3_CHECK(!add(&f, "test_extension", "/ext"));
    W3_CHECK_EQ(GetLastError(), ERROR_INVALID_STATE);
    fx_stop(&f);
}

static void request_path_info(const char *pattern, const char *request, const char *expected)
{
    fx f;
    bridge_reset();
    fx_start(&f, NULL);
    W3_REQUIRE(add(&f, "test_extension", pattern));
    fx_open(&f, 0);
    fx_send(&f, request);
    W3_CHECK(strstr(f.out, expected) != NULL);
    fx_stop(&f);
}

/* Script maps ("*.ext", "*") give the whole URL as path info, as IIS does. */
W3_TEST(url_patterns)
{
    request_path_info("/scripts/t.dll", "GET /scripts/t.dll/echo HTTP/1.1\r\nHost: x\r\n\r\n",
                      "path_info=/echo\n");
    request_path_info("*.isa", "GET /app/page.isa HTTP/1.1\r\nHost: x\r\n\r\n",
                      "path_info=/app/page.isa\n");
    request_path_info("/api*", "GET /api/v1 HTTP/1.1\r\nHost: x\r\n\r\n", "path_info=/api/v1\n");
    request_path_info("*", "GET /any/thing HTTP/1.1\r\nHost: x\r\n\r\n", "path_info=/any/thing\n");
    request_path_info("*.isa", "GET /app/page.html HTTP/1.1\r\nHost: x\r\n\r\n", "<p>hello</p>");
}

/* Filters see the request before the extension runs, and its response after. */
W3_TEST(filters_see_the_extensions_response_in_order)
{
    fx f;
    bridge_reset();
    fx_start(&f, NULL);
    W3_REQUIRE(fx_add(&f, "recorder_a"));
    W3_REQUIRE(add(&f, "test_extension", "/ext"));
    fx_open(&f, 0);
    bridge_clear_log();
    fx_send(&f, "GET /ext/redirect HTTP/1.1\r\nHost: x\r\n\r\n");
    const char *log = bridge_log();
    const char *map = strstr(log, "a:URL_MAP"), *ext = strstr(log, "/redirect"),
               *send = strstr(log, "a:SEND_RESPONSE"), *end = strstr(log, "a:END_OF_REQUEST");
    W3_CHECK(map != NULL && ext != NULL && send != NULL && end != NULL);
    W3_CHECK(map < ext && ext < send && send < end);
    W3_CHECK(strncmp(f.out, "HTTP/1.1 302 ", 13) == 0);
    fx_stop(&f);
}

/* The embedder's side: the post callback signals, the test resumes on its thread. */
static HANDLE posted;
static w3_conn *posted_conn;
static DWORD posting_thread;

static void on_post(void *ctx, w3_conn *conn)
{
    (void)ctx;
    posted_conn = conn;
    posting_thread = GetCurrentThreadId();
    SetEvent(posted);
}

W3_TEST(pending_until_done_with_session_from_another_thread)
{
    fx f;
    w3_server_config cfg;
    fx_config(&f, &cfg);
    posted = CreateEventA(NULL, TRUE, FALSE, NULL);
    cfg.post = on_post;
    fx_start(&f, &cfg);
    W3_REQUIRE(add(&f, "test_extension", "/ext"));
    fx_open(&f, 0);
    fx_send(&f, "GET /ext/pending HTTP/1.1\r\nHost: x\r\n\r\n");
    W3_CHECK_EQ(f.out_len, 0); /* nothing until DONE_WITH_SESSION */
    W3_CHECK(w3_conn_pending(f.conn));
    W3_REQUIRE(WaitForSingleObject(posted, 10000) == WAIT_OBJECT_0);
    W3_CHECK(posting_thread != GetCurrentThreadId());
    W3_CHECK(posted_conn == f.conn);
    w3_conn_resume(f.conn);
    W3_CHECK(strncmp(f.out, "HTTP/1.1 200 OK\r\n", 17) == 0);
    W3_CHECK(strstr(f.out, "\r\n\r\nfinished on another thread") != NULL);
    W3_CHECK(!w3_conn_wants_close(f.conn));
    /* The connection serves the next request. */
    fx_clear_output(&f);
    fx_send(&f, "GET /ext/keep HTTP/1.1\r\nHost: x\r\n\r\n");
    W3_CHECK(strstr(f.out, "keep=1") != NULL);
    fx_stop(&f);
    CloseHandle(posted);
}

/* The client goes away while the extension works: the request lives until
 * DONE_WITH_SESSION, whose resume ends it without a response (no leak, no use after
 * free: the sanitizer lane runs this). */
W3_TEST(client_closing_while_pending)
{
    fx f;
    w3_server_config cfg;
    fx_config(&f, &cfg);
    posted = CreateEventA(NULL, TRUE, FALSE, NULL);
    cfg.post = on_post;
    fx_start(&f, &cfg);
    W3_REQUIRE(add(&f, "test_extension", "/ext"));
    fx_open(&f, 0);
    fx_send(&f, "GET /ext/pending HTTP/1.1\r\nHost: x\r\n\r\n");
    w3_conn *conn = f.conn;
    fx_close(&f);
    W3_REQUIRE(WaitForSingleObject(posted, 10000) == WAIT_OBJECT_0);
    W3_CHECK(posted_conn == conn);
    w3_conn_resume(conn);
    W3_CHECK_EQ(f.out_len, 0);
    fx_stop(&f);
    CloseHandle(posted);
}

/* WriteClient with HSE_IO_ASYNC: the completion function runs after HttpExtensionProc
 * returned, on the server's thread, once per write; the extension ends the session from
 * the last one. */
W3_TEST(async_writes_complete_through_io_completion)
{
    fx f;
    w3_server_config cfg;
    fx_config(&f, &cfg);
    posted = CreateEventA(NULL, FALSE, FALSE, NULL);
    cfg.post = on_post;
    bridge_reset();
    fx_start(&f, &cfg);
    W3_REQUIRE(add(&f, "test_extension", "/ext"));
    fx_open(&f, 0);
    fx_send(&f, "GET /ext/async HTTP/1.1\r\nHost: x\r\n\r\n");
    char expected[64];
    snprintf(expected, sizeof expected, "ext:async(1,0,%d)", (int)ERROR_INVALID_PARAMETER);
    W3_CHECK(strstr(bridge_log(), expected) != NULL);
    W3_CHECK_EQ(f.out_len, 0);
    for (int i = 0; i < 3 && f.out_len == 0; i++) {
        W3_REQUIRE(WaitForSingleObject(posted, 10000) == WAIT_OBJECT_0);
        w3_conn_resume(f.conn);
    }
    W3_CHECK(strstr(bridge_log(), "ext:io(ctx,4,0,after) ext:io(ctx,3,0,after)") != NULL);
    W3_CHECK(strncmp(f.out, "HTTP/1.1 200 OK\r\n", 17) == 0);
    W3_CHECK(strstr(f.out, "\r\n\r\none,two") != NULL);
    W3_CHECK_STR(fx_header_of(f.out, "Content-Length"), "7");
    W3_CHECK(!w3_conn_wants_close(f.conn));
    fx_stop(&f);
    CloseHandle(posted);
}
