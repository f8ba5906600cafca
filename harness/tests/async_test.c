/* Asynchronous completions: a module's request waits until the harness resumes it. */
#include "probe.h"
#include "w3test.h"

W3_TEST(request_runs_pending_completion)
{
    w3h_server *server;
    w3h_conn *conn;
    w3h_response resp;
    probe_start(&server, &conn);
    W3_REQUIRE(w3h_conn_request(conn, "GET", "/async/20", NULL, NULL, 0, &resp) == W3H_OK);
    W3_CHECK_STR(resp.body, "async after 20 ms");
    W3_CHECK_STR(w3h_response_header(&resp, "X-Probe"), "filter");
    W3_CHECK_EQ(w3h_server_destroy(server), W3H_OK);
}

W3_TEST(raw_send_stays_pending_until_run)
{
    static const char req[] = "GET /async/300 HTTP/1.1\r\nHost: x\r\n\r\n";
    w3h_server *server;
    w3h_conn *conn;
    w3h_response resp;
    probe_start(&server, &conn);
    W3_REQUIRE(w3h_conn_send(conn, req, sizeof req - 1) == W3H_OK);
    W3_CHECK(w3h_conn_pending(conn));
    W3_CHECK_EQ(w3h_conn_read_response(conn, &resp), W3H_E_INCOMPLETE);
    W3_CHECK(last_error_says("waits for a module's completion"));
    W3_CHECK_EQ(w3h_server_run_pending(server, 10), W3H_E_TIMEOUT);
    W3_CHECK(last_error_says("1 request(s) still wait"));
    W3_REQUIRE(w3h_server_run_pending(server, 10000) == W3H_OK);
    W3_CHECK(!w3h_conn_pending(conn));
    W3_REQUIRE(w3h_conn_read_response(conn, &resp) == W3H_OK);
    W3_CHECK_STR(resp.body, "async after 300 ms");
    W3_CHECK_EQ(w3h_server_destroy(server), W3H_OK);
}

W3_TEST(teardown_waits_for_completion_of_closed_connection)
{
    static const char req[] = "GET /async/200 HTTP/1.1\r\nHost: x\r\n\r\n";
    w3h_server *server;
    w3h_conn *conn;
    probe_start(&server, &conn);
    W3_REQUIRE(w3h_conn_send(conn, req, sizeof req - 1) == W3H_OK);
    W3_REQUIRE(w3h_conn_close(conn) == W3H_OK);
    W3_CHECK_EQ(w3h_server_destroy(server), W3H_OK);
}
