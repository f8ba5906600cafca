/* The CRT's old and non-standard string names as legacy code calls them: the case-blind
 * compares under every spelling, reversal, filling, wide case changes, wcstok_s,
 * strnlen_s and the counting printfs. */
#include <windows.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

#include "support/crt_handler.h"
#include "w3test.h"

W3_TEST(case_blind_compares_under_every_name)
{
    W3_CHECK_EQ_I(_stricmp("Content-Type", "content-type"), 0);
    W3_CHECK_EQ_I(stricmp("ABC", "abc"), 0);
    W3_CHECK_EQ_I(_strcmpi("Host", "HOST"), 0);
    W3_CHECK_EQ_I(strcmpi("a", "B") < 0, 1);
    W3_CHECK_EQ_I(_strnicmp("GETx", "getY", 3), 0);
    W3_CHECK_EQ_I(strnicmp("abcd", "ABCE", 4) < 0, 1);
    W3_CHECK_EQ_I(_stricoll("Z", "a") > 0, 1);
    W3_CHECK_EQ_I(_memicmp("AbC\0x", "aBc\0y", 4), 0);
    W3_CHECK_EQ_I(_memicmp("AbC\0x", "aBc\0y", 5) < 0, 1);
    W3_CHECK_EQ_I(_wcsicmp(L"Accept", L"ACCEPT"), 0);
    W3_CHECK_EQ_I(_wcsnicmp(L"abX", L"ABy", 2), 0);
}

W3_TEST(reverse_set_and_duplicate)
{
    char s[8] = "abcde";
    W3_CHECK_STR(_strrev(s), "edcba");
    /* (Wine's _strnset returns the end of the filled part: check the string.) */
    _strnset(s, 'x', 2);
    W3_CHECK_STR(s, "xxcba");
    _strset(s, '-');
    W3_CHECK_STR(s, "-----");
    wchar_t w[8] = L"abc";
    W3_CHECK(wcscmp(_wcsrev(w), L"cba") == 0);
    char *copy = _strdup("dup");
    W3_REQUIRE(copy != NULL);
    W3_CHECK_STR(copy, "dup");
    free(copy);
    W3_CHECK(_strdup(NULL) == NULL);
}

W3_TEST(case_changes_narrow_and_wide)
{
    char s[16] = "MiXeD-1";
    W3_CHECK_STR(_strlwr(s), "mixed-1");
    W3_CHECK_STR(_strupr(s), "MIXED-1");
    wchar_t w[16] = L"MiXeD-1";
    W3_CHECK(wcscmp(_wcslwr(w), L"mixed-1") == 0);
    W3_CHECK(wcscmp(_wcsupr(w), L"MIXED-1") == 0);
    W3_CHECK_EQ_I(_wcslwr_s(w, 16), 0);
    W3_CHECK(wcscmp(w, L"mixed-1") == 0);
}

W3_TEST(wide_case_change_s_reports_bad_strings)
{
    crt_install_handler();
    wchar_t w[4] = {L'a', L'b', L'c', L'd'}; /* no terminator within the size */
    W3_CHECK_EQ_I(_wcsupr_s(w, 4), EINVAL);
    W3_CHECK_EQ(w[0], L'\0');
    W3_CHECK_EQ_I(_wcslwr_s(NULL, 4), EINVAL);
    CRT_CHECK_HANDLER_CALLS(2);
}

W3_TEST(wcstok_s_walks_tokens_with_a_context)
{
    wchar_t text[] = L"a, b,,c";
    wchar_t *context = NULL;
    wchar_t *token = wcstok_s(text, L", ", &context);
    W3_REQUIRE(token != NULL);
    W3_CHECK(wcscmp(token, L"a") == 0);
    token = wcstok_s(NULL, L", ", &context);
    W3_REQUIRE(token != NULL);
    W3_CHECK(wcscmp(token, L"b") == 0);
    token = wcstok_s(NULL, L", ", &context);
    W3_REQUIRE(token != NULL);
    W3_CHECK(wcscmp(token, L"c") == 0);
    W3_CHECK(wcstok_s(NULL, L", ", &context) == NULL);
}

W3_TEST(strtok_s_without_context_is_einval)
{
    crt_install_handler();
    char text[] = "a b";
    errno = 0;
    W3_CHECK(strtok_s(text, " ", NULL) == NULL);
    W3_CHECK_EQ_I(errno, EINVAL);
    CRT_CHECK_HANDLER_CALLS(1);
}

W3_TEST(strnlen_s_stops_at_count_and_takes_null)
{
    W3_CHECK_EQ(strnlen_s("abcdef", 4), 4);
    W3_CHECK_EQ(strnlen_s("ab", 4), 2);
    W3_CHECK_EQ(strnlen_s(NULL, 4), 0);
    W3_CHECK_EQ(wcsnlen_s(L"abc", 8), 3);
    W3_CHECK_EQ(wcsnlen_s(NULL, 8), 0);
}

W3_TEST(counting_printfs_return_the_length)
{
    W3_CHECK_EQ_I(_scprintf("%d-%s", 12, "ab"), 5);
    W3_CHECK_EQ_I(_scprintf("%s", ""), 0);
    /* Microsoft rules: %s in a wide format is a wide string. */
    W3_CHECK_EQ_I(_scwprintf(L"%s=%d", L"abc", 7), 5);
}

W3_TEST(snprintf_old_name_does_not_terminate_a_full_buffer)
{
    char buf[4];
    memcpy(buf, "zzzz", 4);
    W3_CHECK_EQ_I(_snprintf(buf, 3, "%s", "abc"), 3);
    W3_CHECK_MEM(buf, "abcz", 4);
    W3_CHECK_EQ_I(_snprintf(buf, 3, "%s", "abcd"), -1);
}
