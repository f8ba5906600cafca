#include <string.h>

#include "sample_server.h"

#define GET "GET / HTTP/1.1\r\nHost: x\r\n\r\n"

W3_TEST(request_and_connection_contexts)
{
    w3h_server *server = sample_server(NULL);
    w3h_response resp;
    sample_add_module(server, "context_counter");
    w3h_conn *conn = sample_open(server, 0);
    sample_get(conn, GET, &resp);
    /* BEGIN_REQUEST, AUTHENTICATE_REQUEST, EXECUTE_REQUEST_HANDLER */
    W3_CHECK_STR(w3h_response_header(&resp, "X-Notifications-Seen"), "3");
    W3_CHECK_STR(w3h_response_header(&resp, "X-Connection-Requests"), "1");
    sample_get(conn, GET, &resp);
    W3_CHECK_STR(w3h_response_header(&resp, "X-Notifications-Seen"), "3");  /* a new request */
    W3_CHECK_STR(w3h_response_header(&resp, "X-Connection-Requests"), "2"); /* same connection */
    SAMPLE_OK(w3h_conn_close(conn));
    conn = sample_open(server, 0);
    sample_get(conn, GET, &resp);
    W3_CHECK_STR(w3h_response_header(&resp, "X-Connection-Requests"), "1"); /* a new connection */
    W3_CHECK_EQ(w3h_server_destroy(server), W3H_OK);
}
