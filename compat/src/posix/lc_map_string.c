/* LCMapString(A/W/Ex): case mapping (LCMAP_LOWERCASE, LCMAP_UPPERCASE) and byte
 * reversal (LCMAP_BYTEREV); other transformations fail with ERROR_INVALID_FLAGS. The A
 * form changes ASCII letters only, as the CharUpper/CharLower A functions do. */
#include <windows.h>

#include <string.h>
#include <wchar.h>

#define CASE_FLAGS (LCMAP_LOWERCASE | LCMAP_UPPERCASE)
#define IGNORED_FLAGS (LCMAP_LINGUISTIC_CASING | NORM_IGNORECASE)

static BOOL valid_flags(DWORD flags)
{
    DWORD kind = flags & ~IGNORED_FLAGS;
    if (kind == LCMAP_LOWERCASE || kind == LCMAP_UPPERCASE || kind == LCMAP_BYTEREV ||
        kind == (LCMAP_BYTEREV | LCMAP_LOWERCASE) || kind == (LCMAP_BYTEREV | LCMAP_UPPERCASE))
        return TRUE;
    SetLastError(ERROR_INVALID_FLAGS);
    return FALSE;
}

/* The source length in characters, NUL included when it was given as -1. */
static int source_length(int count, size_t len)
{
    return count < 0 ? (int)len + 1 : count;
}

int WINAPI LCMapStringW(LCID Locale, DWORD dwMapFlags, LPCWSTR lpSrcStr, int cchSrc,
                        LPWSTR lpDestStr, int cchDest)
{
    int n;
    (void)Locale;
    if (!lpSrcStr || cchSrc == 0 || cchDest < 0 || (cchDest && !lpDestStr)) {
        SetLastError(ERROR_INVALID_PARAMETER);
        return 0;
    }
    if (!valid_flags(dwMapFlags))
        return 0;
    n = source_length(cchSrc, cchSrc < 0 ? wcslen(lpSrcStr) : 0);
    if (cchDest == 0)
        return n;
    if (cchDest < n) {
        SetLastError(ERROR_INSUFFICIENT_BUFFER);
        return 0;
    }
    wmemmove(lpDestStr, lpSrcStr, (size_t)n);
    if (dwMapFlags & LCMAP_UPPERCASE)
        CharUpperBuffW(lpDestStr, (DWORD)n);
    else if (dwMapFlags & LCMAP_LOWERCASE)
        CharLowerBuffW(lpDestStr, (DWORD)n);
    if (dwMapFlags & LCMAP_BYTEREV)
        for (int i = 0; i < n; i++) {
            /* Swaps the bytes of each UTF-16 unit the character would be on Windows. */
            WCHAR c = lpDestStr[i];
            lpDestStr[i] = (WCHAR)(((c & 0xFF) << 8) | ((c >> 8) & 0xFF));
        }
    return n;
}

int WINAPI LCMapStringEx(LPCWSTR lpLocaleName, DWORD dwMapFlags, LPCWSTR lpSrcStr, int cchSrc,
                         LPWSTR lpDestStr, int cchDest, LPNLSVERSIONINFO lpVersionInformation,
                         LPVOID lpReserved, LPARAM sortHandle)
{
    (void)lpLocaleName;
    if (lpVersionInformation || lpReserved || sortHandle) {
        SetLastError(ERROR_INVALID_PARAMETER);
        return 0;
    }
    return LCMapStringW(LOCALE_USER_DEFAULT, dwMapFlags, lpSrcStr, cchSrc, lpDestStr, cchDest);
}

int WINAPI LCMapStringA(LCID Locale, DWORD dwMapFlags, LPCSTR lpSrcStr, int cchSrc, LPSTR lpDestStr,
                        int cchDest)
{
    int n;
    (void)Locale;
    if (!lpSrcStr || cchSrc == 0 || cchDest < 0 || (cchDest && !lpDestStr)) {
        SetLastError(ERROR_INVALID_PARAMETER);
        return 0;
    }
    if (!valid_flags(dwMapFlags) || (dwMapFlags & LCMAP_BYTEREV)) {
        SetLastError(ERROR_INVALID_FLAGS);
        return 0;
    }
    n = source_length(cchSrc, cchSrc < 0 ? strlen(lpSrcStr) : 0);
    if (cchDest == 0)
        return n;
    if (cchDest < n) {
        SetLastError(ERROR_INSUFFICIENT_BUFFER);
        return 0;
    }
    memmove(lpDestStr, lpSrcStr, (size_t)n);
    if (dwMapFlags & LCMAP_UPPERCASE)
        CharUpperBuffA(lpDestStr, (DWORD)n);
    else
        CharLowerBuffA(lpDestStr, (DWORD)n);
    return n;
}
