/* oleaut32's VARIANT functions: initialisation, clearing and copying with ownership,
 * and VariantChangeType between numbers, VT_BOOL and VT_BSTR with its documented errors
 * (DISP_E_OVERFLOW, DISP_E_TYPEMISMATCH, DISP_E_BADVARTYPE). */
#include <windows.h>
#include <oleauto.h>
#include <string.h>
#include <wchar.h>

#include "w3test.h"

static VARIANT of_type(VARTYPE vt, LONGLONG bits)
{
    VARIANT v;
    memset(&v, 0, sizeof v);
    V_VT(&v) = vt;
    V_I8(&v) = bits;
    return v;
}

static VARIANT of_r8(double d)
{
    VARIANT v;
    VariantInit(&v);
    V_VT(&v) = VT_R8;
    V_R8(&v) = d;
    return v;
}

static VARIANT of_text(const WCHAR *text)
{
    VARIANT v;
    VariantInit(&v);
    V_VT(&v) = VT_BSTR;
    V_BSTR(&v) = SysAllocString(text);
    return v;
}

/* Converts (and frees) src; returns the HRESULT, the result in *out. */
static HRESULT change(VARIANT src, VARTYPE vt, USHORT flags, VARIANT *out)
{
    VariantInit(out);
    HRESULT hr = VariantChangeType(out, &src, flags, vt);
    VariantClear(&src);
    return hr;
}

/* The text a conversion to VT_BSTR gives, or "(failed)". */
static const char *as_text(VARIANT src, USHORT flags)
{
    static char text[64];
    VARIANT out;
    if (FAILED(change(src, VT_BSTR, flags, &out)) || V_VT(&out) != VT_BSTR)
        return "(failed)";
    size_t i = 0;
    for (; i < SysStringLen(V_BSTR(&out)) && i < sizeof text - 1; i++)
        text[i] = (char)V_BSTR(&out)[i];
    text[i] = '\0';
    VariantClear(&out);
    return text;
}

W3_TEST(layout_matches_windows)
{
    VARIANT v;
    W3_CHECK_EQ(sizeof(VARIANT), 8 + 2 * sizeof(void *));
    W3_CHECK_EQ((char *)&V_VT(&v) - (char *)&v, 0);
    W3_CHECK_EQ((char *)&V_I4(&v) - (char *)&v, 8);
    W3_CHECK_EQ((char *)&V_BSTR(&v) - (char *)&v, 8);
    W3_CHECK_EQ(sizeof(DECIMAL), 16);
    W3_CHECK_EQ(sizeof(VARIANT_BOOL), 2);
    W3_CHECK_EQ_I(VARIANT_TRUE, -1);
    W3_CHECK_EQ(VT_BSTR, 8);
    W3_CHECK_EQ(VT_UI4, 19);
    W3_CHECK_EQ(VT_ARRAY, 0x2000);
    W3_CHECK_EQ(VT_BYREF, 0x4000);
}

W3_TEST(init_and_clear)
{
    VARIANT v;
    memset(&v, 0xab, sizeof v);
    VariantInit(&v);
    W3_CHECK_EQ(V_VT(&v), VT_EMPTY);
    v = of_text(L"owned");
    W3_CHECK_EQ(VariantClear(&v), S_OK);
    W3_CHECK_EQ(V_VT(&v), VT_EMPTY);
    LONG target = 5;
    V_VT(&v) = VT_I4 | VT_BYREF;
    V_I4REF(&v) = &target;
    W3_CHECK_EQ(VariantClear(&v), S_OK);
    W3_CHECK_EQ(V_VT(&v), VT_EMPTY);
    W3_CHECK_EQ(target, 5);
}

W3_TEST(clear_rejects_bad_types_and_leaves_them)
{
    static const VARTYPE bad[] = {15,
                                  0x7f,
                                  VT_VOID,
                                  VT_HRESULT,
                                  VT_LPSTR,
                                  VT_FILETIME,
                                  VT_I4 | VT_VECTOR,
                                  VT_EMPTY | VT_ARRAY,
                                  VT_NULL | VT_BYREF};
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        VARIANT v = of_type(bad[i], 0);
        W3_CHECK_EQ(VariantClear(&v), DISP_E_BADVARTYPE);
        W3_CHECK_EQ(V_VT(&v), bad[i]);
    }
}

W3_TEST(copy_duplicates_strings)
{
    VARIANT src = of_text(L"abc"), dst;
    VariantInit(&dst);
    W3_CHECK_EQ(VariantCopy(&dst, &src), S_OK);
    W3_CHECK_EQ(V_VT(&dst), VT_BSTR);
    W3_CHECK(V_BSTR(&dst) != V_BSTR(&src));
    W3_CHECK(wcscmp(V_BSTR(&dst), L"abc") == 0);
    VariantClear(&src);
    W3_CHECK(wcscmp(V_BSTR(&dst), L"abc") == 0);
    VariantClear(&dst);

    VARIANT bad = of_type(0x7f, 0);
    W3_CHECK_EQ(VariantCopy(&dst, &bad), DISP_E_BADVARTYPE);
    VARIANT i4 = of_type(VT_I4, 5);
    W3_CHECK_EQ(VariantCopy(&bad, &i4), DISP_E_BADVARTYPE);
}

W3_TEST(copy_of_reference_keeps_reference_copy_ind_follows_it)
{
    LONG target = 7;
    VARIANT ref, dst;
    V_VT(&ref) = VT_I4 | VT_BYREF;
    V_I4REF(&ref) = &target;
    VariantInit(&dst);
    W3_CHECK_EQ(VariantCopy(&dst, &ref), S_OK);
    W3_CHECK_EQ(V_VT(&dst), VT_I4 | VT_BYREF);
    W3_CHECK(V_I4REF(&dst) == &target);
    W3_CHECK_EQ(VariantCopyInd(&dst, &ref), S_OK);
    W3_CHECK_EQ(V_VT(&dst), VT_I4);
    W3_CHECK_EQ(V_I4(&dst), 7);
}

W3_TEST(bool_to_string_is_numeric_unless_alpha_requested)
{
    W3_CHECK_STR(as_text(of_type(VT_BOOL, VARIANT_TRUE), 0), "-1");
    W3_CHECK_STR(as_text(of_type(VT_BOOL, VARIANT_FALSE), 0), "0");
    W3_CHECK_STR(as_text(of_type(VT_BOOL, VARIANT_TRUE), VARIANT_ALPHABOOL), "True");
    W3_CHECK_STR(as_text(of_type(VT_BOOL, VARIANT_FALSE), VARIANT_ALPHABOOL), "False");
}

W3_TEST(integers_to_string)
{
    W3_CHECK_STR(as_text(of_type(VT_I4, -5), 0), "-5");
    W3_CHECK_STR(as_text(of_type(VT_UI1, 65), 0), "65");
    W3_CHECK_STR(as_text(of_type(VT_I8, 0x7FFFFFFFFFFFLL), 0), "140737488355327");
    W3_CHECK_STR(as_text(of_type(VT_UI8, -1), 0), "18446744073709551615");
    W3_CHECK_STR(as_text(of_type(VT_EMPTY, 0), 0), "");
}

W3_TEST(reals_to_string_use_15_or_7_significant_digits)
{
    W3_CHECK_STR(as_text(of_r8(1.5), 0), "1.5");
    W3_CHECK_STR(as_text(of_r8(0.1), 0), "0.1");
    W3_CHECK_STR(as_text(of_r8(1.0 / 3), 0), "0.333333333333333");
    W3_CHECK_STR(as_text(of_r8(1e20), 0), "1E+20");
    W3_CHECK_STR(as_text(of_r8(1e-7), 0), "1E-07");
    W3_CHECK_STR(as_text(of_r8(1e14), 0), "100000000000000");
    W3_CHECK_STR(as_text(of_r8(1e15), 0), "1E+15");
    W3_CHECK_STR(as_text(of_r8(123456.789), 0), "123456.789");
    W3_CHECK_STR(as_text(of_r8(-0.0), 0), "0");
    VARIANT r4;
    VariantInit(&r4);
    V_VT(&r4) = VT_R4;
    V_R4(&r4) = 1.0f / 3;
    W3_CHECK_STR(as_text(r4, 0), "0.3333333");
    V_R4(&r4) = 16777216.0f;
    W3_CHECK_STR(as_text(r4, 0), "1.677722E+07");
}

W3_TEST(reals_round_half_to_even_into_integers)
{
    static const struct {
        double in;
        LONG out;
    } cases[] = {{2.5, 2}, {3.5, 4}, {-2.5, -2}, {2.6, 3}, {-0.5, 0}, {2147483647.4, 2147483647}};
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        VARIANT out;
        W3_CHECK_EQ(change(of_r8(cases[i].in), VT_I4, 0, &out), S_OK);
        W3_CHECK_EQ(V_VT(&out), VT_I4);
        W3_CHECK_EQ_I(V_I4(&out), cases[i].out);
    }
}

W3_TEST(out_of_range_values_overflow)
{
    VARIANT out;
    W3_CHECK_EQ(change(of_type(VT_I4, 300), VT_UI1, 0, &out), DISP_E_OVERFLOW);
    W3_CHECK_EQ(V_VT(&out), VT_EMPTY);
    W3_CHECK_EQ(change(of_type(VT_I8, 0x7FFFFFFFFFFFLL), VT_I4, 0, &out), DISP_E_OVERFLOW);
    W3_CHECK_EQ(change(of_type(VT_INT, 200), VT_I1, 0, &out), DISP_E_OVERFLOW);
    W3_CHECK_EQ(change(of_type(VT_UINT, 40000), VT_I2, 0, &out), DISP_E_OVERFLOW);
    W3_CHECK_EQ(change(of_type(VT_I4, -1), VT_UI8, 0, &out), DISP_E_OVERFLOW);
    W3_CHECK_EQ(change(of_type(VT_I2, -1), VT_UI4, 0, &out), DISP_E_OVERFLOW);
    W3_CHECK_EQ(change(of_r8(3e9), VT_I4, 0, &out), DISP_E_OVERFLOW);
    W3_CHECK_EQ(change(of_r8(2147483647.5), VT_I4, 0, &out), DISP_E_OVERFLOW);
    W3_CHECK_EQ(change(of_r8(-0.6), VT_UI4, 0, &out), DISP_E_OVERFLOW);
    W3_CHECK_EQ(change(of_r8(1e300), VT_R4, 0, &out), DISP_E_OVERFLOW);
    W3_CHECK_EQ(change(of_r8(3e9), VT_UI4, 0, &out), S_OK);
    W3_CHECK_EQ(V_UI4(&out), 3000000000u);
}

W3_TEST(same_size_integers_keep_their_bits)
{
    VARIANT out;
    W3_CHECK_EQ(change(of_type(VT_I4, -1), VT_UI4, 0, &out), S_OK);
    W3_CHECK_EQ(V_UI4(&out), 0xFFFFFFFFu);
    W3_CHECK_EQ(change(of_type(VT_UI4, 0xFFFFFFFF), VT_I4, 0, &out), S_OK);
    W3_CHECK_EQ_I(V_I4(&out), -1);
    W3_CHECK_EQ(change(of_type(VT_UI2, 40000), VT_I2, 0, &out), S_OK);
    W3_CHECK_EQ_I(V_I2(&out), (SHORT)40000);
    W3_CHECK_EQ(change(of_type(VT_I8, -1), VT_UI8, 0, &out), S_OK);
    W3_CHECK_EQ(V_UI8(&out), ~0ULL);
    W3_CHECK_EQ(change(of_type(VT_BOOL, (USHORT)VARIANT_TRUE), VT_UI4, 0, &out), S_OK);
    W3_CHECK_EQ(V_UI4(&out), 0xFFFFFFFFu);
    W3_CHECK_EQ(change(of_type(VT_UI4, 0xFFFFFFFF), VT_I8, 0, &out), S_OK);
    W3_CHECK_EQ_I(V_I8(&out), 0xFFFFFFFFLL);
}

W3_TEST(numbers_to_bool_and_back)
{
    VARIANT out;
    W3_CHECK_EQ(change(of_type(VT_I4, 5), VT_BOOL, 0, &out), S_OK);
    W3_CHECK_EQ_I(V_BOOL(&out), VARIANT_TRUE);
    W3_CHECK_EQ(change(of_r8(0.5), VT_BOOL, 0, &out), S_OK);
    W3_CHECK_EQ_I(V_BOOL(&out), VARIANT_TRUE);
    W3_CHECK_EQ(change(of_type(VT_EMPTY, 0), VT_BOOL, 0, &out), S_OK);
    W3_CHECK_EQ_I(V_BOOL(&out), VARIANT_FALSE);
    W3_CHECK_EQ(change(of_type(VT_BOOL, (USHORT)VARIANT_TRUE), VT_I4, 0, &out), S_OK);
    W3_CHECK_EQ_I(V_I4(&out), -1);
}

W3_TEST(strings_to_numbers)
{
    static const struct {
        const WCHAR *text;
        LONG value;
    } ok[] = {{L"42", 42},  {L" 42 ", 42},  {L"+7", 7},    {L"3.5", 4},
              {L"2.5", 2},  {L"1e3", 1000}, {L"&H10", 16}, {L"1,000", 1000},
              {L"(5)", -5}, {L"5-", -5},    {L"\t5", 5}};
    for (size_t i = 0; i < sizeof ok / sizeof ok[0]; i++) {
        VARIANT out;
        W3_CHECK_EQ(change(of_text(ok[i].text), VT_I4, 0, &out), S_OK);
        W3_CHECK_EQ_I(V_I4(&out), ok[i].value);
    }
    VARIANT out;
    W3_CHECK_EQ(change(of_text(L"9223372036854775807"), VT_I8, 0, &out), S_OK);
    W3_CHECK_EQ_I(V_I8(&out), 9223372036854775807LL);
    W3_CHECK_EQ(change(of_text(L"18446744073709551615"), VT_UI8, 0, &out), S_OK);
    W3_CHECK_EQ(V_UI8(&out), ~0ULL);
    W3_CHECK_EQ(change(of_text(L"4294967295"), VT_UI4, 0, &out), S_OK);
    W3_CHECK_EQ(V_UI4(&out), 0xFFFFFFFFu);
    W3_CHECK_EQ(change(of_text(L"1.5"), VT_R8, 0, &out), S_OK);
    W3_CHECK(V_R8(&out) == 1.5);
    W3_CHECK_EQ(change(of_text(L".5"), VT_R8, 0, &out), S_OK);
    W3_CHECK(V_R8(&out) == 0.5);
}

W3_TEST(strings_out_of_range_overflow)
{
    VARIANT out;
    W3_CHECK_EQ(change(of_text(L"-1"), VT_UI4, 0, &out), DISP_E_OVERFLOW);
    W3_CHECK_EQ(change(of_text(L"4294967296"), VT_UI4, 0, &out), DISP_E_OVERFLOW);
    W3_CHECK_EQ(change(of_text(L"2147483648"), VT_I4, 0, &out), DISP_E_OVERFLOW);
    W3_CHECK_EQ(change(of_text(L"9223372036854775808"), VT_I8, 0, &out), DISP_E_OVERFLOW);
    W3_CHECK_EQ(change(of_text(L"300"), VT_UI1, 0, &out), DISP_E_OVERFLOW);
    W3_CHECK_EQ(change(of_text(L"1e400"), VT_R8, 0, &out), DISP_E_OVERFLOW);
}

W3_TEST(strings_that_are_no_numbers_mismatch)
{
    static const WCHAR *const bad[] = {L"abc", L"", L" ", L"0x10", L"12abc", L"1 2", L"1e"};
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        VARIANT out;
        W3_CHECK_EQ(change(of_text(bad[i]), VT_I4, 0, &out), DISP_E_TYPEMISMATCH);
        W3_CHECK_EQ(V_VT(&out), VT_EMPTY);
    }
}

W3_TEST(strings_to_bool)
{
    static const struct {
        const WCHAR *text;
        VARIANT_BOOL value;
    } ok[] = {{L"True", VARIANT_TRUE}, {L"true", VARIANT_TRUE}, {L"FALSE", VARIANT_FALSE},
              {L"-1", VARIANT_TRUE},   {L"0", VARIANT_FALSE},   {L"2", VARIANT_TRUE},
              {L"0.5", VARIANT_TRUE}};
    for (size_t i = 0; i < sizeof ok / sizeof ok[0]; i++) {
        VARIANT out;
        W3_CHECK_EQ(change(of_text(ok[i].text), VT_BOOL, 0, &out), S_OK);
        W3_CHECK_EQ_I(V_BOOL(&out), ok[i].value);
    }
    VARIANT out;
    W3_CHECK_EQ(change(of_text(L"yes"), VT_BOOL, 0, &out), DISP_E_TYPEMISMATCH);
    W3_CHECK_EQ(change(of_text(L" true "), VT_BOOL, 0, &out), DISP_E_TYPEMISMATCH);
    W3_CHECK_EQ(change(of_text(L""), VT_BOOL, 0, &out), DISP_E_TYPEMISMATCH);
}

W3_TEST(empty_and_null)
{
    VARIANT out;
    W3_CHECK_EQ(change(of_type(VT_EMPTY, 0), VT_I4, 0, &out), S_OK);
    W3_CHECK_EQ(V_VT(&out), VT_I4);
    W3_CHECK_EQ(V_I4(&out), 0);
    W3_CHECK_EQ(change(of_type(VT_NULL, 0), VT_I4, 0, &out), DISP_E_TYPEMISMATCH);
    W3_CHECK_EQ(change(of_type(VT_NULL, 0), VT_BSTR, 0, &out), DISP_E_TYPEMISMATCH);
    W3_CHECK_EQ(change(of_type(VT_NULL, 0), VT_EMPTY, 0, &out), DISP_E_TYPEMISMATCH);
    W3_CHECK_EQ(change(of_type(VT_I4, 3), VT_EMPTY, 0, &out), S_OK);
    W3_CHECK_EQ(V_VT(&out), VT_EMPTY);
    W3_CHECK_EQ(change(of_type(VT_I4, 3), VT_NULL, 0, &out), S_OK);
    W3_CHECK_EQ(V_VT(&out), VT_NULL);
}

W3_TEST(bad_types_and_impossible_targets)
{
    VARIANT out;
    W3_CHECK_EQ(change(of_type(0x7f, 0), VT_I4, 0, &out), DISP_E_BADVARTYPE);
    W3_CHECK_EQ(change(of_type(VT_I4, 0), 0x7f, 0, &out), DISP_E_BADVARTYPE);
    W3_CHECK_EQ(change(of_type(VT_I4, 0), 15, 0, &out), DISP_E_BADVARTYPE);
    W3_CHECK_EQ(change(of_type(VT_I4, 0), VT_INT_PTR, 0, &out), DISP_E_BADVARTYPE);
    W3_CHECK_EQ(change(of_type(VT_I4, 0), VT_I4 | VT_BYREF, 0, &out), DISP_E_TYPEMISMATCH);
    W3_CHECK_EQ(change(of_type(VT_I4, 0), VT_UNKNOWN, 0, &out), DISP_E_TYPEMISMATCH);
    W3_CHECK_EQ(change(of_type(VT_I4, 0), VT_DISPATCH, 0, &out), DISP_E_TYPEMISMATCH);
    W3_CHECK_EQ(change(of_type(VT_I4, 0), VT_ARRAY | VT_I4, 0, &out), DISP_E_TYPEMISMATCH);
}

W3_TEST(change_type_in_place_and_through_a_reference)
{
    VARIANT v = of_type(VT_I4, 7);
    W3_CHECK_EQ(VariantChangeType(&v, &v, 0, VT_BSTR), S_OK);
    W3_CHECK_EQ(V_VT(&v), VT_BSTR);
    W3_CHECK(wcscmp(V_BSTR(&v), L"7") == 0);
    VariantClear(&v);

    LONG target = 12;
    VARIANT ref, out;
    V_VT(&ref) = VT_I4 | VT_BYREF;
    V_I4REF(&ref) = &target;
    VariantInit(&out);
    W3_CHECK_EQ(VariantChangeTypeEx(&out, &ref, 0x409, 0, VT_R8), S_OK);
    W3_CHECK(V_R8(&out) == 12.0);
}

/* An IUnknown that counts its references. */
struct counted {
    IUnknown iface;
    LONG refs;
};
static HRESULT STDMETHODCALLTYPE counted_query(IUnknown *self, REFIID riid, void **ppv)
{
    (void)riid;
    *ppv = self;
    self->lpVtbl->AddRef(self);
    return S_OK;
}
static ULONG STDMETHODCALLTYPE counted_addref(IUnknown *self)
{
    return (ULONG)++((struct counted *)self)->refs;
}
static ULONG STDMETHODCALLTYPE counted_release(IUnknown *self)
{
    return (ULONG)--((struct counted *)self)->refs;
}
static IUnknownVtbl counted_vtbl = {counted_query, counted_addref, counted_release};

W3_TEST(interfaces_are_referenced_by_copies_and_released_by_clear)
{
    struct counted object = {{&counted_vtbl}, 1};
    VARIANT v, copy;
    VariantInit(&v);
    VariantInit(&copy);
    V_VT(&v) = VT_UNKNOWN;
    V_UNKNOWN(&v) = &object.iface;
    W3_CHECK_EQ(VariantCopy(&copy, &v), S_OK);
    W3_CHECK_EQ_I(object.refs, 2);
    W3_CHECK(V_UNKNOWN(&copy) == &object.iface);
    W3_CHECK_EQ(VariantClear(&copy), S_OK);
    W3_CHECK_EQ_I(object.refs, 1);

    SAFEARRAY *sa = SafeArrayCreateVector(VT_UNKNOWN, 0, 2);
    W3_REQUIRE(sa != NULL);
    W3_CHECK(sa->fFeatures & FADF_UNKNOWN);
    LONG i = 1;
    W3_CHECK_EQ(SafeArrayPutElement(sa, &i, &object.iface), S_OK);
    W3_CHECK_EQ_I(object.refs, 2);
    IUnknown *got = NULL;
    W3_CHECK_EQ(SafeArrayGetElement(sa, &i, &got), S_OK);
    W3_CHECK(got == &object.iface);
    W3_CHECK_EQ_I(object.refs, 3);
    got->lpVtbl->Release(got);
    W3_CHECK_EQ(SafeArrayDestroy(sa), S_OK);
    W3_CHECK_EQ_I(object.refs, 1);
    W3_CHECK_EQ(VariantClear(&v), S_OK); /* releases the last reference */
    W3_CHECK_EQ_I(object.refs, 0);
}

W3_TEST(unusual_spellings_oleaut32_accepts)
{
    VARIANT out;
    W3_CHECK_EQ(change(of_text(L"+-1"), VT_I4, 0, &out), S_OK);
    W3_CHECK_EQ_I(V_I4(&out), -1);
    W3_CHECK_EQ(change(of_text(L"(-1)"), VT_I4, 0, &out), S_OK);
    W3_CHECK_EQ_I(V_I4(&out), -1);
    W3_CHECK_EQ(change(of_text(L"--1"), VT_I4, 0, &out), DISP_E_TYPEMISMATCH);
    W3_CHECK_EQ(change(of_text(L"#TRUE#"), VT_BOOL, 0, &out), S_OK);
    W3_CHECK_EQ_I(V_BOOL(&out), VARIANT_TRUE);
    W3_CHECK_EQ(change(of_text(L"#FALSE#"), VT_BOOL, 0, &out), S_OK);
    W3_CHECK_EQ_I(V_BOOL(&out), VARIANT_FALSE);
    W3_CHECK_EQ(change(of_text(L"#false#"), VT_BOOL, 0, &out), DISP_E_TYPEMISMATCH);
    /* Hexadecimal text gives bits of the destination's width. */
    W3_CHECK_EQ(change(of_text(L"&HFF"), VT_I1, 0, &out), S_OK);
    W3_CHECK_EQ_I(V_I1(&out), -1);
    W3_CHECK_EQ(change(of_text(L"&HFFFFFFFF"), VT_I4, 0, &out), S_OK);
    W3_CHECK_EQ_I(V_I4(&out), -1);
    W3_CHECK_EQ(change(of_text(L"&H100"), VT_UI1, 0, &out), DISP_E_OVERFLOW);
    W3_CHECK_EQ(change(of_text(L"&O17"), VT_I2, 0, &out), S_OK);
    W3_CHECK_EQ_I(V_I2(&out), 15);
    W3_CHECK_EQ(change(of_text(L"&O9"), VT_I2, 0, &out), DISP_E_TYPEMISMATCH);
}
