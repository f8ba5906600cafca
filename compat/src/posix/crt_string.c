/* The CRT's non-standard string functions: case-blind compares, duplicates, case
 * changes and integer-to-text conversions. Case mapping is the "C" locale's: ASCII
 * letters only, as msvcrt does until a program calls setlocale. */
#include <stdlib.h>
#include <wctype.h>

#include "ascii_case.h"
#include "crt_internal.h"

static wint_t wlower(wint_t c)
{
    return c < 0x80 ? (wint_t)w3_ascii_lower((int)c) : c;
}

int __cdecl _strnicmp(const char *s1, const char *s2, size_t count)
{
    for (size_t i = 0; i < count; i++) {
        int a = w3_ascii_lower((unsigned char)s1[i]), b = w3_ascii_lower((unsigned char)s2[i]);
        if (a != b || !a)
            return a - b;
    }
    return 0;
}

int __cdecl _stricmp(const char *s1, const char *s2)
{
    return _strnicmp(s1, s2, (size_t)-1);
}

int __cdecl _wcsnicmp(const wchar_t *s1, const wchar_t *s2, size_t count)
{
    for (size_t i = 0; i < count; i++) {
        wint_t a = wlower((wint_t)s1[i]), b = wlower((wint_t)s2[i]);
        if (a != b || !a)
            return a < b ? -1 : a > b;
    }
    return 0;
}

int __cdecl _wcsicmp(const wchar_t *s1, const wchar_t *s2)
{
    return _wcsnicmp(s1, s2, (size_t)-1);
}

char *__cdecl _strdup(const char *s)
{
    return s ? strdup(s) : NULL;
}

wchar_t *__cdecl _wcsdup(const wchar_t *s)
{
    if (!s)
        return NULL;
    size_t bytes = (wcslen(s) + 1) * sizeof(wchar_t);
    wchar_t *copy = malloc(bytes);
    return copy ? memcpy(copy, s, bytes) : NULL;
}

char *__cdecl _strlwr(char *s)
{
    for (char *p = s; *p; p++)
        *p = (char)w3_ascii_lower((unsigned char)*p);
    return s;
}

char *__cdecl _strupr(char *s)
{
    for (char *p = s; *p; p++)
        *p = (char)w3_ascii_upper((unsigned char)*p);
    return s;
}

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

/* Negative values are signed only in base 10; other bases show the two's complement. */
char *__cdecl _itoa(int value, char *buffer, int radix)
{
    if (radix == 10 && value < 0)
        return format_unsigned(0u - (unsigned)value, 1, buffer, radix);
    return format_unsigned((unsigned)value, 0, buffer, radix);
}

/* unsigned long is 32 bits on Windows: so is the value converted here. */
char *__cdecl _ultoa(unsigned long value, char *buffer, int radix)
{
    return format_unsigned((uint32_t)value, 0, buffer, radix);
}

char *__cdecl _i64toa(long long value, char *buffer, int radix)
{
    if (radix == 10 && value < 0)
        return format_unsigned(0ull - (unsigned long long)value, 1, buffer, radix);
    return format_unsigned((unsigned long long)value, 0, buffer, radix);
}

char *__cdecl _ui64toa(unsigned long long value, char *buffer, int radix)
{
    return format_unsigned(value, 0, buffer, radix);
}

wchar_t *__cdecl _itow(int value, wchar_t *buffer, int radix)
{
    char narrow[40];
    _itoa(value, narrow, radix);
    size_t i = 0;
    do
        buffer[i] = (wchar_t)(unsigned char)narrow[i];
    while (narrow[i++]);
    return buffer;
}

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
