/* Teardown: what the harness checks when a test destroys its server. */
#include "probe.h"
#include "w3test.h"

W3_TEST(served_requests_give_all_pool_memory_back)
{
    w3h_server *server;
    w3h_conn *conn;
    w3h_response resp;
    w3_conn_info info;
    probe_start(&server, &conn);
    for (int i = 0; i < 20; i++)
        W3_REQUIRE(w3h_conn_request(conn, "POST", "/p", NULL, "body", 4, &resp) == W3H_OK);
    w3h_conn_info_init(&info);
    info.secure = 1;
    info.local_port = 443;
    W3_REQUIRE(w3h_conn_open(server, &info, &conn) == W3H_OK); /* left open: closed by destroy */
    W3_REQUIRE(w3h_conn_request(conn, "GET", "/module", NULL, NULL, 0, &resp) == W3H_OK);
    W3_CHECK_EQ(w3h_server_destroy(server), W3H_OK);
    W3_CHECK_STR(w3h_last_error(), ""); /* no earlier failure in this thread either */
}

W3_TEST(custom_engine_config_keeps_the_user_handler_and_log)
{
    w3h_server *server;
    w3h_conn *conn;
    w3h_response resp;
    w3_server_config cfg;
    w3_conn_info info;
    w3_server_config_init(&cfg);
    cfg.max_body_bytes = 4; /* beyond: 413 */
    W3_REQUIRE(w3h_server_create_with(&cfg, &server) == W3H_OK);
    w3h_conn_info_init(&info);
    W3_REQUIRE(w3h_conn_open(server, &info, &conn) == W3H_OK);
    W3_REQUIRE(w3h_conn_request(conn, "GET", "/", NULL, NULL, 0, &resp) == W3H_OK);
    W3_CHECK_EQ(resp.status, 404); /* no handler: every request gets 404 */
    W3_REQUIRE(w3h_conn_request(conn, "POST", "/", NULL, "12345", 5, &resp) == W3H_OK);
    W3_CHECK_EQ(resp.status, 413);
    W3_CHECK_EQ(w3h_server_log_count(server), 2);
    W3_CHECK_EQ(w3h_server_destroy(server), W3H_OK);
}
