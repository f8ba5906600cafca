/* CompareString(A/W/Ex): the linguistic comparison lstrcmp uses (word sort), with
 * NORM_IGNORECASE; every locale sorts as the default one. */
#include <windows.h>

#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

#include "utf8.h"
#include "word_sort.h"

/* Flags that change nothing here but are valid. */
#define ACCEPTED_FLAGS                                                                             \
    (NORM_IGNORENONSPACE | NORM_IGNORESYMBOLS | LINGUISTIC_IGNORECASE |                            \
     LINGUISTIC_IGNOREDIACRITIC | NORM_IGNOREKANATYPE | NORM_IGNOREWIDTH |                         \
     NORM_LINGUISTIC_CASING | SORT_STRINGSORT | SORT_DIGITSASNUMBERS)

static int compare(const uint32_t *a, size_t alen, const uint32_t *b, size_t blen, DWORD flags)
{
    int r;
    if (flags & ~(ACCEPTED_FLAGS | NORM_IGNORECASE)) {
        SetLastError(ERROR_INVALID_FLAGS);
        return 0;
    }
    r = w3_word_sort_compare(a, alen, b, blen,
                             (flags & (NORM_IGNORECASE | LINGUISTIC_IGNORECASE)) != 0);
    return r < 0 ? CSTR_LESS_THAN : r > 0 ? CSTR_GREATER_THAN : CSTR_EQUAL;
}

int WINAPI CompareStringW(LCID Locale, DWORD dwCmpFlags, PCNZWCH lpString1, int cchCount1,
                          PCNZWCH lpString2, int cchCount2)
{
    (void)Locale;
    if (!lpString1 || !lpString2 || cchCount1 < -1 || cchCount2 < -1) {
        SetLastError(ERROR_INVALID_PARAMETER);
        return 0;
    }
    _Static_assert(sizeof(WCHAR) == sizeof(uint32_t), "WCHAR holds code points");
    return compare((const uint32_t *)lpString1,
                   cchCount1 < 0 ? wcslen(lpString1) : (size_t)cchCount1,
                   (const uint32_t *)lpString2,
                   cchCount2 < 0 ? wcslen(lpString2) : (size_t)cchCount2, dwCmpFlags);
}

int WINAPI CompareStringEx(LPCWSTR lpLocaleName, DWORD dwCmpFlags, LPCWCH lpString1, int cchCount1,
                           LPCWCH lpString2, int cchCount2, LPNLSVERSIONINFO lpVersionInformation,
                           LPVOID lpReserved, LPARAM lParam)
{
    (void)lpLocaleName;
    if (lpVersionInformation || lpReserved || lParam) {
        SetLastError(ERROR_INVALID_PARAMETER);
        return 0;
    }
    return CompareStringW(LOCALE_USER_DEFAULT, dwCmpFlags, lpString1, cchCount1, lpString2,
                          cchCount2);
}

/* The code points of n bytes of UTF-8 (the ANSI code page), malloc'd. */
static uint32_t *decode(const char *s, size_t n, size_t *count)
{
    uint32_t *out = malloc((n + 1) * sizeof *out);
    size_t i = 0;
    *count = 0;
    if (!out)
        return NULL;
    while (i < n)
        i += w3_utf8_decode((const unsigned char *)s + i, n - i, &out[(*count)++]);
    return out;
}

int WINAPI CompareStringA(LCID Locale, DWORD dwCmpFlags, PCNZCH lpString1, int cchCount1,
                          PCNZCH lpString2, int cchCount2)
{
    uint32_t *a, *b;
    size_t alen, blen;
    int result = 0;

    (void)Locale;
    if (!lpString1 || !lpString2 || cchCount1 < -1 || cchCount2 < -1) {
        SetLastError(ERROR_INVALID_PARAMETER);
        return 0;
    }
    a = decode(lpString1, cchCount1 < 0 ? strlen(lpString1) : (size_t)cchCount1, &alen);
    b = decode(lpString2, cchCount2 < 0 ? strlen(lpString2) : (size_t)cchCount2, &blen);
    if (a && b)
        result = compare(a, alen, b, blen, dwCmpFlags);
    else
        SetLastError(ERROR_NOT_ENOUGH_MEMORY);
    free(a);
    free(b);
    return result;
}
