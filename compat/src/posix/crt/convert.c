/* The CRT's integer/text conversions: _itoa and friends (narrow and wide, with their
 * "_s" forms) and _strtoi64, _wtoi and friends. "long" is Windows' LONG: 32 bits. */
#include <stdlib.h>

#include "../crt_internal.h"

/* Digits of value in radix (2..36), most significant first, into buffer. */
static char *format_unsigned(unsigned long long value, int negative, char *buffer, int radix)
{
    char digits[72];
    size_t n = 0;
    if (radix < 2 || radix > 36) {
        buffer[0] = '\0';
        return buffer;
    }
    do {
        digits[n++] = "0123456789abcdefghijklmnopqrstuvwxyz"[value % (unsigned)radix];
        value /= (unsigned)radix;
    } while (value);
    char *p = buffer;
    if (negative)
        *p++ = '-';
    while (n)
        *p++ = digits[--n];
    *p = '\0';
    return buffer;
}

/* Negative values are signed only in base 10; other bases show the two's complement
 * of the type's width. */
static char *format_signed(long long value, unsigned long long mask, char *buffer, int radix)
{
    if (radix == 10 && value < 0)
        return format_unsigned(0ull - (unsigned long long)value, 1, buffer, radix);
    return format_unsigned((unsigned long long)value & mask, 0, buffer, radix);
}

#define MASK32 0xFFFFFFFFull
#define MASK64 0xFFFFFFFFFFFFFFFFull

char *__cdecl _itoa(int value, char *buffer, int radix)
{
    return format_signed(value, MASK32, buffer, radix);
}

char *__cdecl _ltoa(long value, char *buffer, int radix)
{
    return format_signed((int32_t)value, MASK32, buffer, radix);
}

char *__cdecl _ultoa(unsigned long value, char *buffer, int radix)
{
    return format_unsigned((uint32_t)value, 0, buffer, radix);
}

char *__cdecl _i64toa(long long value, char *buffer, int radix)
{
    return format_signed(value, MASK64, buffer, radix);
}

char *__cdecl _ui64toa(unsigned long long value, char *buffer, int radix)
{
    return format_unsigned(value, 0, buffer, radix);
}

char *__cdecl itoa(int value, char *buffer, int radix)
{
    return _itoa(value, buffer, radix);
}

char *__cdecl ltoa(long value, char *buffer, int radix)
{
    return _ltoa(value, buffer, radix);
}

char *__cdecl ultoa(unsigned long value, char *buffer, int radix)
{
    return _ultoa(value, buffer, radix);
}

static wchar_t *widen(const char *narrow, wchar_t *buffer)
{
    size_t i = 0;
    do
        buffer[i] = (wchar_t)(unsigned char)narrow[i];
    while (narrow[i++]);
    return buffer;
}

#define DEFINE_WIDE(wname, nname, T)                                                               \
    wchar_t *__cdecl wname(T value, wchar_t *buffer, int radix)                                    \
    {                                                                                              \
        char narrow[72];                                                                           \
        return widen(nname(value, narrow, radix), buffer);                                         \
    }

DEFINE_WIDE(_itow, _itoa, int)
DEFINE_WIDE(_ltow, _ltoa, long)
DEFINE_WIDE(_ultow, _ultoa, unsigned long)
DEFINE_WIDE(_i64tow, _i64toa, long long)
DEFINE_WIDE(_ui64tow, _ui64toa, unsigned long long)

/* The "_s" forms check, in the CRT's order: a buffer (EINVAL, untouched), a size
 * (EINVAL, untouched); then the buffer is emptied and the radix checked (EINVAL) and
 * the text must fit with its terminator (ERANGE). */
#define DEFINE_SECURE(sname, nname, T, CH)                                                         \
    errno_t __cdecl sname(T value, CH *buffer, size_t size, int radix)                             \
    {                                                                                              \
        if (!buffer || size == 0)                                                                  \
            return w3_crt_invalid_parameter(EINVAL, #sname);                                       \
        buffer[0] = 0;                                                                             \
        if (radix < 2 || radix > 36)                                                               \
            return w3_crt_invalid_parameter(EINVAL, #sname);                                       \
        char text[72];                                                                             \
        size_t len = strlen(nname(value, text, radix));                                            \
        if (len >= size)                                                                           \
            return w3_crt_invalid_parameter(ERANGE, #sname);                                       \
        for (size_t i = 0; i <= len; i++)                                                          \
            buffer[i] = (CH)(unsigned char)text[i];                                                \
        return 0;                                                                                  \
    }

DEFINE_SECURE(_itoa_s, _itoa, int, char)
DEFINE_SECURE(_ltoa_s, _ltoa, long, char)
DEFINE_SECURE(_ultoa_s, _ultoa, unsigned long, char)
DEFINE_SECURE(_i64toa_s, _i64toa, long long, char)
DEFINE_SECURE(_ui64toa_s, _ui64toa, unsigned long long, char)
DEFINE_SECURE(_itow_s, _itoa, int, wchar_t)
DEFINE_SECURE(_ltow_s, _ltoa, long, wchar_t)
DEFINE_SECURE(_ultow_s, _ultoa, unsigned long, wchar_t)
DEFINE_SECURE(_i64tow_s, _i64toa, long long, wchar_t)
DEFINE_SECURE(_ui64tow_s, _ui64toa, unsigned long long, wchar_t)

/* Leading white space, an optional sign, decimal digits; saturates on overflow. */
long long __cdecl _atoi64(const char *s)
{
    while (*s == ' ' || (*s >= '\t' && *s <= '\r'))
        s++;
    int negative = *s == '-';
    if (*s == '-' || *s == '+')
        s++;
    unsigned long long limit = negative ? 0x8000000000000000ull : 0x7FFFFFFFFFFFFFFFull;
    unsigned long long v = 0;
    for (; *s >= '0' && *s <= '9'; s++) {
        unsigned digit = (unsigned)(*s - '0');
        if (v > (limit - digit) / 10) {
            v = limit;
            break;
        }
        v = v * 10 + digit;
    }
    return negative ? (long long)(0ull - v) : (long long)v;
}

long long __cdecl _strtoi64(const char *s, char **end, int radix)
{
    return strtoll(s, end, radix);
}

unsigned long long __cdecl _strtoui64(const char *s, char **end, int radix)
{
    return strtoull(s, end, radix);
}

long long __cdecl _wcstoi64(const wchar_t *s, wchar_t **end, int radix)
{
    return wcstoll(s, end, radix);
}

unsigned long long __cdecl _wcstoui64(const wchar_t *s, wchar_t **end, int radix)
{
    return wcstoull(s, end, radix);
}

/* _wtoi and _wtol convert to int (LONG); out-of-range text saturates. */
int __cdecl _wtoi(const wchar_t *s)
{
    long long v = wcstoll(s, NULL, 10);
    return v > INT32_MAX ? INT32_MAX : v < INT32_MIN ? INT32_MIN : (int)v;
}

long __cdecl _wtol(const wchar_t *s)
{
    return _wtoi(s);
}

long long __cdecl _wtoi64(const wchar_t *s)
{
    return wcstoll(s, NULL, 10);
}

double __cdecl _wtof(const wchar_t *s)
{
    return wcstod(s, NULL);
}
