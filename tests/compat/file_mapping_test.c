/* File mappings: shared memory by name, views of files, and the documented errors. */
#include <windows.h>

#include <stdio.h>
#include <string.h>

#include "w3test.h"

W3_TEST(named_shared_memory_is_one_object)
{
    HANDLE a = CreateFileMappingA(INVALID_HANDLE_VALUE, NULL, PAGE_READWRITE, 0, 65536,
                                  "w3t_mapping_shared");
    W3_REQUIRE(a != NULL);
    W3_CHECK_EQ(GetLastError(), ERROR_SUCCESS);
    char *view_a = MapViewOfFile(a, FILE_MAP_READ | FILE_MAP_WRITE, 0, 0, 0);
    W3_REQUIRE(view_a != NULL);
    W3_CHECK_EQ(view_a[100], 0); /* new memory is zeroed */
    strcpy(view_a, "shared text");

    HANDLE b = CreateFileMappingA(INVALID_HANDLE_VALUE, NULL, PAGE_READWRITE, 0, 65536,
                                  "w3t_mapping_shared");
    W3_REQUIRE(b != NULL);
    W3_CHECK_EQ(GetLastError(), ERROR_ALREADY_EXISTS);
    HANDLE c = OpenFileMappingA(FILE_MAP_READ, FALSE, "w3t_mapping_shared");
    W3_REQUIRE(c != NULL);
    const char *view_c = MapViewOfFile(c, FILE_MAP_READ, 0, 0, 4096);
    W3_REQUIRE(view_c != NULL);
    W3_CHECK_STR(view_c, "shared text");
    view_a[0] = 'S';
    W3_CHECK_EQ(view_c[0], 'S'); /* the same memory */

    W3_CHECK(UnmapViewOfFile(view_c));
    W3_CHECK(UnmapViewOfFile(view_a));
    CloseHandle(c);
    CloseHandle(b);
    CloseHandle(a);
    SetLastError(0);
    W3_CHECK(OpenFileMappingA(FILE_MAP_READ, FALSE, "w3t_mapping_shared") == NULL);
    W3_CHECK_EQ(GetLastError(), ERROR_FILE_NOT_FOUND);
}

W3_TEST(view_stays_after_the_handle_closes)
{
    HANDLE m = CreateFileMappingW(INVALID_HANDLE_VALUE, NULL, PAGE_READWRITE, 0, 4096, NULL);
    W3_REQUIRE(m != NULL);
    char *view = MapViewOfFile(m, FILE_MAP_ALL_ACCESS, 0, 0, 0);
    W3_REQUIRE(view != NULL);
    CloseHandle(m);
    strcpy(view, "still here");
    W3_CHECK_STR(view, "still here");
    W3_CHECK(UnmapViewOfFile(view));
}

static HANDLE scratch_file(const char *tag, const char *content)
{
    char dir[MAX_PATH], path[MAX_PATH * 2];
    DWORD done;
    W3_REQUIRE(GetTempPathA(sizeof dir, dir) > 0);
    snprintf(path, sizeof path, "%sw3t_%s_%lu.bin", dir, tag, (unsigned long)GetCurrentProcessId());
    HANDLE h = CreateFileA(path, GENERIC_READ | GENERIC_WRITE, 0, NULL, CREATE_ALWAYS,
                           FILE_FLAG_DELETE_ON_CLOSE, NULL);
    W3_REQUIRE(h != INVALID_HANDLE_VALUE);
    if (*content)
        W3_REQUIRE(WriteFile(h, content, (DWORD)strlen(content), &done, NULL));
    return h;
}

W3_TEST(view_of_a_file_reads_and_writes_it)
{
    HANDLE f = scratch_file("mapfile", "hello world");
    HANDLE m = CreateFileMappingA(f, NULL, PAGE_READWRITE, 0, 0, NULL);
    W3_REQUIRE(m != NULL);
    char *view = MapViewOfFile(m, FILE_MAP_WRITE, 0, 0, 0);
    W3_REQUIRE(view != NULL);
    W3_CHECK(memcmp(view, "hello world", 11) == 0);
    memcpy(view, "HELLO", 5);
    W3_CHECK(FlushViewOfFile(view, 0));
    W3_CHECK(UnmapViewOfFile(view));
    CloseHandle(m);
    char buf[16] = {0};
    DWORD done = 0;
    SetFilePointer(f, 0, NULL, FILE_BEGIN);
    W3_REQUIRE(ReadFile(f, buf, 11, &done, NULL));
    W3_CHECK_EQ(done, 11);
    W3_CHECK_STR(buf, "HELLO world");
    CloseHandle(f);
}

W3_TEST(mapping_larger_than_the_file_extends_it)
{
    HANDLE f = scratch_file("mapgrow", "abc");
    HANDLE m = CreateFileMappingA(f, NULL, PAGE_READWRITE, 0, 8192, NULL);
    W3_REQUIRE(m != NULL);
    LARGE_INTEGER size;
    W3_REQUIRE(GetFileSizeEx(f, &size));
    W3_CHECK_EQ(size.QuadPart, 8192);
    CloseHandle(m);
    CloseHandle(f);
}

W3_TEST(file_mapping_errors)
{
    SetLastError(0);
    W3_CHECK(CreateFileMappingA(INVALID_HANDLE_VALUE, NULL, PAGE_READWRITE, 0, 0, NULL) == NULL);
    W3_CHECK_EQ(GetLastError(), ERROR_INVALID_PARAMETER);

    HANDLE empty = scratch_file("mapempty", "");
    SetLastError(0);
    W3_CHECK(CreateFileMappingA(empty, NULL, PAGE_READONLY, 0, 0, NULL) == NULL);
    W3_CHECK_EQ(GetLastError(), ERROR_FILE_INVALID);
    CloseHandle(empty);

    HANDLE ro = CreateFileMappingA(INVALID_HANDLE_VALUE, NULL, PAGE_READONLY, 0, 131072, NULL);
    W3_REQUIRE(ro != NULL);
    SetLastError(0);
    W3_CHECK(MapViewOfFile(ro, FILE_MAP_WRITE, 0, 0, 0) == NULL);
    W3_CHECK_EQ(GetLastError(), ERROR_ACCESS_DENIED);
    SetLastError(0);
    W3_CHECK(MapViewOfFile(ro, FILE_MAP_READ, 0, 4096, 0) == NULL);
    W3_CHECK_EQ(GetLastError(), ERROR_MAPPED_ALIGNMENT);
    const char *second = MapViewOfFile(ro, FILE_MAP_READ, 0, 65536, 0);
    W3_CHECK(second != NULL);
    if (second)
        W3_CHECK(UnmapViewOfFile(second));
    CloseHandle(ro);

    int local = 0;
    SetLastError(0);
    W3_CHECK(!UnmapViewOfFile(&local));
    W3_CHECK_EQ(GetLastError(), ERROR_INVALID_ADDRESS);
}
