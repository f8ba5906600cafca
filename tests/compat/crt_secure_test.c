/* The CRT's bounds-checked "_s" functions and its non-standard string extras.
 *
 * The common contract of our CRT and MinGW's msvcrt under Wine: a bad parameter makes
 * the function return EINVAL/ERANGE (or -1 for the printf forms) and empties the
 * destination. Where they differ: MinGW's _set_invalid_parameter_handler is an
 * emulation in its static runtime that msvcrt.dll's functions never call, and
 * msvcrt.dll does not end the process when no handler is installed. So the handler
 * call and the abort are asserted on POSIX only (our contract is the one of the
 * Visual C++ CRTs, msvcr80 onwards). */
#include <windows.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

#include "w3test.h"

static int handler_calls;

static void __cdecl count_invalid_parameter(const wchar_t *expression, const wchar_t *function,
                                            const wchar_t *file, unsigned int line,
                                            uintptr_t reserved)
{
    (void)expression, (void)function, (void)file, (void)line, (void)reserved;
    handler_calls++;
}

static void install_handler(void)
{
    handler_calls = 0;
    _set_invalid_parameter_handler(count_invalid_parameter);
}

#ifdef _WIN32
#define CHECK_HANDLER_CALLS(n) ((void)0)
#else
#define CHECK_HANDLER_CALLS(n) W3_CHECK_EQ_I(handler_calls, (n))
#endif

W3_TEST(strcpy_s_copies_when_it_fits)
{
    char buf[8];
    W3_CHECK_EQ_I(strcpy_s(buf, sizeof buf, "1234567"), 0);
    W3_CHECK_STR(buf, "1234567");
}

W3_TEST(strcpy_s_short_buffer_calls_handler_and_empties)
{
    install_handler();
    char buf[4] = "xyz";
    errno = 0;
    W3_CHECK_EQ_I(strcpy_s(buf, sizeof buf, "hello"), ERANGE);
    W3_CHECK_EQ_I(errno, ERANGE);
    W3_CHECK_EQ(buf[0], '\0');
    CHECK_HANDLER_CALLS(1);
}

W3_TEST(strcpy_s_null_arguments_are_einval)
{
    install_handler();
    char buf[4] = "xyz";
    W3_CHECK_EQ_I(strcpy_s(NULL, 4, "a"), EINVAL);
    W3_CHECK_EQ_I(strcpy_s(buf, sizeof buf, NULL), EINVAL);
    W3_CHECK_EQ(buf[0], '\0');
    memcpy(buf, "xyz", 4);
    W3_CHECK_EQ_I(strcpy_s(buf, 0, "a"), EINVAL);
    W3_CHECK_EQ(buf[0], 'x'); /* a zero size means nothing may be written */
    CHECK_HANDLER_CALLS(3);
}

W3_TEST(strncpy_s_truncate_reports_struncate)
{
    install_handler();
    char buf[5];
    W3_CHECK_EQ_I(strncpy_s(buf, sizeof buf, "abcdefg", _TRUNCATE), STRUNCATE);
    W3_CHECK_STR(buf, "abcd");
    W3_CHECK_EQ_I(strncpy_s(buf, sizeof buf, "abcd", _TRUNCATE), 0);
    W3_CHECK_STR(buf, "abcd");
    W3_CHECK_EQ_I(strncpy_s(buf, sizeof buf, "abcdefg", 3), 0);
    W3_CHECK_STR(buf, "abc");
    CHECK_HANDLER_CALLS(0);
}

W3_TEST(strncpy_s_count_too_big_is_erange)
{
    install_handler();
    char buf[5] = "xxxx";
    W3_CHECK_EQ_I(strncpy_s(buf, sizeof buf, "abcdefg", 5), ERANGE);
    W3_CHECK_EQ(buf[0], '\0');
    CHECK_HANDLER_CALLS(1);
}

W3_TEST(strcat_s_and_strncat_s)
{
    install_handler();
    char buf[5] = "ab";
    W3_CHECK_EQ_I(strcat_s(buf, sizeof buf, "cd"), 0);
    W3_CHECK_STR(buf, "abcd");
    W3_CHECK_EQ_I(strcat_s(buf, sizeof buf, "e"), ERANGE);
    W3_CHECK_EQ(buf[0], '\0');
    strcpy(buf, "ab");
    W3_CHECK_EQ_I(strncat_s(buf, sizeof buf, "cdef", _TRUNCATE), STRUNCATE);
    W3_CHECK_STR(buf, "abcd");
    strcpy(buf, "ab");
    W3_CHECK_EQ_I(strncat_s(buf, sizeof buf, "cdef", 1), 0);
    W3_CHECK_STR(buf, "abc");
    CHECK_HANDLER_CALLS(1);
}

W3_TEST(wide_copies_follow_the_same_rules)
{
    install_handler();
    wchar_t w[4];
    W3_CHECK_EQ_I(wcscpy_s(w, 4, L"abc"), 0);
    W3_CHECK(wcscmp(w, L"abc") == 0);
    W3_CHECK_EQ_I(wcscpy_s(w, 4, L"hello"), ERANGE);
    W3_CHECK_EQ(w[0], 0);
    W3_CHECK_EQ_I(wcsncpy_s(w, 4, L"hello", _TRUNCATE), STRUNCATE);
    W3_CHECK(wcscmp(w, L"hel") == 0);
    w[1] = 0;
    W3_CHECK_EQ_I(wcscat_s(w, 4, L"xy"), 0);
    W3_CHECK(wcscmp(w, L"hxy") == 0);
    CHECK_HANDLER_CALLS(1);
}

W3_TEST(sprintf_s_formats)
{
    char buf[64];
    LONG neg = -7;
    DWORD big = 4000000000u;
    int n = sprintf_s(buf, sizeof buf, "%d|%5s|%-3d|%x|%ld|%lu|%I64d|%.2f", 42, "ab", 1, 255, neg,
                      big, (LONGLONG)-9000000000LL, 2.5);
    W3_CHECK_STR(buf, "42|   ab|1  |ff|-7|4000000000|-9000000000|2.50");
    W3_CHECK_EQ_I(n, (int)strlen(buf));
}

W3_TEST(sprintf_s_overflow_empties_and_returns_minus_one)
{
    install_handler();
    char buf[8];
    errno = 0;
    memset(buf, '#', sizeof buf);
    W3_CHECK_EQ_I(sprintf_s(buf, sizeof buf, "%d-%s", 42, "abcdefgh"), -1);
#ifndef _WIN32
    /* Wine's msvcrt fills the buffer without a terminator and leaves errno alone;
     * Visual C++'s CRT (and ours) empties the buffer and reports ERANGE. */
    W3_CHECK_EQ(buf[0], '\0');
    W3_CHECK_EQ_I(errno, ERANGE);
#endif
    CHECK_HANDLER_CALLS(1);
}

W3_TEST(snprintf_s_truncate_and_count)
{
    install_handler();
    char buf[8];
    W3_CHECK_EQ_I(_snprintf_s(buf, sizeof buf, _TRUNCATE, "%s", "abcdefghij"), -1);
    W3_CHECK_STR(buf, "abcdefg");
    W3_CHECK_EQ_I(_snprintf_s(buf, sizeof buf, 3, "%s", "abcdefghij"), -1);
    W3_CHECK_STR(buf, "abc");
    W3_CHECK_EQ_I(_snprintf_s(buf, sizeof buf, 3, "%d", 12), 2);
    W3_CHECK_STR(buf, "12");
    CHECK_HANDLER_CALLS(0);
    W3_CHECK_EQ_I(_snprintf_s(buf, sizeof buf, 10, "%s", "abcdefghij"), -1);
    W3_CHECK_EQ(buf[0], '\0');
    CHECK_HANDLER_CALLS(1);
}

W3_TEST(wide_printf_s_uses_wide_s)
{
    install_handler();
    wchar_t w[16];
    W3_CHECK_EQ_I(swprintf_s(w, 16, L"%s=%d", L"ab", 5), 4);
    W3_CHECK(wcscmp(w, L"ab=5") == 0);
    W3_CHECK_EQ_I(swprintf_s(w, 4, L"%d", 12345), -1);
    W3_CHECK_EQ(w[0], 0);
    W3_CHECK_EQ_I(_snwprintf_s(w, 4, _TRUNCATE, L"%d", 12345), -1);
    W3_CHECK(wcscmp(w, L"123") == 0);
    CHECK_HANDLER_CALLS(1);
}

static int call_vsprintf_s(char *buf, size_t size, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int n = vsprintf_s(buf, size, fmt, ap);
    va_end(ap);
    return n;
}

static int call_vsnprintf_s(char *buf, size_t size, size_t count, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int n = _vsnprintf_s(buf, size, count, fmt, ap);
    va_end(ap);
    return n;
}

W3_TEST(va_list_forms)
{
    char buf[8];
    W3_CHECK_EQ_I(call_vsprintf_s(buf, sizeof buf, "%s%d", "x", 9), 2);
    W3_CHECK_STR(buf, "x9");
    W3_CHECK_EQ_I(call_vsnprintf_s(buf, sizeof buf, _TRUNCATE, "%s", "0123456789"), -1);
    W3_CHECK_STR(buf, "0123456");
}

W3_TEST(snprintf_exactly_full_is_not_terminated)
{
    char buf[8];
    memset(buf, '#', sizeof buf);
    W3_CHECK_EQ_I(_snprintf(buf, 4, "%s", "abcd"), 4);
    W3_CHECK_MEM(buf, "abcd##", 6);
    memset(buf, '#', sizeof buf);
    W3_CHECK_EQ_I(_snprintf(buf, 4, "%s", "abc"), 3);
    W3_CHECK_MEM(buf, "abc\0##", 6);
    memset(buf, '#', sizeof buf);
    W3_CHECK_EQ_I(_snprintf(buf, 4, "%s", "abcdef"), -1);
    W3_CHECK_MEM(buf, "abcd##", 6);
}

W3_TEST(snwprintf_exactly_full_is_not_terminated)
{
    wchar_t w[6];
    wmemset(w, L'#', 6);
    W3_CHECK_EQ_I(_snwprintf(w, 3, L"%s", L"abc"), 3);
    W3_CHECK(w[2] == L'c' && w[3] == L'#');
    W3_CHECK_EQ_I(_snwprintf(w, 3, L"%d", 12345), -1);
}

W3_TEST(memcpy_s_and_memmove_s)
{
    install_handler();
    char buf[4] = "abc";
    W3_CHECK_EQ_I(memcpy_s(buf, sizeof buf, "xy", 2), 0);
    W3_CHECK_MEM(buf, "xyc", 3);
    W3_CHECK_EQ_I(memcpy_s(buf, 2, "xyz", 3), ERANGE);
    W3_CHECK_MEM(buf, "\0\0c", 3); /* the whole destination is cleared */
    W3_CHECK_EQ_I(memcpy_s(buf, sizeof buf, NULL, 3), EINVAL);
    W3_CHECK_EQ_I(memcpy_s(buf, sizeof buf, NULL, 0), 0);
    memcpy(buf, "abc", 4);
    W3_CHECK_EQ_I(memmove_s(buf + 1, 3, buf, 2), 0);
    W3_CHECK_STR(buf, "aab");
    W3_CHECK_EQ_I(memmove_s(buf, 2, "xyz", 3), ERANGE);
    CHECK_HANDLER_CALLS(3);
}

W3_TEST(itoa_s_and_case_s)
{
    install_handler();
    char buf[4];
    W3_CHECK_EQ_I(_itoa_s(-12, buf, sizeof buf, 10), 0);
    W3_CHECK_STR(buf, "-12");
    W3_CHECK_EQ_I(_itoa_s(12345, buf, sizeof buf, 10), ERANGE);
    W3_CHECK_EQ(buf[0], '\0');
    char s[4] = "AbC";
    W3_CHECK_EQ_I(_strlwr_s(s, sizeof s), 0);
    W3_CHECK_STR(s, "abc");
    W3_CHECK_EQ_I(_strupr_s(s, sizeof s), 0);
    W3_CHECK_STR(s, "ABC");
    W3_CHECK_EQ_I(_strlwr_s(s, 3), EINVAL); /* not terminated within the size */
    W3_CHECK_EQ(s[0], '\0');
    CHECK_HANDLER_CALLS(2);
}

W3_TEST(strtok_s_walks_tokens)
{
    char s[] = " a,b ,,c ";
    char *ctx = NULL;
    W3_CHECK_STR(strtok_s(s, " ,", &ctx), "a");
    W3_CHECK_STR(strtok_s(NULL, " ,", &ctx), "b");
    W3_CHECK_STR(strtok_s(NULL, " ,", &ctx), "c");
    W3_CHECK(strtok_s(NULL, " ,", &ctx) == NULL);
}

W3_TEST(case_blind_compares)
{
    W3_CHECK_EQ_I(_stricmp("Hello", "hELLO"), 0);
    W3_CHECK(_stricmp("abc", "ABD") < 0);
    W3_CHECK(_stricmp("_", "a") < 0); /* compared as lower case: '_' < 'a' */
    W3_CHECK_EQ_I(_strnicmp("abcX", "ABCy", 3), 0);
    W3_CHECK(_strnicmp("abcX", "ABCy", 4) < 0);
    W3_CHECK_EQ_I(_wcsicmp(L"MiXed", L"mIxED"), 0);
    W3_CHECK(_wcsicmp(L"a", L"B") < 0);
    W3_CHECK_EQ_I(_wcsnicmp(L"abQ", L"ABz", 2), 0);
}

W3_TEST(strdup_and_case_changes)
{
    char *d = _strdup("MiXed");
    W3_REQUIRE(d != NULL);
    W3_CHECK_STR(_strlwr(d), "mixed");
    W3_CHECK_STR(_strupr(d), "MIXED");
    free(d);
    wchar_t *w = _wcsdup(L"wide");
    W3_REQUIRE(w != NULL);
    W3_CHECK(wcscmp(w, L"wide") == 0);
    free(w);
}

W3_TEST(integer_to_text)
{
    char buf[72];
    W3_CHECK_STR(_itoa(-255, buf, 10), "-255");
    W3_CHECK_STR(_itoa(-255, buf, 16), "ffffff01");
    W3_CHECK_STR(_itoa(5, buf, 2), "101");
    W3_CHECK_STR(_ultoa(0xffffffffUL, buf, 10), "4294967295");
    W3_CHECK_STR(_i64toa(-9000000000LL, buf, 10), "-9000000000");
    W3_CHECK_STR(_ui64toa(0xffffffffffffffffULL, buf, 16), "ffffffffffffffff");
    wchar_t w[16];
    W3_CHECK(wcscmp(_itow(-42, w, 10), L"-42") == 0);
}

W3_TEST(atoi64_parses_and_saturates)
{
    W3_CHECK_EQ_I(_atoi64("  -9000000000x"), -9000000000LL);
    W3_CHECK_EQ_I(_atoi64("+17"), 17);
    W3_CHECK_EQ_I(_atoi64("99999999999999999999"), 0x7FFFFFFFFFFFFFFFLL);
    W3_CHECK_EQ_I(_atoi64("abc"), 0);
}

W3_CHILD(strcpy_s_without_handler)
{
    char buf[4];
    _set_invalid_parameter_handler(NULL);
    strcpy_s(buf, sizeof buf, "too long");
}

W3_TEST(invalid_parameter_without_handler_ends_the_process)
{
    struct w3t_child_result r = w3t_run_child("strcpy_s_without_handler");
    W3_REQUIRE(r.started);
#ifdef _WIN32
    /* msvcrt.dll (the MinGW runtime) returns ERANGE and carries on. */
    W3_CHECK(!r.crashed);
#else
    W3_CHECK(r.crashed);
#endif
}
