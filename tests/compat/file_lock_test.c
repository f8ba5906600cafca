/* Byte-range locks: they belong to a handle, conflict across handles, and unlock only
 * as locked. */
#include <windows.h>

#include <stdio.h>

#include "w3test.h"

static char path[MAX_PATH * 2];

static HANDLE open_shared(void)
{
    HANDLE h = CreateFileA(path, GENERIC_READ | GENERIC_WRITE, FILE_SHARE_READ | FILE_SHARE_WRITE,
                           NULL, OPEN_ALWAYS, 0, NULL);
    W3_REQUIRE(h != INVALID_HANDLE_VALUE);
    return h;
}

static void make_path(const char *tag)
{
    char dir[MAX_PATH];
    W3_REQUIRE(GetTempPathA(sizeof dir, dir) > 0);
    snprintf(path, sizeof path, "%sw3t_%s_%lu.lck", dir, tag, (unsigned long)GetCurrentProcessId());
}

W3_TEST(exclusive_lock_conflicts_across_handles)
{
    make_path("lockx");
    HANDLE a = open_shared(), b = open_shared();
    W3_CHECK(LockFile(a, 0, 0, 100, 0));
    SetLastError(0);
    W3_CHECK(!LockFile(b, 50, 0, 10, 0));
    W3_CHECK_EQ(GetLastError(), ERROR_LOCK_VIOLATION);
    W3_CHECK(LockFile(b, 100, 0, 10, 0)); /* adjacent: no overlap */
    SetLastError(0);
    W3_CHECK(!LockFile(a, 10, 0, 5, 0)); /* the same handle conflicts with itself too */
    W3_CHECK_EQ(GetLastError(), ERROR_LOCK_VIOLATION);
    W3_CHECK(UnlockFile(a, 0, 0, 100, 0));
    W3_CHECK(LockFile(b, 50, 0, 10, 0));
    W3_CHECK(UnlockFile(b, 50, 0, 10, 0));
    W3_CHECK(UnlockFile(b, 100, 0, 10, 0));
    CloseHandle(b);
    CloseHandle(a);
    DeleteFileA(path);
}

W3_TEST(shared_locks_coexist_and_block_exclusive)
{
    OVERLAPPED at = {0};
    make_path("locks");
    HANDLE a = open_shared(), b = open_shared();
    at.Offset = 200;
    W3_CHECK(LockFileEx(a, LOCKFILE_FAIL_IMMEDIATELY, 0, 50, 0, &at));
    W3_CHECK(LockFileEx(b, LOCKFILE_FAIL_IMMEDIATELY, 0, 50, 0, &at));
    SetLastError(0);
    W3_CHECK(!LockFileEx(b, LOCKFILE_EXCLUSIVE_LOCK | LOCKFILE_FAIL_IMMEDIATELY, 0, 10, 0, &at));
    W3_CHECK_EQ(GetLastError(), ERROR_LOCK_VIOLATION);
    W3_CHECK(UnlockFileEx(a, 0, 50, 0, &at));
    W3_CHECK(UnlockFileEx(b, 0, 50, 0, &at));
    W3_CHECK(LockFileEx(b, LOCKFILE_EXCLUSIVE_LOCK | LOCKFILE_FAIL_IMMEDIATELY, 0, 10, 0, &at));
    W3_CHECK(UnlockFileEx(b, 0, 10, 0, &at));
    CloseHandle(b);
    CloseHandle(a);
    DeleteFileA(path);
}

W3_TEST(unlock_errors)
{
    make_path("locke");
    HANDLE a = open_shared();
    W3_CHECK(LockFile(a, 0, 0, 100, 0));
    SetLastError(0);
    W3_CHECK(!UnlockFile(a, 0, 0, 50, 0)); /* not the range that was locked */
    W3_CHECK_EQ(GetLastError(), ERROR_LOCK_VIOLATION);
    SetLastError(0);
    W3_CHECK(!UnlockFile(a, 500, 0, 1, 0));
    W3_CHECK_EQ(GetLastError(), ERROR_LOCK_VIOLATION);
    W3_CHECK(UnlockFile(a, 0, 0, 100, 0));
    CloseHandle(a);
    SetLastError(0);
    W3_CHECK(!LockFile(a, 0, 0, 1, 0));
    W3_CHECK_EQ(GetLastError(), ERROR_INVALID_HANDLE);
    DeleteFileA(path);
}
