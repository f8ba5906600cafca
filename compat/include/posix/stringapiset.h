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

/* CompareStringOrdinal's results (0 is failure). */
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
WINBASEAPI int WINAPI CompareStringOrdinal(LPCWCH lpString1, int cchCount1, LPCWCH lpString2,
                                           int cchCount2, BOOL bIgnoreCase);

W3COMPAT_END_C

#endif
