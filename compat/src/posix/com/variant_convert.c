/* oleaut32's VariantChangeType(Ex) between the empty and null types, the integers,
 * VT_R4, VT_R8, VT_BOOL and VT_BSTR, with oleaut32's results: reals round half to even,
 * same-size integers convert bit for bit (VT_I4 -1 is VT_UI4 0xFFFFFFFF), other values
 * out of the destination's range fail with DISP_E_OVERFLOW, text that is no number with
 * DISP_E_TYPEMISMATCH. VT_CY, VT_DATE and VT_DECIMAL are not converted. The locale is
 * always the invariant one (LCIDs are ignored). */
#include <float.h>
#include <math.h>
#include <stdio.h>
#include <string.h>
#include <wchar.h>
#include <wctype.h>

#include "variant_internal.h"
#include "variant_number.h"

/* Byte size of an integer type, 0 for any other. */
static int integer_size(VARTYPE vt)
{
    switch (vt) {
    case VT_I1:
    case VT_UI1:
        return 1;
    case VT_I2:
    case VT_UI2:
    case VT_BOOL:
        return 2;
    case VT_I4:
    case VT_UI4:
    case VT_INT:
    case VT_UINT:
        return 4;
    case VT_I8:
    case VT_UI8:
        return 8;
    default:
        return 0;
    }
}

static int is_signed(VARTYPE vt)
{
    return vt == VT_I1 || vt == VT_I2 || vt == VT_I4 || vt == VT_INT || vt == VT_I8 ||
           vt == VT_BOOL;
}

/* The bits of an integer VARIANT, sign-extended for signed types. */
static ULONGLONG integer_bits(const VARIANT *v)
{
    switch (V_VT(v)) {
    case VT_I1:
        return (ULONGLONG)(LONGLONG)V_I1(v);
    case VT_UI1:
        return V_UI1(v);
    case VT_I2:
        return (ULONGLONG)(LONGLONG)V_I2(v);
    case VT_BOOL:
        return (ULONGLONG)(LONGLONG)V_BOOL(v);
    case VT_UI2:
        return V_UI2(v);
    case VT_I4:
        return (ULONGLONG)(LONGLONG)V_I4(v);
    case VT_INT:
        return (ULONGLONG)(LONGLONG)V_INT(v);
    case VT_UI4:
        return V_UI4(v);
    case VT_UINT:
        return V_UINT(v);
    case VT_I8:
        return (ULONGLONG)V_I8(v);
    default:
        return V_UI8(v);
    }
}

static void store_integer_bits(VARIANT *out, VARTYPE vt, ULONGLONG bits)
{
    switch (vt) {
    case VT_I1:
        V_I1(out) = (CHAR)bits;
        break;
    case VT_UI1:
        V_UI1(out) = (BYTE)bits;
        break;
    case VT_I2:
        V_I2(out) = (SHORT)bits;
        break;
    case VT_UI2:
        V_UI2(out) = (USHORT)bits;
        break;
    case VT_I4:
        V_I4(out) = (LONG)bits;
        break;
    case VT_INT:
        V_INT(out) = (INT)bits;
        break;
    case VT_UI4:
        V_UI4(out) = (ULONG)bits;
        break;
    case VT_UINT:
        V_UINT(out) = (UINT)bits;
        break;
    case VT_I8:
        V_I8(out) = (LONGLONG)bits;
        break;
    default:
        V_UI8(out) = bits;
        break;
    }
    V_VT(out) = vt;
}

/* A number of any kind into an integer type, with the range check. */
static HRESULT number_to_integer(const struct variant_number *n, VARTYPE vt, VARIANT *out)
{
    int bits = integer_size(vt) * 8;
    ULONGLONG max_positive =
        is_signed(vt) ? (1ULL << (bits - 1)) - 1 : (bits == 64 ? ~0ULL : (1ULL << bits) - 1);
    ULONGLONG max_negative = is_signed(vt) ? 1ULL << (bits - 1) : 0;
    int negative;
    ULONGLONG magnitude;
    if (n->is_real) {
        double r = nearbyint(n->real); /* the default rounding mode: half to even */
        if (isnan(r))
            return DISP_E_OVERFLOW;
        negative = r < 0;
        double limit = ldexp(1.0, is_signed(vt) ? bits - 1 : bits); /* first value beyond */
        double size = fabs(r);
        if (negative ? size > (double)max_negative : size >= limit)
            return DISP_E_OVERFLOW;
        magnitude = (ULONGLONG)size;
    } else if (n->from_radix) {
        /* &H/&O text gives bits: any value of the destination's width (64-bit ones
         * up to the signed maximum), as oleaut32 reads it. */
        if (n->magnitude_too_big ||
            (bits < 64 ? n->magnitude >> bits != 0 : n->magnitude > 0x7FFFFFFFFFFFFFFFull))
            return DISP_E_OVERFLOW;
        store_integer_bits(out, vt, n->magnitude);
        return S_OK;
    } else {
        if (n->magnitude_too_big)
            return DISP_E_OVERFLOW;
        negative = n->negative && n->magnitude != 0;
        magnitude = n->magnitude;
    }
    if (negative ? magnitude > max_negative : magnitude > max_positive)
        return DISP_E_OVERFLOW;
    store_integer_bits(out, vt, negative ? (ULONGLONG)0 - magnitude : magnitude);
    return S_OK;
}

static double number_as_real(const struct variant_number *n)
{
    if (n->is_real)
        return n->real;
    return n->negative ? -(double)n->magnitude : (double)n->magnitude;
}

static BSTR integer_text(const struct variant_number *n)
{
    char text[32];
    snprintf(text, sizeof text, "%s%llu", n->negative && n->magnitude ? "-" : "", n->magnitude);
    WCHAR wide[32];
    UINT len = 0;
    for (; text[len]; len++)
        wide[len] = (WCHAR)text[len];
    return SysAllocStringLen(wide, len);
}

static int equals_word(BSTR text, UINT len, const WCHAR *word)
{
    UINT i = 0;
    for (; i < len && word[i]; i++)
        if ((WCHAR)towlower((wint_t)text[i]) != word[i])
            return 0;
    return i == len && !word[i];
}

/* VB's literal spelling, which oleaut32 accepts in capitals only. */
static int exact_word(BSTR text, UINT len, const WCHAR *word)
{
    return len == wcslen(word) && memcmp(text, word, len * sizeof(WCHAR)) == 0;
}

/* The value of a source VARIANT of a convertible type. */
static HRESULT read_number(const VARIANT *in, VARTYPE target, struct variant_number *n)
{
    memset(n, 0, sizeof *n);
    VARTYPE vt = V_VT(in);
    if (vt == VT_EMPTY)
        return S_OK;
    if (vt == VT_R4 || vt == VT_R8) {
        n->is_real = 1;
        n->real = vt == VT_R4 ? V_R4(in) : V_R8(in);
        return S_OK;
    }
    if (integer_size(vt)) {
        ULONGLONG bits = integer_bits(in);
        n->negative = is_signed(vt) && (LONGLONG)bits < 0;
        n->magnitude = n->negative ? (ULONGLONG)0 - bits : bits;
        return S_OK;
    }
    if (vt == VT_BSTR) {
        BSTR text = V_BSTR(in);
        UINT len = SysStringLen(text);
        if (target == VT_BOOL) {
            int is_true = equals_word(text, len, L"true") || exact_word(text, len, L"#TRUE#");
            if (is_true || equals_word(text, len, L"false") || exact_word(text, len, L"#FALSE#")) {
                n->magnitude = is_true;
                return S_OK;
            }
        }
        int wants_integer = integer_size(target) != 0 && target != VT_BOOL;
        return w3com_parse_number(text ? text : L"", len, wants_integer, n);
    }
    return DISP_E_TYPEMISMATCH;
}

static int is_convertible(VARTYPE vt)
{
    return vt == VT_EMPTY || vt == VT_R4 || vt == VT_R8 || vt == VT_BSTR || integer_size(vt);
}

/* in holds no reference (VariantCopyInd has run); out receives a new value. */
static HRESULT convert(const VARIANT *in, USHORT flags, VARTYPE vt, VARIANT *out)
{
    VARTYPE from = V_VT(in);
    if (vt == VT_EMPTY || vt == VT_NULL) {
        if (from == VT_NULL && vt == VT_EMPTY)
            return DISP_E_TYPEMISMATCH;
        V_VT(out) = vt;
        return S_OK;
    }
    if (!is_convertible(from) || !is_convertible(vt))
        return DISP_E_TYPEMISMATCH;

    if (vt == VT_BSTR) {
        if (from == VT_EMPTY)
            V_BSTR(out) = SysAllocStringLen(L"", 0);
        else if (from == VT_BOOL && (flags & (VARIANT_ALPHABOOL | VARIANT_LOCALBOOL)))
            V_BSTR(out) = SysAllocString(V_BOOL(in) ? L"True" : L"False");
        else if (from == VT_R8)
            V_BSTR(out) = w3com_format_real(V_R8(in), 15);
        else if (from == VT_R4)
            V_BSTR(out) = w3com_format_real(V_R4(in), 7);
        else {
            struct variant_number n;
            read_number(in, vt, &n);
            V_BSTR(out) = integer_text(&n);
        }
        if (!V_BSTR(out))
            return E_OUTOFMEMORY;
        V_VT(out) = VT_BSTR;
        return S_OK;
    }

    /* Integers of one size (VT_BOOL counting as any size) keep their bits. */
    if (integer_size(vt) && vt != VT_BOOL &&
        (from == VT_BOOL || integer_size(from) == integer_size(vt))) {
        store_integer_bits(out, vt, integer_bits(in));
        return S_OK;
    }

    struct variant_number n;
    HRESULT hr = read_number(in, vt, &n);
    if (FAILED(hr))
        return hr;
    if (vt == VT_BOOL) {
        int nonzero = n.is_real ? n.real != 0 : n.magnitude != 0 || n.magnitude_too_big;
        V_BOOL(out) = nonzero ? VARIANT_TRUE : VARIANT_FALSE;
        V_VT(out) = VT_BOOL;
        return S_OK;
    }
    if (vt == VT_R8 || vt == VT_R4) {
        double r = number_as_real(&n);
        if (vt == VT_R4) {
            if (r > FLT_MAX || r < -FLT_MAX)
                return DISP_E_OVERFLOW;
            V_R4(out) = (FLOAT)r;
        } else {
            V_R8(out) = r;
        }
        V_VT(out) = vt;
        return S_OK;
    }
    return number_to_integer(&n, vt, out);
}

HRESULT WINAPI VariantChangeTypeEx(VARIANTARG *pvargDest, const VARIANTARG *pvarSrc, LCID lcid,
                                   USHORT wFlags, VARTYPE vt)
{
    (void)lcid;
    HRESULT hr = w3com_check_vartype(V_VT(pvarSrc));
    if (SUCCEEDED(hr))
        hr = w3com_check_vartype(vt);
    if (FAILED(hr))
        return hr;
    VARIANT in, out;
    VariantInit(&in);
    VariantInit(&out);
    hr = VariantCopyInd(&in, pvarSrc);
    if (FAILED(hr))
        return hr;
    if (V_VT(&in) == vt)
        out = in;
    else
        hr = convert(&in, wFlags, vt, &out);
    if (V_VT(&in) != vt)
        VariantClear(&in);
    if (FAILED(hr))
        return hr;
    hr = VariantClear(pvargDest);
    if (FAILED(hr)) {
        VariantClear(&out);
        return hr;
    }
    *pvargDest = out;
    return S_OK;
}

HRESULT WINAPI VariantChangeType(VARIANTARG *pvargDest, const VARIANTARG *pvarSrc, USHORT wFlags,
                                 VARTYPE vt)
{
    return VariantChangeTypeEx(pvargDest, pvarSrc, 0, wFlags, vt);
}
