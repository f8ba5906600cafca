#include "sample_server.h"

#define GET_REQUEST "GET / HTTP/1.1\r\nHost: x\r\n\r\n"

static const char *content_type;

static void respond(void *ctx, w3_request *req, w3_response *resp)
{
    (void)ctx;
    (void)req;
    w3_response_add_header(resp, "Content-Type", content_type);
    w3_response_add_header(resp, "X-Lower", "keep me");
    w3_response_write(resp, "<p>Hello, world</p>", 19);
}

static w3h_server *run(const char *type, w3h_conn **conn, w3h_response *resp)
{
    content_type = type;
    w3h_server *server = sample_server(respond);
    sample_add_filter(server, "upcase_html");
    *conn = sample_open(server, 0);
    sample_get(*conn, GET_REQUEST, resp);
    return server;
}

W3_TEST(html_body_is_upper_cased_headers_are_not)
{
    w3h_conn *conn;
    w3h_response resp;
    w3h_server *server = run("text/html; charset=utf-8", &conn, &resp);
    W3_CHECK_STR(resp.body, "<P>HELLO, WORLD</P>");
    W3_CHECK_STR(w3h_response_header(&resp, "X-Lower"), "keep me");
    /* The next response on the connection is treated on its own. */
    content_type = "text/plain";
    sample_get(conn, GET_REQUEST, &resp);
    W3_CHECK_STR(resp.body, "<p>Hello, world</p>");
    W3_CHECK_EQ(w3h_server_destroy(server), W3H_OK);
}

W3_TEST(other_types_pass_unchanged)
{
    w3h_conn *conn;
    w3h_response resp;
    w3h_server *server = run("application/json", &conn, &resp);
    W3_CHECK_STR(resp.body, "<p>Hello, world</p>");
    W3_CHECK_EQ(w3h_server_destroy(server), W3H_OK);
}
