#include <string.h>

#include "sample_server.h"

#define GET_REQUEST "GET / HTTP/1.1\r\nHost: x\r\n\r\n"

/* The next response's X-Request-Count. */
static const char *count_of(w3h_conn *conn, w3h_response *resp)
{
    SAMPLE_OK(w3h_conn_read_response(conn, resp));
    return w3h_response_header(resp, "X-Request-Count");
}

W3_TEST(counts_requests_per_connection)
{
    w3h_server *server = sample_server(NULL);
    w3h_response resp;
    sample_add_filter(server, "conn_counter");
    w3h_conn *conn = sample_open(server, 0);
    SAMPLE_OK(w3h_conn_send(conn, GET_REQUEST GET_REQUEST GET_REQUEST, 3 * strlen(GET_REQUEST)));
    W3_CHECK_STR(count_of(conn, &resp), "1");
    W3_CHECK_STR(count_of(conn, &resp), "2");
    W3_CHECK_STR(count_of(conn, &resp), "3");
    SAMPLE_OK(w3h_conn_close(conn));
    conn = sample_open(server, 0); /* a new connection counts from 1 again */
    SAMPLE_OK(w3h_conn_send(conn, GET_REQUEST, strlen(GET_REQUEST)));
    W3_CHECK_STR(count_of(conn, &resp), "1");
    W3_CHECK_EQ(w3h_server_destroy(server), W3H_OK);
}

W3_TEST(connections_count_independently)
{
    w3h_server *server = sample_server(NULL);
    w3h_response resp;
    sample_add_filter(server, "conn_counter");
    w3h_conn *a = sample_open(server, 0);
    w3h_conn *b = sample_open(server, 0); /* the same server, a second connection */
    SAMPLE_OK(w3h_conn_send(a, GET_REQUEST GET_REQUEST, 2 * strlen(GET_REQUEST)));
    SAMPLE_OK(w3h_conn_send(b, GET_REQUEST, strlen(GET_REQUEST)));
    W3_CHECK_STR(count_of(a, &resp), "1");
    W3_CHECK_STR(count_of(a, &resp), "2");
    W3_CHECK_STR(count_of(b, &resp), "1");
    W3_CHECK_EQ(w3h_conn_read_response(b, &resp), W3H_E_INCOMPLETE); /* no second one */
    SAMPLE_OK(w3h_conn_close(b));
    W3_CHECK_EQ(w3h_server_destroy(server), W3H_OK);
}
