/* Tests of api_key_filter through w3compat's harness: no sockets, and the same program
 * runs natively and, built with MinGW, under Wine. */
#include <w3harness.h>

static w3h_server *server;
static w3h_conn *conn;

static int start(void)
{
    w3_conn_info info;
    w3h_conn_info_init(&info);
    return W3H_CHECK_OK(w3h_server_create(&server)) &&
           W3H_CHECK_OK(w3h_server_add_filter(server, w3h_extension_path("api_key_filter"))) &&
           W3H_CHECK_OK(w3h_conn_open(server, &info, &conn));
}

static void request_without_key_is_forbidden(void)
{
    w3h_response resp;
    if (!W3H_CHECK_OK(w3h_conn_request(conn, "GET", "/orders", NULL, NULL, 0, &resp)))
        return;
    W3H_CHECK(resp.status == 403);
    W3H_CHECK_STR(resp.body, "missing or wrong X-Api-Key\r\n");
}

static void request_with_key_goes_through(void)
{
    w3h_response resp;
    if (!W3H_CHECK_OK(
            w3h_conn_request(conn, "GET", "/orders", "X-Api-Key: let-me-in\r\n", NULL, 0, &resp)))
        return;
    W3H_CHECK(resp.status == 200);
    W3H_CHECK_STR(resp.body, "GET /orders"); /* the harness's default handler */
    W3H_CHECK_STR(w3h_response_header(&resp, "X-Api-Key-Checked"), "yes");
}

static void wrong_key_sent_in_pieces_is_forbidden(void)
{
    static const char request[] = "GET / HTTP/1.1\r\nHost: x\r\nX-Api-Key: guess\r\n\r\n";
    w3h_response resp;
    W3H_CHECK_OK(w3h_conn_send_split(conn, request, sizeof request - 1, 3));
    if (W3H_CHECK_OK(w3h_conn_read_response(conn, &resp)))
        W3H_CHECK(resp.status == 403);
}

int main(void)
{
    if (start()) {
        request_without_key_is_forbidden();
        request_with_key_goes_through();
        wrong_key_sent_in_pieces_is_forbidden();
        /* Also fails if the engine's pools did not give their memory back. */
        W3H_CHECK_OK(w3h_server_destroy(server));
    }
    return w3h_check_result();
}
