/* A test on the harness can fail: the same check passes against probe_filter and fails,
 * in a child process, against probe_broken (probe_filter built without its header). */
#include <stdlib.h>

#include "probe.h"
#include "w3test.h"

static void check_filter_header(const char *filter)
{
    w3h_server *server;
    w3h_conn *conn;
    w3h_response resp;
    w3_conn_info info;
    w3h_conn_info_init(&info);
    if (W3H_CHECK_OK(w3h_server_create(&server)) &&
        W3H_CHECK_OK(w3h_server_add_filter(server, w3h_extension_path(filter))) &&
        W3H_CHECK_OK(w3h_conn_open(server, &info, &conn)) &&
        W3H_CHECK_OK(w3h_conn_request(conn, "GET", "/", NULL, NULL, 0, &resp))) {
        W3H_CHECK_STR(w3h_response_header(&resp, "X-Probe"), "filter");
        W3H_CHECK_OK(w3h_server_destroy(server));
    }
    exit(w3h_check_result());
}

W3_CHILD(working_filter)
{
    check_filter_header("probe_filter");
}

W3_CHILD(broken_filter)
{
    check_filter_header("probe_broken");
}

W3_TEST(check_passes_with_the_working_filter)
{
    struct w3t_child_result r = w3t_run_child("working_filter");
    W3_REQUIRE(r.started);
    W3_CHECK(!r.crashed);
    W3_CHECK_EQ(r.code, 0);
}

W3_TEST(check_fails_with_the_broken_filter)
{
    struct w3t_child_result r = w3t_run_child("broken_filter");
    W3_REQUIRE(r.started);
    W3_CHECK(!r.crashed);
    W3_CHECK_EQ(r.code, 1);
}
