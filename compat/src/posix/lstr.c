/* kernel32's lstr* functions. */
#include <stdlib.h>
#include <windows.h>

#include "utf8.h"
#include "word_sort.h"

LPSTR WINAPI lstrcpyA(LPSTR lpString1, LPCSTR lpString2)
{
    return strcpy(lpString1, lpString2);
}

LPWSTR WINAPI lstrcpyW(LPWSTR lpString1, LPCWSTR lpString2)
{
    return wcscpy(lpString1, lpString2);
}

/* Copies at most iMaxLength - 1 characters and always terminates (when iMaxLength > 0). */
LPSTR WINAPI lstrcpynA(LPSTR lpString1, LPCSTR lpString2, int iMaxLength)
{
    if (iMaxLength <= 0)
        return lpString1;
    int i = 0;
    for (; i < iMaxLength - 1 && lpString2[i]; i++)
        lpString1[i] = lpString2[i];
    lpString1[i] = '\0';
    return lpString1;
}

LPWSTR WINAPI lstrcpynW(LPWSTR lpString1, LPCWSTR lpString2, int iMaxLength)
{
    if (iMaxLength <= 0)
        return lpString1;
    int i = 0;
    for (; i < iMaxLength - 1 && lpString2[i]; i++)
        lpString1[i] = lpString2[i];
    lpString1[i] = L'\0';
    return lpString1;
}

LPSTR WINAPI lstrcatA(LPSTR lpString1, LPCSTR lpString2)
{
    return strcat(lpString1, lpString2);
}

LPWSTR WINAPI lstrcatW(LPWSTR lpString1, LPCWSTR lpString2)
{
    return wcscat(lpString1, lpString2);
}

int WINAPI lstrlenA(LPCSTR lpString)
{
    return lpString ? (int)strlen(lpString) : 0;
}

int WINAPI lstrlenW(LPCWSTR lpString)
{
    return lpString ? (int)wcslen(lpString) : 0;
}

/* The ANSI code page is UTF-8: compare code points, not bytes. */
static uint32_t *decode_narrow(LPCSTR s, size_t *len)
{
    size_t n = strlen(s);
    uint32_t *out = malloc((n + 1) * sizeof *out);
    if (!out)
        return NULL;
    size_t count = 0;
    for (size_t i = 0; i < n; count++)
        i += w3_utf8_decode((const unsigned char *)s + i, n - i, &out[count]);
    *len = count;
    return out;
}

static int compare_narrow(LPCSTR a, LPCSTR b, int ignore_case)
{
    if (!a || !b)
        return (a != NULL) - (b != NULL);
    size_t alen = 0, blen = 0;
    uint32_t *wa = decode_narrow(a, &alen), *wb = decode_narrow(b, &blen);
    int result = (wa && wb) ? w3_word_sort_compare(wa, alen, wb, blen, ignore_case) : strcmp(a, b);
    free(wa);
    free(wb);
    return result;
}

static int compare_wide(LPCWSTR a, LPCWSTR b, int ignore_case)
{
    if (!a || !b)
        return (a != NULL) - (b != NULL);
    _Static_assert(sizeof(WCHAR) == sizeof(uint32_t), "WCHAR holds code points");
    return w3_word_sort_compare((const uint32_t *)a, wcslen(a), (const uint32_t *)b, wcslen(b),
                                ignore_case);
}

int WINAPI lstrcmpA(LPCSTR lpString1, LPCSTR lpString2)
{
    return compare_narrow(lpString1, lpString2, 0);
}

int WINAPI lstrcmpW(LPCWSTR lpString1, LPCWSTR lpString2)
{
    return compare_wide(lpString1, lpString2, 0);
}

int WINAPI lstrcmpiA(LPCSTR lpString1, LPCSTR lpString2)
{
    return compare_narrow(lpString1, lpString2, 1);
}

int WINAPI lstrcmpiW(LPCWSTR lpString1, LPCWSTR lpString2)
{
    return compare_wide(lpString1, lpString2, 1);
}
