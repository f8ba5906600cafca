/* kernel32 lstr*, user32 wsprintf and the Char* functions. */
#include <windows.h>
#include <limits.h>
#include <string.h>
#include <wchar.h>

#include "w3test.h"

static int sign(int v)
{
    return (v > 0) - (v < 0);
}

W3_TEST(lstrcpyn_copies_n_minus_one_and_terminates)
{
    char buf[8];
    memset(buf, '#', sizeof buf);
    W3_CHECK(lstrcpynA(buf, "abcdef", 4) == buf);
    W3_CHECK_STR(buf, "abc");
    W3_CHECK_EQ(buf[4], '#');
    memset(buf, '#', sizeof buf);
    lstrcpynA(buf, "ab", 8);
    W3_CHECK_STR(buf, "ab");
    WCHAR wbuf[8];
    lstrcpynW(wbuf, L"wxyz", 3);
    W3_CHECK(wcscmp(wbuf, L"wx") == 0);
}

W3_TEST(lstrcpyn_with_zero_or_one_writes_no_text)
{
    char buf[4];
    memset(buf, '#', sizeof buf);
    W3_CHECK(lstrcpynA(buf, "abc", 0) == buf);
    W3_CHECK_EQ(buf[0], '#');
    W3_CHECK(lstrcpynA(buf, "abc", 1) == buf);
    W3_CHECK_EQ(buf[0], '\0');
    W3_CHECK_EQ(buf[1], '#');
}

W3_TEST(lstrcpy_lstrcat_and_lstrlen)
{
    char buf[16];
    W3_CHECK(lstrcpyA(buf, "foo") == buf);
    W3_CHECK(lstrcatA(buf, "bar") == buf);
    W3_CHECK_STR(buf, "foobar");
    W3_CHECK_EQ_I(lstrlenA(buf), 6);
    WCHAR wbuf[16];
    lstrcpyW(wbuf, L"foo");
    lstrcatW(wbuf, L"bar");
    W3_CHECK(wcscmp(wbuf, L"foobar") == 0);
    W3_CHECK_EQ_I(lstrlenW(wbuf), 6);
}

W3_TEST(lstrlen_of_null_is_zero)
{
    W3_CHECK_EQ_I(lstrlenA(NULL), 0);
    W3_CHECK_EQ_I(lstrlenW(NULL), 0);
}

W3_TEST(lstrcmp_sorts_lower_case_first_and_letters_case_blind)
{
    /* strcmp puts "B" before "a"; the word sort compares letters first, case second. */
    W3_CHECK_EQ_I(sign(lstrcmpA("a", "B")), -1);
    W3_CHECK_EQ_I(sign(lstrcmpA("B", "a")), 1);
    W3_CHECK_EQ_I(sign(lstrcmpA("Z", "a")), 1);
    W3_CHECK_EQ_I(sign(lstrcmpA("a", "A")), -1);
    W3_CHECK_EQ_I(sign(lstrcmpA("aB", "Ab")), -1);
    W3_CHECK_EQ_I(sign(lstrcmpA("abc", "abc")), 0);
    W3_CHECK_EQ_I(sign(lstrcmpA("a", "ab")), -1);
    W3_CHECK_EQ_I(sign(lstrcmpW(L"a", L"B")), -1);
    W3_CHECK_EQ_I(sign(lstrcmpW(L"ab", L"aB")), -1);
}

W3_TEST(lstrcmp_puts_symbols_before_digits_before_letters)
{
    W3_CHECK_EQ_I(sign(lstrcmpA("_", "a")), -1);
    W3_CHECK_EQ_I(sign(lstrcmpA("1", "a")), -1);
    W3_CHECK_EQ_I(sign(lstrcmpA(" ", "1")), -1);
    W3_CHECK_EQ_I(sign(lstrcmpA("~", "+")), -1); /* not ASCII order */
    W3_CHECK_EQ_I(sign(lstrcmpA("_", "0")), -1);
    W3_CHECK_EQ_I(sign(lstrcmpA("9", "A")), -1);
}

W3_TEST(lstrcmp_ignores_hyphens_until_a_tie)
{
    W3_CHECK_EQ_I(sign(lstrcmpA("co-op", "coop")), 1);
    W3_CHECK_EQ_I(sign(lstrcmpA("a-b", "ab")), 1);
    W3_CHECK_EQ_I(sign(lstrcmpA("ab", "a-c")), -1);
    W3_CHECK_EQ_I(sign(lstrcmpA("a-b", "a'b")), 1);
    W3_CHECK_EQ_I(sign(lstrcmpA("-ab", "ab-")), 1);
    W3_CHECK_EQ_I(sign(lstrcmpA("", "-")), -1);
}

W3_TEST(lstrcmpi_ignores_case_only)
{
    W3_CHECK_EQ_I(lstrcmpiA("a", "A"), 0);
    W3_CHECK_EQ_I(lstrcmpiA("Hello", "hELLO"), 0);
    W3_CHECK_EQ_I(sign(lstrcmpiA("a", "B")), -1);
    W3_CHECK_EQ_I(sign(lstrcmpiA("aB", "a-b")), -1);
    W3_CHECK_EQ_I(lstrcmpiW(L"MiXeD", L"mixed"), 0);
    W3_CHECK_EQ_I(sign(lstrcmpiW(L"b", L"A")), 1);
}

W3_TEST(lstrcmp_orders_null_first)
{
    W3_CHECK_EQ_I(sign(lstrcmpA(NULL, "a")), -1);
    W3_CHECK_EQ_I(sign(lstrcmpA("a", NULL)), 1);
    W3_CHECK_EQ_I(lstrcmpA(NULL, NULL), 0);
}

W3_TEST(lstr_macros_follow_unicode)
{
    TCHAR buf[8];
    lstrcpy(buf, TEXT("abc"));
    W3_CHECK_EQ_I(lstrlen(buf), 3);
    W3_CHECK_EQ_I(lstrcmp(buf, TEXT("abc")), 0);
}

W3_TEST(wsprintf_l_means_32_bits)
{
    char buf[64];
    DWORD big = 4000000000u;
    LONG neg = -5;
    int n = wsprintfA(buf, "%lu %ld %lx %lX", big, neg, (DWORD)0xdeadbeef, (DWORD)0xabc);
    W3_CHECK_STR(buf, "4000000000 -5 deadbeef ABC");
    W3_CHECK_EQ_I(n, (int)strlen(buf));
    wsprintfA(buf, "%u|%d", (UINT)-1, INT_MIN);
    W3_CHECK_STR(buf, "4294967295|-2147483648");
}

W3_TEST(wsprintf_I64_and_I32_prefixes)
{
    char buf[64];
    wsprintfA(buf, "%I64d|%I64u|%I64x|%I32d", (LONGLONG)-1234567890123LL,
              (ULONGLONG)18446744073709551615ULL, (ULONGLONG)0x1234567890ULL, -3);
    W3_CHECK_STR(buf, "-1234567890123|18446744073709551615|1234567890|-3");
}

W3_TEST(wsprintf_S_is_the_other_width)
{
    char buf[64];
    wsprintfA(buf, "%s|%S|%hs|%ls|%c|%C", "narrow", L"wide", "h", L"l", 'x', L'y');
    W3_CHECK_STR(buf, "narrow|wide|h|l|x|y");
    WCHAR wbuf[64];
    int n = wsprintfW(wbuf, L"%s|%S|%d|%c|%C", L"wide", "narrow", -7, L'W', 'n');
    W3_CHECK(wcscmp(wbuf, L"wide|narrow|-7|W|n") == 0);
    W3_CHECK_EQ_I(n, 18);
}

W3_TEST(wsprintf_width_precision_and_flags)
{
    char buf[96];
    wsprintfA(buf, "%5.2s|%-4d|%05d|%08X|%#x|%#X|%-6s|%6s|%.3s|%%", "abcdef", 7, -42, 0xabc, 0x1f,
              0xab, "ab", "ab", "abcdef");
    W3_CHECK_STR(buf, "   ab|7   |-0042|00000ABC|0x1f|0XAB|ab    |    ab|abc|%");
}

W3_TEST(wsprintf_has_no_floating_point)
{
    char buf[32];
    /* An unsupported type prints its own letter and consumes no argument. */
    int n = wsprintfA(buf, "%f|%d", 12);
    W3_CHECK_STR(buf, "f|12");
    W3_CHECK_EQ_I(n, 4);
}

W3_TEST(wsprintf_null_string_and_h_prefix)
{
    char buf[32];
    /* h selects a narrow string; on integers Wine ignores it (no truncation to short). */
    wsprintfA(buf, "%s|%hd|%hu|%hs", (const char *)NULL, 70000, 70000, "n");
    W3_CHECK_STR(buf, "(null)|70000|70000|n");
}

W3_TEST(wsprintf_stops_at_1024_characters)
{
    static char big[2048], out[2048];
    memset(big, 'a', 1500);
    big[1500] = '\0';
    memset(out, '#', sizeof out);
    wsprintfA(out, "%s", big);
    W3_CHECK_EQ(strlen(out), 1023);
    W3_CHECK_EQ(out[1024], '#');
}

static int call_wvsprintf(char *out, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int n = wvsprintfA(out, fmt, ap);
    va_end(ap);
    return n;
}

W3_TEST(wvsprintf_takes_a_va_list)
{
    char buf[32];
    W3_CHECK_EQ_I(call_wvsprintf(buf, "%d-%s", 12, "x"), 4);
    W3_CHECK_STR(buf, "12-x");
}

W3_TEST(char_upper_lower_strings_and_single_characters)
{
    char s[] = "hello World 1";
    W3_CHECK(CharUpperA(s) == s);
    W3_CHECK_STR(s, "HELLO WORLD 1");
    CharLowerA(s);
    W3_CHECK_STR(s, "hello world 1");
    W3_CHECK_EQ((ULONG_PTR)CharUpperA((LPSTR)(ULONG_PTR)'a'), 'A');
    W3_CHECK_EQ((ULONG_PTR)CharLowerW((LPWSTR)(ULONG_PTR)L'Q'), L'q');
    WCHAR w[] = L"abc\x00e9";
    CharUpperW(w);
    W3_CHECK(wcscmp(w, L"ABC\x00c9") == 0);
}

W3_TEST(char_upper_buff_converts_only_the_count)
{
    char s[] = "abcdef";
    W3_CHECK_EQ(CharUpperBuffA(s, 3), 3);
    W3_CHECK_STR(s, "ABCdef");
    WCHAR w[] = L"ABCDEF";
    W3_CHECK_EQ(CharLowerBuffW(w, 2), 2);
    W3_CHECK(wcscmp(w, L"abCDEF") == 0);
}

W3_TEST(char_next_and_prev_stop_at_the_ends)
{
    const char *s = "ab";
    W3_CHECK(CharNextA(s) == s + 1);
    W3_CHECK(CharNextA(s + 2) == s + 2);
    W3_CHECK(CharPrevA(s, s + 1) == s);
    W3_CHECK(CharPrevA(s, s) == s);
    const WCHAR *w = L"xy";
    W3_CHECK(CharNextW(w) == w + 1);
    W3_CHECK(CharNextW(w + 2) == w + 2);
}

W3_TEST(is_char_classification)
{
    W3_CHECK(IsCharAlphaA('a'));
    W3_CHECK(!IsCharAlphaA('1'));
    W3_CHECK(!IsCharAlphaA('_'));
    W3_CHECK(IsCharAlphaNumericA('1'));
    W3_CHECK(IsCharUpperA('A'));
    W3_CHECK(!IsCharUpperA('a'));
    W3_CHECK(IsCharLowerA('a'));
    W3_CHECK(IsCharAlphaW(L'z'));
    W3_CHECK(!IsCharAlphaNumericW(L'-'));
}
