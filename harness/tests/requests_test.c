/* Requests through the harness: raw bytes, pieces, method/URL/headers/body, and the
 * parsed response and log record a test sees. */
#include <string.h>

#include "probe.h"
#include "w3test.h"

W3_TEST(request_gets_parsed_response_with_filter_header)
{
    w3h_server *server;
    w3h_conn *conn;
    w3h_response resp;
    probe_start(&server, &conn);
    W3_REQUIRE(w3h_conn_request(conn, "GET", "/hello?x=1", NULL, NULL, 0, &resp) == W3H_OK);
    W3_CHECK_EQ(resp.status, 200);
    W3_CHECK_STR(resp.reason, "OK");
    W3_CHECK_STR(resp.version, "HTTP/1.1");
    W3_CHECK_STR(resp.body, "GET /hello?x=1");
    W3_CHECK_EQ(resp.body_len, 14);
    W3_CHECK_STR(w3h_response_header(&resp, "x-probe"), "filter");
    W3_CHECK_STR(w3h_response_header(&resp, "Content-Type"), "text/plain");
    W3_CHECK(w3h_response_header(&resp, "X-Absent") == NULL);
    W3_CHECK(strncmp(resp.raw, "HTTP/1.1 200 OK\r\n", 17) == 0);
    W3_CHECK_EQ(w3h_server_destroy(server), W3H_OK);
}

W3_TEST(post_body_and_headers_reach_the_server)
{
    w3h_server *server;
    w3h_conn *conn;
    w3h_response resp;
    probe_start(&server, &conn);
    W3_REQUIRE(w3h_conn_request(conn, "POST", "/echo", "X-Test: 1\r\n", "a=1&b=2", 7, &resp) ==
               W3H_OK);
    W3_CHECK_EQ(resp.status, 200);
    W3_CHECK_STR(resp.body, "a=1&b=2");
    W3_CHECK_STR(w3h_response_header(&resp, "Content-Length"), "7");
    W3_CHECK_EQ(w3h_server_destroy(server), W3H_OK);
}

W3_TEST(module_answers_its_url)
{
    w3h_server *server;
    w3h_conn *conn;
    w3h_response resp;
    probe_start(&server, &conn);
    W3_REQUIRE(w3h_conn_request(conn, "GET", "/module", NULL, NULL, 0, &resp) == W3H_OK);
    W3_CHECK_STR(resp.body, "module");
    W3_CHECK_STR(w3h_response_header(&resp, "X-Probe"), "filter");
    W3_CHECK_EQ(w3h_server_destroy(server), W3H_OK);
}

W3_TEST(head_response_has_no_body)
{
    w3h_server *server;
    w3h_conn *conn;
    w3h_response resp;
    probe_start(&server, &conn);
    W3_REQUIRE(w3h_conn_request(conn, "HEAD", "/x", NULL, NULL, 0, &resp) == W3H_OK);
    W3_CHECK_EQ(resp.status, 200);
    W3_CHECK_EQ(resp.body_len, 0);
    W3_REQUIRE(w3h_conn_request(conn, "GET", "/y", NULL, NULL, 0, &resp) == W3H_OK);
    W3_CHECK_STR(resp.body, "GET /y");
    W3_CHECK_EQ(w3h_server_destroy(server), W3H_OK);
}

W3_TEST(partial_input_waits_for_the_rest)
{
    w3h_server *server;
    w3h_conn *conn;
    w3h_response resp;
    probe_start(&server, &conn);
    W3_REQUIRE(w3h_conn_send(conn, "GET /part HTTP/1.1\r\nHo", 22) == W3H_OK);
    W3_CHECK_EQ(w3h_conn_read_response(conn, &resp), W3H_E_INCOMPLETE);
    W3_CHECK(last_error_says("no complete response in the 0 byte(s)"));
    W3_REQUIRE(w3h_conn_send(conn, "st: x\r\n\r\n", 9) == W3H_OK);
    W3_REQUIRE(w3h_conn_read_response(conn, &resp) == W3H_OK);
    W3_CHECK_STR(resp.body, "GET /part");
    W3_CHECK_EQ(w3h_server_destroy(server), W3H_OK);
}

W3_TEST(byte_by_byte_pipelined_requests_answer_in_order)
{
    static const char two[] = "GET /one HTTP/1.1\r\nHost: x\r\n\r\n"
                              "GET /two HTTP/1.1\r\nHost: x\r\n\r\n";
    w3h_server *server;
    w3h_conn *conn;
    w3h_response resp;
    probe_start(&server, &conn);
    W3_REQUIRE(w3h_conn_send_split(conn, two, sizeof two - 1, 1) == W3H_OK);
    W3_REQUIRE(w3h_conn_read_response(conn, &resp) == W3H_OK);
    W3_CHECK_STR(resp.body, "GET /one");
    W3_REQUIRE(w3h_conn_read_response(conn, &resp) == W3H_OK);
    W3_CHECK_STR(resp.body, "GET /two");
    W3_CHECK_EQ(w3h_conn_read_response(conn, &resp), W3H_E_INCOMPLETE);
    W3_CHECK_EQ(w3h_server_destroy(server), W3H_OK);
}

W3_TEST(log_record_has_what_the_filter_logged)
{
    w3h_server *server;
    w3h_conn *conn;
    w3h_response resp;
    w3h_log_record rec;
    probe_start(&server, &conn);
    W3_REQUIRE(w3h_conn_request(conn, "GET", "/logged?q=1", NULL, NULL, 0, &resp) == W3H_OK);
    W3_REQUIRE(w3h_server_log_count(server) == 1);
    W3_REQUIRE(w3h_server_log_record(server, 0, &rec) == W3H_OK);
    W3_CHECK_STR(rec.method, "GET");
    W3_CHECK_STR(rec.uri_stem, "/logged");
    W3_CHECK_STR(rec.uri_query, "q=1");
    W3_CHECK_STR(rec.username, "probe");
    W3_CHECK_EQ(rec.status, 200);
    W3_CHECK_EQ(rec.bytes_sent, resp.raw_len);
    W3_CHECK_EQ(w3h_server_log_record(server, 1, &rec), W3H_E_INVALID_ARG);
    W3_CHECK(last_error_says("record 1 asked, 1 logged"));
    W3_CHECK_EQ(w3h_server_destroy(server), W3H_OK);
}

W3_TEST(bad_request_gets_400_and_later_sends_fail)
{
    w3h_server *server;
    w3h_conn *conn;
    w3h_response resp;
    probe_start(&server, &conn);
    W3_REQUIRE(w3h_conn_send(conn, "NOT HTTP\r\n\r\n", 12) == W3H_OK);
    W3_REQUIRE(w3h_conn_read_response(conn, &resp) == W3H_OK);
    W3_CHECK_EQ(resp.status, 400);
    W3_CHECK(w3h_conn_wants_close(conn));
    W3_CHECK_EQ(w3h_conn_send(conn, "GET / HTTP/1.1\r\n\r\n", 18), W3H_E_CLOSED);
    W3_CHECK(last_error_says("the server closed the connection"));
    W3_CHECK_EQ(w3h_server_destroy(server), W3H_OK);
}
