#include <windows.h>
#include <stdio.h>
#include <string.h>

#include "sample_server.h"

static char seen_user[64];

static void whoami(void *ctx, w3_request *req, w3_response *resp)
{
    (void)ctx;
    snprintf(seen_user, sizeof seen_user, "%s", w3_request_user(req));
    w3_response_write(resp, "secret stuff", 12);
}

static void write_users(const char *path)
{
    HANDLE h =
        CreateFileA(path, GENERIC_WRITE, 0, NULL, CREATE_ALWAYS, FILE_ATTRIBUTE_NORMAL, NULL);
    W3_REQUIRE(h != INVALID_HANDLE_VALUE);
    const char text[] = "# sample users\r\nalice:wonderland\nbob:builder\n";
    DWORD n;
    W3_REQUIRE(WriteFile(h, text, sizeof text - 1, &n, NULL));
    CloseHandle(h);
}

static w3h_conn *start(w3h_server **server)
{
    /* One file per test process: CTest runs the cases side by side, and a file CreateFile
     * holds without sharing cannot be opened by another case meanwhile. */
    char path[512];
    snprintf(path, sizeof path, "%sbasic_auth_users.%lu.txt", w3t_exe_dir(),
             (unsigned long)GetCurrentProcessId());
    write_users(path);
    W3_REQUIRE(SetEnvironmentVariableA("W3_SAMPLE_USERS", path));
    *server = sample_server(whoami);
    sample_add_filter(*server, "basic_auth");
    DeleteFileA(path); /* read when the filter loaded */
    seen_user[0] = '\0';
    return sample_open(*server, 0);
}

W3_TEST(no_credentials_get_the_challenge)
{
    w3h_server *server;
    w3h_conn *conn = start(&server);
    w3h_response resp;
    sample_get(conn, "GET /private HTTP/1.1\r\nHost: x\r\n\r\n", &resp);
    W3_CHECK_STR(resp.version, "HTTP/1.1");
    W3_CHECK_EQ(resp.status, 401);
    W3_CHECK_STR(resp.reason, "Unauthorized");
    W3_CHECK_STR(w3h_response_header(&resp, "WWW-Authenticate"), "Basic realm=\"w3compat\"");
    W3_CHECK(strstr(resp.body, "Sign in required") != NULL);
    W3_CHECK(strstr(resp.body, "secret stuff") == NULL);
    W3_CHECK(!w3h_conn_wants_close(conn));
    W3_CHECK_EQ(w3h_server_destroy(server), W3H_OK);
}

W3_TEST(wrong_password_is_denied)
{
    w3h_server *server;
    w3h_conn *conn = start(&server);
    w3h_response resp;
    /* alice:wrong */
    sample_get(conn, "GET / HTTP/1.1\r\nHost: x\r\nAuthorization: Basic YWxpY2U6d3Jvbmc=\r\n\r\n",
               &resp);
    W3_CHECK_EQ(resp.status, 401);
    W3_CHECK_STR(seen_user, "");
    W3_CHECK_EQ(w3h_server_destroy(server), W3H_OK);
}

W3_TEST(known_user_gets_in)
{
    w3h_server *server;
    w3h_conn *conn = start(&server);
    w3h_response resp;
    /* bob:builder */
    sample_get(conn, "GET / HTTP/1.1\r\nHost: x\r\nAuthorization: Basic Ym9iOmJ1aWxkZXI=\r\n\r\n",
               &resp);
    W3_CHECK_EQ(resp.status, 200);
    W3_CHECK_STR(resp.reason, "OK");
    W3_CHECK_STR(resp.body, "secret stuff");
    W3_CHECK_STR(seen_user, "bob");
    W3_CHECK_EQ(w3h_server_destroy(server), W3H_OK);
}

W3_TEST(missing_users_file_refuses_to_load)
{
    W3_REQUIRE(SetEnvironmentVariableA("W3_SAMPLE_USERS", "no-such-dir/users.txt"));
    w3h_server *server = sample_server(NULL);
    W3_CHECK_EQ(w3h_server_add_filter(server, w3h_extension_path("basic_auth")), W3H_E_LOAD);
    W3_CHECK(strstr(w3h_last_error(), "basic_auth") != NULL);
    W3_CHECK(strstr(w3h_server_errors(server), "basic_auth") != NULL);
    W3_CHECK_EQ(w3h_server_destroy(server), W3H_OK);
}
