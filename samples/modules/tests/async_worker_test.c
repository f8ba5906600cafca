#include <string.h>

#include "sample_server.h"

/* The module computes on a worker thread and completes the request from there; the
 * harness resumes it on the test's thread. */
W3_TEST(worker_thread_completes_the_request)
{
    w3h_server *server = sample_server(NULL);
    w3h_response resp;
    sample_add_module(server, "async_worker");
    w3h_conn *conn = sample_open(server, 0);
    const char *request = "GET /compute HTTP/1.1\r\nHost: x\r\n\r\n";
    SAMPLE_OK(w3h_conn_send(conn, request, strlen(request)));
    W3_CHECK(w3h_conn_pending(conn));
    W3_CHECK_EQ(w3h_conn_read_response(conn, &resp), W3H_E_INCOMPLETE);
    SAMPLE_OK(w3h_server_run_pending(server, 10000));
    W3_CHECK(!w3h_conn_pending(conn));
    SAMPLE_OK(w3h_conn_read_response(conn, &resp));
    W3_CHECK_EQ(resp.status, 200);
    W3_CHECK_STR(resp.reason, "OK");
    W3_CHECK(strncmp(resp.body, "sum 1..1000 = 500500", 20) == 0);
    W3_CHECK_EQ(w3h_server_destroy(server), W3H_OK);
}
