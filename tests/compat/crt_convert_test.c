/* The CRT's integer/text conversions (_itoa and friends, their "_s" forms, the old
 * names, _strtoi64/_wtoi) and mbstowcs_s/wcstombs_s, as IIS code calls them. */
#include <windows.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

#include "support/crt_handler.h"
#include "w3test.h"

W3_TEST(itoa_family_formats_in_any_radix)
{
    char buf[72];
    W3_CHECK_STR(_itoa(-123, buf, 10), "-123");
    W3_CHECK_STR(_itoa(255, buf, 2), "11111111");
    W3_CHECK_STR(_itoa(35, buf, 36), "z");
    /* Negative values are signed in base 10 only; elsewhere the 32-bit pattern shows. */
    W3_CHECK_STR(_itoa(-1, buf, 16), "ffffffff");
    W3_CHECK_STR(_ltoa(-1, buf, 16), "ffffffff");
    W3_CHECK_STR(_ltoa(-2147483647L - 1, buf, 10), "-2147483648");
    W3_CHECK_STR(_ultoa(4294967295UL, buf, 10), "4294967295");
    W3_CHECK_STR(_i64toa(-1, buf, 16), "ffffffffffffffff");
    W3_CHECK_STR(_i64toa(-9223372036854775807LL - 1, buf, 10), "-9223372036854775808");
    W3_CHECK_STR(_ui64toa(18446744073709551615ULL, buf, 10), "18446744073709551615");
}

W3_TEST(old_names_without_underscore_convert_too)
{
    char buf[40];
    W3_CHECK_STR(itoa(-42, buf, 10), "-42");
    W3_CHECK_STR(ltoa(70000L, buf, 10), "70000");
    W3_CHECK_STR(ultoa(0xABCUL, buf, 16), "abc");
}

W3_TEST(wide_conversions_match_the_narrow_ones)
{
    wchar_t buf[72];
    W3_CHECK(wcscmp(_itow(-5, buf, 10), L"-5") == 0);
    W3_CHECK(wcscmp(_ltow(255L, buf, 16), L"ff") == 0);
    W3_CHECK(wcscmp(_ultow(8UL, buf, 2), L"1000") == 0);
    W3_CHECK(wcscmp(_i64tow(-10000000000LL, buf, 10), L"-10000000000") == 0);
    W3_CHECK(wcscmp(_ui64tow(10000000000ULL, buf, 16), L"2540be400") == 0);
}

W3_TEST(itoa_s_converts_when_it_fits)
{
    char buf[4];
    wchar_t wbuf[4];
    W3_CHECK_EQ_I(_itoa_s(-12, buf, sizeof buf, 10), 0);
    W3_CHECK_STR(buf, "-12");
    W3_CHECK_EQ_I(_ltoa_s(255L, buf, sizeof buf, 16), 0);
    W3_CHECK_STR(buf, "ff");
    W3_CHECK_EQ_I(_ultoa_s(999UL, buf, sizeof buf, 10), 0);
    W3_CHECK_STR(buf, "999");
    W3_CHECK_EQ_I(_i64toa_s(-99, buf, sizeof buf, 10), 0);
    W3_CHECK_STR(buf, "-99");
    W3_CHECK_EQ_I(_ui64toa_s(7, buf, sizeof buf, 8), 0);
    W3_CHECK_STR(buf, "7");
    W3_CHECK_EQ_I(_ltow_s(-7L, wbuf, 4, 10), 0);
    W3_CHECK(wcscmp(wbuf, L"-7") == 0);
    W3_CHECK_EQ_I(_itow_s(123, wbuf, 4, 10), 0);
    W3_CHECK(wcscmp(wbuf, L"123") == 0);
}

W3_TEST(itoa_s_reports_bad_buffers_and_radixes)
{
    crt_install_handler();
    char buf[4] = "xyz";
    errno = 0;
    W3_CHECK_EQ_I(_itoa_s(1, NULL, 4, 10), EINVAL);
    W3_CHECK_EQ_I(errno, EINVAL);
    W3_CHECK_EQ_I(_itoa_s(1, buf, 0, 10), EINVAL);
    W3_CHECK_EQ(buf[0], 'x'); /* a zero size means nothing may be written */
    W3_CHECK_EQ_I(_itoa_s(1, buf, sizeof buf, 1), EINVAL);
    W3_CHECK_EQ(buf[0], '\0');
    memcpy(buf, "xyz", 4);
    W3_CHECK_EQ_I(_i64toa_s(1, buf, sizeof buf, 37), EINVAL);
    W3_CHECK_EQ(buf[0], '\0');
    CRT_CHECK_HANDLER_CALLS(4);
}

W3_TEST(itoa_s_short_buffer_is_erange_and_empties)
{
    crt_install_handler();
    char buf[4] = "xyz";
    wchar_t wbuf[3] = L"ab";
    errno = 0;
    W3_CHECK_EQ_I(_itoa_s(1234, buf, sizeof buf, 10), ERANGE);
    W3_CHECK_EQ_I(errno, ERANGE);
    W3_CHECK_EQ(buf[0], '\0');
    memcpy(buf, "xyz", 4);
    W3_CHECK_EQ_I(_ultoa_s(4096UL, buf, sizeof buf, 10), ERANGE);
    W3_CHECK_EQ(buf[0], '\0');
    W3_CHECK_EQ_I(_ltow_s(-10L, wbuf, 3, 10), ERANGE);
    W3_CHECK_EQ(wbuf[0], L'\0');
    CRT_CHECK_HANDLER_CALLS(3);
}

W3_TEST(text_to_integer_conversions)
{
    char *end = NULL;
    W3_CHECK_EQ_I(_strtoi64("-9000000000xyz", &end, 10), -9000000000LL);
    W3_CHECK_STR(end, "xyz");
    W3_CHECK_EQ(_strtoui64("ffffffffffffffff", NULL, 16), 0xFFFFFFFFFFFFFFFFULL);
    W3_CHECK_EQ_I(_atoi64("  +123456789012"), 123456789012LL);
    W3_CHECK_EQ_I(_wtoi(L" 42abc"), 42);
    W3_CHECK_EQ_I(_wtol(L"-17"), -17);
    W3_CHECK_EQ_I(_wtoi64(L"9000000000"), 9000000000LL);
    wchar_t *wend = NULL;
    W3_CHECK_EQ_I(_wcstoi64(L"-0x10!", &wend, 16), -16);
    W3_CHECK(wcscmp(wend, L"!") == 0);
    W3_CHECK_EQ(_wcstoui64(L"777", NULL, 8), 511);
}

W3_TEST(mbstowcs_s_converts_and_counts_the_terminator)
{
    wchar_t w[8];
    size_t n = 99;
    W3_CHECK_EQ_I(mbstowcs_s(&n, w, 8, "abc", _TRUNCATE), 0);
    W3_CHECK_EQ(n, 4);
    W3_CHECK(wcscmp(w, L"abc") == 0);
    /* No buffer: the size needed, terminator included. */
    W3_CHECK_EQ_I(mbstowcs_s(&n, NULL, 0, "abcd", 0), 0);
    W3_CHECK_EQ(n, 5);
    /* count caps the characters converted. */
    W3_CHECK_EQ_I(mbstowcs_s(&n, w, 8, "abcdef", 2), 0);
    W3_CHECK_EQ(n, 3);
    W3_CHECK(wcscmp(w, L"ab") == 0);
}

W3_TEST(mbstowcs_s_truncates_or_reports_erange)
{
    crt_install_handler();
    wchar_t w[4];
    size_t n = 99;
    W3_CHECK_EQ_I(mbstowcs_s(&n, w, 4, "abcdef", _TRUNCATE), STRUNCATE);
    W3_CHECK(wcscmp(w, L"abc") == 0);
    W3_CHECK_EQ(n, 4);
    W3_CHECK_EQ_I(mbstowcs_s(&n, w, 4, "abcdef", 6), ERANGE);
    W3_CHECK_EQ(w[0], L'\0');
    W3_CHECK_EQ_I(mbstowcs_s(&n, NULL, 4, "a", 1), EINVAL);
    w[0] = L'x';
    W3_CHECK_EQ_I(mbstowcs_s(&n, w, 4, NULL, 1), EINVAL);
    W3_CHECK_EQ(w[0], L'\0');
    CRT_CHECK_HANDLER_CALLS(3);
}

W3_TEST(wcstombs_s_converts_truncates_and_reports)
{
    crt_install_handler();
    char s[4];
    size_t n = 99;
    W3_CHECK_EQ_I(wcstombs_s(&n, s, sizeof s, L"ab", _TRUNCATE), 0);
    W3_CHECK_EQ(n, 3);
    W3_CHECK_STR(s, "ab");
    W3_CHECK_EQ_I(wcstombs_s(&n, NULL, 0, L"hello", 0), 0);
    W3_CHECK_EQ(n, 6);
    W3_CHECK_EQ_I(wcstombs_s(&n, s, sizeof s, L"hello", _TRUNCATE), STRUNCATE);
    W3_CHECK_STR(s, "hel");
    W3_CHECK_EQ(n, 4);
    W3_CHECK_EQ_I(wcstombs_s(&n, s, sizeof s, L"hello", 5), ERANGE);
    W3_CHECK_EQ(s[0], '\0');
    W3_CHECK_EQ(n, 0);
    W3_CHECK_EQ_I(wcstombs_s(&n, s, sizeof s, NULL, 1), EINVAL);
    CRT_CHECK_HANDLER_CALLS(2);
}
