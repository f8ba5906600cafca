/* GetFileType on file handles and the standard handles, and GetOverlappedResult on I/O
 * that has completed and on an OVERLAPPED still marked pending. */
#include <windows.h>

#include <stdio.h>

#include "w3test.h"

/* A new scratch file, deleted when its handle closes. */
static HANDLE scratch_file(const char *tag)
{
    char dir[MAX_PATH], path[MAX_PATH + 64];
    W3_REQUIRE(GetTempPathA(sizeof dir, dir) > 0);
    snprintf(path, sizeof path, "%sw3t_%s_%lu_%lu.tmp", dir, tag,
             (unsigned long)GetCurrentProcessId(), (unsigned long)GetTickCount());
    HANDLE h = CreateFileA(path, GENERIC_READ | GENERIC_WRITE, 0, NULL, CREATE_ALWAYS,
                           FILE_ATTRIBUTE_NORMAL | FILE_FLAG_DELETE_ON_CLOSE, NULL);
    W3_REQUIRE(h != INVALID_HANDLE_VALUE);
    return h;
}

W3_TEST(file_type_of_a_file_is_disk)
{
    HANDLE h = scratch_file("type");
    W3_CHECK_EQ(GetFileType(h), FILE_TYPE_DISK);
    CloseHandle(h);
}

W3_TEST(file_type_of_a_closed_handle_is_unknown_with_invalid_handle)
{
    HANDLE h = scratch_file("closed");
    CloseHandle(h);
    SetLastError(0);
    W3_CHECK_EQ(GetFileType(h), FILE_TYPE_UNKNOWN);
    W3_CHECK_EQ(GetLastError(), ERROR_INVALID_HANDLE);
}

W3_TEST(std_handles_are_files)
{
    HANDLE out = GetStdHandle(STD_OUTPUT_HANDLE);
    HANDLE err = GetStdHandle(STD_ERROR_HANDLE);
    W3_REQUIRE(out != NULL && out != INVALID_HANDLE_VALUE);
    W3_REQUIRE(err != NULL && err != INVALID_HANDLE_VALUE);
    W3_CHECK(GetStdHandle(STD_OUTPUT_HANDLE) == out); /* the same handle every time */
    DWORD type = GetFileType(out);
    W3_CHECK(type == FILE_TYPE_DISK || type == FILE_TYPE_CHAR || type == FILE_TYPE_PIPE);
    DWORD written = 0;
    W3_CHECK(WriteFile(err, "std handle\n", 11, &written, NULL));
    W3_CHECK_EQ(written, 11);
}

W3_TEST(std_handle_unknown_id_is_invalid_handle)
{
    SetLastError(0);
    W3_CHECK(GetStdHandle((DWORD)-13) == INVALID_HANDLE_VALUE);
    W3_CHECK_EQ(GetLastError(), ERROR_INVALID_HANDLE);
    SetLastError(0);
    W3_CHECK(GetStdHandle(0) == INVALID_HANDLE_VALUE);
    W3_CHECK_EQ(GetLastError(), ERROR_INVALID_HANDLE);
}

W3_TEST(overlapped_result_of_completed_io)
{
    HANDLE h = scratch_file("ovl");
    OVERLAPPED ov = {0};
    char buf[16];
    DWORD done = 0, got = 0;

    W3_REQUIRE(WriteFile(h, "hello world", 11, &done, &ov));
    W3_CHECK(HasOverlappedIoCompleted(&ov));
    W3_CHECK(GetOverlappedResult(h, &ov, &got, FALSE));
    W3_CHECK_EQ(got, 11);

    ZeroMemory(&ov, sizeof ov);
    ov.Offset = 6;
    W3_REQUIRE(ReadFile(h, buf, sizeof buf, &done, &ov));
    W3_CHECK_EQ(done, 5);
    W3_CHECK(GetOverlappedResult(h, &ov, &got, TRUE));
    W3_CHECK_EQ(got, 5);
    W3_CHECK_MEM(buf, "world", 5);
    CloseHandle(h);
}

W3_TEST(overlapped_result_of_a_read_past_the_end_is_handle_eof)
{
    HANDLE h = scratch_file("eof");
    OVERLAPPED ov = {0};
    char buf[4];
    DWORD done = 0, got = 99;

    W3_REQUIRE(WriteFile(h, "ab", 2, &done, NULL));
    ov.Offset = 10;
    SetLastError(0);
    W3_CHECK(!ReadFile(h, buf, sizeof buf, &done, &ov));
    W3_CHECK_EQ(GetLastError(), ERROR_HANDLE_EOF);
    W3_CHECK(HasOverlappedIoCompleted(&ov));
    SetLastError(0);
    W3_CHECK(!GetOverlappedResult(h, &ov, &got, FALSE));
    W3_CHECK_EQ(GetLastError(), ERROR_HANDLE_EOF);
    W3_CHECK_EQ(got, 0);
    CloseHandle(h);
}

W3_TEST(overlapped_result_while_pending_is_io_incomplete)
{
    OVERLAPPED ov = {0};
    DWORD got = 0;
    ov.Internal = STATUS_PENDING;
    W3_CHECK(!HasOverlappedIoCompleted(&ov));
    SetLastError(0);
    W3_CHECK(!GetOverlappedResult(NULL, &ov, &got, FALSE));
    W3_CHECK_EQ(GetLastError(), ERROR_IO_INCOMPLETE);
    ov.hEvent = CreateEventA(NULL, TRUE, FALSE, NULL);
    SetLastError(0);
    W3_CHECK(!GetOverlappedResultEx(NULL, &ov, &got, 10, FALSE));
    W3_CHECK_EQ(GetLastError(), WAIT_TIMEOUT);
    CloseHandle(ov.hEvent);
}

/* Completes the request the way a driver would: result first, then the event. */
static DWORD WINAPI complete_later(LPVOID arg)
{
    OVERLAPPED *ov = arg;
    Sleep(20);
    ov->InternalHigh = 42;
    MemoryBarrier();
    ov->Internal = 0; /* STATUS_SUCCESS */
    SetEvent(ov->hEvent);
    return 0;
}

W3_TEST(overlapped_result_waits_for_the_event)
{
    OVERLAPPED ov = {0};
    DWORD got = 0;
    ov.Internal = STATUS_PENDING;
    ov.hEvent = CreateEventA(NULL, TRUE, FALSE, NULL);
    W3_REQUIRE(ov.hEvent != NULL);
    HANDLE t = CreateThread(NULL, 0, complete_later, &ov, 0, NULL);
    W3_REQUIRE(t != NULL);
    W3_CHECK(GetOverlappedResult(NULL, &ov, &got, TRUE));
    W3_CHECK_EQ(got, 42);
    WaitForSingleObject(t, INFINITE);
    CloseHandle(t);
    CloseHandle(ov.hEvent);
}
