/* The CRT's non-standard string functions: case-blind compares, duplicates, case
 * changes, reversal; and the old names without underscore. Case mapping is the "C"
 * locale's: ASCII letters only, as msvcrt does until a program calls setlocale. */
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

int __cdecl _strcmpi(const char *s1, const char *s2)
{
    return _stricmp(s1, s2);
}

/* Collation in the "C" locale is byte order, so these are the case-blind compares. */
int __cdecl _stricoll(const char *s1, const char *s2)
{
    return _stricmp(s1, s2);
}

int __cdecl _strnicoll(const char *s1, const char *s2, size_t count)
{
    return _strnicmp(s1, s2, count);
}

int __cdecl _wcsicoll(const wchar_t *s1, const wchar_t *s2)
{
    return _wcsicmp(s1, s2);
}

int __cdecl _memicmp(const void *b1, const void *b2, size_t count)
{
    const unsigned char *a = b1, *b = b2;
    for (size_t i = 0; i < count; i++) {
        int x = w3_ascii_lower(a[i]), y = w3_ascii_lower(b[i]);
        if (x != y)
            return x - y;
    }
    return 0;
}

wchar_t *__cdecl _wcslwr(wchar_t *s)
{
    for (wchar_t *p = s; *p; p++)
        *p = (wchar_t)wlower((wint_t)*p);
    return s;
}

wchar_t *__cdecl _wcsupr(wchar_t *s)
{
    for (wchar_t *p = s; *p; p++)
        if (*p < 0x80)
            *p = (wchar_t)w3_ascii_upper((int)*p);
    return s;
}

#define DEFINE_REVERSE(name, CH, LEN)                                                              \
    CH *__cdecl name(CH *s)                                                                        \
    {                                                                                              \
        size_t n = LEN(s);                                                                         \
        for (size_t i = 0; i < n / 2; i++) {                                                       \
            CH c = s[i];                                                                           \
            s[i] = s[n - 1 - i];                                                                   \
            s[n - 1 - i] = c;                                                                      \
        }                                                                                          \
        return s;                                                                                  \
    }

DEFINE_REVERSE(_strrev, char, strlen)
DEFINE_REVERSE(_wcsrev, wchar_t, wcslen)

char *__cdecl _strnset(char *s, int c, size_t count)
{
    for (size_t i = 0; i < count && s[i]; i++)
        s[i] = (char)c;
    return s;
}

char *__cdecl _strset(char *s, int c)
{
    return _strnset(s, c, (size_t)-1);
}

/* The old names, as the CRT still exports them. */
int __cdecl stricmp(const char *s1, const char *s2)
{
    return _stricmp(s1, s2);
}

int __cdecl strcmpi(const char *s1, const char *s2)
{
    return _stricmp(s1, s2);
}

int __cdecl strnicmp(const char *s1, const char *s2, size_t count)
{
    return _strnicmp(s1, s2, count);
}

int __cdecl memicmp(const void *b1, const void *b2, size_t count)
{
    return _memicmp(b1, b2, count);
}

int __cdecl wcsicmp(const wchar_t *s1, const wchar_t *s2)
{
    return _wcsicmp(s1, s2);
}

int __cdecl wcsnicmp(const wchar_t *s1, const wchar_t *s2, size_t count)
{
    return _wcsnicmp(s1, s2, count);
}

char *__cdecl strlwr(char *s)
{
    return _strlwr(s);
}

char *__cdecl strupr(char *s)
{
    return _strupr(s);
}

char *__cdecl strrev(char *s)
{
    return _strrev(s);
}

wchar_t *__cdecl wcslwr(wchar_t *s)
{
    return _wcslwr(s);
}

wchar_t *__cdecl wcsupr(wchar_t *s)
{
    return _wcsupr(s);
}
