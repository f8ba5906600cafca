/* strsafe.h: bounded string functions returning HRESULTs. A result that does not fit is
 * truncated, terminated and reported as STRSAFE_E_INSUFFICIENT_BUFFER. The printf forms
 * take Microsoft CRT formats (see crtsecure.h). */
#ifndef W3COMPAT_STRSAFE_H
#define W3COMPAT_STRSAFE_H

#include <stdarg.h>

#include "windef.h"
#include "winerror.h"

#define STRSAFE_MAX_CCH 2147483647
#define STRSAFE_E_INSUFFICIENT_BUFFER ((HRESULT)0x8007007Au)
#define STRSAFE_E_INVALID_PARAMETER ((HRESULT)0x80070057u)
#define STRSAFE_E_END_OF_FILE ((HRESULT)0x80070026u)

typedef char *STRSAFE_LPSTR;
typedef const char *STRSAFE_LPCSTR;
typedef WCHAR *STRSAFE_LPWSTR;
typedef const WCHAR *STRSAFE_LPCWSTR;

W3COMPAT_BEGIN_C

WINBASEAPI HRESULT WINAPI StringCchCopyA(STRSAFE_LPSTR pszDest, size_t cchDest,
                                         STRSAFE_LPCSTR pszSrc);
WINBASEAPI HRESULT WINAPI StringCchCopyW(STRSAFE_LPWSTR pszDest, size_t cchDest,
                                         STRSAFE_LPCWSTR pszSrc);
WINBASEAPI HRESULT WINAPI StringCchCopyNA(STRSAFE_LPSTR pszDest, size_t cchDest,
                                          STRSAFE_LPCSTR pszSrc, size_t cchToCopy);
WINBASEAPI HRESULT WINAPI StringCchCopyNW(STRSAFE_LPWSTR pszDest, size_t cchDest,
                                          STRSAFE_LPCWSTR pszSrc, size_t cchToCopy);
WINBASEAPI HRESULT WINAPI StringCchCatA(STRSAFE_LPSTR pszDest, size_t cchDest,
                                        STRSAFE_LPCSTR pszSrc);
WINBASEAPI HRESULT WINAPI StringCchCatW(STRSAFE_LPWSTR pszDest, size_t cchDest,
                                        STRSAFE_LPCWSTR pszSrc);
WINBASEAPI HRESULT WINAPI StringCchLengthA(STRSAFE_LPCSTR psz, size_t cchMax, size_t *pcchLength);
WINBASEAPI HRESULT WINAPI StringCchLengthW(STRSAFE_LPCWSTR psz, size_t cchMax, size_t *pcchLength);
WINBASEAPI HRESULT WINAPIV StringCchPrintfA(STRSAFE_LPSTR pszDest, size_t cchDest,
                                            STRSAFE_LPCSTR pszFormat, ...);
WINBASEAPI HRESULT WINAPIV StringCchPrintfW(STRSAFE_LPWSTR pszDest, size_t cchDest,
                                            STRSAFE_LPCWSTR pszFormat, ...);
WINBASEAPI HRESULT WINAPI StringCchVPrintfA(STRSAFE_LPSTR pszDest, size_t cchDest,
                                            STRSAFE_LPCSTR pszFormat, va_list argList);
WINBASEAPI HRESULT WINAPI StringCchVPrintfW(STRSAFE_LPWSTR pszDest, size_t cchDest,
                                            STRSAFE_LPCWSTR pszFormat, va_list argList);

WINBASEAPI HRESULT WINAPI StringCbCopyA(STRSAFE_LPSTR pszDest, size_t cbDest,
                                        STRSAFE_LPCSTR pszSrc);
WINBASEAPI HRESULT WINAPI StringCbCopyW(STRSAFE_LPWSTR pszDest, size_t cbDest,
                                        STRSAFE_LPCWSTR pszSrc);
WINBASEAPI HRESULT WINAPI StringCbCatA(STRSAFE_LPSTR pszDest, size_t cbDest, STRSAFE_LPCSTR pszSrc);
WINBASEAPI HRESULT WINAPI StringCbCatW(STRSAFE_LPWSTR pszDest, size_t cbDest,
                                       STRSAFE_LPCWSTR pszSrc);
WINBASEAPI HRESULT WINAPI StringCbLengthA(STRSAFE_LPCSTR psz, size_t cbMax, size_t *pcbLength);
WINBASEAPI HRESULT WINAPI StringCbLengthW(STRSAFE_LPCWSTR psz, size_t cbMax, size_t *pcbLength);
WINBASEAPI HRESULT WINAPIV StringCbPrintfA(STRSAFE_LPSTR pszDest, size_t cbDest,
                                           STRSAFE_LPCSTR pszFormat, ...);
WINBASEAPI HRESULT WINAPIV StringCbPrintfW(STRSAFE_LPWSTR pszDest, size_t cbDest,
                                           STRSAFE_LPCWSTR pszFormat, ...);
WINBASEAPI HRESULT WINAPI StringCbVPrintfA(STRSAFE_LPSTR pszDest, size_t cbDest,
                                           STRSAFE_LPCSTR pszFormat, va_list argList);
WINBASEAPI HRESULT WINAPI StringCbVPrintfW(STRSAFE_LPWSTR pszDest, size_t cbDest,
                                           STRSAFE_LPCWSTR pszFormat, va_list argList);

W3COMPAT_END_C

#ifdef UNICODE
#define StringCchCopy StringCchCopyW
#define StringCchCopyN StringCchCopyNW
#define StringCchCat StringCchCatW
#define StringCchLength StringCchLengthW
#define StringCchPrintf StringCchPrintfW
#define StringCchVPrintf StringCchVPrintfW
#define StringCbCopy StringCbCopyW
#define StringCbCat StringCbCatW
#define StringCbLength StringCbLengthW
#define StringCbPrintf StringCbPrintfW
#define StringCbVPrintf StringCbVPrintfW
#else
#define StringCchCopy StringCchCopyA
#define StringCchCopyN StringCchCopyNA
#define StringCchCat StringCchCatA
#define StringCchLength StringCchLengthA
#define StringCchPrintf StringCchPrintfA
#define StringCchVPrintf StringCchVPrintfA
#define StringCbCopy StringCbCopyA
#define StringCbCat StringCbCatA
#define StringCbLength StringCbLengthA
#define StringCbPrintf StringCbPrintfA
#define StringCbVPrintf StringCbVPrintfA
#endif

#endif
