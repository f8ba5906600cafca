/* comutil.h's _bstr_t: shared reference-counted copies, concatenation, comparison, the
 * wide and narrow conversions, and ownership through copy/Attach/Detach/GetAddress. */
#include <windows.h>
#include <comdef.h>
#include <string.h>
#include <wchar.h>

#include "w3test.h"

W3_TEST(constructs_from_wide_and_narrow_text)
{
    _bstr_t wide(L"abc"), narrow("abc");
    W3_CHECK_EQ(wide.length(), 3);
    W3_CHECK_EQ(narrow.length(), 3);
    W3_CHECK(wcscmp((const wchar_t *)narrow, L"abc") == 0);
    W3_CHECK_STR((const char *)wide, "abc");
    W3_CHECK_EQ(SysStringLen(wide.GetBSTR()), 3);
}

W3_TEST(copies_share_one_string)
{
    _bstr_t a(L"shared");
    _bstr_t b(a);
    W3_CHECK((const wchar_t *)a == (const wchar_t *)b);
    _bstr_t c;
    c = a;
    W3_CHECK((const wchar_t *)c == (const wchar_t *)a);
    a = L"changed";
    W3_CHECK(wcscmp((const wchar_t *)b, L"shared") == 0);
    W3_CHECK(wcscmp((const wchar_t *)a, L"changed") == 0);
}

W3_TEST(concatenation_leaves_operands_alone)
{
    _bstr_t a(L"ab"), b("cd");
    _bstr_t c = a + b;
    W3_CHECK(wcscmp((const wchar_t *)c, L"abcd") == 0);
    W3_CHECK(wcscmp((const wchar_t *)a, L"ab") == 0);
    _bstr_t d = L"<" + a;
    W3_CHECK(wcscmp((const wchar_t *)d, L"<ab") == 0);
    _bstr_t e = "[" + b;
    W3_CHECK_STR((const char *)e, "[cd");
    _bstr_t shared(a);
    a += b;
    W3_CHECK(wcscmp((const wchar_t *)a, L"abcd") == 0);
    W3_CHECK(wcscmp((const wchar_t *)shared, L"ab") == 0);
}

W3_TEST(comparisons_by_content)
{
    _bstr_t a(L"abc"), same("abc"), b(L"abd");
    W3_CHECK(a == same);
    W3_CHECK(!(a != same));
    W3_CHECK(a != b);
    W3_CHECK(a < b);
    W3_CHECK(b > a);
    W3_CHECK(a <= same);
    W3_CHECK(b >= a);
}

W3_TEST(empty_string_and_not)
{
    _bstr_t empty;
    W3_CHECK(!empty);
    W3_CHECK_EQ(empty.length(), 0);
    W3_CHECK((const wchar_t *)empty == NULL);
    _bstr_t text(L"x");
    W3_CHECK(!!text);
}

W3_TEST(copy_gives_an_owned_bstr)
{
    _bstr_t a(L"owned");
    BSTR copy = a.copy();
    W3_REQUIRE(copy != NULL);
    W3_CHECK(copy != (const wchar_t *)a);
    W3_CHECK(wcscmp(copy, L"owned") == 0);
    SysFreeString(copy);
    W3_CHECK(a.copy(false) == (const wchar_t *)a);
}

W3_TEST(attach_takes_and_detach_gives_ownership)
{
    BSTR raw = SysAllocString(L"raw");
    _bstr_t a;
    a.Attach(raw);
    W3_CHECK((const wchar_t *)a == raw);
    BSTR back = a.Detach();
    W3_CHECK(back == raw);
    W3_CHECK_EQ(a.length(), 0);
    SysFreeString(back);

    _bstr_t from_copy(raw = SysAllocString(L"copied"), true);
    W3_CHECK((const wchar_t *)from_copy != raw);
    SysFreeString(raw);
    W3_CHECK(wcscmp((const wchar_t *)from_copy, L"copied") == 0);
}

W3_TEST(get_address_receives_a_new_string)
{
    _bstr_t a(L"old");
    BSTR *slot = a.GetAddress();
    W3_CHECK(*slot == NULL);
    *slot = SysAllocString(L"new");
    W3_CHECK(wcscmp((const wchar_t *)a, L"new") == 0);
    W3_CHECK_STR((const char *)a, "new");
}

W3_TEST(embedded_nuls_are_kept)
{
    BSTR raw = SysAllocStringLen(L"a\0b", 3);
    _bstr_t a(raw, false);
    W3_CHECK_EQ(a.length(), 3);
    _bstr_t b = a + _bstr_t(L"c");
    W3_CHECK_EQ(b.length(), 4);
    W3_CHECK_EQ(((const wchar_t *)b)[2], L'b');
    W3_CHECK_EQ(((const wchar_t *)b)[3], L'c');
}
