#include <string.h>

#include "sample_server.h"

#define GET "GET / HTTP/1.1\r\nHost: x\r\n\r\n"

W3_TEST(counts_every_request_across_connections)
{
    w3h_server *server = sample_server(NULL);
    w3h_response resp;
    sample_add_module(server, "request_counter");
    w3h_conn *conn = sample_open(server, 0);
    SAMPLE_OK(w3h_conn_send(conn, GET GET, 2 * strlen(GET)));
    SAMPLE_OK(w3h_conn_read_response(conn, &resp));
    W3_CHECK_STR(w3h_response_header(&resp, "X-Request-Number"), "1");
    W3_CHECK_STR(resp.body, "<p>hello</p>"); /* the content is the server's */
    SAMPLE_OK(w3h_conn_read_response(conn, &resp));
    W3_CHECK_STR(w3h_response_header(&resp, "X-Request-Number"), "2");
    W3_CHECK_STR(resp.body, "<p>hello</p>");
    SAMPLE_OK(w3h_conn_close(conn));
    conn = sample_open(server, 0);
    sample_get(conn, GET, &resp);
    W3_CHECK_STR(w3h_response_header(&resp, "X-Request-Number"), "3");
    W3_CHECK_EQ(w3h_server_destroy(server), W3H_OK);
}
