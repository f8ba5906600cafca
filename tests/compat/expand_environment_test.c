/* ExpandEnvironmentStrings: what is replaced, what is kept, and the counts returned. */
#include <windows.h>

#include <string.h>
#include <wchar.h>

#include "w3test.h"

W3_TEST(expand_replaces_defined_variables)
{
    char out[64];
    W3_REQUIRE(SetEnvironmentVariableA("W3_EXP_ROOT", "C:\\site"));
    W3_REQUIRE(SetEnvironmentVariableA("W3_EXP_NAME", "app"));
    DWORD n = ExpandEnvironmentStringsA("%W3_EXP_ROOT%\\%W3_EXP_NAME%.log", out, sizeof out);
    W3_CHECK_STR(out, "C:\\site\\app.log");
    W3_CHECK_EQ(n, strlen("C:\\site\\app.log") + 1); /* the count includes the NUL */
}

W3_TEST(expand_names_ignore_case)
{
    char out[32];
    W3_REQUIRE(SetEnvironmentVariableA("W3_EXP_CASE", "v"));
    W3_CHECK_EQ(ExpandEnvironmentStringsA("[%w3_exp_Case%]", out, sizeof out), 4);
    W3_CHECK_STR(out, "[v]");
}

W3_TEST(expand_keeps_undefined_names_and_lone_percents)
{
    char out[64];
    W3_REQUIRE(SetEnvironmentVariableA("W3_EXP_SET", "x"));
    SetEnvironmentVariableA("W3_EXP_UNSET", NULL);
    ExpandEnvironmentStringsA("%W3_EXP_UNSET%", out, sizeof out);
    W3_CHECK_STR(out, "%W3_EXP_UNSET%");
    /* An undefined name is kept whole: its closing '%' opens no new reference. */
    ExpandEnvironmentStringsA("%W3_EXP_UNSET%W3_EXP_SET%", out, sizeof out);
    W3_CHECK_STR(out, "%W3_EXP_UNSET%W3_EXP_SET%");
    ExpandEnvironmentStringsA("%W3_EXP_UNSET%%W3_EXP_SET%", out, sizeof out);
    W3_CHECK_STR(out, "%W3_EXP_UNSET%x");
    ExpandEnvironmentStringsA("100% and %W3_EXP_SET", out, sizeof out);
    W3_CHECK_STR(out, "100% and %W3_EXP_SET");
    ExpandEnvironmentStringsA("%%", out, sizeof out);
    W3_CHECK_STR(out, "%%");
    W3_CHECK_EQ(ExpandEnvironmentStringsA("", out, sizeof out), 1);
    W3_CHECK_STR(out, "");
}

W3_TEST(expand_short_buffer_returns_the_size_needed)
{
    char out[64];
    W3_REQUIRE(SetEnvironmentVariableA("W3_EXP_LONG", "0123456789"));
    DWORD needed = ExpandEnvironmentStringsA("<%W3_EXP_LONG%>", NULL, 0);
    W3_CHECK_EQ(needed, 13);
    W3_CHECK_EQ(ExpandEnvironmentStringsA("<%W3_EXP_LONG%>", out, 5), 13);
    W3_CHECK_EQ(ExpandEnvironmentStringsA("<%W3_EXP_LONG%>", out, needed), 13);
    W3_CHECK_STR(out, "<0123456789>");
}

W3_TEST(expand_wide_counts_wide_characters)
{
    WCHAR out[64];
    W3_REQUIRE(SetEnvironmentVariableW(L"W3_EXP_WIDE", L"caf\u00e9"));
    W3_CHECK_EQ(ExpandEnvironmentStringsW(L"%W3_EXP_WIDE%!", NULL, 0), 6);
    W3_CHECK_EQ(ExpandEnvironmentStringsW(L"%W3_EXP_WIDE%!", out, ARRAYSIZE(out)), 6);
    W3_CHECK(wcscmp(out, L"caf\u00e9!") == 0);
    W3_CHECK_EQ(ExpandEnvironmentStringsW(L"%W3_EXP_WIDE%!", out, 3), 6);
}
