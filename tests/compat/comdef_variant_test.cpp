/* comutil.h's _variant_t: the VARTYPE each constructor gives, deep copies, extraction
 * through VariantChangeType (with _com_error on failure), ChangeType, Clear, Attach and
 * Detach. */
#include <windows.h>
#include <comdef.h>
#include <wchar.h>

#include "w3test.h"

static VARTYPE vt_of(const _variant_t &v)
{
    return V_VT(&v);
}

W3_TEST(constructors_pick_the_vartype)
{
    W3_CHECK_EQ(vt_of(_variant_t((short)1)), VT_I2);
    W3_CHECK_EQ(vt_of(_variant_t(1L)), VT_I4);
    W3_CHECK_EQ(vt_of(_variant_t((LONG)1)), VT_I4);
    W3_CHECK_EQ(vt_of(_variant_t((DWORD)1)), VT_UI4);
    W3_CHECK_EQ(vt_of(_variant_t(1.5f)), VT_R4);
    W3_CHECK_EQ(vt_of(_variant_t(1.5)), VT_R8);
    W3_CHECK_EQ(vt_of(_variant_t((BYTE)1)), VT_UI1);
    W3_CHECK_EQ(vt_of(_variant_t((char)1)), VT_I1);
    W3_CHECK_EQ(vt_of(_variant_t((unsigned short)1)), VT_UI2);
    W3_CHECK_EQ(vt_of(_variant_t((LONGLONG)1)), VT_I8);
    W3_CHECK_EQ(vt_of(_variant_t((ULONGLONG)1)), VT_UI8);
    W3_CHECK_EQ(vt_of(_variant_t(L"w")), VT_BSTR);
    W3_CHECK_EQ(vt_of(_variant_t("n")), VT_BSTR);
    W3_CHECK_EQ(vt_of(_variant_t(_bstr_t(L"b"))), VT_BSTR);
    _variant_t yes(true);
    W3_CHECK_EQ(V_VT(&yes), VT_BOOL);
    W3_CHECK_EQ_I(V_BOOL(&yes), VARIANT_TRUE);
    _variant_t flag((short)1, VT_BOOL);
    W3_CHECK_EQ(V_VT(&flag), VT_BOOL);
    W3_CHECK_EQ_I(V_BOOL(&flag), VARIANT_TRUE);
    _variant_t none;
    W3_CHECK_EQ(V_VT(&none), VT_EMPTY);
}

W3_TEST(copies_are_deep)
{
    _variant_t a(L"text");
    _variant_t b(a);
    W3_CHECK(V_BSTR(&a) != V_BSTR(&b));
    W3_CHECK(wcscmp(V_BSTR(&b), L"text") == 0);
    _variant_t c;
    c = a;
    W3_CHECK(V_BSTR(&c) != V_BSTR(&a));
    W3_CHECK(wcscmp(V_BSTR(&c), L"text") == 0);
    a = 7L;
    W3_CHECK_EQ(V_VT(&a), VT_I4);
    W3_CHECK_EQ(V_I4(&a), 7);
    W3_CHECK(wcscmp(V_BSTR(&c), L"text") == 0);
    W3_CHECK(b == c);
    W3_CHECK(a != c);
}

W3_TEST(extractors_convert)
{
    _variant_t text(L"42");
    W3_CHECK_EQ((long)text, 42);
    W3_CHECK(V_VT(&text) == VT_BSTR); /* the variant itself is unchanged */
    _variant_t number(42L);
    _bstr_t as_text = (_bstr_t)number;
    W3_CHECK(wcscmp((const wchar_t *)as_text, L"42") == 0);
    _variant_t truth(L"True");
    W3_CHECK((bool)truth);
    W3_CHECK((double)_variant_t(L"1.5") == 1.5);
    W3_CHECK_EQ((BYTE)_variant_t(200L), 200);
}

W3_TEST(failed_extraction_throws_com_error)
{
    HRESULT caught = S_OK;
    try {
        long value = _variant_t(L"abc");
        (void)value;
    } catch (const _com_error &e) {
        caught = e.Error();
    }
    W3_CHECK_EQ(caught, DISP_E_TYPEMISMATCH);
    caught = S_OK;
    try {
        BYTE value = _variant_t(300L);
        (void)value;
    } catch (const _com_error &e) {
        caught = e.Error();
    }
    W3_CHECK_EQ(caught, DISP_E_OVERFLOW);
}

W3_TEST(change_type_in_place_and_from_another)
{
    _variant_t v(12L);
    v.ChangeType(VT_BSTR);
    W3_CHECK_EQ(V_VT(&v), VT_BSTR);
    W3_CHECK(wcscmp(V_BSTR(&v), L"12") == 0);
    _variant_t source(L"7");
    v.ChangeType(VT_UI4, &source);
    W3_CHECK_EQ(V_VT(&v), VT_UI4);
    W3_CHECK_EQ(V_UI4(&v), 7u);
    HRESULT caught = S_OK;
    try {
        _variant_t big(300L);
        big.ChangeType(VT_UI1);
    } catch (const _com_error &e) {
        caught = e.Error();
    }
    W3_CHECK_EQ(caught, DISP_E_OVERFLOW);
}

W3_TEST(clear_attach_detach)
{
    _variant_t v(L"x");
    v.Clear();
    W3_CHECK_EQ(V_VT(&v), VT_EMPTY);

    VARIANT raw;
    VariantInit(&raw);
    V_VT(&raw) = VT_BSTR;
    V_BSTR(&raw) = SysAllocString(L"attached");
    BSTR text = V_BSTR(&raw);
    v.Attach(raw);
    W3_CHECK_EQ(V_VT(&raw), VT_EMPTY);
    W3_CHECK(V_BSTR(&v) == text);
    VARIANT out = v.Detach();
    W3_CHECK_EQ(V_VT(&v), VT_EMPTY);
    W3_CHECK(V_BSTR(&out) == text);
    VariantClear(&out);

    _variant_t s;
    s.SetString("narrow");
    W3_CHECK_EQ(V_VT(&s), VT_BSTR);
    W3_CHECK(wcscmp(V_BSTR(&s), L"narrow") == 0);
}

W3_TEST(get_address_clears_first)
{
    _variant_t v(L"old");
    VARIANT *slot = v.GetAddress();
    W3_CHECK_EQ(V_VT(slot), VT_EMPTY);
    V_VT(slot) = VT_I4;
    V_I4(slot) = 3;
    W3_CHECK_EQ((long)v, 3);
}
