#include <windows.h>
#include <stdio.h>
#include <string.h>

#include "engine_fixture.h"
#include "w3test.h"

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
    fx f;
    fx_start(&f, NULL);
    W3_REQUIRE(fx_add(&f, "custom_log"));
    fx_open(&f, 0);
    fx_send(&f, "GET /login?user=al&password=hunter2&x=1 HTTP/1.1\r\nHost: x\r\n\r\n");
    fx_send(&f, "GET /missing.txt HTTP/1.1\r\nHost: x\r\n\r\n");
    fx_stop(&f);
    char text[1024];
    read_log(text, sizeof text);
    W3_CHECK(strncmp(text, "GET /login 200 ", 15) == 0);
    W3_CHECK(strstr(text, "\r\nGET /missing.txt 200 ") != NULL);
    W3_CHECK(strstr(f.log, " GET /login user=al&password=***&x=1 200 ") != NULL);
    W3_CHECK(strstr(f.log, "hunter2") == NULL);
}
