/* CompareStringOrdinal: binary comparison in UTF-16 code-unit order. */
#include <windows.h>

#include <wchar.h>

/* Where c sorts among UTF-16 code units: characters beyond the BMP are encoded with
 * surrogates (U+D800..U+DFFF), which sort below U+E000..U+FFFF, so those are moved above
 * every supplementary character. */
static unsigned long utf16_order(WCHAR c)
{
    unsigned long v = (unsigned long)c;
    return v >= 0xE000 && v <= 0xFFFF ? v + 0x200000ul : v;
}

static WCHAR upper(WCHAR c)
{
    CharUpperBuffW(&c, 1);
    return c;
}

int WINAPI CompareStringOrdinal(LPCWCH lpString1, int cchCount1, LPCWCH lpString2, int cchCount2,
                                BOOL bIgnoreCase)
{
    size_t n1, n2, i;

    if (!lpString1 || !lpString2) {
        SetLastError(ERROR_INVALID_PARAMETER);
        return 0;
    }
    n1 = cchCount1 < 0 ? wcslen(lpString1) : (size_t)cchCount1;
    n2 = cchCount2 < 0 ? wcslen(lpString2) : (size_t)cchCount2;
    for (i = 0; i < n1 && i < n2; i++) {
        WCHAR a = lpString1[i], b = lpString2[i];
        if (bIgnoreCase) {
            a = upper(a);
            b = upper(b);
        }
        if (a != b)
            return utf16_order(a) < utf16_order(b) ? CSTR_LESS_THAN : CSTR_GREATER_THAN;
    }
    if (n1 == n2)
        return CSTR_EQUAL;
    return n1 < n2 ? CSTR_LESS_THAN : CSTR_GREATER_THAN;
}
