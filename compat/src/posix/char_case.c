/* user32's Char* functions. A strings are in the ANSI code page, UTF-8 on POSIX: their
 * case functions change ASCII letters only (other bytes are parts of UTF-8 sequences)
 * and CharNextA/CharPrevA step over whole sequences. W strings use Unicode's case and
 * classification whatever the process's locale, as Windows does: the C library's
 * C.UTF-8 locale supplies them (its "C" locale knows ASCII only). */
#include <locale.h>
#include <pthread.h>
#include <wctype.h>
#include <windows.h>

#include "ascii_case.h"

static locale_t unicode_locale;
static pthread_once_t unicode_locale_once = PTHREAD_ONCE_INIT;

static void open_unicode_locale(void)
{
    unicode_locale = newlocale(LC_CTYPE_MASK, "C.UTF-8", (locale_t)0);
    if (!unicode_locale)
        unicode_locale = newlocale(LC_CTYPE_MASK, "C", (locale_t)0);
}

static locale_t unicode(void)
{
    pthread_once(&unicode_locale_once, open_unicode_locale);
    return unicode_locale;
}

/* The pointer argument of CharUpper/CharLower is a single character when its high-order
 * bits are zero. */
#define IS_SINGLE_CHAR(p) (((ULONG_PTR)(p) >> 16) == 0)

DWORD WINAPI CharUpperBuffA(LPSTR lpsz, DWORD cchLength)
{
    for (DWORD i = 0; i < cchLength; i++)
        lpsz[i] = (CHAR)w3_ascii_upper(lpsz[i]);
    return cchLength;
}

DWORD WINAPI CharLowerBuffA(LPSTR lpsz, DWORD cchLength)
{
    for (DWORD i = 0; i < cchLength; i++)
        lpsz[i] = (CHAR)w3_ascii_lower(lpsz[i]);
    return cchLength;
}

DWORD WINAPI CharUpperBuffW(LPWSTR lpsz, DWORD cchLength)
{
    for (DWORD i = 0; i < cchLength; i++)
        lpsz[i] = (WCHAR)towupper_l((wint_t)lpsz[i], unicode());
    return cchLength;
}

DWORD WINAPI CharLowerBuffW(LPWSTR lpsz, DWORD cchLength)
{
    for (DWORD i = 0; i < cchLength; i++)
        lpsz[i] = (WCHAR)towlower_l((wint_t)lpsz[i], unicode());
    return cchLength;
}

LPSTR WINAPI CharUpperA(LPSTR lpsz)
{
    if (IS_SINGLE_CHAR(lpsz))
        return (LPSTR)(ULONG_PTR)(unsigned char)w3_ascii_upper((char)(ULONG_PTR)lpsz);
    CharUpperBuffA(lpsz, (DWORD)strlen(lpsz));
    return lpsz;
}

LPSTR WINAPI CharLowerA(LPSTR lpsz)
{
    if (IS_SINGLE_CHAR(lpsz))
        return (LPSTR)(ULONG_PTR)(unsigned char)w3_ascii_lower((char)(ULONG_PTR)lpsz);
    CharLowerBuffA(lpsz, (DWORD)strlen(lpsz));
    return lpsz;
}

LPWSTR WINAPI CharUpperW(LPWSTR lpsz)
{
    if (IS_SINGLE_CHAR(lpsz))
        return (LPWSTR)(ULONG_PTR)towupper_l((wint_t)(ULONG_PTR)lpsz, unicode());
    CharUpperBuffW(lpsz, (DWORD)wcslen(lpsz));
    return lpsz;
}

LPWSTR WINAPI CharLowerW(LPWSTR lpsz)
{
    if (IS_SINGLE_CHAR(lpsz))
        return (LPWSTR)(ULONG_PTR)towlower_l((wint_t)(ULONG_PTR)lpsz, unicode());
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
    return iswalpha_l((wint_t)ch, unicode()) != 0;
}

BOOL WINAPI IsCharAlphaNumericW(WCHAR ch)
{
    return iswalnum_l((wint_t)ch, unicode()) != 0;
}

BOOL WINAPI IsCharUpperW(WCHAR ch)
{
    return iswupper_l((wint_t)ch, unicode()) != 0;
}

BOOL WINAPI IsCharLowerW(WCHAR ch)
{
    return iswlower_l((wint_t)ch, unicode()) != 0;
}
