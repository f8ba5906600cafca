/* Numbers to and from text for VariantChangeType. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wctype.h>

#include "variant_number.h"

#define MAX_DIGITS 400

struct decimal_text {
    char digits[MAX_DIGITS + 1]; /* significant digits, no leading zeros */
    int count;
    int exponent; /* the value is digits * 10^exponent */
    int negative;
};

static int is_blank(WCHAR c)
{
    return c == L' ' || c == L'\t' || c == L'\n' || c == L'\r' || c == L'\v' || c == L'\f';
}

static void add_digit(struct decimal_text *d, int digit, int after_point)
{
    if (d->count == 0 && digit == 0) {
        if (after_point)
            d->exponent--;
        return;
    }
    if (d->count < MAX_DIGITS) {
        d->digits[d->count++] = (char)('0' + digit);
        if (after_point)
            d->exponent--;
    } else if (!after_point) {
        d->exponent++; /* a digit too many to keep: only its weight counts */
    }
}

/* &H / &O integers: the bits, as oleaut32 reads them, without a sign. */
static HRESULT parse_radix(const WCHAR *p, const WCHAR *end, struct variant_number *out)
{
    int shift = (*p == L'H' || *p == L'h') ? 4 : 3;
    p++;
    ULONGLONG value = 0;
    int any = 0;
    for (; p < end && !is_blank(*p); p++) {
        int digit;
        if (*p >= L'0' && *p <= L'9')
            digit = *p - L'0';
        else if (shift == 4 && *p >= L'a' && *p <= L'f')
            digit = *p - L'a' + 10;
        else if (shift == 4 && *p >= L'A' && *p <= L'F')
            digit = *p - L'A' + 10;
        else
            return DISP_E_TYPEMISMATCH;
        if (digit >= (1 << shift))
            return DISP_E_TYPEMISMATCH;
        if (value >> (64 - shift))
            out->magnitude_too_big = 1;
        value = (value << shift) | (ULONGLONG)digit;
        any = 1;
    }
    while (p < end && is_blank(*p))
        p++;
    if (!any || p != end)
        return DISP_E_TYPEMISMATCH;
    out->magnitude = value;
    out->from_radix = 1;
    return S_OK;
}

static HRESULT scan_decimal(const WCHAR *p, const WCHAR *end, struct decimal_text *d)
{
    int parenthesis = 0, sign_seen = 0, digits_seen = 0;
    if (p < end && (*p == L'+' || *p == L'-')) {
        d->negative = *p == L'-';
        sign_seen = 1;
        p++;
    } else if (p < end && *p == L'(') {
        parenthesis = 1;
        d->negative = 1;
        p++;
    }
    /* oleaut32 reads "+-1" and "(-1)" as -1 */
    if (p < end && *p == L'-' && (parenthesis || (sign_seen && !d->negative))) {
        d->negative = 1;
        p++;
    }
    for (; p < end; p++) {
        if (*p >= L'0' && *p <= L'9') {
            add_digit(d, *p - L'0', 0);
            digits_seen = 1;
        } else if (*p != L',' || !digits_seen) {
            break;
        }
    }
    if (p < end && *p == L'.') {
        for (p++; p < end && *p >= L'0' && *p <= L'9'; p++) {
            add_digit(d, *p - L'0', 1);
            digits_seen = 1;
        }
    }
    if (!digits_seen)
        return DISP_E_TYPEMISMATCH;
    if (p < end && (*p == L'e' || *p == L'E')) {
        p++;
        int exp_negative = 0;
        if (p < end && (*p == L'+' || *p == L'-'))
            exp_negative = *p++ == L'-';
        if (p == end || *p < L'0' || *p > L'9')
            return DISP_E_TYPEMISMATCH;
        long exp = 0;
        for (; p < end && *p >= L'0' && *p <= L'9'; p++)
            if (exp < 100000)
                exp = exp * 10 + (*p - L'0');
        d->exponent += exp_negative ? -(int)exp : (int)exp;
    }
    if (parenthesis) {
        if (p == end || *p != L')')
            return DISP_E_TYPEMISMATCH;
        p++;
    } else if (!sign_seen && p < end && (*p == L'-' || *p == L'+')) {
        d->negative = *p == L'-';
        p++;
    }
    while (p < end && is_blank(*p))
        p++;
    return p == end ? S_OK : DISP_E_TYPEMISMATCH;
}

/* digits * 10^exponent rounded half to even into sign and magnitude. */
static void decimal_to_integer(const struct decimal_text *d, struct variant_number *out)
{
    out->negative = d->negative;
    if (d->count + d->exponent > 20) {
        out->magnitude_too_big = d->count > 0;
        return;
    }
    int integer_digits = d->count + d->exponent; /* may be <= 0 */
    ULONGLONG value = 0;
    for (int i = 0; i < integer_digits; i++) {
        int digit = i < d->count ? d->digits[i] - '0' : 0;
        if (value > (~0ULL - (ULONGLONG)digit) / 10) {
            out->magnitude_too_big = 1;
            return;
        }
        value = value * 10 + (ULONGLONG)digit;
    }
    int first = integer_digits < 0 ? -1 : integer_digits; /* first fractional digit */
    if (first >= 0 && first < d->count) {
        int half = d->digits[first] - '0';
        int rest = 0;
        for (int i = first + 1; i < d->count; i++)
            rest |= d->digits[i] != '0';
        if (half > 5 || (half == 5 && (rest || (value & 1)))) {
            if (value == ~0ULL)
                out->magnitude_too_big = 1;
            value++;
        }
    }
    out->magnitude = value;
}

HRESULT w3com_parse_number(const WCHAR *text, UINT length, int wants_integer,
                           struct variant_number *out)
{
    memset(out, 0, sizeof *out);
    const WCHAR *p = text, *end = text + length;
    while (p < end && is_blank(*p))
        p++;
    if (end - p >= 2 && p[0] == L'&' &&
        (p[1] == L'H' || p[1] == L'h' || p[1] == L'O' || p[1] == L'o')) {
        HRESULT hr = parse_radix(p + 1, end, out);
        if (SUCCEEDED(hr) && !wants_integer) {
            out->is_real = 1;
            out->real = (double)out->magnitude;
        }
        return hr;
    }
    struct decimal_text d;
    memset(&d, 0, sizeof d);
    HRESULT hr = scan_decimal(p, end, &d);
    if (FAILED(hr))
        return hr;
    if (wants_integer) {
        decimal_to_integer(&d, out);
        return S_OK;
    }
    char buffer[MAX_DIGITS + 32];
    snprintf(buffer, sizeof buffer, "%s0.%se%d", d.negative ? "-" : "", d.count ? d.digits : "0",
             d.exponent + d.count);
    out->is_real = 1;
    out->real = strtod(buffer, NULL);
    return isinf(out->real) ? DISP_E_OVERFLOW : S_OK;
}

BSTR w3com_format_real(double value, int significant_digits)
{
    char text[64];
    snprintf(text, sizeof text, "%.*G", significant_digits, value);
    const char *shown = strcmp(text, "-0") == 0 ? "0" : text;
    WCHAR wide[64];
    size_t n = 0;
    for (; shown[n] && n < 63; n++)
        wide[n] = (WCHAR)(unsigned char)shown[n];
    return SysAllocStringLen(wide, (UINT)n);
}
