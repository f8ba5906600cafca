#include <string.h>

#include "sample_server.h"

#define CART "GET /shop/cart?item=7 HTTP/1.1\r\nHost: shop.example:8080\r\n\r\n"

static w3h_server *run(int secure, w3h_conn **conn, w3h_response *resp)
{
    w3h_server *server = sample_server(NULL);
    sample_add_filter(server, "redirect_https");
    *conn = sample_open(server, secure);
    sample_get(*conn, CART, resp);
    return server;
}

W3_TEST(plain_http_is_redirected_with_the_same_url)
{
    w3h_conn *conn;
    w3h_response resp;
    w3h_server *server = run(0, &conn, &resp);
    W3_CHECK_STR(resp.version, "HTTP/1.1");
    W3_CHECK_EQ(resp.status, 302);
    W3_CHECK_STR(resp.reason, "Found");
    W3_CHECK_STR(w3h_response_header(&resp, "Location"), "https://shop.example/shop/cart?item=7");
    W3_CHECK(strstr(resp.body, "hello") == NULL);
    W3_CHECK(!w3h_conn_wants_close(conn)); /* framed: keep-alive survives */
    sample_get(conn, "GET / HTTP/1.1\r\nHost: shop.example\r\n\r\n", &resp);
    W3_CHECK_EQ(resp.status, 302);
    W3_CHECK_STR(resp.reason, "Found");
    W3_CHECK_EQ(w3h_server_destroy(server), W3H_OK);
}

W3_TEST(https_passes_through)
{
    w3h_conn *conn;
    w3h_response resp;
    w3h_server *server = run(1, &conn, &resp);
    W3_CHECK_EQ(resp.status, 200);
    W3_CHECK_STR(resp.reason, "OK");
    W3_CHECK(w3h_response_header(&resp, "Location") == NULL);
    W3_CHECK_EQ(w3h_server_destroy(server), W3H_OK);
}
