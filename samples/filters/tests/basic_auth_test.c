#include <windows.h>
#include <stdio.h>
#include <string.h>

#include "engine_fixture.h"
#include "w3test.h"

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

static void start(fx *f)
{
    char path[512];
    snprintf(path, sizeof path, "%sbasic_auth_users.txt", w3t_exe_dir());
    write_users(path);
    W3_REQUIRE(SetEnvironmentVariableA("W3_SAMPLE_USERS", path));
    w3_server_config cfg;
    fx_config(f, &cfg);
    cfg.handler = whoami;
    fx_start(f, &cfg);
    W3_REQUIRE(fx_add(f, "basic_auth"));
    fx_open(f, 0);
    seen_user[0] = '\0';
}

W3_TEST(no_credentials_get_the_challenge)
{
    fx f;
    start(&f);
    fx_send(&f, "GET /private HTTP/1.1\r\nHost: x\r\n\r\n");
    W3_CHECK(strncmp(f.out, "HTTP/1.1 401 Unauthorized\r\n", 27) == 0);
    W3_CHECK(strstr(f.out, "WWW-Authenticate: Basic realm=\"w3compat\"\r\n") != NULL);
    W3_CHECK(strstr(f.out, "Sign in required") != NULL);
    W3_CHECK(strstr(f.out, "secret stuff") == NULL);
    W3_CHECK(!w3_conn_wants_close(f.conn));
    fx_stop(&f);
}

W3_TEST(wrong_password_is_denied)
{
    fx f;
    start(&f);
    /* alice:wrong */
    fx_send(&f, "GET / HTTP/1.1\r\nHost: x\r\nAuthorization: Basic YWxpY2U6d3Jvbmc=\r\n\r\n");
    W3_CHECK(strncmp(f.out, "HTTP/1.1 401 ", 13) == 0);
    W3_CHECK_STR(seen_user, "");
    fx_stop(&f);
}

W3_TEST(known_user_gets_in)
{
    fx f;
    start(&f);
    /* bob:builder */
    fx_send(&f, "GET / HTTP/1.1\r\nHost: x\r\nAuthorization: Basic Ym9iOmJ1aWxkZXI=\r\n\r\n");
    W3_CHECK(strncmp(f.out, "HTTP/1.1 200 OK\r\n", 17) == 0);
    W3_CHECK(strstr(f.out, "secret stuff") != NULL);
    W3_CHECK_STR(seen_user, "bob");
    fx_stop(&f);
}

W3_TEST(missing_users_file_refuses_to_load)
{
    fx f;
    W3_REQUIRE(SetEnvironmentVariableA("W3_SAMPLE_USERS", "no-such-dir/users.txt"));
    fx_start(&f, NULL);
    W3_CHECK(!fx_add(&f, "basic_auth"));
    W3_CHECK(strstr(f.log, "basic_auth") != NULL);
    fx_stop(&f);
}
