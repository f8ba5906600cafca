/* Anonymous pipes: their file type, reads that return what has arrived, and the errors
 * once one end is closed. */
#include <windows.h>

#include <string.h>

#include "w3test.h"

W3_TEST(pipe_handles_are_pipes)
{
    HANDLE r, w;
    W3_REQUIRE(CreatePipe(&r, &w, NULL, 0));
    W3_CHECK_EQ(GetFileType(r), FILE_TYPE_PIPE);
    W3_CHECK_EQ(GetFileType(w), FILE_TYPE_PIPE);
    CloseHandle(r);
    CloseHandle(w);
}

W3_TEST(pipe_read_returns_what_has_arrived)
{
    HANDLE r, w;
    char buf[100];
    DWORD n = 0;
    W3_REQUIRE(CreatePipe(&r, &w, NULL, 4096));
    W3_REQUIRE(WriteFile(w, "hello", 5, &n, NULL));
    W3_CHECK_EQ(n, 5);
    W3_REQUIRE(ReadFile(r, buf, sizeof buf, &n, NULL)); /* does not wait for 100 bytes */
    W3_CHECK_EQ(n, 5);
    W3_CHECK(memcmp(buf, "hello", 5) == 0);
    CloseHandle(r);
    CloseHandle(w);
}

W3_TEST(pipe_read_after_the_writer_closed_is_broken_pipe)
{
    HANDLE r, w;
    char buf[8];
    DWORD n = 0;
    W3_REQUIRE(CreatePipe(&r, &w, NULL, 0));
    W3_REQUIRE(WriteFile(w, "x", 1, &n, NULL));
    CloseHandle(w);
    W3_REQUIRE(ReadFile(r, buf, sizeof buf, &n, NULL)); /* what was written still arrives */
    W3_CHECK_EQ(n, 1);
    SetLastError(0);
    W3_CHECK(!ReadFile(r, buf, sizeof buf, &n, NULL));
    W3_CHECK_EQ(GetLastError(), ERROR_BROKEN_PIPE);
    W3_CHECK_EQ(n, 0);
    CloseHandle(r);
}

W3_TEST(pipe_write_after_the_reader_closed_fails)
{
    HANDLE r, w;
    DWORD n = 0;
    W3_REQUIRE(CreatePipe(&r, &w, NULL, 0));
    CloseHandle(r);
    SetLastError(0);
    W3_CHECK(!WriteFile(w, "lost", 4, &n, NULL));
    W3_CHECK_EQ(GetLastError(), ERROR_NO_DATA);
    CloseHandle(w);
}

W3_TEST(pipe_ends_are_one_way_and_arguments_are_checked)
{
    HANDLE r, w;
    char buf[4];
    DWORD n = 0;
    W3_REQUIRE(CreatePipe(&r, &w, NULL, 0));
    SetLastError(0);
    W3_CHECK(!WriteFile(r, "x", 1, &n, NULL));
    W3_CHECK_EQ(GetLastError(), ERROR_ACCESS_DENIED);
    SetLastError(0);
    W3_CHECK(!ReadFile(w, buf, sizeof buf, &n, NULL));
    W3_CHECK_EQ(GetLastError(), ERROR_ACCESS_DENIED);
    CloseHandle(r);
    CloseHandle(w);
}
