/* Misuse of the harness fails loudly: an error code and a message, never a silent
 * no-op (the engine itself answers some of these with NULL or nothing at all). */
#include <string.h>

#include <windows.h>

#include "probe.h"
#include "w3test.h"

W3_TEST(null_info_is_an_error_with_a_message)
{
    w3h_server *server;
    w3h_conn *conn = (w3h_conn *)&conn;
    W3_REQUIRE(w3h_server_create(&server) == W3H_OK);
    W3_CHECK_EQ(w3h_conn_open(server, NULL, &conn), W3H_E_INVALID_ARG);
    W3_CHECK(conn == NULL);
    W3_CHECK(last_error_says("info is NULL"));
    W3_CHECK_EQ(w3h_server_destroy(server), W3H_OK);
}

W3_TEST(null_objects_are_errors)
{
    w3h_response resp;
    w3h_server *server;
    W3_CHECK_EQ(w3h_conn_send(NULL, "x", 1), W3H_E_INVALID_ARG);
    W3_CHECK(last_error_says("w3h_conn_send: the connection is NULL"));
    W3_CHECK_EQ(w3h_conn_close(NULL), W3H_E_INVALID_ARG);
    W3_CHECK(last_error_says("w3h_conn_close: the connection is NULL"));
    W3_CHECK_EQ(w3h_conn_read_response(NULL, &resp), W3H_E_INVALID_ARG);
    W3_CHECK_EQ(w3h_conn_open(NULL, NULL, NULL), W3H_E_INVALID_ARG);
    W3_CHECK_EQ(w3h_server_destroy(NULL), W3H_E_INVALID_ARG);
    W3_CHECK(last_error_says("w3h_server_destroy: the server is NULL"));
    W3_CHECK_EQ(w3h_server_run_pending(NULL, 0), W3H_E_INVALID_ARG);
    W3_CHECK_EQ(w3h_server_create_with(NULL, &server), W3H_E_INVALID_ARG);
    W3_CHECK(last_error_says("cfg is NULL"));
    W3_CHECK(w3h_extension_path(NULL) == NULL);
    W3_CHECK(last_error_says("name is NULL"));
    W3_CHECK_EQ(w3h_conn_pending(NULL), 0);
    W3_CHECK(last_error_says("w3h_conn_pending: the connection is NULL"));
}

W3_TEST(closed_connection_refuses_every_call)
{
    w3h_server *server;
    w3h_conn *conn;
    w3h_response resp;
    probe_start(&server, &conn);
    W3_REQUIRE(w3h_conn_close(conn) == W3H_OK);
    W3_CHECK_EQ(w3h_conn_send(conn, "GET / HTTP/1.1\r\n\r\n", 18), W3H_E_CLOSED);
    W3_CHECK(last_error_says("w3h_conn_send: the connection was closed"));
    W3_CHECK_EQ(w3h_conn_request(conn, "GET", "/", NULL, NULL, 0, &resp), W3H_E_CLOSED);
    W3_CHECK_EQ(w3h_conn_read_response(conn, &resp), W3H_E_CLOSED);
    W3_CHECK_EQ(w3h_conn_close(conn), W3H_E_CLOSED);
    W3_CHECK(last_error_says("w3h_conn_close: the connection was closed"));
    W3_CHECK_EQ(w3h_conn_wants_close(conn), 0);
    W3_CHECK(last_error_says("was closed"));
    W3_CHECK_EQ(w3h_server_destroy(server), W3H_OK);
}

struct other_thread {
    w3h_server *server;
    w3h_conn *conn;
    int send_status, destroy_status, run_status;
    char message[256];
};

static DWORD WINAPI use_from_other_thread(void *arg)
{
    struct other_thread *t = arg;
    t->send_status = w3h_conn_send(t->conn, "GET / HTTP/1.1\r\n\r\n", 18);
    strncpy(t->message, w3h_last_error(), sizeof t->message - 1);
    t->run_status = w3h_server_run_pending(t->server, 0);
    t->destroy_status = w3h_server_destroy(t->server);
    return 0;
}

W3_TEST(other_thread_gets_wrong_thread)
{
    struct other_thread t;
    w3h_response resp;
    memset(&t, 0, sizeof t);
    probe_start(&t.server, &t.conn);
    HANDLE thread = CreateThread(NULL, 0, use_from_other_thread, &t, 0, NULL);
    W3_REQUIRE(thread != NULL);
    W3_REQUIRE(WaitForSingleObject(thread, 10000) == WAIT_OBJECT_0);
    CloseHandle(thread);
    W3_CHECK_EQ(t.send_status, W3H_E_WRONG_THREAD);
    W3_CHECK(strstr(t.message, "w3h_conn_send: called on thread") != NULL);
    W3_CHECK_EQ(t.run_status, W3H_E_WRONG_THREAD);
    W3_CHECK_EQ(t.destroy_status, W3H_E_WRONG_THREAD);
    /* Nothing was sent, and the server still works on its own thread. */
    W3_CHECK_EQ(w3h_conn_read_response(t.conn, &resp), W3H_E_INCOMPLETE);
    W3_REQUIRE(w3h_conn_request(t.conn, "GET", "/", NULL, NULL, 0, &resp) == W3H_OK);
    W3_CHECK_EQ(resp.status, 200);
    W3_CHECK_EQ(w3h_server_destroy(t.server), W3H_OK);
}

W3_TEST(extension_after_first_connection_is_a_state_error)
{
    w3h_server *server;
    w3h_conn *conn;
    probe_start(&server, &conn);
    W3_CHECK_EQ(w3h_server_add_filter(server, w3h_extension_path("probe_filter")), W3H_E_STATE);
    W3_CHECK(last_error_says("load before the first connection"));
    W3_CHECK_EQ(w3h_server_destroy(server), W3H_OK);
}

W3_TEST(missing_filter_names_file_and_error)
{
    w3h_server *server;
    const char *path = w3h_extension_path("no_such_filter");
    W3_REQUIRE(w3h_server_create(&server) == W3H_OK);
    W3_CHECK_EQ(w3h_server_add_filter(server, path), W3H_E_LOAD);
    W3_CHECK(last_error_says("no_such_filter"));
    W3_CHECK(last_error_says("did not load (error 126)")); /* ERROR_MOD_NOT_FOUND */
    W3_CHECK(strstr(w3h_server_errors(server), "no_such_filter") != NULL);
    W3_CHECK_EQ(w3h_server_add_module(server, NULL), W3H_E_INVALID_ARG);
    W3_CHECK_EQ(w3h_server_destroy(server), W3H_OK);
}

W3_TEST(bad_arguments_are_errors)
{
    w3h_server *server;
    w3h_conn *conn;
    w3h_response resp;
    probe_start(&server, &conn);
    W3_CHECK_EQ(w3h_conn_send_split(conn, "GET", 3, 0), W3H_E_INVALID_ARG);
    W3_CHECK(last_error_says("piece_size is 0"));
    W3_CHECK_EQ(w3h_conn_send(conn, NULL, 5), W3H_E_INVALID_ARG);
    W3_CHECK_EQ(w3h_conn_request(conn, NULL, "/", NULL, NULL, 0, &resp), W3H_E_INVALID_ARG);
    W3_CHECK(last_error_says("method is NULL"));
    W3_CHECK_EQ(w3h_conn_request(conn, "GET", "/", NULL, NULL, 0, NULL), W3H_E_INVALID_ARG);
    W3_CHECK_EQ(w3h_conn_read_response(conn, NULL), W3H_E_INVALID_ARG);
    W3_CHECK_EQ(w3h_server_destroy(server), W3H_OK);
}

W3_TEST(status_names)
{
    W3_CHECK_STR(w3h_status_name(W3H_OK), "W3H_OK");
    W3_CHECK_STR(w3h_status_name(W3H_E_WRONG_THREAD), "W3H_E_WRONG_THREAD");
    W3_CHECK_STR(w3h_status_name(W3H_E_BAD_RESPONSE), "W3H_E_BAD_RESPONSE");
    W3_CHECK_STR(w3h_status_name(99), "W3H_E_UNKNOWN");
}
