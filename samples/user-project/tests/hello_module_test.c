/* Tests of hello_module through w3compat's harness, natively and under Wine. */
#include <w3harness.h>

int main(void)
{
    w3h_server *server;
    w3h_conn *conn;
    w3h_response resp;
    w3h_log_record rec;
    w3_conn_info info;
    w3h_conn_info_init(&info);
    if (!W3H_CHECK_OK(w3h_server_create(&server)) ||
        !W3H_CHECK_OK(w3h_server_add_module(server, w3h_extension_path("hello_module"))) ||
        !W3H_CHECK_OK(w3h_conn_open(server, &info, &conn)))
        return w3h_check_result();

    if (W3H_CHECK_OK(w3h_conn_request(conn, "GET", "/hello?name=Ada", NULL, NULL, 0, &resp))) {
        W3H_CHECK(resp.status == 200);
        W3H_CHECK_STR(resp.body, "Hello, Ada!");
        W3H_CHECK_STR(w3h_response_header(&resp, "Content-Type"), "text/plain");
    }
    if (W3H_CHECK_OK(w3h_conn_request(conn, "GET", "/hello", NULL, NULL, 0, &resp)))
        W3H_CHECK_STR(resp.body, "Hello, world!");
    /* Other URLs are not the module's: the next handler answers. */
    if (W3H_CHECK_OK(w3h_conn_request(conn, "GET", "/other", NULL, NULL, 0, &resp)))
        W3H_CHECK_STR(resp.body, "GET /other");
    /* What the request log says about the first request. */
    if (W3H_CHECK_OK(w3h_server_log_record(server, 0, &rec))) {
        W3H_CHECK_STR(rec.uri_stem, "/hello");
        W3H_CHECK_STR(rec.uri_query, "name=Ada");
        W3H_CHECK(rec.status == 200);
    }
    W3H_CHECK_OK(w3h_server_destroy(server));
    return w3h_check_result();
}
