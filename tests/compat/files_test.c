/* Files and directories: CreateFile dispositions, I/O, file pointer and size,
 * attributes, directories, temp path and FindFirstFile. Every case works in its own
 * scratch directory under GetTempPath, named with '\' (accepted on POSIX too). */
#include <windows.h>

#include <stdio.h>
#include <string.h>
#include <time.h>

#include "w3test.h"

static char scratch[MAX_PATH + 64];

/* Creates a fresh scratch directory for the case; returns its path without separator. */
static const char *make_scratch(const char *tag)
{
    char tmp[MAX_PATH];
    DWORD len = GetTempPathA(sizeof tmp, tmp);
    W3_REQUIRE(len > 0 && len < sizeof tmp);
    unsigned seed = (unsigned)time(NULL) ^ (unsigned)(size_t)&tmp;
    for (int attempt = 0; attempt < 100; attempt++) {
        snprintf(scratch, sizeof scratch, "%sw3t_%s_%08x", tmp, tag, seed + (unsigned)attempt);
        if (CreateDirectoryA(scratch, NULL))
            return scratch;
    }
    W3_REQUIRE(!"no scratch directory");
    return NULL;
}

/* dir\name in a static buffer (one of eight, so several paths can be live at once). */
static const char *in(const char *dir, const char *name)
{
    static char bufs[8][MAX_PATH + 64];
    static int next;
    char *b = bufs[next++ % 8];
    snprintf(b, sizeof bufs[0], "%s\\%s", dir, name);
    return b;
}

static HANDLE open_file(const char *path, DWORD access, DWORD disposition)
{
    return CreateFileA(path, access, FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE, NULL,
                       disposition, FILE_ATTRIBUTE_NORMAL, NULL);
}

static void write_file(const char *path, const char *text)
{
    HANDLE h = open_file(path, GENERIC_WRITE, CREATE_ALWAYS);
    W3_REQUIRE(h != INVALID_HANDLE_VALUE);
    DWORD done = 0;
    W3_REQUIRE(WriteFile(h, text, (DWORD)strlen(text), &done, NULL));
    W3_REQUIRE(done == strlen(text));
    CloseHandle(h);
}

static LONGLONG size_of(const char *path)
{
    HANDLE h = open_file(path, GENERIC_READ, OPEN_EXISTING);
    W3_REQUIRE(h != INVALID_HANDLE_VALUE);
    LARGE_INTEGER size;
    W3_REQUIRE(GetFileSizeEx(h, &size));
    CloseHandle(h);
    return size.QuadPart;
}

W3_TEST(create_new_fails_when_the_file_exists)
{
    const char *dir = make_scratch("createnew");
    const char *path = in(dir, "f.txt");
    HANDLE h = open_file(path, GENERIC_WRITE, CREATE_NEW);
    W3_REQUIRE(h != INVALID_HANDLE_VALUE);
    W3_CHECK(CloseHandle(h));
    SetLastError(0);
    W3_CHECK(open_file(path, GENERIC_WRITE, CREATE_NEW) == INVALID_HANDLE_VALUE);
    W3_CHECK_EQ(GetLastError(), ERROR_FILE_EXISTS);
    W3_CHECK(DeleteFileA(path));
    W3_CHECK(RemoveDirectoryA(dir));
}

W3_TEST(create_always_reports_an_existing_file_and_truncates_it)
{
    const char *dir = make_scratch("createalways");
    const char *path = in(dir, "f.txt");
    SetLastError(1234);
    HANDLE h = open_file(path, GENERIC_WRITE, CREATE_ALWAYS);
    W3_REQUIRE(h != INVALID_HANDLE_VALUE);
    W3_CHECK_EQ(GetLastError(), 0);
    DWORD done;
    W3_CHECK(WriteFile(h, "hello", 5, &done, NULL));
    CloseHandle(h);
    h = open_file(path, GENERIC_WRITE, CREATE_ALWAYS);
    W3_REQUIRE(h != INVALID_HANDLE_VALUE);
    W3_CHECK_EQ(GetLastError(), ERROR_ALREADY_EXISTS);
    CloseHandle(h);
    W3_CHECK_EQ_I(size_of(path), 0);
    DeleteFileA(path);
    RemoveDirectoryA(dir);
}

W3_TEST(open_always_reports_an_existing_file_and_keeps_it)
{
    const char *dir = make_scratch("openalways");
    const char *path = in(dir, "f.txt");
    SetLastError(1234);
    HANDLE h = open_file(path, GENERIC_WRITE, OPEN_ALWAYS);
    W3_REQUIRE(h != INVALID_HANDLE_VALUE);
    W3_CHECK_EQ(GetLastError(), 0);
    DWORD done;
    W3_CHECK(WriteFile(h, "hello", 5, &done, NULL));
    CloseHandle(h);
    h = open_file(path, GENERIC_READ, OPEN_ALWAYS);
    W3_REQUIRE(h != INVALID_HANDLE_VALUE);
    W3_CHECK_EQ(GetLastError(), ERROR_ALREADY_EXISTS);
    CloseHandle(h);
    W3_CHECK_EQ_I(size_of(path), 5);
    DeleteFileA(path);
    RemoveDirectoryA(dir);
}

W3_TEST(open_existing_tells_a_missing_file_from_a_missing_directory)
{
    const char *dir = make_scratch("openexisting");
    SetLastError(0);
    W3_CHECK(open_file(in(dir, "nothing.txt"), GENERIC_READ, OPEN_EXISTING) ==
             INVALID_HANDLE_VALUE);
    W3_CHECK_EQ(GetLastError(), ERROR_FILE_NOT_FOUND);
    SetLastError(0);
    W3_CHECK(open_file(in(dir, "no_dir\\nothing.txt"), GENERIC_READ, OPEN_EXISTING) ==
             INVALID_HANDLE_VALUE);
    W3_CHECK_EQ(GetLastError(), ERROR_PATH_NOT_FOUND);
    SetLastError(0);
    W3_CHECK(open_file(in(dir, "nothing.txt"), GENERIC_WRITE, TRUNCATE_EXISTING) ==
             INVALID_HANDLE_VALUE);
    W3_CHECK_EQ(GetLastError(), ERROR_FILE_NOT_FOUND);
    RemoveDirectoryA(dir);
}

W3_TEST(truncate_existing_empties_the_file)
{
    const char *dir = make_scratch("truncate");
    const char *path = in(dir, "f.txt");
    write_file(path, "some text");
    HANDLE h = open_file(path, GENERIC_WRITE, TRUNCATE_EXISTING);
    W3_REQUIRE(h != INVALID_HANDLE_VALUE);
    W3_CHECK_EQ(GetFileSize(h, NULL), 0);
    CloseHandle(h);
    DeleteFileA(path);
    RemoveDirectoryA(dir);
}

W3_TEST(written_bytes_read_back_through_the_file_pointer)
{
    const char *dir = make_scratch("readwrite");
    const char *path = in(dir, "f.txt");
    HANDLE h = open_file(path, GENERIC_READ | GENERIC_WRITE, CREATE_NEW);
    W3_REQUIRE(h != INVALID_HANDLE_VALUE);
    DWORD done = 0;
    W3_CHECK(WriteFile(h, "hello world", 11, &done, NULL));
    W3_CHECK_EQ(done, 11);
    W3_CHECK_EQ(SetFilePointer(h, 0, NULL, FILE_BEGIN), 0);
    char buf[32] = {0};
    W3_CHECK(ReadFile(h, buf, 5, &done, NULL));
    W3_CHECK_EQ(done, 5);
    W3_CHECK_MEM(buf, "hello", 5);
    W3_CHECK_EQ(SetFilePointer(h, 0, NULL, FILE_CURRENT), 5);
    W3_CHECK(ReadFile(h, buf, sizeof buf, &done, NULL));
    W3_CHECK_EQ(done, 6);
    W3_CHECK_MEM(buf, " world", 6);
    /* At the end a synchronous read succeeds with no bytes. */
    done = 99;
    W3_CHECK(ReadFile(h, buf, sizeof buf, &done, NULL));
    W3_CHECK_EQ(done, 0);
    CloseHandle(h);
    DeleteFileA(path);
    RemoveDirectoryA(dir);
}

W3_TEST(overlapped_offsets_choose_the_position)
{
    const char *dir = make_scratch("overlapped");
    const char *path = in(dir, "f.txt");
    HANDLE h = open_file(path, GENERIC_READ | GENERIC_WRITE, CREATE_NEW);
    W3_REQUIRE(h != INVALID_HANDLE_VALUE);
    DWORD done;
    W3_CHECK(WriteFile(h, "0123456789", 10, &done, NULL));

    OVERLAPPED ov;
    memset(&ov, 0, sizeof ov);
    ov.Offset = 3;
    char buf[16] = {0};
    W3_CHECK(ReadFile(h, buf, 4, &done, &ov));
    W3_CHECK_EQ(done, 4);
    W3_CHECK_MEM(buf, "3456", 4);
    W3_CHECK_EQ(ov.InternalHigh, 4);

    memset(&ov, 0, sizeof ov);
    ov.Offset = 8;
    W3_CHECK(WriteFile(h, "ABCD", 4, &done, &ov));
    W3_CHECK_EQ(GetFileSize(h, NULL), 12);

    memset(&ov, 0, sizeof ov);
    ov.Offset = 40;
    SetLastError(0);
    W3_CHECK(!ReadFile(h, buf, 4, &done, &ov));
    W3_CHECK_EQ(GetLastError(), ERROR_HANDLE_EOF);
    W3_CHECK_EQ(done, 0);

    W3_CHECK_EQ(SetFilePointer(h, 0, NULL, FILE_BEGIN), 0);
    W3_CHECK(ReadFile(h, buf, 12, &done, NULL));
    W3_CHECK_MEM(buf, "01234567ABCD", 12);
    CloseHandle(h);
    DeleteFileA(path);
    RemoveDirectoryA(dir);
}

W3_TEST(set_file_pointer_moves_and_rejects_negative_positions)
{
    const char *dir = make_scratch("seek");
    const char *path = in(dir, "f.txt");
    write_file(path, "0123456789");
    HANDLE h = open_file(path, GENERIC_READ, OPEN_EXISTING);
    W3_REQUIRE(h != INVALID_HANDLE_VALUE);
    W3_CHECK_EQ(SetFilePointer(h, -2, NULL, FILE_END), 8);
    W3_CHECK_EQ(SetFilePointer(h, -3, NULL, FILE_CURRENT), 5);
    SetLastError(0);
    W3_CHECK_EQ(SetFilePointer(h, -1, NULL, FILE_BEGIN), INVALID_SET_FILE_POINTER);
    W3_CHECK_EQ(GetLastError(), ERROR_NEGATIVE_SEEK);
    W3_CHECK_EQ(SetFilePointer(h, 0, NULL, FILE_CURRENT), 5);

    LONG high = 1;
    W3_CHECK_EQ(SetFilePointer(h, 16, &high, FILE_BEGIN), 16);
    W3_CHECK_EQ_I(high, 1);

    LARGE_INTEGER to, now;
    to.QuadPart = 4;
    W3_CHECK(SetFilePointerEx(h, to, &now, FILE_BEGIN));
    W3_CHECK_EQ_I(now.QuadPart, 4);
    to.QuadPart = -10;
    SetLastError(0);
    W3_CHECK(!SetFilePointerEx(h, to, &now, FILE_CURRENT));
    W3_CHECK_EQ(GetLastError(), ERROR_NEGATIVE_SEEK);
    CloseHandle(h);
    DeleteFileA(path);
    RemoveDirectoryA(dir);
}

W3_TEST(file_size_has_low_and_high_parts)
{
    const char *dir = make_scratch("size");
    const char *path = in(dir, "f.txt");
    write_file(path, "0123456789");
    HANDLE h = open_file(path, GENERIC_READ, OPEN_EXISTING);
    W3_REQUIRE(h != INVALID_HANDLE_VALUE);
    DWORD high = 77;
    W3_CHECK_EQ(GetFileSize(h, &high), 10);
    W3_CHECK_EQ(high, 0);
    LARGE_INTEGER size;
    W3_CHECK(GetFileSizeEx(h, &size));
    W3_CHECK_EQ_I(size.QuadPart, 10);
    CloseHandle(h);
    DeleteFileA(path);
    RemoveDirectoryA(dir);
}

W3_TEST(handles_refuse_access_they_were_not_opened_for)
{
    const char *dir = make_scratch("access");
    const char *path = in(dir, "f.txt");
    write_file(path, "data");
    char buf[8];
    DWORD done;
    HANDLE h = open_file(path, GENERIC_WRITE, OPEN_EXISTING);
    W3_REQUIRE(h != INVALID_HANDLE_VALUE);
    SetLastError(0);
    W3_CHECK(!ReadFile(h, buf, 4, &done, NULL));
    W3_CHECK_EQ(GetLastError(), ERROR_ACCESS_DENIED);
    CloseHandle(h);
    h = open_file(path, GENERIC_READ, OPEN_EXISTING);
    W3_REQUIRE(h != INVALID_HANDLE_VALUE);
    SetLastError(0);
    W3_CHECK(!WriteFile(h, "x", 1, &done, NULL));
    W3_CHECK_EQ(GetLastError(), ERROR_ACCESS_DENIED);
    CloseHandle(h);
    DeleteFileA(path);
    RemoveDirectoryA(dir);
}

W3_TEST(closed_handle_is_invalid)
{
    const char *dir = make_scratch("closed");
    const char *path = in(dir, "f.txt");
    HANDLE h = open_file(path, GENERIC_READ | GENERIC_WRITE, CREATE_NEW);
    W3_REQUIRE(h != INVALID_HANDLE_VALUE);
    W3_CHECK(CloseHandle(h));
    SetLastError(0);
    W3_CHECK(!CloseHandle(h));
    W3_CHECK_EQ(GetLastError(), ERROR_INVALID_HANDLE);
    char buf[4];
    DWORD done;
    SetLastError(0);
    W3_CHECK(!ReadFile(h, buf, 4, &done, NULL));
    W3_CHECK_EQ(GetLastError(), ERROR_INVALID_HANDLE);
    SetLastError(0);
    W3_CHECK_EQ(GetFileSize(h, NULL), INVALID_FILE_SIZE);
    W3_CHECK_EQ(GetLastError(), ERROR_INVALID_HANDLE);
    DeleteFileA(path);
    RemoveDirectoryA(dir);
}

W3_TEST(delete_on_close_removes_the_file)
{
    const char *dir = make_scratch("deleteonclose");
    const char *path = in(dir, "f.txt");
    HANDLE h = CreateFileA(path, GENERIC_READ | GENERIC_WRITE, FILE_SHARE_DELETE, NULL, CREATE_NEW,
                           FILE_FLAG_DELETE_ON_CLOSE | FILE_FLAG_SEQUENTIAL_SCAN, NULL);
    W3_REQUIRE(h != INVALID_HANDLE_VALUE);
    W3_CHECK(GetFileAttributesA(path) != INVALID_FILE_ATTRIBUTES);
    CloseHandle(h);
    W3_CHECK_EQ(GetFileAttributesA(path), INVALID_FILE_ATTRIBUTES);
    W3_CHECK(RemoveDirectoryA(dir));
}

W3_TEST(directory_opens_only_with_backup_semantics)
{
    const char *dir = make_scratch("opendir");
    SetLastError(0);
    W3_CHECK(open_file(dir, GENERIC_READ, OPEN_EXISTING) == INVALID_HANDLE_VALUE);
    W3_CHECK_EQ(GetLastError(), ERROR_ACCESS_DENIED);
    HANDLE h = CreateFileA(dir, GENERIC_READ, FILE_SHARE_READ | FILE_SHARE_WRITE, NULL,
                           OPEN_EXISTING, FILE_FLAG_BACKUP_SEMANTICS, NULL);
    W3_CHECK(h != INVALID_HANDLE_VALUE);
    if (h != INVALID_HANDLE_VALUE)
        CloseHandle(h);
    RemoveDirectoryA(dir);
}

W3_TEST(file_attributes_of_files_directories_and_missing_names)
{
    const char *dir = make_scratch("attributes");
    const char *path = in(dir, "f.txt");
    write_file(path, "x");
    DWORD attributes = GetFileAttributesA(path);
    W3_REQUIRE(attributes != INVALID_FILE_ATTRIBUTES);
    W3_CHECK(!(attributes & FILE_ATTRIBUTE_DIRECTORY));
    W3_CHECK(!(attributes & FILE_ATTRIBUTE_READONLY));
    W3_CHECK(attributes & (FILE_ATTRIBUTE_NORMAL | FILE_ATTRIBUTE_ARCHIVE));
    W3_CHECK(GetFileAttributesA(dir) & FILE_ATTRIBUTE_DIRECTORY);
    SetLastError(0);
    W3_CHECK_EQ(GetFileAttributesA(in(dir, "missing")), INVALID_FILE_ATTRIBUTES);
    W3_CHECK_EQ(GetFileAttributesA(in(dir, "missing")), INVALID_FILE_ATTRIBUTES);
    W3_CHECK_EQ(GetLastError(), ERROR_FILE_NOT_FOUND);
    SetLastError(0);
    W3_CHECK_EQ(GetFileAttributesA(in(dir, "missing\\f.txt")), INVALID_FILE_ATTRIBUTES);
    W3_CHECK_EQ(GetLastError(), ERROR_PATH_NOT_FOUND);
    DeleteFileA(path);
    RemoveDirectoryA(dir);
}

W3_TEST(file_attributes_ex_give_size_and_times_as_find_does)
{
    const char *dir = make_scratch("attributes_ex");
    const char *path = in(dir, "f.txt");
    write_file(path, "twelve bytes");
    WIN32_FILE_ATTRIBUTE_DATA data;
    memset(&data, 0xCC, sizeof data);
    W3_REQUIRE(GetFileAttributesExA(path, GetFileExInfoStandard, &data));
    W3_CHECK_EQ(data.dwFileAttributes, GetFileAttributesA(path));
    W3_CHECK_EQ(data.nFileSizeHigh, 0);
    W3_CHECK_EQ(data.nFileSizeLow, 12);
    WIN32_FIND_DATAA found;
    HANDLE h = FindFirstFileA(path, &found);
    W3_REQUIRE(h != INVALID_HANDLE_VALUE);
    FindClose(h);
    W3_CHECK_EQ(data.ftLastWriteTime.dwLowDateTime, found.ftLastWriteTime.dwLowDateTime);
    W3_CHECK_EQ(data.ftLastWriteTime.dwHighDateTime, found.ftLastWriteTime.dwHighDateTime);
    W3_CHECK(data.ftLastWriteTime.dwHighDateTime != 0);

    W3_REQUIRE(GetFileAttributesExA(dir, GetFileExInfoStandard, &data));
    W3_CHECK(data.dwFileAttributes & FILE_ATTRIBUTE_DIRECTORY);
    W3_CHECK_EQ(data.nFileSizeLow, 0);

    SetLastError(0);
    W3_CHECK(!GetFileAttributesExA(in(dir, "missing"), GetFileExInfoStandard, &data));
    W3_CHECK_EQ(GetLastError(), ERROR_FILE_NOT_FOUND);
    SetLastError(0);
    W3_CHECK(!GetFileAttributesExA(in(dir, "missing\\f.txt"), GetFileExInfoStandard, &data));
    W3_CHECK_EQ(GetLastError(), ERROR_PATH_NOT_FOUND);
    SetLastError(0);
    W3_CHECK(!GetFileAttributesExA(path, GetFileExMaxInfoLevel, &data));
    W3_CHECK_EQ(GetLastError(), ERROR_INVALID_PARAMETER);
    DeleteFileA(path);
    RemoveDirectoryA(dir);
}

W3_TEST(read_only_files_keep_the_attribute_and_refuse_deletion)
{
    const char *dir = make_scratch("readonly");
    const char *path = in(dir, "f.txt");
    write_file(path, "x");
    W3_CHECK(SetFileAttributesA(path, FILE_ATTRIBUTE_READONLY));
    W3_CHECK(GetFileAttributesA(path) & FILE_ATTRIBUTE_READONLY);
    SetLastError(0);
    W3_CHECK(!DeleteFileA(path));
    W3_CHECK_EQ(GetLastError(), ERROR_ACCESS_DENIED);
    W3_CHECK(SetFileAttributesA(path, FILE_ATTRIBUTE_NORMAL));
    W3_CHECK(!(GetFileAttributesA(path) & FILE_ATTRIBUTE_READONLY));
    W3_CHECK(DeleteFileA(path));
    W3_CHECK(RemoveDirectoryA(dir));
}

W3_TEST(delete_file_errors)
{
    const char *dir = make_scratch("delete");
    SetLastError(0);
    W3_CHECK(!DeleteFileA(in(dir, "missing.txt")));
    W3_CHECK_EQ(GetLastError(), ERROR_FILE_NOT_FOUND);
    SetLastError(0);
    W3_CHECK(!DeleteFileA(in(dir, "no_dir\\missing.txt")));
    W3_CHECK_EQ(GetLastError(), ERROR_PATH_NOT_FOUND);
    SetLastError(0);
    W3_CHECK(!DeleteFileA(dir));
    W3_CHECK_EQ(GetLastError(), ERROR_ACCESS_DENIED);
    W3_CHECK(RemoveDirectoryA(dir));
}

W3_TEST(directories_are_created_and_removed_with_windows_errors)
{
    const char *dir = make_scratch("dirs");
    const char *sub = in(dir, "sub");
    W3_CHECK(CreateDirectoryA(sub, NULL));
    SetLastError(0);
    W3_CHECK(!CreateDirectoryA(sub, NULL));
    W3_CHECK_EQ(GetLastError(), ERROR_ALREADY_EXISTS);
    SetLastError(0);
    W3_CHECK(!CreateDirectoryA(in(dir, "no_dir\\sub"), NULL));
    W3_CHECK_EQ(GetLastError(), ERROR_PATH_NOT_FOUND);

    const char *file = in(dir, "f.txt");
    write_file(file, "x");
    SetLastError(0);
    W3_CHECK(!RemoveDirectoryA(dir));
    W3_CHECK_EQ(GetLastError(), ERROR_DIR_NOT_EMPTY);
    SetLastError(0);
    W3_CHECK(!RemoveDirectoryA(file));
    W3_CHECK_EQ(GetLastError(), ERROR_DIRECTORY);
    W3_CHECK(DeleteFileA(file));
    W3_CHECK(RemoveDirectoryA(in(dir, "sub")));
    SetLastError(0);
    W3_CHECK(!RemoveDirectoryA(in(dir, "sub")));
    W3_CHECK_EQ(GetLastError(), ERROR_FILE_NOT_FOUND);
    W3_CHECK(RemoveDirectoryA(dir));
}

W3_TEST(temp_path_ends_with_a_separator_and_reports_its_size)
{
    char path[MAX_PATH + 1];
    DWORD len = GetTempPathA(sizeof path, path);
    W3_REQUIRE(len > 0 && len < sizeof path);
    W3_CHECK_EQ(len, strlen(path));
    W3_CHECK(path[len - 1] == '\\' || path[len - 1] == '/');
    W3_CHECK(GetFileAttributesA(path) & FILE_ATTRIBUTE_DIRECTORY);

    char small[2] = {'x', 'x'};
    W3_CHECK_EQ(GetTempPathA(sizeof small, small), len + 1);
    W3_CHECK_EQ(GetTempPathA(len + 1, path), len);

    WCHAR wide[MAX_PATH + 1];
    W3_CHECK_EQ(GetTempPathW(MAX_PATH + 1, wide), len);
}

W3_TEST(wide_names_create_and_find_files)
{
    const char *dir = make_scratch("wide");
    WCHAR wdir[MAX_PATH], wpath[MAX_PATH + 16];
    size_t i = 0;
    for (; dir[i] && i < MAX_PATH - 1; i++) {
        W3_REQUIRE((unsigned char)dir[i] < 0x80); /* temp paths here are ASCII */
        wdir[i] = (WCHAR)dir[i];
    }
    wdir[i] = 0;
    swprintf(wpath, MAX_PATH + 16, L"%ls\\w.txt", wdir);
    HANDLE h = CreateFileW(wpath, GENERIC_WRITE, 0, NULL, CREATE_NEW, 0, NULL);
    W3_REQUIRE(h != INVALID_HANDLE_VALUE);
    CloseHandle(h);
    W3_CHECK(GetFileAttributesW(wpath) != INVALID_FILE_ATTRIBUTES);

    swprintf(wpath, MAX_PATH + 16, L"%ls\\?.t*", wdir);
    WIN32_FIND_DATAW data;
    HANDLE find = FindFirstFileW(wpath, &data);
    W3_REQUIRE(find != INVALID_HANDLE_VALUE);
    W3_CHECK(wcscmp(data.cFileName, L"w.txt") == 0);
    SetLastError(0);
    W3_CHECK(!FindNextFileW(find, &data));
    W3_CHECK_EQ(GetLastError(), ERROR_NO_MORE_FILES);
    W3_CHECK(FindClose(find));

    swprintf(wpath, MAX_PATH + 16, L"%ls\\w.txt", wdir);
    W3_CHECK(DeleteFileW(wpath));
    swprintf(wpath, MAX_PATH + 16, L"%ls\\sub", wdir);
    W3_CHECK(CreateDirectoryW(wpath, NULL));
    W3_CHECK(RemoveDirectoryW(wpath));
    W3_CHECK(RemoveDirectoryW(wdir));
}

/* Names found by pattern, in order, joined by '|'. */
static void find_all(const char *pattern, char *out, size_t size)
{
    WIN32_FIND_DATAA data;
    out[0] = '\0';
    HANDLE h = FindFirstFileA(pattern, &data);
    if (h == INVALID_HANDLE_VALUE)
        return;
    do {
        size_t len = strlen(out);
        snprintf(out + len, size - len, "%s%s", len ? "|" : "", data.cFileName);
    } while (FindNextFileA(h, &data));
    W3_CHECK_EQ(GetLastError(), ERROR_NO_MORE_FILES);
    W3_CHECK(FindClose(h));
}

W3_TEST(find_lists_dot_entries_first_then_the_directory)
{
    const char *dir = make_scratch("find");
    write_file(in(dir, "a.txt"), "12345");
    CreateDirectoryA(in(dir, "sub"), NULL);

    WIN32_FIND_DATAA data;
    HANDLE h = FindFirstFileA(in(dir, "*"), &data);
    W3_REQUIRE(h != INVALID_HANDLE_VALUE);
    W3_CHECK_STR(data.cFileName, ".");
    W3_CHECK(data.dwFileAttributes & FILE_ATTRIBUTE_DIRECTORY);
    W3_REQUIRE(FindNextFileA(h, &data));
    W3_CHECK_STR(data.cFileName, "..");
    int seen_file = 0, seen_sub = 0, others = 0;
    while (FindNextFileA(h, &data)) {
        if (strcmp(data.cFileName, "a.txt") == 0) {
            seen_file++;
            W3_CHECK_EQ(data.nFileSizeLow, 5);
            W3_CHECK_EQ(data.nFileSizeHigh, 0);
            W3_CHECK(!(data.dwFileAttributes & FILE_ATTRIBUTE_DIRECTORY));
            W3_CHECK(data.ftLastWriteTime.dwHighDateTime != 0);
        } else if (strcmp(data.cFileName, "sub") == 0) {
            seen_sub++;
            W3_CHECK(data.dwFileAttributes & FILE_ATTRIBUTE_DIRECTORY);
        } else {
            others++;
        }
    }
    W3_CHECK_EQ(GetLastError(), ERROR_NO_MORE_FILES);
    W3_CHECK(FindClose(h));
    W3_CHECK_EQ_I(seen_file, 1);
    W3_CHECK_EQ_I(seen_sub, 1);
    W3_CHECK_EQ_I(others, 0);
    DeleteFileA(in(dir, "a.txt"));
    RemoveDirectoryA(in(dir, "sub"));
    RemoveDirectoryA(dir);
}

/* A name without wildcards finds that one entry (as FindFirstFile on a single file is
 * used to read its size and time), whatever else the directory holds; the name's case
 * need not match. */
W3_TEST(find_of_an_exact_name_gives_that_entry_only)
{
    const char *dir = make_scratch("find_exact");
    write_file(in(dir, "Page.htm"), "123");
    write_file(in(dir, "Page.html"), "1234567");
    CreateDirectoryA(in(dir, "sub"), NULL);
    const char *names[] = {"Page.htm", "PAGE.HTM", "sub"};
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
        WIN32_FIND_DATAA data;
        HANDLE h = FindFirstFileA(in(dir, names[i]), &data);
        W3_REQUIRE(h != INVALID_HANDLE_VALUE);
        if (i < 2) {
            W3_CHECK_STR(data.cFileName, "Page.htm"); /* as the directory spells it */
            W3_CHECK_EQ(data.nFileSizeLow, 3);
        } else {
            W3_CHECK_STR(data.cFileName, "sub");
            W3_CHECK(data.dwFileAttributes & FILE_ATTRIBUTE_DIRECTORY);
        }
        SetLastError(0);
        W3_CHECK(!FindNextFileA(h, &data));
        W3_CHECK_EQ(GetLastError(), ERROR_NO_MORE_FILES);
        FindClose(h);
    }
    DeleteFileA(in(dir, "Page.htm"));
    DeleteFileA(in(dir, "Page.html"));
    RemoveDirectoryA(in(dir, "sub"));
    RemoveDirectoryA(dir);
}

W3_TEST(find_wildcards_match_without_regard_to_case)
{
    const char *dir = make_scratch("wildcards");
    write_file(in(dir, "a.txt"), "");
    write_file(in(dir, "b.log"), "");
    write_file(in(dir, "long.TXT"), "");
    char names[512];
    find_all(in(dir, "?.log"), names, sizeof names);
    W3_CHECK_STR(names, "b.log");
    find_all(in(dir, "l*.txt"), names, sizeof names);
    W3_CHECK_STR(names, "long.TXT");
    find_all(in(dir, "A.TXT"), names, sizeof names);
    W3_CHECK_STR(names, "a.txt");
    find_all(in(dir, "*g"), names, sizeof names);
    W3_CHECK_STR(names, "b.log");

    WIN32_FIND_DATAA data;
    SetLastError(0);
    W3_CHECK(FindFirstFileA(in(dir, "zz*"), &data) == INVALID_HANDLE_VALUE);
    W3_CHECK_EQ(GetLastError(), ERROR_FILE_NOT_FOUND);
    SetLastError(0);
    W3_CHECK(FindFirstFileA(in(dir, "no_dir\\*"), &data) == INVALID_HANDLE_VALUE);
    W3_CHECK_EQ(GetLastError(), ERROR_PATH_NOT_FOUND);
    SetLastError(0);
    W3_CHECK(!FindClose(INVALID_HANDLE_VALUE));
    W3_CHECK_EQ(GetLastError(), ERROR_INVALID_HANDLE);

    DeleteFileA(in(dir, "a.txt"));
    DeleteFileA(in(dir, "b.log"));
    DeleteFileA(in(dir, "long.TXT"));
    RemoveDirectoryA(dir);
}

W3_TEST(forward_and_back_slashes_both_separate)
{
    const char *dir = make_scratch("slashes");
    char forward[MAX_PATH + 16];
    snprintf(forward, sizeof forward, "%s/x.txt", dir);
    write_file(forward, "abc");
    W3_CHECK_EQ_I(size_of(in(dir, "x.txt")), 3);
    W3_CHECK(DeleteFileA(in(dir, "x.txt")));
    W3_CHECK_EQ(GetFileAttributesA(forward), INVALID_FILE_ATTRIBUTES);
    RemoveDirectoryA(dir);
}
