/* Code-page conversion. On POSIX the ANSI and OEM code pages are UTF-8 (CP_ACP,
 * CP_OEMCP and CP_THREAD_ACP all mean CP_UTF8; GetACP returns 65001), and WCHAR is
 * wchar_t, so a wide string holds UTF-32 on Linux where Windows holds UTF-16. */
#ifndef W3COMPAT_STRINGAPISET_H
#define W3COMPAT_STRINGAPISET_H

#include "windef.h"

#define CP_ACP 0
#define CP_OEMCP 1
#define CP_MACCP 2
#define CP_THREAD_ACP 3
#define CP_SYMBOL 42
#define CP_UTF7 65000
#define CP_UTF8 65001

#define MB_PRECOMPOSED 0x00000001
#define MB_COMPOSITE 0x00000002
#define MB_USEGLYPHCHARS 0x00000004
#define MB_ERR_INVALID_CHARS 0x00000008

#define WC_DISCARDNS 0x00000010
#define WC_SEPCHARS 0x00000020
#define WC_DEFAULTCHAR 0x00000040
#define WC_ERR_INVALID_CHARS 0x00000080
#define WC_COMPOSITECHECK 0x00000200
#define WC_NO_BEST_FIT_CHARS 0x00000400

/* Locales: every one sorts and converts as the default user locale does. */
#define LOCALE_NEUTRAL 0x0000
#define LOCALE_INVARIANT 0x007f
#define LOCALE_USER_DEFAULT 0x0400
#define LOCALE_SYSTEM_DEFAULT 0x0800
#define LOCALE_NAME_INVARIANT L""
#define LOCALE_NAME_USER_DEFAULT NULL
#define LOCALE_NAME_SYSTEM_DEFAULT L"!x-sys-default-locale"
#define LOCALE_NAME_MAX_LENGTH 85

/* CompareString flags. NORM_IGNORECASE and LINGUISTIC_IGNORECASE ignore case; the others
 * are accepted and change nothing (ERROR_INVALID_FLAGS for unknown ones). */
#define NORM_IGNORECASE 0x00000001u
#define NORM_IGNORENONSPACE 0x00000002u
#define NORM_IGNORESYMBOLS 0x00000004u
#define LINGUISTIC_IGNORECASE 0x00000010u
#define LINGUISTIC_IGNOREDIACRITIC 0x00000020u
#define SORT_STRINGSORT 0x00001000u
#define SORT_DIGITSASNUMBERS 0x00000008u
#define NORM_IGNOREKANATYPE 0x00010000u
#define NORM_IGNOREWIDTH 0x00020000u
#define NORM_LINGUISTIC_CASING 0x08000000u

/* LCMapString flags: case mapping and byte reversal are supported. */
#define LCMAP_LOWERCASE 0x00000100u
#define LCMAP_UPPERCASE 0x00000200u
#define LCMAP_SORTKEY 0x00000400u
#define LCMAP_BYTEREV 0x00000800u
#define LCMAP_LINGUISTIC_CASING 0x01000000u

typedef const CHAR *PCNZCH;
typedef const WCHAR *PCNZWCH;
typedef struct _nlsversioninfo {
    DWORD dwNLSVersionInfoSize;
    DWORD dwNLSVersion;
    DWORD dwDefinedVersion;
} NLSVERSIONINFO, *LPNLSVERSIONINFO;

/* CompareString's and CompareStringOrdinal's results (0 is failure). */
#define CSTR_LESS_THAN 1
#define CSTR_EQUAL 2
#define CSTR_GREATER_THAN 3

W3COMPAT_BEGIN_C

WINBASEAPI int WINAPI MultiByteToWideChar(UINT CodePage, DWORD dwFlags, LPCCH lpMultiByteStr,
                                          int cbMultiByte, LPWSTR lpWideCharStr, int cchWideChar);
WINBASEAPI int WINAPI WideCharToMultiByte(UINT CodePage, DWORD dwFlags, LPCWCH lpWideCharStr,
                                          int cchWideChar, LPSTR lpMultiByteStr, int cbMultiByte,
                                          LPCCH lpDefaultChar, LPBOOL lpUsedDefaultChar);
WINBASEAPI UINT WINAPI GetACP(void);
WINBASEAPI UINT WINAPI GetOEMCP(void);

/* Compares code unit by code unit, as Windows compares UTF-16: a character beyond the
 * BMP orders after U+D7FF and before U+E000, as its surrogates would. A negative count
 * means NUL-terminated. bIgnoreCase compares simple upper-case mappings. */
/* The linguistic order of lstrcmp/lstrcmpi (word sort); -1 counts mean NUL-terminated. */
WINBASEAPI int WINAPI CompareStringA(LCID Locale, DWORD dwCmpFlags, PCNZCH lpString1,
                                     int cchCount1, PCNZCH lpString2, int cchCount2);
WINBASEAPI int WINAPI CompareStringW(LCID Locale, DWORD dwCmpFlags, PCNZWCH lpString1,
                                     int cchCount1, PCNZWCH lpString2, int cchCount2);
WINBASEAPI int WINAPI CompareStringEx(LPCWSTR lpLocaleName, DWORD dwCmpFlags, LPCWCH lpString1,
                                      int cchCount1, LPCWCH lpString2, int cchCount2,
                                      LPNLSVERSIONINFO lpVersionInformation, LPVOID lpReserved,
                                      LPARAM lParam);
/* Case mapping; with cchDest 0 the size needed (counting the NUL when cchSrc is -1). */
WINBASEAPI int WINAPI LCMapStringA(LCID Locale, DWORD dwMapFlags, LPCSTR lpSrcStr, int cchSrc,
                                   LPSTR lpDestStr, int cchDest);
WINBASEAPI int WINAPI LCMapStringW(LCID Locale, DWORD dwMapFlags, LPCWSTR lpSrcStr, int cchSrc,
                                   LPWSTR lpDestStr, int cchDest);
WINBASEAPI int WINAPI LCMapStringEx(LPCWSTR lpLocaleName, DWORD dwMapFlags, LPCWSTR lpSrcStr,
                                    int cchSrc, LPWSTR lpDestStr, int cchDest,
                                    LPNLSVERSIONINFO lpVersionInformation, LPVOID lpReserved,
                                    LPARAM sortHandle);
WINBASEAPI int WINAPI CompareStringOrdinal(LPCWCH lpString1, int cchCount1, LPCWCH lpString2,
                                           int cchCount2, BOOL bIgnoreCase);

W3COMPAT_END_C

#ifdef UNICODE
#define CompareString CompareStringW
#define LCMapString LCMapStringW
#else
#define CompareString CompareStringA
#define LCMapString LCMapStringA
#endif

#endif
