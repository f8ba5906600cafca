/* MultiByteToWideChar / WideCharToMultiByte. WCHAR is UTF-16 on Windows and UTF-32 on
 * Linux: a character beyond U+FFFF takes two WCHARs on one and one on the other, so
 * counts that involve one are written as 1 + EXTRA_UNIT. */
#include <windows.h>
#include <string.h>
#include <wchar.h>

#include "w3test.h"

#define EXTRA_UNIT (sizeof(WCHAR) == 2 ? 1 : 0)

/* "h", "é" (2 bytes), "€" (3 bytes), U+1F600 (4 bytes) */
static const char mixed_utf8[] = "h\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80";

W3_TEST(size_query_counts_the_terminator_with_minus_one)
{
    W3_CHECK_EQ_I(MultiByteToWideChar(CP_UTF8, 0, mixed_utf8, -1, NULL, 0), 5 + EXTRA_UNIT);
    W3_CHECK_EQ_I(MultiByteToWideChar(CP_UTF8, 0, mixed_utf8, 3, NULL, 0), 2);
    W3_CHECK_EQ_I(WideCharToMultiByte(CP_UTF8, 0, L"h\x00e9\x20ac", -1, NULL, 0, NULL, NULL), 7);
    W3_CHECK_EQ_I(WideCharToMultiByte(CP_UTF8, 0, L"h\x00e9\x20ac", 3, NULL, 0, NULL, NULL), 6);
}

W3_TEST(utf8_round_trip_with_multibyte_characters)
{
    WCHAR wide[16];
    int n = MultiByteToWideChar(CP_UTF8, 0, mixed_utf8, -1, wide, 16);
    W3_CHECK_EQ_I(n, 5 + EXTRA_UNIT);
    W3_CHECK_EQ(wide[0], L'h');
    W3_CHECK_EQ(wide[1], 0x00e9);
    W3_CHECK_EQ(wide[2], 0x20ac);
    if (sizeof(WCHAR) == 2) {
        W3_CHECK_EQ(wide[3], 0xd83d);
        W3_CHECK_EQ(wide[4], 0xde00);
    } else {
        W3_CHECK_EQ((DWORD)wide[3], 0x1f600);
    }
    W3_CHECK_EQ(wide[n - 1], 0);
    char back[32];
    int m = WideCharToMultiByte(CP_UTF8, 0, wide, -1, back, sizeof back, NULL, NULL);
    W3_CHECK_EQ_I(m, (int)sizeof mixed_utf8);
    W3_CHECK_STR(back, mixed_utf8);
}

W3_TEST(explicit_length_does_not_add_a_terminator)
{
    WCHAR wide[8];
    wmemset(wide, L'#', 8);
    W3_CHECK_EQ_I(MultiByteToWideChar(CP_UTF8, 0, "abc", 3, wide, 8), 3);
    W3_CHECK_EQ(wide[3], L'#');
    W3_CHECK_EQ_I(MultiByteToWideChar(CP_UTF8, 0, "ab\0cd", 5, wide, 8), 5);
    W3_CHECK_EQ(wide[2], 0);
    W3_CHECK_EQ(wide[4], L'd');
}

W3_TEST(invalid_utf8_becomes_replacement_characters)
{
    WCHAR wide[8];
    SetLastError(0xdead);
    W3_CHECK_EQ_I(MultiByteToWideChar(CP_UTF8, 0, "abc\xff", -1, wide, 8), 5);
    W3_CHECK_EQ(wide[3], 0xfffd);
    W3_CHECK_EQ(wide[4], 0);
    W3_CHECK_EQ_I(MultiByteToWideChar(CP_UTF8, 0, "\xc0\xaf", -1, wide, 8), 3); /* overlong */
    W3_CHECK_EQ(wide[0], 0xfffd);
    W3_CHECK_EQ(wide[1], 0xfffd);
}

W3_TEST(invalid_utf8_with_err_invalid_chars_fails)
{
    WCHAR wide[8];
    SetLastError(0);
    W3_CHECK_EQ_I(MultiByteToWideChar(CP_UTF8, MB_ERR_INVALID_CHARS, "abc\xff", -1, wide, 8), 0);
    W3_CHECK_EQ(GetLastError(), ERROR_NO_UNICODE_TRANSLATION);
    SetLastError(0);
    W3_CHECK_EQ_I(MultiByteToWideChar(CP_UTF8, MB_ERR_INVALID_CHARS, "abc\xff", -1, NULL, 0), 0);
    W3_CHECK_EQ(GetLastError(), ERROR_NO_UNICODE_TRANSLATION);
    SetLastError(0);
    W3_CHECK_EQ_I(MultiByteToWideChar(CP_UTF8, MB_ERR_INVALID_CHARS, "\xc0\xaf", 2, wide, 8), 0);
    W3_CHECK_EQ(GetLastError(), ERROR_NO_UNICODE_TRANSLATION);
    SetLastError(0);
    W3_CHECK_EQ_I(MultiByteToWideChar(CP_UTF8, MB_ERR_INVALID_CHARS, "\xed\xa0\x80", 3, wide, 8),
                  0); /* an encoded surrogate */
    W3_CHECK_EQ(GetLastError(), ERROR_NO_UNICODE_TRANSLATION);
    W3_CHECK_EQ_I(MultiByteToWideChar(CP_UTF8, MB_ERR_INVALID_CHARS, mixed_utf8, -1, wide, 8),
                  5 + EXTRA_UNIT);
}

W3_TEST(small_output_is_insufficient_buffer)
{
    WCHAR wide[3];
    SetLastError(0);
    W3_CHECK_EQ_I(MultiByteToWideChar(CP_UTF8, 0, "abcdef", -1, wide, 3), 0);
    W3_CHECK_EQ(GetLastError(), ERROR_INSUFFICIENT_BUFFER);
    char narrow[5];
    SetLastError(0);
    /* 7 bytes needed; a multibyte character is never split */
    W3_CHECK_EQ_I(WideCharToMultiByte(CP_UTF8, 0, L"h\x00e9\x20ac", -1, narrow, 5, NULL, NULL), 0);
    W3_CHECK_EQ(GetLastError(), ERROR_INSUFFICIENT_BUFFER);
}

W3_TEST(bad_parameters_are_invalid_parameter)
{
    WCHAR wide[4];
    char narrow[4];
    SetLastError(0);
    W3_CHECK_EQ_I(MultiByteToWideChar(CP_UTF8, 0, NULL, -1, wide, 4), 0);
    W3_CHECK_EQ(GetLastError(), ERROR_INVALID_PARAMETER);
    SetLastError(0);
    W3_CHECK_EQ_I(MultiByteToWideChar(CP_UTF8, 0, "a", 0, wide, 4), 0);
    W3_CHECK_EQ(GetLastError(), ERROR_INVALID_PARAMETER);
    SetLastError(0);
    W3_CHECK_EQ_I(MultiByteToWideChar(CP_UTF8, 0, "a", -1, NULL, 4), 0);
    W3_CHECK_EQ(GetLastError(), ERROR_INVALID_PARAMETER);
    SetLastError(0);
    W3_CHECK_EQ_I(MultiByteToWideChar(12345, 0, "a", -1, wide, 4), 0);
    W3_CHECK_EQ(GetLastError(), ERROR_INVALID_PARAMETER);
    SetLastError(0);
    W3_CHECK_EQ_I(WideCharToMultiByte(CP_UTF8, 0, L"abc", 0, narrow, 4, NULL, NULL), 0);
    W3_CHECK_EQ(GetLastError(), ERROR_INVALID_PARAMETER);
    SetLastError(0);
    W3_CHECK_EQ_I(WideCharToMultiByte(CP_UTF8, 0, NULL, -1, narrow, 4, NULL, NULL), 0);
    W3_CHECK_EQ(GetLastError(), ERROR_INVALID_PARAMETER);
}

W3_TEST(unknown_flags_are_invalid_flags)
{
    WCHAR wide[4];
    char narrow[4];
    SetLastError(0);
    W3_CHECK_EQ_I(MultiByteToWideChar(CP_UTF8, 0x10000, "a", -1, wide, 4), 0);
    W3_CHECK_EQ(GetLastError(), ERROR_INVALID_FLAGS);
    SetLastError(0);
    W3_CHECK_EQ_I(WideCharToMultiByte(CP_UTF8, 0x10000, L"a", -1, narrow, 4, NULL, NULL), 0);
    W3_CHECK_EQ(GetLastError(), ERROR_INVALID_FLAGS);
}

W3_TEST(lone_surrogate_to_utf8)
{
    char narrow[16];
    SetLastError(0);
    W3_CHECK_EQ_I(
        WideCharToMultiByte(CP_UTF8, WC_ERR_INVALID_CHARS, L"a\xd800z", -1, narrow, 16, NULL, NULL),
        0);
    W3_CHECK_EQ(GetLastError(), ERROR_NO_UNICODE_TRANSLATION);
    W3_CHECK_EQ_I(WideCharToMultiByte(CP_UTF8, 0, L"a\xd800z", -1, narrow, 16, NULL, NULL), 6);
    W3_CHECK_MEM(narrow, "a\xef\xbf\xbdz", 6);
}

W3_TEST(ascii_round_trips_through_every_ansi_code_page)
{
    /* CP_ACP is UTF-8 on POSIX and a legacy code page on Windows: ASCII is common. */
    const UINT pages[] = {CP_ACP, CP_OEMCP, CP_THREAD_ACP, CP_UTF8};
    for (size_t i = 0; i < sizeof pages / sizeof pages[0]; i++) {
        WCHAR wide[16];
        char narrow[16];
        W3_CHECK_EQ_I(MultiByteToWideChar(pages[i], 0, "Hello, 1!", -1, wide, 16), 10);
        W3_CHECK(wcscmp(wide, L"Hello, 1!") == 0);
        W3_CHECK_EQ_I(WideCharToMultiByte(pages[i], 0, wide, -1, narrow, 16, NULL, NULL), 10);
        W3_CHECK_STR(narrow, "Hello, 1!");
    }
}

W3_TEST(acp_is_utf8_on_posix)
{
#ifdef _WIN32
    W3_CHECK(GetACP() != 0); /* the system's legacy code page (1252 under Wine) */
#else
    W3_CHECK_EQ(GetACP(), CP_UTF8);
    W3_CHECK_EQ(GetOEMCP(), CP_UTF8);
    WCHAR wide[4];
    W3_CHECK_EQ_I(MultiByteToWideChar(CP_ACP, 0, "\xc3\xa9", -1, wide, 4), 2);
    W3_CHECK_EQ(wide[0], 0x00e9);
#endif
}
