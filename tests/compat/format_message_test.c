/* FormatMessage (system table, strings, inserts, widths, buffers) and the Local/Global
 * memory that its allocated buffers come from. Texts differ between Wine and Windows:
 * only the contract is asserted (lengths, CRLF, inserts, codes). */
#include <windows.h>

#include <string.h>

#include "w3test.h"

/* FormatMessageA with its inserts passed through a va_list. */
static DWORD format_a(DWORD flags, const char *src, DWORD id, char *buf, DWORD size, ...)
{
    va_list ap;
    va_start(ap, size);
    SetLastError(0);
    DWORD n = FormatMessageA(flags, src, id, 0, buf, size, &ap);
    va_end(ap);
    return n;
}

#define SYSTEM_FLAGS (FORMAT_MESSAGE_FROM_SYSTEM | FORMAT_MESSAGE_IGNORE_INSERTS)

W3_TEST(system_message_is_a_line_ending_in_crlf)
{
    char buf[512];
    DWORD n = format_a(SYSTEM_FLAGS, NULL, ERROR_FILE_NOT_FOUND, buf, sizeof buf);
    W3_REQUIRE(n > 2);
    W3_CHECK_EQ(n, strlen(buf));
    W3_CHECK_MEM(buf + n - 2, "\r\n", 2);
    W3_CHECK(strchr(buf, '\n') == buf + n - 1);

    WCHAR wbuf[512];
    SetLastError(0);
    DWORD wn = FormatMessageW(SYSTEM_FLAGS, NULL, ERROR_FILE_NOT_FOUND, 0, wbuf, 512, NULL);
    W3_CHECK_EQ(wn, n);
    W3_CHECK(wbuf[wn - 2] == L'\r' && wbuf[wn - 1] == L'\n');
}

W3_TEST(unknown_system_code_is_mr_mid_not_found)
{
    char buf[256];
    W3_CHECK_EQ(format_a(SYSTEM_FLAGS, NULL, 0x12345, buf, sizeof buf), 0);
    W3_CHECK_EQ(GetLastError(), ERROR_MR_MID_NOT_FOUND);
    WCHAR wbuf[256];
    SetLastError(0);
    W3_CHECK_EQ(FormatMessageW(SYSTEM_FLAGS, NULL, 0x12345, 0, wbuf, 256, NULL), 0);
    W3_CHECK_EQ(GetLastError(), ERROR_MR_MID_NOT_FOUND);
}

W3_TEST(hresult_of_a_win32_code_has_that_codes_text)
{
    char plain[512], hr[512];
    DWORD n = format_a(SYSTEM_FLAGS, NULL, ERROR_ACCESS_DENIED, plain, sizeof plain);
    W3_REQUIRE(n > 0);
    W3_CHECK_EQ(
        format_a(SYSTEM_FLAGS, NULL, (DWORD)HRESULT_FROM_WIN32(ERROR_ACCESS_DENIED), hr, sizeof hr),
        n);
    W3_CHECK_STR(hr, plain);
}

W3_TEST(every_code_the_project_reports_has_a_message)
{
    static const DWORD codes[] = {
        ERROR_SUCCESS,           ERROR_FILE_NOT_FOUND,      ERROR_PATH_NOT_FOUND,
        ERROR_ACCESS_DENIED,     ERROR_INVALID_HANDLE,      ERROR_NOT_ENOUGH_MEMORY,
        ERROR_NO_MORE_FILES,     ERROR_HANDLE_EOF,          ERROR_FILE_EXISTS,
        ERROR_INVALID_PARAMETER, ERROR_INSUFFICIENT_BUFFER, ERROR_MOD_NOT_FOUND,
        ERROR_PROC_NOT_FOUND,    ERROR_NEGATIVE_SEEK,       ERROR_DIR_NOT_EMPTY,
        ERROR_ALREADY_EXISTS,    ERROR_BAD_EXE_FORMAT,      ERROR_DIRECTORY,
        ERROR_MR_MID_NOT_FOUND,  ERROR_DLL_INIT_FAILED,     ERROR_NOT_SUPPORTED,
        ERROR_INVALID_DATA};
    for (size_t i = 0; i < sizeof codes / sizeof codes[0]; i++) {
        char buf[512];
        DWORD n = format_a(SYSTEM_FLAGS, NULL, codes[i], buf, sizeof buf);
        if (n < 2)
            w3t_fail(__FILE__, __LINE__, "no message for code %lu", (unsigned long)codes[i]);
        else
            W3_CHECK_MEM(buf + n - 2, "\r\n", 2);
    }
}

W3_TEST(max_width_mask_turns_text_line_breaks_into_spaces)
{
    char plain[512], flat[512];
    DWORD n = format_a(SYSTEM_FLAGS, NULL, ERROR_FILE_NOT_FOUND, plain, sizeof plain);
    DWORD m = format_a(SYSTEM_FLAGS | FORMAT_MESSAGE_MAX_WIDTH_MASK, NULL, ERROR_FILE_NOT_FOUND,
                       flat, sizeof flat);
    W3_REQUIRE(n > 2);
    W3_CHECK_EQ(m, n - 1);
    W3_CHECK_MEM(flat, plain, n - 2);
    W3_CHECK_EQ(flat[m - 1], ' ');

    char buf[64];
    /* %n is a hard line break and stays. */
    W3_CHECK_EQ(format_a(FORMAT_MESSAGE_FROM_STRING | FORMAT_MESSAGE_MAX_WIDTH_MASK, "a\nb\r\nc%nd",
                         0, buf, sizeof buf),
                8);
    W3_CHECK_STR(buf, "a b c\r\nd");
}

W3_TEST(line_breaks_in_the_text_become_crlf)
{
    char buf[64];
    W3_CHECK_EQ(format_a(FORMAT_MESSAGE_FROM_STRING, "a\nb\r\nc\rd", 0, buf, sizeof buf), 10);
    W3_CHECK_STR(buf, "a\r\nb\r\nc\r\nd");
}

W3_TEST(line_width_wraps_at_spaces)
{
    char buf[128];
    DWORD n = format_a(FORMAT_MESSAGE_FROM_STRING | 20,
                       "the quick brown fox jumps over the lazy dog", 0, buf, sizeof buf);
    W3_CHECK_EQ(n, strlen(buf));
    W3_CHECK_STR(buf, "the quick brown fox\r\njumps over the lazy\r\ndog");
}

W3_TEST(inserts_in_any_order_with_printf_formats)
{
    char buf[128];
    DWORD n = format_a(FORMAT_MESSAGE_FROM_STRING, "%2 %1 %3!04d! %4!x! %5!-5s!| %1", 0, buf,
                       sizeof buf, "one", "two", 42, 255, "ab");
    W3_CHECK_STR(buf, "two one 0042 ff ab   | one");
    W3_CHECK_EQ(n, strlen("two one 0042 ff ab   | one"));
}

W3_TEST(escapes_and_percent_zero)
{
    char buf[64];
    W3_CHECK_EQ(format_a(FORMAT_MESSAGE_FROM_STRING, "100%% %. %!%n", 0, buf, sizeof buf), 10);
    W3_CHECK_STR(buf, "100% . !\r\n");
    /* %0 ends the message without a line break. */
    W3_CHECK_EQ(format_a(FORMAT_MESSAGE_FROM_STRING, "x%ty%0z", 0, buf, sizeof buf), 3);
    W3_CHECK_STR(buf, "x\ty");
}

W3_TEST(ignore_inserts_passes_inserts_through)
{
    char buf[64];
    DWORD n = format_a(FORMAT_MESSAGE_FROM_STRING | FORMAT_MESSAGE_IGNORE_INSERTS,
                       "x %1 y %12!d! z%n", 0, buf, sizeof buf);
    W3_CHECK_STR(buf, "x %1 y %12!d! z\r\n");
    W3_CHECK_EQ(n, strlen(buf));
}

W3_TEST(argument_array_supplies_inserts)
{
    char buf[64];
    DWORD_PTR args[] = {(DWORD_PTR) "A", 7, (DWORD_PTR)-3};
    SetLastError(0);
    DWORD n = FormatMessageA(FORMAT_MESSAGE_FROM_STRING | FORMAT_MESSAGE_ARGUMENT_ARRAY,
                             "%1-%2!u!/%3!d!", 0, 0, buf, sizeof buf, (va_list *)args);
    W3_CHECK_EQ(n, 6);
    W3_CHECK_STR(buf, "A-7/-3");
}

W3_TEST(wide_format_takes_wide_and_narrow_inserts)
{
    WCHAR buf[64];
    DWORD_PTR args[] = {(DWORD_PTR)L"wide", (DWORD_PTR) "narrow", (DWORD_PTR)-5};
    DWORD n = FormatMessageW(FORMAT_MESSAGE_FROM_STRING | FORMAT_MESSAGE_ARGUMENT_ARRAY,
                             L"%1|%2!S!|%3!d!", 0, 0, buf, 64, (va_list *)args);
    W3_CHECK_EQ(n, 14);
    W3_CHECK(wcscmp(buf, L"wide|narrow|-5") == 0);
}

W3_TEST(small_buffer_is_insufficient_buffer)
{
    char buf[8];
    W3_CHECK_EQ(format_a(FORMAT_MESSAGE_FROM_STRING, "abc", 0, buf, 3), 0);
    W3_CHECK_EQ(GetLastError(), ERROR_INSUFFICIENT_BUFFER);
    W3_CHECK_EQ(format_a(FORMAT_MESSAGE_FROM_STRING, "abc", 0, buf, 4), 3);
    W3_CHECK_STR(buf, "abc");
    W3_CHECK_EQ(format_a(SYSTEM_FLAGS, NULL, ERROR_FILE_NOT_FOUND, buf, 5), 0);
    W3_CHECK_EQ(GetLastError(), ERROR_INSUFFICIENT_BUFFER);
}

W3_TEST(allocated_buffer_is_freed_with_local_free)
{
    char *text = NULL;
    SetLastError(0);
    DWORD n = FormatMessageA(
        FORMAT_MESSAGE_FROM_STRING | FORMAT_MESSAGE_ALLOCATE_BUFFER | FORMAT_MESSAGE_ARGUMENT_ARRAY,
        "%1 world", 0, 0, (LPSTR)&text, 0, (va_list *)(DWORD_PTR[]){(DWORD_PTR) "hello"});
    W3_REQUIRE(text != NULL);
    W3_CHECK_EQ(n, 11);
    W3_CHECK_STR(text, "hello world");
    W3_CHECK(LocalSize(text) >= n + 1);
    W3_CHECK(LocalFree(text) == NULL);

    WCHAR *wide = NULL;
    n = FormatMessageW(SYSTEM_FLAGS | FORMAT_MESSAGE_ALLOCATE_BUFFER, NULL, ERROR_ACCESS_DENIED, 0,
                       (LPWSTR)&wide, 0, NULL);
    W3_REQUIRE(wide != NULL);
    W3_CHECK_EQ(n, wcslen(wide));
    W3_CHECK(LocalFree(wide) == NULL);
}

W3_TEST(allocate_buffer_failure_leaves_null)
{
    char *text = (char *)&text;
    SetLastError(0);
    W3_CHECK_EQ(FormatMessageA(SYSTEM_FLAGS | FORMAT_MESSAGE_ALLOCATE_BUFFER, NULL, 0x12345, 0,
                               (LPSTR)&text, 0, NULL),
                0);
    W3_CHECK_EQ(GetLastError(), ERROR_MR_MID_NOT_FOUND);
    W3_CHECK(text == NULL);
}

W3_TEST(local_alloc_zeroinit_size_and_free)
{
    BYTE *p = (BYTE *)LocalAlloc(LPTR, 100);
    W3_REQUIRE(p != NULL);
    W3_CHECK_EQ(LocalSize(p), 100);
    for (int i = 0; i < 100; i++)
        W3_REQUIRE(p[i] == 0);
    W3_CHECK(LocalFree(p) == NULL);
    W3_CHECK(LocalFree(NULL) == NULL);

    BYTE *q = (BYTE *)LocalAlloc(LMEM_FIXED | LMEM_ZEROINIT, 7);
    W3_REQUIRE(q != NULL);
    W3_CHECK_EQ(LocalSize(q), 7);
    W3_CHECK(LocalFree(q) == NULL);
}

W3_TEST(local_realloc_moves_only_when_allowed)
{
    BYTE *p = (BYTE *)LocalAlloc(LMEM_FIXED, 64);
    W3_REQUIRE(p != NULL);
    memset(p, 0xAB, 64);
    BYTE *shrunk = (BYTE *)LocalReAlloc(p, 16, 0);
    W3_REQUIRE(shrunk == p);
    W3_CHECK_EQ(LocalSize(p), 16);

    SetLastError(0);
    W3_CHECK(LocalReAlloc(p, 1 << 20, 0) == NULL);
    W3_CHECK_EQ(GetLastError(), ERROR_NOT_ENOUGH_MEMORY);
    W3_CHECK_EQ(LocalSize(p), 16);

    BYTE *grown = (BYTE *)LocalReAlloc(p, 4096, LMEM_MOVEABLE | LMEM_ZEROINIT);
    W3_REQUIRE(grown != NULL);
    W3_CHECK_EQ(LocalSize(grown), 4096);
    for (int i = 0; i < 16; i++)
        W3_REQUIRE(grown[i] == 0xAB);
    for (int i = 16; i < 4096; i++)
        W3_REQUIRE(grown[i] == 0);
    W3_CHECK(LocalFree(grown) == NULL);
}

W3_TEST(global_alloc_gptr_and_fixed)
{
    BYTE *p = (BYTE *)GlobalAlloc(GPTR, 33);
    W3_REQUIRE(p != NULL);
    W3_CHECK_EQ(GlobalSize(p), 33);
    for (int i = 0; i < 33; i++)
        W3_REQUIRE(p[i] == 0);
    W3_CHECK(GlobalFree(p) == NULL);

    BYTE *q = (BYTE *)GlobalAlloc(GMEM_FIXED, 10);
    W3_REQUIRE(q != NULL);
    memcpy(q, "0123456789", 10);
    W3_CHECK_EQ(GlobalSize(q), 10);
    W3_CHECK(GlobalFree(q) == NULL);
    BYTE *z = (BYTE *)GlobalAlloc(GMEM_FIXED | GMEM_ZEROINIT, 5);
    W3_REQUIRE(z != NULL);
    W3_CHECK(z[0] == 0 && z[4] == 0);
    W3_CHECK(GlobalFree(z) == NULL);
}
