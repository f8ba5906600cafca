/* LCMapString: case mapping, the size query and the documented errors. */
#include <windows.h>

#include <string.h>
#include <wchar.h>

#include "w3test.h"

W3_TEST(lc_map_string_changes_case)
{
    WCHAR wide[32];
    char narrow[32];
    W3_CHECK_EQ_I(LCMapStringW(LOCALE_INVARIANT, LCMAP_UPPERCASE, L"Content-Type", -1, wide, 32),
                  13);
    W3_CHECK(wcscmp(wide, L"CONTENT-TYPE") == 0);
    W3_CHECK_EQ_I(
        LCMapStringW(LOCALE_USER_DEFAULT, LCMAP_LOWERCASE, L"\u00c9T\u00c9", -1, wide, 32), 4);
    W3_CHECK(wcscmp(wide, L"\u00e9t\u00e9") == 0);
    W3_CHECK_EQ_I(
        LCMapStringA(LOCALE_USER_DEFAULT, LCMAP_LOWERCASE, "GET /Index.HTM", -1, narrow, 32), 15);
    W3_CHECK_STR(narrow, "get /index.htm");
    /* With a count, no NUL is added or counted. */
    memset(narrow, '#', sizeof narrow);
    W3_CHECK_EQ_I(LCMapStringA(LOCALE_USER_DEFAULT, LCMAP_UPPERCASE, "abcdef", 3, narrow, 32), 3);
    W3_CHECK(memcmp(narrow, "ABC#", 4) == 0);
    W3_CHECK_EQ_I(
        LCMapStringEx(LOCALE_NAME_INVARIANT, LCMAP_UPPERCASE, L"x", -1, wide, 32, NULL, NULL, 0),
        2);
}

W3_TEST(lc_map_string_size_query_and_errors)
{
    WCHAR small[3];
    W3_CHECK_EQ_I(LCMapStringW(LOCALE_USER_DEFAULT, LCMAP_UPPERCASE, L"hello", -1, NULL, 0), 6);
    SetLastError(0);
    W3_CHECK_EQ_I(LCMapStringW(LOCALE_USER_DEFAULT, LCMAP_UPPERCASE, L"hello", -1, small, 3), 0);
    W3_CHECK_EQ(GetLastError(), ERROR_INSUFFICIENT_BUFFER);
    SetLastError(0);
    W3_CHECK_EQ_I(
        LCMapStringW(LOCALE_USER_DEFAULT, LCMAP_UPPERCASE | LCMAP_LOWERCASE, L"x", -1, small, 3),
        0);
    W3_CHECK_EQ(GetLastError(), ERROR_INVALID_FLAGS);
    SetLastError(0);
    W3_CHECK_EQ_I(LCMapStringW(LOCALE_USER_DEFAULT, LCMAP_UPPERCASE, NULL, -1, small, 3), 0);
    W3_CHECK_EQ(GetLastError(), ERROR_INVALID_PARAMETER);
}
