/* The value a VARIANT conversion carries between source and destination types: an
 * integer (sign and magnitude) or a real number. */
#ifndef W3COMPAT_VARIANT_NUMBER_H
#define W3COMPAT_VARIANT_NUMBER_H

#include <windows.h>
#include <oleauto.h>

struct variant_number {
    int is_real;
    int negative;          /* integers only */
    ULONGLONG magnitude;   /* integers only */
    int magnitude_too_big; /* integers only: beyond 64 bits */
    int from_radix;        /* written &H or &O: the bits matter, not the sign */
    double real;
};

/* Parses text as oleaut32 reads numbers from strings (invariant locale): blanks around,
 * a leading or trailing sign or parentheses, thousands separators, a decimal point, an
 * exponent, or &H / &O for hexadecimal / octal. wants_integer rounds the value to an
 * integer (half to even) instead of keeping it real. DISP_E_TYPEMISMATCH if it is not
 * a number. */
HRESULT w3com_parse_number(const WCHAR *text, UINT length, int wants_integer,
                           struct variant_number *out);

/* Writes the text oleaut32 gives a real: significant_digits digits (15 for VT_R8, 7 for
 * VT_R4), exponent form when the decimal one would be too long. */
BSTR w3com_format_real(double value, int significant_digits);

#endif
