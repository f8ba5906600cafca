#include <string.h>

#include "sample_server.h"

static w3h_server *start(w3h_conn **conn)
{
    w3h_server *server = sample_server(NULL);
    sample_add_module(server, "hello_world");
    *conn = sample_open(server, 0);
    return server;
}

W3_TEST(every_request_gets_hello_world)
{
    w3h_conn *conn;
    w3h_response resp;
    w3h_server *server = start(&conn);
    sample_get(conn, "GET /anything HTTP/1.1\r\nHost: x\r\n\r\n", &resp);
    W3_CHECK_STR(resp.version, "HTTP/1.1");
    W3_CHECK_EQ(resp.status, 200);
    W3_CHECK_STR(resp.reason, "OK");
    W3_CHECK_STR(w3h_response_header(&resp, "Content-Type"), "text/plain");
    W3_CHECK_STR(w3h_response_header(&resp, "Content-Length"), "11");
    W3_CHECK_STR(resp.body, "Hello World");
    W3_CHECK(strstr(resp.raw, "<p>hello</p>") == NULL); /* the server's handler never ran */
    W3_CHECK_EQ(w3h_server_destroy(server), W3H_OK);
}

W3_TEST(keep_alive_connections_get_one_answer_per_request)
{
    w3h_conn *conn;
    w3h_response resp;
    w3h_server *server = start(&conn);
    const char *two = "GET /a HTTP/1.1\r\nHost: x\r\n\r\nGET /b HTTP/1.1\r\nHost: x\r\n\r\n";
    SAMPLE_OK(w3h_conn_send(conn, two, strlen(two)));
    SAMPLE_OK(w3h_conn_read_response(conn, &resp));
    W3_CHECK_STR(resp.body, "Hello World");
    SAMPLE_OK(w3h_conn_read_response(conn, &resp));
    W3_CHECK_STR(resp.body, "Hello World");
    W3_CHECK_EQ(w3h_conn_read_response(conn, &resp), W3H_E_INCOMPLETE); /* only two */
    W3_CHECK(!w3h_conn_wants_close(conn));
    W3_CHECK_EQ(w3h_server_log_count(server), 2);
    W3_CHECK_EQ(w3h_server_destroy(server), W3H_OK);
}
