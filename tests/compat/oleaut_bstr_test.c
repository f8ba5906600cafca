/* oleaut32's BSTR functions: the layout (byte-length prefix, terminator), embedded NULs,
 * odd byte lengths, NULL arguments and reallocation. */
#include <windows.h>
#include <oleauto.h>
#include <string.h>
#include <wchar.h>

#include "w3test.h"

static DWORD prefix_of(BSTR b)
{
    DWORD prefix;
    memcpy(&prefix, (const char *)b - sizeof(DWORD), sizeof prefix);
    return prefix;
}

W3_TEST(alloc_string_has_byte_length_prefix_and_terminator)
{
    BSTR b = SysAllocString(L"abc");
    W3_REQUIRE(b != NULL);
    W3_CHECK_EQ(prefix_of(b), 3 * sizeof(WCHAR));
    W3_CHECK_EQ(SysStringLen(b), 3);
    W3_CHECK_EQ(SysStringByteLen(b), 3 * sizeof(WCHAR));
    W3_CHECK(wcscmp(b, L"abc") == 0);
    W3_CHECK_EQ(b[3], 0);
    SysFreeString(b);
}

W3_TEST(alloc_string_len_keeps_embedded_nuls)
{
    const WCHAR text[] = {L'a', 0, L'b', L'c'};
    BSTR b = SysAllocStringLen(text, 4);
    W3_REQUIRE(b != NULL);
    W3_CHECK_EQ(SysStringLen(b), 4);
    W3_CHECK_EQ(prefix_of(b), 4 * sizeof(WCHAR));
    W3_CHECK_EQ(b[1], 0);
    W3_CHECK_EQ(b[2], L'b');
    W3_CHECK_EQ(b[4], 0);
    W3_CHECK_EQ(wcslen(b), 1);
    SysFreeString(b);
}

W3_TEST(alloc_string_len_without_text_gives_that_many_characters)
{
    BSTR b = SysAllocStringLen(NULL, 3);
    W3_REQUIRE(b != NULL);
    W3_CHECK_EQ(SysStringLen(b), 3);
    W3_CHECK_EQ(b[3], 0);
    SysFreeString(b);
}

W3_TEST(byte_len_keeps_odd_lengths_and_terminates_after_the_bytes)
{
    BSTR b = SysAllocStringByteLen("abc", 3);
    W3_REQUIRE(b != NULL);
    W3_CHECK_EQ(prefix_of(b), 3);
    W3_CHECK_EQ(SysStringByteLen(b), 3);
    W3_CHECK_EQ(SysStringLen(b), 3 / sizeof(WCHAR));
    const unsigned char *bytes = (const unsigned char *)b;
    W3_CHECK_MEM(bytes, "abc", 3);
    W3_CHECK_EQ(bytes[3], 0);
    W3_CHECK_EQ(bytes[4], 0);
    SysFreeString(b);

    b = SysAllocStringByteLen(NULL, 5);
    W3_REQUIRE(b != NULL);
    W3_CHECK_EQ(SysStringByteLen(b), 5);
    W3_CHECK_EQ(SysStringLen(b), 5 / sizeof(WCHAR));
    SysFreeString(b);
}

W3_TEST(null_strings)
{
    W3_CHECK(SysAllocString(NULL) == NULL);
    W3_CHECK_EQ(SysStringLen(NULL), 0);
    W3_CHECK_EQ(SysStringByteLen(NULL), 0);
    SysFreeString(NULL);
    BSTR empty = SysAllocString(L"");
    W3_REQUIRE(empty != NULL);
    W3_CHECK_EQ(SysStringLen(empty), 0);
    W3_CHECK_EQ(prefix_of(empty), 0);
    W3_CHECK_EQ(empty[0], 0);
    SysFreeString(empty);
}

W3_TEST(realloc_string_replaces_the_text)
{
    BSTR b = SysAllocString(L"abc");
    W3_CHECK_EQ(SysReAllocString(&b, L"hello"), TRUE);
    W3_CHECK_EQ(SysStringLen(b), 5);
    W3_CHECK(wcscmp(b, L"hello") == 0);
    W3_CHECK_EQ(SysReAllocString(&b, NULL), TRUE);
    W3_CHECK(b == NULL);
    SysFreeString(b);
}

W3_TEST(realloc_string_len_keeps_old_text_or_copies_from_itself)
{
    BSTR b = SysAllocString(L"abc");
    W3_CHECK_EQ(SysReAllocStringLen(&b, NULL, 5), TRUE);
    W3_CHECK_EQ(SysStringLen(b), 5);
    W3_CHECK_EQ(b[0], L'a');
    W3_CHECK_EQ(b[2], L'c');
    W3_CHECK_EQ(b[5], 0);
    SysFreeString(b);

    b = SysAllocString(L"abcdef");
    W3_CHECK_EQ(SysReAllocStringLen(&b, b + 2, 3), TRUE);
    W3_CHECK_EQ(SysStringLen(b), 3);
    W3_CHECK(wcscmp(b, L"cde") == 0);
    SysFreeString(b);
}
