/* shlwapi.h: path strings and case-insensitive string search. */
#include <windows.h>
#include <shlwapi.h>

#include <wchar.h>

#define CH char
#define T(x) x
#define FN(name) name##A
#include "path_template.h"
#undef CH
#undef T
#undef FN

#define CH WCHAR
#define T(x) L##x
#define FN(name) name##W
#include "path_template.h"
#undef CH
#undef T
#undef FN

BOOL WINAPI PathFileExistsA(LPCSTR pszPath)
{
    return pszPath && GetFileAttributesA(pszPath) != INVALID_FILE_ATTRIBUTES;
}

BOOL WINAPI PathFileExistsW(LPCWSTR pszPath)
{
    return pszPath && GetFileAttributesW(pszPath) != INVALID_FILE_ATTRIBUTES;
}

BOOL WINAPI PathIsDirectoryA(LPCSTR pszPath)
{
    DWORD a = pszPath ? GetFileAttributesA(pszPath) : INVALID_FILE_ATTRIBUTES;
    return a != INVALID_FILE_ATTRIBUTES ? (BOOL)(a & FILE_ATTRIBUTE_DIRECTORY) : FALSE;
}

BOOL WINAPI PathIsDirectoryW(LPCWSTR pszPath)
{
    DWORD a = pszPath ? GetFileAttributesW(pszPath) : INVALID_FILE_ATTRIBUTES;
    return a != INVALID_FILE_ATTRIBUTES ? (BOOL)(a & FILE_ATTRIBUTE_DIRECTORY) : FALSE;
}

BOOL WINAPI PathSearchAndQualifyA(LPCSTR pszPath, LPSTR pszBuf, UINT cchBuf)
{
    DWORD n = GetFullPathNameA(pszPath, cchBuf, pszBuf, NULL);
    return n > 0 && n < cchBuf;
}

BOOL WINAPI PathSearchAndQualifyW(LPCWSTR pszPath, LPWSTR pszBuf, UINT cchBuf)
{
    DWORD n = GetFullPathNameW(pszPath, cchBuf, pszBuf, NULL);
    return n > 0 && n < cchBuf;
}

int WINAPI StrCmpIA(LPCSTR psz1, LPCSTR psz2)
{
    return CompareStringA(LOCALE_USER_DEFAULT, NORM_IGNORECASE, psz1, -1, psz2, -1) - CSTR_EQUAL;
}

int WINAPI StrCmpIW(LPCWSTR psz1, LPCWSTR psz2)
{
    return CompareStringW(LOCALE_USER_DEFAULT, NORM_IGNORECASE, psz1, -1, psz2, -1) - CSTR_EQUAL;
}

/* How many characters of s to compare: at most n, up to its NUL. */
static int limit_a(LPCSTR s, int n)
{
    int len = 0;
    while (len < n && s[len])
        len++;
    return len;
}

static int limit_w(LPCWSTR s, int n)
{
    int len = 0;
    while (len < n && s[len])
        len++;
    return len;
}

int WINAPI StrCmpNIA(LPCSTR psz1, LPCSTR psz2, int nChar)
{
    return CompareStringA(LOCALE_USER_DEFAULT, NORM_IGNORECASE, psz1, limit_a(psz1, nChar), psz2,
                          limit_a(psz2, nChar)) -
           CSTR_EQUAL;
}

int WINAPI StrCmpNIW(LPCWSTR psz1, LPCWSTR psz2, int nChar)
{
    return CompareStringW(LOCALE_USER_DEFAULT, NORM_IGNORECASE, psz1, limit_w(psz1, nChar), psz2,
                          limit_w(psz2, nChar)) -
           CSTR_EQUAL;
}

LPSTR WINAPI StrStrIA(LPCSTR pszFirst, LPCSTR pszSrch)
{
    int n;
    if (!pszFirst || !pszSrch || !*pszSrch)
        return NULL;
    n = (int)strlen(pszSrch);
    for (const char *p = pszFirst; *p; p++)
        if (StrCmpNIA(p, pszSrch, n) == 0)
            return (LPSTR)p;
    return NULL;
}

LPWSTR WINAPI StrStrIW(LPCWSTR pszFirst, LPCWSTR pszSrch)
{
    int n;
    if (!pszFirst || !pszSrch || !*pszSrch)
        return NULL;
    n = (int)wcslen(pszSrch);
    for (const WCHAR *p = pszFirst; *p; p++)
        if (StrCmpNIW(p, pszSrch, n) == 0)
            return (LPWSTR)p;
    return NULL;
}
