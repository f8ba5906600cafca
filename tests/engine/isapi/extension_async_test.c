/* The extension host's asynchronous support functions and the rest of the HSE_REQ_*
 * list: TRANSMIT_FILE, ASYNC_READ_CLIENT, EXEC_URL with GET_EXEC_URL_STATUS, SEND_URL,
 * SET_FLUSH_FLAG, REPORT_UNHEALTHY, each with its documented failures, and a client
 * that goes away while an asynchronous write is pending. The test extension
 * (support/test_extension.c) acts on its path info. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <windows.h>
#include <httpext.h>

#include "engine_fixture.h"
#include "w3test.h"

/* The embedder's side: the post callback signals, the test resumes on its thread. */
static HANDLE posted;

static void on_post(void *ctx, w3_conn *conn)
{
    (void)ctx;
    (void)conn;
    SetEvent(posted);
}

static void start(fx *f)
{
    w3_server_config cfg;
    fx_config(f, &cfg);
    posted = CreateEventA(NULL, FALSE, FALSE, NULL);
    cfg.post = on_post;
    bridge_reset();
    fx_start(f, &cfg);
    W3_REQUIRE(
        w3_server_add_extension(f->server, "test", fx_module_path("test_extension"), "/ext"));
    fx_open(f, 0);
}

static void stop(fx *f)
{
    fx_stop(f);
    CloseHandle(posted);
}

/* Resumes the connection for each completion until a response is out. */
static void run_completions(fx *f)
{
    for (int i = 0; i < 16 && f->out_len == 0; i++) {
        W3_REQUIRE(WaitForSingleObject(posted, 10000) == WAIT_OBJECT_0);
        w3_conn_resume(f->conn);
    }
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

/* A file of ten digits in the temporary directory; its path in `path`. */
static void make_file(char *path)
{
    static int made;
    char dir[MAX_PATH - 40];
    W3_REQUIRE(GetTempPathA(sizeof dir, dir) > 0);
    snprintf(path, MAX_PATH, "%sw3tf_%lu_%d.txt", dir, (unsigned long)GetCurrentProcessId(),
             ++made);
    HANDLE h =
        CreateFileA(path, GENERIC_WRITE, 0, NULL, CREATE_ALWAYS, FILE_ATTRIBUTE_NORMAL, NULL);
    W3_REQUIRE(h != INVALID_HANDLE_VALUE);
    DWORD n = 0;
    W3_REQUIRE(WriteFile(h, "0123456789", 10, &n, NULL) && n == 10);
    CloseHandle(h);
}

static void send_with_path(fx *f, const char *what, const char *path)
{
    char request[MAX_PATH + 128];
    snprintf(request, sizeof request, "GET /ext/%s?%s HTTP/1.1\r\nHost: x\r\n\r\n", what, path);
    fx_send(f, request);
}

/* Status from pszStatusCode, headers from the head buffer, bytes 2..6 of the file and
 * the tail; the completion goes to pfnHseIO with the bytes sent, after the call. */
W3_TEST(transmit_file_with_headers)
{
    char path[MAX_PATH];
    make_file(path);
    fx f;
    start(&f);
    send_with_path(&f, "transmit", path);
    W3_CHECK_EQ(f.out_len, 0);
    run_completions(&f);
    W3_CHECK(strncmp(f.out, "HTTP/1.1 201 Made\r\n", 19) == 0);
    W3_CHECK_STR(fx_header_of(f.out, "X-Head"), "1");
    W3_CHECK_STR(fx_header_of(f.out, "Content-Type"), "text/plain");
    W3_CHECK_STR(body_of(&f), "23456!");
    W3_CHECK(strstr(bridge_log(), "ext:tf(tf,6,0)") != NULL);
    W3_CHECK(strstr(bridge_log(), "ext:io-completion-instead") == NULL);
    W3_CHECK(!w3_conn_wants_close(f.conn));
    stop(&f);
    DeleteFileA(path);
}

W3_TEST(transmit_file_disconnect_after_send)
{
    char path[MAX_PATH];
    make_file(path);
    fx f;
    start(&f);
    send_with_path(&f, "transmit-close", path);
    run_completions(&f);
    W3_CHECK_STR(body_of(&f), "23456!");
    W3_CHECK(w3_conn_wants_close(f.conn));
    stop(&f);
    DeleteFileA(path);
}

/* The range a file output received: the bytes its path holds there. */
typedef struct file_range {
    char bytes[16];
    unsigned long long offset, length;
    int calls;
} file_range;

static void on_file(void *ctx, const char *path, unsigned long long offset,
                    unsigned long long length)
{
    file_range *r = ctx;
    r->offset = offset;
    r->length = length;
    r->calls++;
    HANDLE h = CreateFileA(path, GENERIC_READ, FILE_SHARE_READ, NULL, OPEN_EXISTING,
                           FILE_ATTRIBUTE_NORMAL, NULL);
    W3_REQUIRE(h != INVALID_HANDLE_VALUE);
    LARGE_INTEGER at;
    at.QuadPart = (LONGLONG)offset;
    DWORD got = 0;
    W3_CHECK(SetFilePointerEx(h, at, NULL, FILE_BEGIN));
    W3_CHECK(length < sizeof r->bytes && ReadFile(h, r->bytes, (DWORD)length, &got, NULL) &&
             got == length);
    CloseHandle(h);
}

/* With a file output the range is handed over by path, between the headers and the
 * tail, instead of read into the response; the completion still gets every byte. */
W3_TEST(transmit_file_hands_the_range_to_the_file_output)
{
    char path[MAX_PATH];
    make_file(path);
    fx f;
    start(&f);
    file_range range;
    memset(&range, 0, sizeof range);
    w3_conn_set_file_output(f.conn, on_file, &range);
    send_with_path(&f, "transmit", path);
    run_completions(&f);
    W3_CHECK(strncmp(f.out, "HTTP/1.1 201 Made\r\n", 19) == 0);
    W3_CHECK_STR(fx_header_of(f.out, "Content-Length"), "6");
    W3_CHECK_STR(body_of(&f), "!");
    W3_CHECK_EQ_I(range.calls, 1);
    W3_CHECK_EQ_I(range.offset, 2);
    W3_CHECK_EQ_I(range.length, 5);
    W3_CHECK_STR(range.bytes, "23456");
    W3_CHECK(strstr(bridge_log(), "ext:tf(tf,6,0)") != NULL);
    stop(&f);
    DeleteFileA(path);
}

/* No info, no completion function, an offset past the end (WSAEINVAL, 10022); then the
 * whole file between a head and a tail sent as body. */
W3_TEST(transmit_file_failures_and_whole_file)
{
    char path[MAX_PATH];
    make_file(path);
    fx f;
    start(&f);
    send_with_path(&f, "transmit-failures", path);
    run_completions(&f);
    char line[64];
    snprintf(line, sizeof line, "null=0,%d\n", (int)ERROR_INVALID_PARAMETER);
    W3_CHECK(has_line(&f, line));
    snprintf(line, sizeof line, "nofn=0,%d\n", (int)ERROR_INVALID_PARAMETER);
    W3_CHECK(has_line(&f, line));
    W3_CHECK(has_line(&f, "past=0,10022\n"));
    W3_CHECK(strstr(body_of(&f), "\n<0123456789>") != NULL);
    W3_CHECK(strstr(bridge_log(), "ext:tf(whole,12,0)") != NULL);
    stop(&f);
    DeleteFileA(path);
}

/* 60000 bytes: 49152 preloaded, the rest read asynchronously in 8 KB pieces, then 0. */
W3_TEST(async_read_client_after_the_preload)
{
    enum { SIZE = 60000 };
    fx f;
    start(&f);
    char *request = malloc(SIZE + 128);
    W3_REQUIRE(request != NULL);
    int head = snprintf(request, 128,
                        "POST /ext/async-read HTTP/1.1\r\nHost: x\r\n"
                        "Content-Length: %d\r\n\r\n",
                        SIZE);
    memset(request + head, 'z', SIZE);
    w3_conn_feed(f.conn, request, (size_t)head + SIZE);
    free(request);
    run_completions(&f);
    W3_CHECK_STR(body_of(&f), "read=10848,3,z"); /* 8192 + 2656 + 0 */
    stop(&f);
}

/* The child runs the pipeline with the verb, headers and entity given; its response is
 * the extension's, and GET_EXEC_URL_STATUS reports how it ended. */
W3_TEST(exec_url_runs_a_child_request)
{
    fx f;
    start(&f);
    fx_send(&f, "GET /ext/exec HTTP/1.1\r\nHost: x\r\n\r\n");
    W3_CHECK_EQ(f.out_len, 0);
    run_completions(&f);
    W3_CHECK(strncmp(f.out, "HTTP/1.1 200 OK\r\n", 17) == 0);
    W3_CHECK(has_line(&f, "method=PUT\n"));
    W3_CHECK(has_line(&f, "query=child=1\n"));
    W3_CHECK(has_line(&f, "type=text/x-child\n"));
    W3_CHECK(has_line(&f, "total=7\n"));
    W3_CHECK(strstr(body_of(&f), "body=payload") != NULL);
    W3_CHECK(strstr(bridge_log(), "ext:exec(1,200,0,0,0,0)") != NULL);
    W3_CHECK(!w3_conn_wants_close(f.conn));
    stop(&f);
}

/* The same with a wide-character URL; the child keeps the parent's headers and body. */
W3_TEST(exec_unicode_url_runs_a_child_request)
{
    fx f;
    start(&f);
    fx_send(&f, "POST /ext/exec-unicode HTTP/1.1\r\nHost: x\r\nContent-Type: text/x-parent\r\n"
                "Content-Length: 4\r\n\r\nbody");
    run_completions(&f);
    W3_CHECK(has_line(&f, "method=DELETE\n"));
    W3_CHECK(has_line(&f, "query=wide=1\n"));
    W3_CHECK(has_line(&f, "type=text/x-parent\n"));
    W3_CHECK(strstr(body_of(&f), "body=body") != NULL);
    W3_CHECK(strstr(bridge_log(), "ext:exec(1,200,0,0,0,0)") != NULL);
    stop(&f);
}

W3_TEST(async_requests_documented_failures)
{
    fx f;
    start(&f);
    fx_send(&f, "GET /ext/more-failures HTTP/1.1\r\nHost: x\r\n\r\n");
    char line[64];
    /* Each needs HSE_REQ_IO_COMPLETION's function first. */
    snprintf(line, sizeof line, "read=0,%d\n", (int)ERROR_INVALID_PARAMETER);
    W3_CHECK(has_line(&f, line));
    snprintf(line, sizeof line, "exec=0,%d\n", (int)ERROR_INVALID_PARAMETER);
    W3_CHECK(has_line(&f, line));
    snprintf(line, sizeof line, "status=0,%d\n", (int)ERROR_INVALID_PARAMETER);
    W3_CHECK(has_line(&f, line));
    snprintf(line, sizeof line, "token=0,%d\n", (int)ERROR_INVALID_PARAMETER);
    W3_CHECK(has_line(&f, line));
    snprintf(line, sizeof line, "relative=0,%d\n", (int)ERROR_INVALID_PARAMETER);
    W3_CHECK(has_line(&f, line));
    stop(&f);
}

/* "identical to HSE_REQ_SEND_URL_REDIRECT_RESP" (IIS 6+). */
W3_TEST(send_url_redirects)
{
    fx f;
    start(&f);
    fx_send(&f, "GET /ext/send-url HTTP/1.1\r\nHost: x\r\n\r\n");
    W3_CHECK(strncmp(f.out, "HTTP/1.1 302 ", 13) == 0);
    W3_CHECK_STR(fx_header_of(f.out, "Location"), "/moved");
    stop(&f);
}

/* With the flush flag each write goes out as it is made: chunked, no Content-Length. */
W3_TEST(flush_flag_streams_the_response)
{
    fx f;
    start(&f);
    fx_send(&f, "GET /ext/flush HTTP/1.1\r\nHost: x\r\n\r\n");
    W3_CHECK(strncmp(f.out, "HTTP/1.1 200 OK\r\n", 17) == 0);
    W3_CHECK_STR(fx_header_of(f.out, "Transfer-Encoding"), "chunked");
    W3_CHECK(strstr(f.out, "Content-Length") == NULL);
    W3_CHECK_STR(body_of(&f), "6\r\nfirst,\r\n6\r\nsecond\r\n0\r\n\r\n");
    W3_CHECK(!w3_conn_wants_close(f.conn));
    stop(&f);
}

W3_TEST(report_unhealthy_is_logged_and_visible)
{
    fx f;
    start(&f);
    W3_CHECK(w3_server_unhealthy(f.server) == NULL);
    fx_send(&f, "GET /ext/unhealthy HTTP/1.1\r\nHost: x\r\n\r\n");
    W3_CHECK_STR(body_of(&f), "reported");
    W3_CHECK_STR(w3_server_unhealthy(f.server), "database gone");
    W3_CHECK(strstr(f.log, "reports the worker unhealthy: database gone") != NULL);
    W3_CHECK(w3_server_unhealthy(NULL) == NULL);
    stop(&f);
}

/* The client goes away while the completion of an asynchronous write is on its way:
 * the completion ends the request without calling the extension again (no leak, no use
 * after free: the sanitizer lane runs this). */
W3_TEST(client_closing_while_an_async_write_is_pending)
{
    fx f;
    start(&f);
    fx_send(&f, "GET /ext/async HTTP/1.1\r\nHost: x\r\n\r\n");
    w3_conn *conn = f.conn;
    fx_close(&f);
    W3_REQUIRE(WaitForSingleObject(posted, 10000) == WAIT_OBJECT_0);
    w3_conn_resume(conn);
    W3_CHECK_EQ(f.out_len, 0);
    W3_CHECK(strstr(bridge_log(), "ext:io(") == NULL);
    stop(&f);
}
