/* A test on the installed harness (w3harness.h), built with `pkg-config
 * w3compat-harness` or w3compat::harness: one request to the default server. */
#include <stdio.h>

#include "w3harness.h"

int main(void)
{
    w3h_server *server;
    w3h_conn *conn;
    w3h_response resp;
    w3_conn_info info;
    w3h_conn_info_init(&info);
    if (W3H_CHECK_OK(w3h_server_create(&server)) &&
        W3H_CHECK_OK(w3h_conn_open(server, &info, &conn)) &&
        W3H_CHECK_OK(w3h_conn_request(conn, "GET", "/x", NULL, NULL, 0, &resp))) {
        printf("harness: %u %s\n", resp.status, resp.body);
        W3H_CHECK_OK(w3h_server_destroy(server));
    }
    return w3h_check_result();
}
