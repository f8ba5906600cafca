/* shlwapi.h: path strings and case-insensitive string functions.
 *
 * The Path functions accept '\' and '/' as separators and add '\' where the path already
 * uses it (or uses none) and '/' where it uses only '/', so Windows-style paths come out
 * as on Windows and POSIX paths stay POSIX. Buffers are MAX_PATH characters, as
 * documented. PathSearchAndQualify gives GetFullPathName's result. StrCmpI and
 * StrCmpNI compare as CompareString with NORM_IGNORECASE (<0, 0, >0). */
#ifndef W3COMPAT_SHLWAPI_H
#define W3COMPAT_SHLWAPI_H

#include "windef.h"

#define LWSTDAPI_(type) EXTERN_C W3COMPAT_EXPORT type STDAPICALLTYPE

W3COMPAT_BEGIN_C

WINBASEAPI BOOL WINAPI PathFileExistsA(LPCSTR pszPath);
WINBASEAPI BOOL WINAPI PathFileExistsW(LPCWSTR pszPath);
WINBASEAPI BOOL WINAPI PathIsDirectoryA(LPCSTR pszPath);
WINBASEAPI BOOL WINAPI PathIsDirectoryW(LPCWSTR pszPath);
WINBASEAPI BOOL WINAPI PathIsRelativeA(LPCSTR pszPath);
WINBASEAPI BOOL WINAPI PathIsRelativeW(LPCWSTR pszPath);
WINBASEAPI LPSTR WINAPI PathFindFileNameA(LPCSTR pszPath);
WINBASEAPI LPWSTR WINAPI PathFindFileNameW(LPCWSTR pszPath);
WINBASEAPI LPSTR WINAPI PathFindExtensionA(LPCSTR pszPath);
WINBASEAPI LPWSTR WINAPI PathFindExtensionW(LPCWSTR pszPath);
WINBASEAPI LPSTR WINAPI PathAddBackslashA(LPSTR pszPath);
WINBASEAPI LPWSTR WINAPI PathAddBackslashW(LPWSTR pszPath);
WINBASEAPI LPSTR WINAPI PathRemoveBackslashA(LPSTR pszPath);
WINBASEAPI LPWSTR WINAPI PathRemoveBackslashW(LPWSTR pszPath);
WINBASEAPI BOOL WINAPI PathRemoveFileSpecA(LPSTR pszPath);
WINBASEAPI BOOL WINAPI PathRemoveFileSpecW(LPWSTR pszPath);
WINBASEAPI LPSTR WINAPI PathCombineA(LPSTR pszDest, LPCSTR pszDir, LPCSTR pszFile);
WINBASEAPI LPWSTR WINAPI PathCombineW(LPWSTR pszDest, LPCWSTR pszDir, LPCWSTR pszFile);
WINBASEAPI BOOL WINAPI PathAppendA(LPSTR pszPath, LPCSTR pszMore);
WINBASEAPI BOOL WINAPI PathAppendW(LPWSTR pszPath, LPCWSTR pszMore);
WINBASEAPI BOOL WINAPI PathSearchAndQualifyA(LPCSTR pszPath, LPSTR pszBuf, UINT cchBuf);
WINBASEAPI BOOL WINAPI PathSearchAndQualifyW(LPCWSTR pszPath, LPWSTR pszBuf, UINT cchBuf);

WINBASEAPI int WINAPI StrCmpIA(LPCSTR psz1, LPCSTR psz2);
WINBASEAPI int WINAPI StrCmpIW(LPCWSTR psz1, LPCWSTR psz2);
WINBASEAPI int WINAPI StrCmpNIA(LPCSTR psz1, LPCSTR psz2, int nChar);
WINBASEAPI int WINAPI StrCmpNIW(LPCWSTR psz1, LPCWSTR psz2, int nChar);
WINBASEAPI LPSTR WINAPI StrStrIA(LPCSTR pszFirst, LPCSTR pszSrch);
WINBASEAPI LPWSTR WINAPI StrStrIW(LPCWSTR pszFirst, LPCWSTR pszSrch);

W3COMPAT_END_C

#ifdef UNICODE
#define PathFileExists PathFileExistsW
#define PathIsDirectory PathIsDirectoryW
#define PathIsRelative PathIsRelativeW
#define PathFindFileName PathFindFileNameW
#define PathFindExtension PathFindExtensionW
#define PathAddBackslash PathAddBackslashW
#define PathRemoveBackslash PathRemoveBackslashW
#define PathRemoveFileSpec PathRemoveFileSpecW
#define PathCombine PathCombineW
#define PathAppend PathAppendW
#define PathSearchAndQualify PathSearchAndQualifyW
#define StrCmpI StrCmpIW
#define StrCmpNI StrCmpNIW
#define StrStrI StrStrIW
#else
#define PathFileExists PathFileExistsA
#define PathIsDirectory PathIsDirectoryA
#define PathIsRelative PathIsRelativeA
#define PathFindFileName PathFindFileNameA
#define PathFindExtension PathFindExtensionA
#define PathAddBackslash PathAddBackslashA
#define PathRemoveBackslash PathRemoveBackslashA
#define PathRemoveFileSpec PathRemoveFileSpecA
#define PathCombine PathCombineA
#define PathAppend PathAppendA
#define PathSearchAndQualify PathSearchAndQualifyA
#define StrCmpI StrCmpIA
#define StrCmpNI StrCmpNIA
#define StrStrI StrStrIA
#endif

/* As on Windows, where this header brings the whole of windows.h (after its own
 * declarations, which windows.h itself may need). */
#include "windows.h"

#endif
