/* GetFinalPathNameByHandle: the name it gives opens the same file, the documented
 * return values (length without the NUL; the size needed with it when the buffer is
 * too small) and errors. Windows prefixes "\\?\" with VOLUME_NAME_DOS and POSIX gives
 * its own path, so the cases check what both promise: an absolute name ending in the
 * file's name. */
#include <windows.h>

#include <stdio.h>
#include <string.h>
#include <time.h>
#include <wchar.h>

#include "w3test.h"

static char file_path[MAX_PATH + 64];
static const char file_name[] = "w3t_final_path.txt";
static const char content[] = "final path content";

/* A fresh file under GetTempPath holding `content`, open for reading. */
static HANDLE open_scratch(const char *tag)
{
    char tmp[MAX_PATH];
    DWORD len = GetTempPathA(sizeof tmp, tmp);
    W3_REQUIRE(len > 0 && len < sizeof tmp);
    snprintf(file_path, sizeof file_path, "%sw3t_%s_%08x", tmp, tag,
             (unsigned)time(NULL) ^ (unsigned)GetCurrentProcessId());
    W3_REQUIRE(CreateDirectoryA(file_path, NULL) || GetLastError() == ERROR_ALREADY_EXISTS);
    strcat(file_path, "\\");
    strcat(file_path, file_name);
    HANDLE h = CreateFileA(file_path, GENERIC_READ | GENERIC_WRITE, FILE_SHARE_READ, NULL,
                           CREATE_ALWAYS, FILE_ATTRIBUTE_NORMAL, NULL);
    W3_REQUIRE(h != INVALID_HANDLE_VALUE);
    DWORD done = 0;
    W3_REQUIRE(WriteFile(h, content, (DWORD)strlen(content), &done, NULL));
    return h;
}

static void remove_scratch(HANDLE h)
{
    CloseHandle(h);
    W3_CHECK(DeleteFileA(file_path));
    *strrchr(file_path, '\\') = '\0';
    W3_CHECK(RemoveDirectoryA(file_path));
}

static int ends_with_name(const char *path)
{
    size_t len = strlen(path), name = strlen(file_name);
    return len > name && strcmp(path + len - name, file_name) == 0 &&
           (path[len - name - 1] == '\\' || path[len - name - 1] == '/');
}

W3_TEST(final_path_names_the_open_file)
{
    HANDLE h = open_scratch("fpa");
    char path[MAX_PATH + 64];
    DWORD len = GetFinalPathNameByHandleA(h, path, sizeof path, FILE_NAME_NORMALIZED);
    W3_CHECK_EQ_I(len, strlen(path));
    W3_CHECK(ends_with_name(path));
    /* The name opens the same file. */
    HANDLE again = CreateFileA(path, GENERIC_READ, FILE_SHARE_READ | FILE_SHARE_WRITE, NULL,
                               OPEN_EXISTING, FILE_ATTRIBUTE_NORMAL, NULL);
    W3_REQUIRE(again != INVALID_HANDLE_VALUE);
    char got[64] = {0};
    DWORD read = 0;
    W3_CHECK(ReadFile(again, got, sizeof got, &read, NULL));
    W3_CHECK_EQ_I(read, strlen(content));
    W3_CHECK_STR(got, content);
    CloseHandle(again);
    remove_scratch(h);
}

W3_TEST(final_path_narrow_too_small_gives_length)
{
    HANDLE h = open_scratch("fps");
    char path[MAX_PATH + 64];
    DWORD len = GetFinalPathNameByHandleA(h, path, sizeof path, VOLUME_NAME_DOS);
    W3_REQUIRE(len > 0 && len < sizeof path);
    /* The documentation promises the size with the NUL; the A function gives the length
     * without it (as under Wine), so a caller allocates one more. */
    char small[8] = "xxxxxxx";
    W3_CHECK_EQ_I(GetFinalPathNameByHandleA(h, small, sizeof small, VOLUME_NAME_DOS), len);
    W3_CHECK_EQ_I(GetFinalPathNameByHandleA(h, path, len, VOLUME_NAME_DOS), len);
    W3_CHECK_EQ_I(GetFinalPathNameByHandleA(h, path, len + 1, VOLUME_NAME_DOS), len);
    W3_CHECK_EQ_I(strlen(path), len);
    remove_scratch(h);
}

W3_TEST(final_path_wide_matches_narrow)
{
    HANDLE h = open_scratch("fpw");
    char narrow[MAX_PATH + 64];
    WCHAR wide[MAX_PATH + 64];
    DWORD len = GetFinalPathNameByHandleA(h, narrow, sizeof narrow, FILE_NAME_NORMALIZED);
    W3_REQUIRE(len > 0 && len < sizeof narrow);
    /* Too small: the size needed with the NUL, as documented. */
    W3_CHECK_EQ_I(GetFinalPathNameByHandleW(h, wide, 4, FILE_NAME_NORMALIZED), len + 1);
    W3_CHECK_EQ_I(GetFinalPathNameByHandleW(h, wide, len, FILE_NAME_NORMALIZED), len + 1);
    W3_CHECK_EQ_I(GetFinalPathNameByHandleW(h, wide, MAX_PATH + 64, FILE_NAME_NORMALIZED), len);
    W3_CHECK_EQ_I(wcslen(wide), len);
    /* The temp path is ASCII here, so the wide name is the narrow one widened. */
    int same = 1;
    for (DWORD i = 0; i < len; i++)
        same &= wide[i] == (WCHAR)(unsigned char)narrow[i];
    W3_CHECK(same);
    remove_scratch(h);
}

W3_TEST(final_path_errors)
{
    char path[MAX_PATH];
    SetLastError(0);
    W3_CHECK_EQ_I(GetFinalPathNameByHandleA(INVALID_HANDLE_VALUE, path, sizeof path, 0), 0);
    W3_CHECK_EQ_I(GetLastError(), ERROR_INVALID_HANDLE);
    HANDLE h = open_scratch("fpe");
    /* Flags outside the documented ones. */
    SetLastError(0);
    W3_CHECK_EQ_I(GetFinalPathNameByHandleA(h, path, sizeof path, 0x100), 0);
    W3_CHECK_EQ_I(GetLastError(), ERROR_INVALID_PARAMETER);
    remove_scratch(h);
}
