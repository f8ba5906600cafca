// The CRT's secure template overloads: in C++ the "_s" functions take an array and
// deduce its size, so sprintf_s(buf, fmt, ...) and strcpy_s(buf, src) compile as with
// MSVC and are bounded by the array.
#include <windows.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <wchar.h>

#include "support/crt_handler.h"
#include "w3test.h"

W3_TEST(string_copies_deduce_the_array_size)
{
    char buf[8];
    W3_CHECK_EQ_I(strcpy_s(buf, "abc"), 0);
    W3_CHECK_EQ_I(strcat_s(buf, "def"), 0);
    W3_CHECK_STR(buf, "abcdef");
    W3_CHECK_EQ_I(strncpy_s(buf, "0123456789", _TRUNCATE), STRUNCATE);
    W3_CHECK_STR(buf, "0123456");
    W3_CHECK_EQ_I(strncat_s(buf, "xyz", _TRUNCATE), STRUNCATE);
    W3_CHECK_STR(buf, "0123456");
    wchar_t wbuf[4];
    W3_CHECK_EQ_I(wcscpy_s(wbuf, L"ab"), 0);
    W3_CHECK_EQ_I(wcscat_s(wbuf, L"c"), 0);
    W3_CHECK(wcscmp(wbuf, L"abc") == 0);
    W3_CHECK_EQ_I(_strupr_s(buf), 0);
}

W3_TEST(array_overloads_detect_overflow)
{
    crt_install_handler();
    char buf[4] = "xyz";
    W3_CHECK_EQ_I(strcpy_s(buf, "toolong"), ERANGE);
    W3_CHECK_EQ(buf[0], '\0');
    W3_CHECK_EQ_I(sprintf_s(buf, "%d", 12345), -1);
#ifndef _WIN32
    /* Wine's msvcrt truncates instead; Visual C++'s CRT (and ours) empties. */
    W3_CHECK_EQ(buf[0], '\0');
#endif
    CRT_CHECK_HANDLER_CALLS(2);
}

W3_TEST(printf_overloads_deduce_the_array_size)
{
    char buf[16];
    W3_CHECK_EQ_I(sprintf_s(buf, "%s-%d", "id", 42), 5);
    W3_CHECK_STR(buf, "id-42");
    W3_CHECK_EQ_I(_snprintf_s(buf, _TRUNCATE, "%s", "0123456789abcdefXYZ"), -1);
    W3_CHECK_STR(buf, "0123456789abcde");
    wchar_t wbuf[8];
    W3_CHECK_EQ_I(swprintf_s(wbuf, L"%d", 7), 1);
    W3_CHECK(wcscmp(wbuf, L"7") == 0);
    W3_CHECK_EQ_I(_snwprintf_s(wbuf, _TRUNCATE, L"%s", L"abcdefghij"), -1);
    W3_CHECK(wcscmp(wbuf, L"abcdefg") == 0);
}

W3_TEST(conversion_overloads_deduce_the_array_size)
{
    char buf[12];
    W3_CHECK_EQ_I(_itoa_s(-255, buf, 16), 0);
    W3_CHECK_STR(buf, "ffffff01");
    W3_CHECK_EQ_I(_ultoa_s(77UL, buf, 10), 0);
    W3_CHECK_STR(buf, "77");
    wchar_t wbuf[12];
    W3_CHECK_EQ_I(_ltow_s(-9L, wbuf, 10), 0);
    W3_CHECK(wcscmp(wbuf, L"-9") == 0);
    size_t n = 0;
    W3_CHECK_EQ_I(mbstowcs_s(&n, wbuf, "conv", _TRUNCATE), 0);
    W3_CHECK_EQ(n, 5);
    W3_CHECK_EQ_I(wcstombs_s(&n, buf, L"back", _TRUNCATE), 0);
    W3_CHECK_STR(buf, "back");
}

W3_TEST(path_and_time_overloads_deduce_the_array_size)
{
    char drive[_MAX_DRIVE], dir[_MAX_DIR], fname[_MAX_FNAME], ext[_MAX_EXT];
    W3_CHECK_EQ_I(_splitpath_s("D:\\x\\y.z", drive, dir, fname, ext), 0);
    W3_CHECK_STR(fname, "y");
    char path[_MAX_PATH];
    W3_CHECK_EQ_I(_makepath_s(path, drive, dir, fname, ext), 0);
    W3_CHECK_STR(path, "D:\\x\\y.z");
    time_t t = 315626635;
    struct tm tm;
    W3_REQUIRE(gmtime_s(&tm, &t) == 0);
    char text[26];
    W3_CHECK_EQ_I(asctime_s(text, &tm), 0);
    W3_CHECK_STR(text, "Wed Jan 02 02:03:55 1980\n");
    char now[9];
    W3_CHECK_EQ_I(_strtime_s(now), 0);
    W3_CHECK_EQ(strlen(now), 8);
}
