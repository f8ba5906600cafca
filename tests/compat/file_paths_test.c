/* The current directory, full path names, moving and copying files, and what a file
 * handle reports (times, identity). Each case works under its own scratch directory. */
#include <windows.h>

#include <stdio.h>
#include <string.h>

#include "w3test.h"

static char scratch[MAX_PATH * 2];

static const char *make_scratch(const char *tag)
{
    char tmp[MAX_PATH];
    W3_REQUIRE(GetTempPathA(sizeof tmp, tmp) > 0);
    for (int i = 0; i < 100; i++) {
        snprintf(scratch, sizeof scratch, "%sw3t_%s_%lu_%d", tmp, tag,
                 (unsigned long)GetCurrentProcessId(), i);
        if (CreateDirectoryA(scratch, NULL))
            return scratch;
    }
    W3_REQUIRE(!"no scratch directory");
    return NULL;
}

static const char *in(const char *dir, const char *name)
{
    static char bufs[4][MAX_PATH * 2];
    static int next;
    char *b = bufs[next++ % 4];
    snprintf(b, sizeof bufs[0], "%s\\%s", dir, name);
    return b;
}

static void write_text(const char *path, const char *text)
{
    DWORD done;
    HANDLE h = CreateFileA(path, GENERIC_WRITE, 0, NULL, CREATE_ALWAYS, 0, NULL);
    W3_REQUIRE(h != INVALID_HANDLE_VALUE);
    W3_REQUIRE(WriteFile(h, text, (DWORD)strlen(text), &done, NULL));
    CloseHandle(h);
}

static DWORD read_text(const char *path, char *buf, DWORD size)
{
    DWORD done = 0;
    HANDLE h = CreateFileA(path, GENERIC_READ, FILE_SHARE_READ, NULL, OPEN_EXISTING, 0, NULL);
    if (h == INVALID_HANDLE_VALUE)
        return 0;
    ReadFile(h, buf, size - 1, &done, NULL);
    buf[done] = '\0';
    CloseHandle(h);
    return done;
}

/* Whether a ends with b once every '\' in a is read as '/'. */
static BOOL ends_with_path(const char *a, const char *b)
{
    size_t la = strlen(a), lb = strlen(b);
    if (la < lb)
        return FALSE;
    for (size_t i = 0; i < lb; i++) {
        char c = a[la - lb + i] == '\\' ? '/' : a[la - lb + i];
        if (c != b[i])
            return FALSE;
    }
    return TRUE;
}

W3_TEST(current_directory_round_trips)
{
    char before[MAX_PATH], now[MAX_PATH], full[MAX_PATH];
    const char *dir = make_scratch("cwd");
    DWORD len = GetCurrentDirectoryA(sizeof before, before);
    W3_REQUIRE(len > 0 && len < sizeof before);
    W3_CHECK_EQ(len, strlen(before));
    W3_CHECK_EQ(GetCurrentDirectoryA(0, NULL), len + 1); /* the size needed, NUL included */
    W3_CHECK_EQ(GetCurrentDirectoryA(len, now), len + 1);
    W3_REQUIRE(SetCurrentDirectoryA(dir));
    W3_REQUIRE(GetCurrentDirectoryA(sizeof now, now) > 0);
    W3_REQUIRE(GetFullPathNameA(dir, sizeof full, full, NULL) > 0);
    W3_CHECK_STR(now, full);
    W3_REQUIRE(SetCurrentDirectoryA(before));
    RemoveDirectoryA(dir);
}

W3_TEST(set_current_directory_errors)
{
    const char *dir = make_scratch("cwderr");
    write_text(in(dir, "plain.txt"), "x");
    SetLastError(0);
    W3_CHECK(!SetCurrentDirectoryA(in(dir, "missing")));
    W3_CHECK_EQ(GetLastError(), ERROR_FILE_NOT_FOUND);
    SetLastError(0);
    W3_CHECK(!SetCurrentDirectoryA(in(dir, "plain.txt")));
    W3_CHECK_EQ(GetLastError(), ERROR_DIRECTORY);
    DeleteFileA(in(dir, "plain.txt"));
    RemoveDirectoryA(dir);
}

W3_TEST(full_path_resolves_dots_against_the_current_directory)
{
    char cwd[MAX_PATH], full[MAX_PATH * 2];
    char *part = NULL;
    DWORD len;
    W3_REQUIRE(GetCurrentDirectoryA(sizeof cwd, cwd) > 0);
    len = GetFullPathNameA("sub\\.\\other\\..\\file.txt", sizeof full, full, &part);
    W3_REQUIRE(len > 0 && len < sizeof full);
    W3_CHECK_EQ(len, strlen(full));
    W3_CHECK(strncmp(full, cwd, strlen(cwd)) == 0);
    W3_CHECK(ends_with_path(full, "/sub/file.txt"));
    W3_REQUIRE(part != NULL);
    W3_CHECK_STR(part, "file.txt");
    W3_CHECK_EQ(GetFullPathNameA("sub\\file.txt", 4, full, NULL), len + 1);
}

W3_TEST(move_file_renames_and_refuses_to_overwrite)
{
    char text[32];
    const char *dir = make_scratch("move");
    write_text(in(dir, "a.txt"), "alpha");
    write_text(in(dir, "b.txt"), "beta");
    SetLastError(0);
    W3_CHECK(!MoveFileA(in(dir, "a.txt"), in(dir, "b.txt")));
    W3_CHECK_EQ(GetLastError(), ERROR_ALREADY_EXISTS);
    SetLastError(0);
    W3_CHECK(!MoveFileExA(in(dir, "a.txt"), in(dir, "b.txt"), 0));
    W3_CHECK_EQ(GetLastError(), ERROR_ALREADY_EXISTS);
    W3_CHECK(MoveFileExA(in(dir, "a.txt"), in(dir, "b.txt"), MOVEFILE_REPLACE_EXISTING));
    W3_CHECK_EQ(GetFileAttributesA(in(dir, "a.txt")), INVALID_FILE_ATTRIBUTES);
    W3_CHECK_EQ(read_text(in(dir, "b.txt"), text, sizeof text), 5);
    W3_CHECK_STR(text, "alpha");
    W3_CHECK(MoveFileA(in(dir, "b.txt"), in(dir, "c.txt")));
    SetLastError(0);
    W3_CHECK(!MoveFileA(in(dir, "b.txt"), in(dir, "d.txt")));
    W3_CHECK_EQ(GetLastError(), ERROR_FILE_NOT_FOUND);
    SetLastError(0);
    W3_CHECK(!MoveFileA(in(dir, "c.txt"), in(dir, "nodir\\d.txt")));
    W3_CHECK_EQ(GetLastError(), ERROR_PATH_NOT_FOUND);
    DeleteFileA(in(dir, "c.txt"));
    RemoveDirectoryA(dir);
}

W3_TEST(copy_file_copies_and_can_refuse_to_overwrite)
{
    char text[32];
    const char *dir = make_scratch("copy");
    write_text(in(dir, "src.txt"), "payload");
    W3_CHECK(CopyFileA(in(dir, "src.txt"), in(dir, "dst.txt"), TRUE));
    W3_CHECK_EQ(read_text(in(dir, "dst.txt"), text, sizeof text), 7);
    W3_CHECK_STR(text, "payload");
    SetLastError(0);
    W3_CHECK(!CopyFileA(in(dir, "src.txt"), in(dir, "dst.txt"), TRUE));
    W3_CHECK_EQ(GetLastError(), ERROR_FILE_EXISTS);
    write_text(in(dir, "src.txt"), "new");
    W3_CHECK(CopyFileA(in(dir, "src.txt"), in(dir, "dst.txt"), FALSE));
    W3_CHECK_EQ(read_text(in(dir, "dst.txt"), text, sizeof text), 3);
    SetLastError(0);
    W3_CHECK(!CopyFileA(in(dir, "none.txt"), in(dir, "x.txt"), FALSE));
    W3_CHECK_EQ(GetLastError(), ERROR_FILE_NOT_FOUND);
    DeleteFileA(in(dir, "src.txt"));
    DeleteFileA(in(dir, "dst.txt"));
    RemoveDirectoryA(dir);
}

W3_TEST(file_times_and_identity_through_the_handle)
{
    const char *dir = make_scratch("times");
    BY_HANDLE_FILE_INFORMATION info, again;
    FILETIME written, accessed, set;
    SYSTEMTIME st = {2001, 2, 0, 3, 4, 5, 6, 0};
    write_text(in(dir, "f.txt"), "12345");
    HANDLE h = CreateFileA(in(dir, "f.txt"), GENERIC_READ | GENERIC_WRITE,
                           FILE_SHARE_READ | FILE_SHARE_WRITE, NULL, OPEN_EXISTING, 0, NULL);
    W3_REQUIRE(h != INVALID_HANDLE_VALUE);
    W3_REQUIRE(GetFileInformationByHandle(h, &info));
    W3_CHECK_EQ(info.nFileSizeLow, 5);
    W3_CHECK_EQ(info.nFileSizeHigh, 0);
    W3_CHECK_EQ(info.nNumberOfLinks, 1);
    W3_CHECK(info.dwFileAttributes & FILE_ATTRIBUTE_ARCHIVE);
    W3_REQUIRE(SystemTimeToFileTime(&st, &set));
    W3_REQUIRE(SetFileTime(h, NULL, NULL, &set));
    W3_REQUIRE(GetFileTime(h, NULL, &accessed, &written));
    W3_CHECK_EQ(CompareFileTime(&written, &set), 0);
    HANDLE h2 = CreateFileA(in(dir, "f.txt"), GENERIC_READ, FILE_SHARE_READ | FILE_SHARE_WRITE,
                            NULL, OPEN_EXISTING, 0, NULL);
    W3_REQUIRE(h2 != INVALID_HANDLE_VALUE);
    W3_REQUIRE(GetFileInformationByHandle(h2, &again)); /* the same file: the same identity */
    W3_CHECK_EQ(again.nFileIndexLow, info.nFileIndexLow);
    W3_CHECK_EQ(again.nFileIndexHigh, info.nFileIndexHigh);
    W3_CHECK_EQ(again.dwVolumeSerialNumber, info.dwVolumeSerialNumber);
    CloseHandle(h2);
    CloseHandle(h);
    SetLastError(0);
    W3_CHECK(!GetFileTime(h, NULL, NULL, &written));
    W3_CHECK_EQ(GetLastError(), ERROR_INVALID_HANDLE);
    DeleteFileA(in(dir, "f.txt"));
    RemoveDirectoryA(dir);
}

W3_TEST(compare_file_time_orders)
{
    FILETIME a = {5, 1}, b = {6, 1}, c = {0, 2};
    W3_CHECK_EQ_I(CompareFileTime(&a, &b), -1);
    W3_CHECK_EQ_I(CompareFileTime(&b, &a), 1);
    W3_CHECK_EQ_I(CompareFileTime(&b, &c), -1); /* the high part decides first */
    W3_CHECK_EQ_I(CompareFileTime(&a, &a), 0);
}

W3_TEST(search_path_finds_a_file_in_the_given_directory)
{
    char found[MAX_PATH * 2];
    char *part = NULL;
    const char *dir = make_scratch("search");
    write_text(in(dir, "tool.cfg"), "x");
    DWORD len = SearchPathA(dir, "tool", ".cfg", sizeof found, found, &part);
    W3_REQUIRE(len > 0 && len < sizeof found);
    W3_CHECK_EQ(len, strlen(found));
    W3_CHECK(ends_with_path(found, "/tool.cfg"));
    W3_REQUIRE(part != NULL);
    W3_CHECK_STR(part, "tool.cfg");
    /* An extension is added only to a name that has none. */
    W3_CHECK(SearchPathA(dir, "tool.cfg", ".exe", sizeof found, found, NULL) == len);
    W3_CHECK_EQ(SearchPathA(dir, "tool.cfg", NULL, 3, found, NULL), len + 1);
    SetLastError(0);
    W3_CHECK_EQ(SearchPathA(dir, "missing", ".cfg", sizeof found, found, NULL), 0);
    W3_CHECK_EQ(GetLastError(), ERROR_FILE_NOT_FOUND);
    DeleteFileA(in(dir, "tool.cfg"));
    RemoveDirectoryA(dir);
}
