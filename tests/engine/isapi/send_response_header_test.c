/* SF_REQ_SEND_RESPONSE_HEADER as IIS sends it: the status line, the server's headers,
 * the headers of AddResponseHeaders, then ul1 as given, the bytes after its blank line
 * included (the start of the body). Only CR or LF inside the status is refused. */
#include <string.h>

#include <windows.h>
#include <httpfilt.h>

#include "engine_fixture.h"
#include "w3test.h"

#define GET_REQUEST "GET /secret HTTP/1.1\r\nHost: example.test\r\n\r\n"

static const char *status_arg, *extra_arg, *added_arg;
static DWORD finish_with;
static BOOL sent_ok;
static DWORD sent_error;

static DWORD respond(int slot, HTTP_FILTER_CONTEXT *pfc, DWORD type, void *pv)
{
    (void)slot;
    (void)pv;
    if (type != SF_NOTIFY_PREPROC_HEADERS)
        return SF_STATUS_REQ_NEXT_NOTIFICATION;
    if (added_arg != NULL)
        W3_CHECK(pfc->AddResponseHeaders(pfc, (LPSTR)added_arg, 0));
    SetLastError(0);
    sent_ok = pfc->ServerSupportFunction(pfc, SF_REQ_SEND_RESPONSE_HEADER, (PVOID)status_arg,
                                         (ULONG_PTR)extra_arg, 0);
    sent_error = GetLastError();
    return finish_with;
}

static void run(fx *f, const char *status, const char *extra, const char *added, DWORD finish)
{
    status_arg = status;
    extra_arg = extra;
    added_arg = added;
    finish_with = finish;
    fx_run_recorder(f, respond, NULL, GET_REQUEST);
}

/* The legacy idiom: the body right after the blank line of ul1. */
W3_TEST(body_after_the_blank_line_of_ul1_is_sent)
{
    fx f;
    run(&f, "401 Access Denied", "Content-Type: text/plain\r\nContent-Length: 6\r\n\r\ndenied",
        NULL, SF_STATUS_REQ_FINISHED);
    W3_CHECK(sent_ok);
    W3_CHECK(strncmp(f.out, "HTTP/1.1 401 Access Denied\r\n", 28) == 0);
    W3_CHECK(strstr(f.out, "\r\nServer: ") != NULL);
    W3_CHECK(strstr(f.out, "\r\nDate: ") != NULL);
    const char *tail = "\r\nContent-Type: text/plain\r\nContent-Length: 6\r\n\r\ndenied";
    size_t tail_len = strlen(tail);
    W3_REQUIRE(f.out_len >= tail_len);
    W3_CHECK(memcmp(f.out + f.out_len - tail_len, tail, tail_len) == 0);
    W3_CHECK_EQ(fx_count(f.out, "HTTP/1.1"), 1);
    W3_CHECK(w3_conn_wants_close(f.conn)); /* SF_STATUS_REQ_FINISHED */
    fx_stop(&f);
}

W3_TEST(framed_response_with_body_keeps_the_connection)
{
    fx f;
    run(&f, NULL, "Content-Length: 2\r\n\r\nok", NULL, SF_STATUS_REQ_FINISHED_KEEP_CONN);
    W3_CHECK(sent_ok);
    W3_CHECK(strncmp(f.out, "HTTP/1.1 200 OK\r\n", 17) == 0);
    W3_CHECK(f.out_len > 2 && memcmp(f.out + f.out_len - 6, "\r\n\r\nok", 6) == 0);
    W3_CHECK(!w3_conn_wants_close(f.conn));
    fx_stop(&f);
}

W3_TEST(unframed_response_closes_the_connection)
{
    fx f;
    run(&f, NULL, "Content-Type: text/plain\r\n\r\nno length", NULL,
        SF_STATUS_REQ_FINISHED_KEEP_CONN);
    W3_CHECK(sent_ok);
    W3_CHECK(strstr(f.out, "\r\n\r\nno length") != NULL);
    W3_CHECK(w3_conn_wants_close(f.conn));
    fx_stop(&f);
}

/* ul1 without the blank line the documentation asks for: the server ends the header. */
W3_TEST(header_without_blank_line_is_ended_by_the_server)
{
    fx f;
    run(&f, "302 Found", "Location: /x\r\nContent-Length: 0", NULL,
        SF_STATUS_REQ_FINISHED_KEEP_CONN);
    W3_CHECK(sent_ok);
    W3_CHECK_EQ(fx_count(f.out, "\r\n\r\n"), 1);
    W3_CHECK(strstr(f.out, "\r\nLocation: /x\r\nContent-Length: 0\r\n\r\n") != NULL);
    W3_CHECK(!w3_conn_wants_close(f.conn));
    fx_stop(&f);
}

W3_TEST(null_ul1_sends_the_server_header_only)
{
    fx f;
    run(&f, "204 No Content", NULL, NULL, SF_STATUS_REQ_FINISHED);
    W3_CHECK(sent_ok);
    W3_CHECK(strncmp(f.out, "HTTP/1.1 204 No Content\r\n", 25) == 0);
    W3_CHECK(f.out_len >= 4 && memcmp(f.out + f.out_len - 4, "\r\n\r\n", 4) == 0);
    W3_CHECK_EQ(fx_count(f.out, "\r\n\r\n"), 1);
    fx_stop(&f);
}

/* Lines the server would not parse are the filter's business: sent as given. */
W3_TEST(unusual_header_lines_are_sent_as_given)
{
    fx f;
    run(&f, NULL, "X-Legacy without colon\r\n\r\n", NULL, SF_STATUS_REQ_FINISHED);
    W3_CHECK(sent_ok);
    W3_CHECK(strstr(f.out, "\r\nX-Legacy without colon\r\n\r\n") != NULL);
    fx_stop(&f);
}

W3_TEST(crlf_inside_the_status_is_refused)
{
    fx f;
    run(&f, "200 OK\r\nSet-Cookie: injected=1", "Content-Length: 0\r\n\r\n", NULL,
        SF_STATUS_REQ_NEXT_NOTIFICATION);
    W3_CHECK(!sent_ok);
    W3_CHECK_EQ(sent_error, ERROR_INVALID_PARAMETER);
    W3_CHECK(strstr(f.out, "injected") == NULL);
    /* Nothing was sent: the request goes on to the handler's response. */
    W3_CHECK(strncmp(f.out, "HTTP/1.1 200 OK\r\n", 17) == 0);
    W3_CHECK(strstr(f.out, "<p>hello</p>") != NULL);
    fx_stop(&f);
}

/* IIS 7+ keeps AddResponseHeaders' headers in the response, so they go out with the
 * header the filter has the server send, once, before ul1. */
W3_TEST(added_response_headers_go_out_with_it)
{
    fx f;
    run(&f, "403 Forbidden", "Content-Length: 4\r\n\r\nnope", "X-Added: 1\r\n",
        SF_STATUS_REQ_FINISHED_KEEP_CONN);
    W3_CHECK(sent_ok);
    W3_CHECK(strstr(f.out, "\r\nX-Added: 1\r\nContent-Length: 4\r\n\r\nnope") != NULL);
    W3_CHECK_EQ(fx_count(f.out, "X-Added"), 1);
    W3_CHECK(!w3_conn_wants_close(f.conn));
    fx_stop(&f);
}
