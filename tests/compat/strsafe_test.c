/* strsafe.h. */
#include <windows.h>
#include <strsafe.h>
#include <string.h>
#include <wchar.h>

#include "w3test.h"

W3_TEST(string_cch_copy_truncates_and_terminates)
{
    char buf[5];
    W3_CHECK_EQ(StringCchCopyA(buf, 5, "abcdefg"), STRSAFE_E_INSUFFICIENT_BUFFER);
    W3_CHECK_STR(buf, "abcd");
    W3_CHECK_EQ(StringCchCopyA(buf, 5, "abcd"), S_OK);
    W3_CHECK_STR(buf, "abcd");
    WCHAR w[4];
    W3_CHECK_EQ(StringCchCopyW(w, 4, L"wxyz"), STRSAFE_E_INSUFFICIENT_BUFFER);
    W3_CHECK(wcscmp(w, L"wxy") == 0);
}

W3_TEST(string_cch_copy_rejects_bad_sizes)
{
    char buf[4] = "xyz";
    W3_CHECK_EQ(StringCchCopyA(buf, 0, "a"), STRSAFE_E_INVALID_PARAMETER);
    W3_CHECK_STR(buf, "xyz");
    W3_CHECK_EQ(StringCchCopyA(buf, (size_t)STRSAFE_MAX_CCH + 1, "a"), STRSAFE_E_INVALID_PARAMETER);
}

W3_TEST(string_cch_copy_n)
{
    char buf[5];
    W3_CHECK_EQ(StringCchCopyNA(buf, 5, "abcdefg", 2), S_OK);
    W3_CHECK_STR(buf, "ab");
    W3_CHECK_EQ(StringCchCopyNA(buf, 5, "abcdefg", 6), STRSAFE_E_INSUFFICIENT_BUFFER);
    W3_CHECK_STR(buf, "abcd");
    WCHAR w[5];
    W3_CHECK_EQ(StringCchCopyNW(w, 5, L"abc", 10), S_OK);
    W3_CHECK(wcscmp(w, L"abc") == 0);
}

W3_TEST(string_cch_cat)
{
    char buf[5] = "ab";
    W3_CHECK_EQ(StringCchCatA(buf, 5, "c"), S_OK);
    W3_CHECK_STR(buf, "abc");
    W3_CHECK_EQ(StringCchCatA(buf, 5, "xyz"), STRSAFE_E_INSUFFICIENT_BUFFER);
    W3_CHECK_STR(buf, "abcx");
    /* a destination not terminated within the count is refused */
    W3_CHECK_EQ(StringCchCatA(buf, 3, "a"), STRSAFE_E_INVALID_PARAMETER);
    WCHAR w[6] = L"ab";
    W3_CHECK_EQ(StringCchCatW(w, 6, L"cde"), S_OK);
    W3_CHECK(wcscmp(w, L"abcde") == 0);
}

W3_TEST(string_cch_length)
{
    size_t len = 99;
    W3_CHECK_EQ(StringCchLengthA("abc", 4, &len), S_OK);
    W3_CHECK_EQ(len, 3);
    W3_CHECK_EQ(StringCchLengthA("abc", 3, &len), STRSAFE_E_INVALID_PARAMETER);
    W3_CHECK_EQ(len, 0);
    W3_CHECK_EQ(StringCchLengthW(L"abcd", 10, &len), S_OK);
    W3_CHECK_EQ(len, 4);
}

W3_TEST(string_cch_printf_truncates)
{
    char buf[5];
    W3_CHECK_EQ(StringCchPrintfA(buf, 5, "%d", 123456), STRSAFE_E_INSUFFICIENT_BUFFER);
    W3_CHECK_STR(buf, "1234");
    W3_CHECK_EQ(StringCchPrintfA(buf, 5, "%d", 1234), S_OK);
    W3_CHECK_STR(buf, "1234");
    WCHAR w[8];
    W3_CHECK_EQ(StringCchPrintfW(w, 8, L"%s-%d", L"ab", 7), S_OK);
    W3_CHECK(wcscmp(w, L"ab-7") == 0);
}

static HRESULT call_vprintf(char *buf, size_t cch, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    HRESULT hr = StringCchVPrintfA(buf, cch, fmt, ap);
    va_end(ap);
    return hr;
}

W3_TEST(string_cch_vprintf)
{
    char buf[6];
    W3_CHECK_EQ(call_vprintf(buf, 6, "%s%s", "ab", "cd"), S_OK);
    W3_CHECK_STR(buf, "abcd");
    W3_CHECK_EQ(call_vprintf(buf, 6, "%s%s", "abc", "def"), STRSAFE_E_INSUFFICIENT_BUFFER);
    W3_CHECK_STR(buf, "abcde");
}

W3_TEST(string_cb_functions_count_bytes)
{
    WCHAR w[4];
    W3_CHECK_EQ(StringCbCopyW(w, sizeof w, L"abcdef"), STRSAFE_E_INSUFFICIENT_BUFFER);
    W3_CHECK(wcscmp(w, L"abc") == 0);
    size_t len = 0;
    W3_CHECK_EQ(StringCbLengthW(L"abc", sizeof w, &len), S_OK);
    W3_CHECK_EQ(len, 3 * sizeof(WCHAR));
    char buf[6] = "ab";
    W3_CHECK_EQ(StringCbCatA(buf, sizeof buf, "cdef"), STRSAFE_E_INSUFFICIENT_BUFFER);
    W3_CHECK_STR(buf, "abcde");
    W3_CHECK_EQ(StringCbCopyA(buf, sizeof buf, "xy"), S_OK);
    W3_CHECK_EQ(StringCbLengthA(buf, sizeof buf, &len), S_OK);
    W3_CHECK_EQ(len, 2);
    W3_CHECK_EQ(StringCbPrintfA(buf, sizeof buf, "%u", 1234567u), STRSAFE_E_INSUFFICIENT_BUFFER);
    W3_CHECK_STR(buf, "12345");
    W3_CHECK_EQ(StringCbPrintfW(w, sizeof w, L"%d", 12), S_OK);
    W3_CHECK(wcscmp(w, L"12") == 0);
}
