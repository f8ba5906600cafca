#include <string.h>

#include "sample_server.h"

static w3h_server *from(const char *address, w3h_response *resp)
{
    w3h_server *server = sample_server(NULL);
    w3_conn_info info;
    w3h_conn *conn;
    sample_add_module(server, "deny_by_address");
    w3h_conn_info_init(&info);
    info.local_addr = "10.0.0.1";
    info.remote_addr = address;
    info.remote_port = 40000;
    SAMPLE_OK(w3h_conn_open(server, &info, &conn));
    sample_get(conn, "GET /secret HTTP/1.1\r\nHost: x\r\n\r\n", resp);
    return server;
}

W3_TEST(denied_network_gets_403)
{
    w3h_response resp;
    w3h_log_record rec;
    w3h_server *server = from("192.0.2.7", &resp);
    W3_CHECK_STR(resp.version, "HTTP/1.1");
    W3_CHECK_EQ(resp.status, 403);
    W3_CHECK_STR(resp.reason, "Forbidden");
    W3_CHECK(strstr(resp.body, "<h1>403 Forbidden</h1>") != NULL);
    W3_CHECK(strstr(resp.body, "<p>hello</p>") == NULL);
    SAMPLE_OK(w3h_server_log_record(server, 0, &rec)); /* logged as such */
    W3_CHECK_EQ(rec.status, 403);
    W3_CHECK_EQ(w3h_server_destroy(server), W3H_OK);
}

W3_TEST(other_clients_pass)
{
    w3h_response resp;
    w3h_server *server = from("203.0.113.5", &resp);
    W3_CHECK_EQ(resp.status, 200);
    W3_CHECK_STR(resp.reason, "OK");
    W3_CHECK_STR(resp.body, "<p>hello</p>");
    W3_CHECK_EQ(w3h_server_destroy(server), W3H_OK);
}
