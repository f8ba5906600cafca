/* user32's Char* functions. A strings are in the ANSI code page, UTF-8 on POSIX: their
 * case functions change ASCII letters only (other bytes are parts of UTF-8 sequences)
 * and CharNextA/CharPrevA step over whole sequences. W strings use the C library's
 * wide-character classification. */
#include <wctype.h>
#include <windows.h>

/* The pointer argument of CharUpper/CharLower is a single character when its high-order
 * bits are zero. */
#define IS_SINGLE_CHAR(p) (((ULONG_PTR)(p) >> 16) == 0)

static char ascii_upper(char c)
{
    return (c >= 'a' && c <= 'z') ? (char)(c - ('a' - 'A')) : c;
}

static char ascii_lower(char c)
{
    return (c >= 'A' && c <= 'Z') ? (char)(c + ('a' - 'A')) : c;
}

DWORD WINAPI CharUpperBuffA(LPSTR lpsz, DWORD cchLength)
{
    for (DWORD i = 0; i < cchLength; i++)
        lpsz[i] = ascii_upper(lpsz[i]);
    return cchLength;
}

DWORD WINAPI CharLowerBuffA(LPSTR lpsz, DWORD cchLength)
{
    for (DWORD i = 0; i < cchLength; i++)
        lpsz[i] = ascii_lower(lpsz[i]);
    return cchLength;
}

DWORD WINAPI CharUpperBuffW(LPWSTR lpsz, DWORD cchLength)
{
    for (DWORD i = 0; i < cchLength; i++)
        lpsz[i] = (WCHAR)towupper((wint_t)lpsz[i]);
    return cchLength;
}

DWORD WINAPI CharLowerBuffW(LPWSTR lpsz, DWORD cchLength)
{
    for (DWORD i = 0; i < cchLength; i++)
        lpsz[i] = (WCHAR)towlower((wint_t)lpsz[i]);
    return cchLength;
}

LPSTR WINAPI CharUpperA(LPSTR lpsz)
{
    if (IS_SINGLE_CHAR(lpsz))
        return (LPSTR)(ULONG_PTR)(unsigned char)ascii_upper((char)(ULONG_PTR)lpsz);
    CharUpperBuffA(lpsz, (DWORD)strlen(lpsz));
    return lpsz;
}

LPSTR WINAPI CharLowerA(LPSTR lpsz)
{
    if (IS_SINGLE_CHAR(lpsz))
        return (LPSTR)(ULONG_PTR)(unsigned char)ascii_lower((char)(ULONG_PTR)lpsz);
    CharLowerBuffA(lpsz, (DWORD)strlen(lpsz));
    return lpsz;
}

LPWSTR WINAPI CharUpperW(LPWSTR lpsz)
{
    if (IS_SINGLE_CHAR(lpsz))
        return (LPWSTR)(ULONG_PTR)towupper((wint_t)(ULONG_PTR)lpsz);
    CharUpperBuffW(lpsz, (DWORD)wcslen(lpsz));
    return lpsz;
}

LPWSTR WINAPI CharLowerW(LPWSTR lpsz)
{
    if (IS_SINGLE_CHAR(lpsz))
        return (LPWSTR)(ULONG_PTR)towlower((wint_t)(ULONG_PTR)lpsz);
    CharLowerBuffW(lpsz, (DWORD)wcslen(lpsz));
    return lpsz;
}

static int is_continuation(char c)
{
    return ((unsigned char)c & 0xC0) == 0x80;
}

/* At the terminator CharNext stays put. */
LPSTR WINAPI CharNextA(LPCSTR lpsz)
{
    if (!*lpsz)
        return (LPSTR)lpsz;
    do
        lpsz++;
    while (is_continuation(*lpsz));
    return (LPSTR)lpsz;
}

LPWSTR WINAPI CharNextW(LPCWSTR lpsz)
{
    return (LPWSTR)(*lpsz ? lpsz + 1 : lpsz);
}

LPSTR WINAPI CharPrevA(LPCSTR lpszStart, LPCSTR lpszCurrent)
{
    if (lpszCurrent <= lpszStart)
        return (LPSTR)lpszStart;
    do
        lpszCurrent--;
    while (lpszCurrent > lpszStart && is_continuation(*lpszCurrent));
    return (LPSTR)lpszCurrent;
}

LPWSTR WINAPI CharPrevW(LPCWSTR lpszStart, LPCWSTR lpszCurrent)
{
    return (LPWSTR)(lpszCurrent > lpszStart ? lpszCurrent - 1 : lpszStart);
}

BOOL WINAPI IsCharAlphaA(CHAR ch)
{
    return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z');
}

BOOL WINAPI IsCharAlphaNumericA(CHAR ch)
{
    return IsCharAlphaA(ch) || (ch >= '0' && ch <= '9');
}

BOOL WINAPI IsCharUpperA(CHAR ch)
{
    return ch >= 'A' && ch <= 'Z';
}

BOOL WINAPI IsCharLowerA(CHAR ch)
{
    return ch >= 'a' && ch <= 'z';
}

BOOL WINAPI IsCharAlphaW(WCHAR ch)
{
    return iswalpha((wint_t)ch) != 0;
}

BOOL WINAPI IsCharAlphaNumericW(WCHAR ch)
{
    return iswalnum((wint_t)ch) != 0;
}

BOOL WINAPI IsCharUpperW(WCHAR ch)
{
    return iswupper((wint_t)ch) != 0;
}

BOOL WINAPI IsCharLowerW(WCHAR ch)
{
    return iswlower((wint_t)ch) != 0;
}
