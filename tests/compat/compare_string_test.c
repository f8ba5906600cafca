/* CompareString(A/W/Ex): the order lstrcmp gives, case folding, counts and errors. */
#include <windows.h>

#include "w3test.h"

W3_TEST(compare_string_orders_like_lstrcmp)
{
    W3_CHECK_EQ(CompareStringW(LOCALE_USER_DEFAULT, 0, L"apple", -1, L"banana", -1),
                CSTR_LESS_THAN);
    W3_CHECK_EQ(CompareStringA(LOCALE_USER_DEFAULT, 0, "banana", -1, "apple", -1),
                CSTR_GREATER_THAN);
    W3_CHECK_EQ(CompareStringA(LOCALE_INVARIANT, 0, "same", -1, "same", -1), CSTR_EQUAL);
    /* Linguistic, not binary: "Zebra" after "apple", lower case before upper case. */
    W3_CHECK_EQ(CompareStringA(LOCALE_USER_DEFAULT, 0, "Zebra", -1, "apple", -1),
                CSTR_GREATER_THAN);
    W3_CHECK_EQ(CompareStringW(LOCALE_USER_DEFAULT, 0, L"abc", -1, L"ABC", -1), CSTR_LESS_THAN);
    W3_CHECK_EQ(CompareStringW(LOCALE_USER_DEFAULT, 0, L"co-op", -1, L"coop", -1),
                CSTR_GREATER_THAN);
}

W3_TEST(compare_string_ignore_case_and_counts)
{
    W3_CHECK_EQ(CompareStringW(LOCALE_INVARIANT, NORM_IGNORECASE, L"Content-Length", -1,
                               L"content-length", -1),
                CSTR_EQUAL);
    W3_CHECK_EQ(CompareStringA(LOCALE_USER_DEFAULT, NORM_IGNORECASE, "GET /x", 3, "get", -1),
                CSTR_EQUAL);
    W3_CHECK_EQ(CompareStringEx(LOCALE_NAME_INVARIANT, LINGUISTIC_IGNORECASE, L"Host", -1,
                                L"HOST", 4, NULL, NULL, 0),
                CSTR_EQUAL);
    W3_CHECK_EQ(CompareStringEx(LOCALE_NAME_USER_DEFAULT, 0, L"a", -1, L"b", -1, NULL, NULL, 0),
                CSTR_LESS_THAN);
}

W3_TEST(compare_string_errors)
{
    SetLastError(0);
    W3_CHECK_EQ(CompareStringW(LOCALE_USER_DEFAULT, 0, NULL, -1, L"a", -1), 0);
    W3_CHECK_EQ(GetLastError(), ERROR_INVALID_PARAMETER);
    SetLastError(0);
    W3_CHECK_EQ(CompareStringA(LOCALE_USER_DEFAULT, 0, "a", -1, NULL, -1), 0);
    W3_CHECK_EQ(GetLastError(), ERROR_INVALID_PARAMETER);
    SetLastError(0);
    W3_CHECK_EQ(CompareStringW(LOCALE_USER_DEFAULT, 0x80000000u, L"a", -1, L"a", -1), 0);
    W3_CHECK_EQ(GetLastError(), ERROR_INVALID_FLAGS);
}
