#include <windows.h>
#include <stdio.h>
#include <string.h>

#include "sample_server.h"

static char log_path[512];

static void read_log(char *out, DWORD cap)
{
    out[0] = '\0';
    HANDLE h = CreateFileA(log_path, GENERIC_READ, FILE_SHARE_READ, NULL, OPEN_EXISTING,
                           FILE_ATTRIBUTE_NORMAL, NULL);
    W3_REQUIRE(h != INVALID_HANDLE_VALUE);
    DWORD n = 0;
    ReadFile(h, out, cap - 1, &n, NULL);
    out[n] = '\0';
    CloseHandle(h);
}

W3_TEST(writes_its_log_and_masks_passwords_in_the_server_log)
{
    snprintf(log_path, sizeof log_path, "%scustom_log_sample.log", w3t_exe_dir());
    DeleteFileA(log_path);
    W3_REQUIRE(SetEnvironmentVariableA("W3_SAMPLE_LOG", log_path));
    w3h_server *server = sample_server(NULL);
    w3h_response resp;
    w3h_log_record rec;
    sample_add_filter(server, "custom_log");
    w3h_conn *conn = sample_open(server, 0);
    sample_get(conn, "GET /login?user=al&password=hunter2&x=1 HTTP/1.1\r\nHost: x\r\n\r\n", &resp);
    sample_get(conn, "GET /missing.txt HTTP/1.1\r\nHost: x\r\n\r\n", &resp);
    /* The server's log has what the filter left of the query. */
    W3_REQUIRE(w3h_server_log_count(server) == 2);
    SAMPLE_OK(w3h_server_log_record(server, 0, &rec));
    W3_CHECK_STR(rec.method, "GET");
    W3_CHECK_STR(rec.uri_stem, "/login");
    W3_CHECK_STR(rec.uri_query, "user=al&password=***&x=1");
    W3_CHECK_EQ(rec.status, 200);
    SAMPLE_OK(w3h_server_log_record(server, 1, &rec));
    W3_CHECK(strstr(rec.uri_query, "hunter2") == NULL);
    W3_CHECK_EQ(w3h_server_destroy(server), W3H_OK);
    char text[1024];
    read_log(text, sizeof text);
    W3_CHECK(strncmp(text, "GET /login 200 ", 15) == 0);
    W3_CHECK(strstr(text, "\r\nGET /missing.txt 200 ") != NULL);
}
