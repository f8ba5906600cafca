/* CompareStringOrdinal: code-unit order, case folding, lengths and errors. */
#include <windows.h>

#include "w3test.h"

W3_TEST(ordinal_orders_by_code_unit)
{
    W3_CHECK_EQ(CompareStringOrdinal(L"abc", -1, L"abc", -1, FALSE), CSTR_EQUAL);
    W3_CHECK_EQ(CompareStringOrdinal(L"abc", -1, L"abd", -1, FALSE), CSTR_LESS_THAN);
    W3_CHECK_EQ(CompareStringOrdinal(L"abd", -1, L"abc", -1, FALSE), CSTR_GREATER_THAN);
    /* Binary, not linguistic: 'Z' (0x5A) sorts before 'a' (0x61), '-' is not ignored. */
    W3_CHECK_EQ(CompareStringOrdinal(L"Zebra", -1, L"apple", -1, FALSE), CSTR_LESS_THAN);
    W3_CHECK_EQ(CompareStringOrdinal(L"co-op", -1, L"coop", -1, FALSE), CSTR_LESS_THAN);
    /* A prefix sorts first. */
    W3_CHECK_EQ(CompareStringOrdinal(L"ab", -1, L"abc", -1, FALSE), CSTR_LESS_THAN);
    W3_CHECK_EQ(CompareStringOrdinal(L"abc", -1, L"ab", -1, FALSE), CSTR_GREATER_THAN);
    W3_CHECK_EQ(CompareStringOrdinal(L"", -1, L"", -1, FALSE), CSTR_EQUAL);
}

W3_TEST(ordinal_ignore_case)
{
    W3_CHECK_EQ(CompareStringOrdinal(L"Content-Type", -1, L"content-type", -1, TRUE), CSTR_EQUAL);
    W3_CHECK_EQ(CompareStringOrdinal(L"Content-Type", -1, L"content-type", -1, FALSE),
                CSTR_LESS_THAN);
    W3_CHECK_EQ(CompareStringOrdinal(L"\u00e9t\u00e9", -1, L"\u00c9T\u00c9", -1, TRUE), CSTR_EQUAL);
    /* Folding is to upper case: '_' (0x5F) sorts after 'A'..'Z' but before 'a'. */
    W3_CHECK_EQ(CompareStringOrdinal(L"a", -1, L"_", -1, TRUE), CSTR_LESS_THAN);
    W3_CHECK_EQ(CompareStringOrdinal(L"a", -1, L"_", -1, FALSE), CSTR_GREATER_THAN);
}

W3_TEST(ordinal_counts_limit_the_comparison)
{
    W3_CHECK_EQ(CompareStringOrdinal(L"abcdef", 3, L"abcxyz", 3, FALSE), CSTR_EQUAL);
    W3_CHECK_EQ(CompareStringOrdinal(L"abcdef", 3, L"abc", -1, FALSE), CSTR_EQUAL);
    W3_CHECK_EQ(CompareStringOrdinal(L"abc", 0, L"xyz", 0, FALSE), CSTR_EQUAL);
    W3_CHECK_EQ(CompareStringOrdinal(L"abc", 2, L"abc", 3, FALSE), CSTR_LESS_THAN);
    /* With counts, NULs are characters like any other. */
    W3_CHECK_EQ(CompareStringOrdinal(L"a\0b", 3, L"a\0c", 3, FALSE), CSTR_LESS_THAN);
    W3_CHECK_EQ(CompareStringOrdinal(L"a\0b", 3, L"a", -1, FALSE), CSTR_GREATER_THAN);
}

W3_TEST(ordinal_supplementary_characters_sort_as_surrogates)
{
    /* U+1F600 is D83D DE00 in UTF-16: above U+D7FF, below U+E000..U+FFFF. */
    static const WCHAR smile[] = L"\U0001F600";
    W3_CHECK_EQ(CompareStringOrdinal(smile, -1, L"\uFF21", -1, FALSE), CSTR_LESS_THAN);
    W3_CHECK_EQ(CompareStringOrdinal(smile, -1, L"\uE000", -1, FALSE), CSTR_LESS_THAN);
    W3_CHECK_EQ(CompareStringOrdinal(smile, -1, L"\uD7FF", -1, FALSE), CSTR_GREATER_THAN);
    W3_CHECK_EQ(CompareStringOrdinal(smile, -1, L"z", -1, FALSE), CSTR_GREATER_THAN);
}

W3_TEST(ordinal_null_string_is_invalid_parameter)
{
    SetLastError(0);
    W3_CHECK_EQ(CompareStringOrdinal(NULL, -1, L"a", -1, FALSE), 0);
    W3_CHECK_EQ(GetLastError(), ERROR_INVALID_PARAMETER);
    SetLastError(0);
    W3_CHECK_EQ(CompareStringOrdinal(L"a", -1, NULL, 0, TRUE), 0);
    W3_CHECK_EQ(GetLastError(), ERROR_INVALID_PARAMETER);
}
