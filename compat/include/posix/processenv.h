/* The process environment, and the standard handles.
 *
 * ExpandEnvironmentStrings replaces each %NAME% of a defined variable (names compare
 * without regard to case) and leaves other text, undefined names included, as it is. It
 * returns the characters the result needs, NUL included, whether or not they fitted.
 *
 * GetStdHandle's handles are file handles (ReadFile, WriteFile, GetFileType) over
 * duplicates of descriptors 0, 1 and 2, made on first use; NULL when the descriptor is
 * not open. */
#ifndef W3COMPAT_PROCESSENV_H
#define W3COMPAT_PROCESSENV_H

#include "windef.h"

#define STD_INPUT_HANDLE ((DWORD)-10)
#define STD_OUTPUT_HANDLE ((DWORD)-11)
#define STD_ERROR_HANDLE ((DWORD)-12)

W3COMPAT_BEGIN_C

WINBASEAPI DWORD WINAPI GetEnvironmentVariableA(LPCSTR lpName, LPSTR lpBuffer, DWORD nSize);
WINBASEAPI DWORD WINAPI GetEnvironmentVariableW(LPCWSTR lpName, LPWSTR lpBuffer, DWORD nSize);
WINBASEAPI BOOL WINAPI SetEnvironmentVariableA(LPCSTR lpName, LPCSTR lpValue);
WINBASEAPI BOOL WINAPI SetEnvironmentVariableW(LPCWSTR lpName, LPCWSTR lpValue);
WINBASEAPI DWORD WINAPI ExpandEnvironmentStringsA(LPCSTR lpSrc, LPSTR lpDst, DWORD nSize);
WINBASEAPI DWORD WINAPI ExpandEnvironmentStringsW(LPCWSTR lpSrc, LPWSTR lpDst, DWORD nSize);

/* The current directory is a POSIX path; the buffer contract is GetTempPath's. */
WINBASEAPI DWORD WINAPI GetCurrentDirectoryA(DWORD nBufferLength, LPSTR lpBuffer);
WINBASEAPI DWORD WINAPI GetCurrentDirectoryW(DWORD nBufferLength, LPWSTR lpBuffer);
WINBASEAPI BOOL WINAPI SetCurrentDirectoryA(LPCSTR lpPathName);
WINBASEAPI BOOL WINAPI SetCurrentDirectoryW(LPCWSTR lpPathName);

/* SearchPath looks in lpPath's directories (';'-separated), or without it in the
 * executable's directory, the current directory and $PATH; lpExtension is added to a
 * name without one. The result is an absolute POSIX path; not found is
 * ERROR_FILE_NOT_FOUND. */
WINBASEAPI DWORD WINAPI SearchPathA(LPCSTR lpPath, LPCSTR lpFileName, LPCSTR lpExtension,
                                    DWORD nBufferLength, LPSTR lpBuffer, LPSTR *lpFilePart);
WINBASEAPI DWORD WINAPI SearchPathW(LPCWSTR lpPath, LPCWSTR lpFileName, LPCWSTR lpExtension,
                                    DWORD nBufferLength, LPWSTR lpBuffer, LPWSTR *lpFilePart);

WINBASEAPI HANDLE WINAPI GetStdHandle(DWORD nStdHandle);
WINBASEAPI BOOL WINAPI SetStdHandle(DWORD nStdHandle, HANDLE hHandle);

W3COMPAT_END_C

#ifdef UNICODE
#define GetEnvironmentVariable GetEnvironmentVariableW
#define SetEnvironmentVariable SetEnvironmentVariableW
#define ExpandEnvironmentStrings ExpandEnvironmentStringsW
#define GetCurrentDirectory GetCurrentDirectoryW
#define SearchPath SearchPathW
#define SetCurrentDirectory SetCurrentDirectoryW
#else
#define GetEnvironmentVariable GetEnvironmentVariableA
#define SetEnvironmentVariable SetEnvironmentVariableA
#define ExpandEnvironmentStrings ExpandEnvironmentStringsA
#define GetCurrentDirectory GetCurrentDirectoryA
#define SearchPath SearchPathA
#define SetCurrentDirectory SetCurrentDirectoryA
#endif

#endif
