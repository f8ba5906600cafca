/* MultiByteToWideChar / WideCharToMultiByte. Every supported code page is UTF-8 on
 * POSIX, and WCHAR is wchar_t: one UTF-32 unit per character on Linux. */
#include <windows.h>

#include "utf8.h"

_Static_assert(sizeof(WCHAR) == 4, "code_page.c converts to UTF-32 wide strings");

#define REPLACEMENT_CHARACTER 0xFFFDu

static int is_utf8_code_page(UINT code_page)
{
    return code_page == CP_ACP || code_page == CP_OEMCP || code_page == CP_THREAD_ACP ||
           code_page == CP_UTF8;
}

static int fail(DWORD error)
{
    SetLastError(error);
    return 0;
}

UINT WINAPI GetACP(void)
{
    return CP_UTF8;
}

UINT WINAPI GetOEMCP(void)
{
    return CP_UTF8;
}

int WINAPI MultiByteToWideChar(UINT CodePage, DWORD dwFlags, LPCCH lpMultiByteStr, int cbMultiByte,
                               LPWSTR lpWideCharStr, int cchWideChar)
{
    const DWORD known_flags =
        MB_PRECOMPOSED | MB_COMPOSITE | MB_USEGLYPHCHARS | MB_ERR_INVALID_CHARS;
    if (!lpMultiByteStr || cbMultiByte == 0 || cchWideChar < 0 ||
        (cchWideChar > 0 && !lpWideCharStr) || (const void *)lpMultiByteStr == lpWideCharStr)
        return fail(ERROR_INVALID_PARAMETER);
    if (!is_utf8_code_page(CodePage))
        return fail(ERROR_INVALID_PARAMETER);
    if (dwFlags & ~known_flags)
        return fail(ERROR_INVALID_FLAGS);

    size_t in_len = cbMultiByte < 0 ? strlen(lpMultiByteStr) + 1 : (size_t)cbMultiByte;
    const unsigned char *in = (const unsigned char *)lpMultiByteStr;
    size_t produced = 0;
    for (size_t i = 0; i < in_len;) {
        uint32_t cp;
        i += w3_utf8_decode(in + i, in_len - i, &cp);
        if (cp == W3_UTF8_INVALID) {
            if (dwFlags & MB_ERR_INVALID_CHARS)
                return fail(ERROR_NO_UNICODE_TRANSLATION);
            cp = REPLACEMENT_CHARACTER;
        }
        if (cchWideChar > 0) {
            if (produced == (size_t)cchWideChar)
                return fail(ERROR_INSUFFICIENT_BUFFER);
            lpWideCharStr[produced] = (WCHAR)cp;
        }
        if (++produced > (size_t)INT32_MAX)
            return fail(ERROR_INVALID_PARAMETER);
    }
    return (int)produced;
}

int WINAPI WideCharToMultiByte(UINT CodePage, DWORD dwFlags, LPCWCH lpWideCharStr, int cchWideChar,
                               LPSTR lpMultiByteStr, int cbMultiByte, LPCCH lpDefaultChar,
                               LPBOOL lpUsedDefaultChar)
{
    const DWORD known_flags = WC_COMPOSITECHECK | WC_DISCARDNS | WC_SEPCHARS | WC_DEFAULTCHAR |
                              WC_NO_BEST_FIT_CHARS | WC_ERR_INVALID_CHARS;
    (void)lpDefaultChar; /* UTF-8 represents every character: no default is ever used */
    if (!lpWideCharStr || cchWideChar == 0 || cbMultiByte < 0 ||
        (cbMultiByte > 0 && !lpMultiByteStr) || (const void *)lpWideCharStr == lpMultiByteStr)
        return fail(ERROR_INVALID_PARAMETER);
    if (!is_utf8_code_page(CodePage))
        return fail(ERROR_INVALID_PARAMETER);
    if (dwFlags & ~known_flags)
        return fail(ERROR_INVALID_FLAGS);
    if (lpUsedDefaultChar)
        *lpUsedDefaultChar = FALSE;

    size_t in_len = cchWideChar < 0 ? wcslen(lpWideCharStr) + 1 : (size_t)cchWideChar;
    size_t produced = 0;
    for (size_t i = 0; i < in_len; i++) {
        uint32_t cp = (uint32_t)lpWideCharStr[i];
        char bytes[4];
        if (!w3_is_scalar(cp)) {
            if (dwFlags & WC_ERR_INVALID_CHARS)
                return fail(ERROR_NO_UNICODE_TRANSLATION);
            cp = REPLACEMENT_CHARACTER;
        }
        size_t n = w3_utf8_encode(cp, bytes);
        if (cbMultiByte > 0) {
            if ((size_t)cbMultiByte - produced < n)
                return fail(ERROR_INSUFFICIENT_BUFFER);
            memcpy(lpMultiByteStr + produced, bytes, n);
        }
        produced += n;
        if (produced > (size_t)INT32_MAX)
            return fail(ERROR_INVALID_PARAMETER);
    }
    return (int)produced;
}
