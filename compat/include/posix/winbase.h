/* winbase.h families: FormatMessage, the Local and Global heaps, and the event log.
 *
 * FormatMessage: FORMAT_MESSAGE_FROM_SYSTEM uses an English table of the error codes in
 * winerror.h (an HRESULT of FACILITY_WIN32 finds its code's text); FROM_HMODULE
 * message tables are not supported (with FROM_SYSTEM the system table is used, alone
 * it fails with ERROR_MR_MID_NOT_FOUND). Inserts %1..%99 with !printf-format!, the
 * escapes %0 %n %r %t %% %. %! and "% ", IGNORE_INSERTS, ARGUMENT_ARRAY, ALLOCATE_BUFFER
 * (free with LocalFree) and line widths (low byte of the flags) behave as on Windows.
 * Arguments through a va_list are read as pointer-sized values, as on x64 Windows.
 *
 * Local/Global memory: blocks never move, so LMEM_MOVEABLE/GMEM_MOVEABLE blocks are
 * fixed blocks and LocalLock/GlobalLock return the block itself.
 *
 * Event log: an event source writes to syslog under its name (openlog ident), with the
 * priority from the event type: error LOG_ERR, warning LOG_WARNING, information and
 * success LOG_INFO, audit success LOG_AUTHPRIV|LOG_NOTICE, audit failure
 * LOG_AUTHPRIV|LOG_WARNING. The message is "event <id>[ category <n>]: " followed by
 * the insertion strings separated by "; ". */
#ifndef W3COMPAT_WINBASE_H
#define W3COMPAT_WINBASE_H

#include <stdarg.h>

#include "windef.h"

#define FORMAT_MESSAGE_ALLOCATE_BUFFER 0x00000100
#define FORMAT_MESSAGE_IGNORE_INSERTS 0x00000200
#define FORMAT_MESSAGE_FROM_STRING 0x00000400
#define FORMAT_MESSAGE_FROM_HMODULE 0x00000800
#define FORMAT_MESSAGE_FROM_SYSTEM 0x00001000
#define FORMAT_MESSAGE_ARGUMENT_ARRAY 0x00002000
#define FORMAT_MESSAGE_MAX_WIDTH_MASK 0x000000FF

#define LANG_NEUTRAL 0x00
#define LANG_ENGLISH 0x09
#define SUBLANG_NEUTRAL 0x00
#define SUBLANG_DEFAULT 0x01
#define SUBLANG_ENGLISH_US 0x01
#define MAKELANGID(p, s) ((((WORD)(s)) << 10) | (WORD)(p))
#define PRIMARYLANGID(lgid) ((WORD)(lgid)&0x3ff)
#define SUBLANGID(lgid) ((WORD)(lgid) >> 10)

#define LMEM_FIXED 0x0000
#define LMEM_MOVEABLE 0x0002
#define LMEM_NOCOMPACT 0x0010
#define LMEM_NODISCARD 0x0020
#define LMEM_ZEROINIT 0x0040
#define LMEM_MODIFY 0x0080
#define LMEM_DISCARDABLE 0x0F00
#define LHND (LMEM_MOVEABLE | LMEM_ZEROINIT)
#define LPTR (LMEM_FIXED | LMEM_ZEROINIT)
#define NONZEROLHND LMEM_MOVEABLE
#define NONZEROLPTR LMEM_FIXED

#define GMEM_FIXED 0x0000
#define GMEM_MOVEABLE 0x0002
#define GMEM_NOCOMPACT 0x0010
#define GMEM_NODISCARD 0x0020
#define GMEM_ZEROINIT 0x0040
#define GMEM_MODIFY 0x0080
#define GMEM_DISCARDABLE 0x0100
#define GHND (GMEM_MOVEABLE | GMEM_ZEROINIT)
#define GPTR (GMEM_FIXED | GMEM_ZEROINIT)

#define EVENTLOG_SUCCESS 0x0000
#define EVENTLOG_ERROR_TYPE 0x0001
#define EVENTLOG_WARNING_TYPE 0x0002
#define EVENTLOG_INFORMATION_TYPE 0x0004
#define EVENTLOG_AUDIT_SUCCESS 0x0008
#define EVENTLOG_AUDIT_FAILURE 0x0010

typedef PVOID PSID;

/* GetComputerName is GetComputerNameEx's NetBIOS name, but a buffer too small fails with
 * ERROR_BUFFER_OVERFLOW. GetUserName gives the POSIX user name of the effective uid;
 * *pcbBuffer counts the NUL, on success and (the size needed) with
 * ERROR_INSUFFICIENT_BUFFER. */
#define MAX_COMPUTERNAME_LENGTH 15

/* MoveFileEx: without MOVEFILE_REPLACE_EXISTING an existing target fails with
 * ERROR_ALREADY_EXISTS; across file systems only with MOVEFILE_COPY_ALLOWED (MoveFile
 * allows it), else ERROR_NOT_SAME_DEVICE. The other flags are accepted. CopyFile with
 * bFailIfExists fails on an existing target with ERROR_FILE_EXISTS. */
#define MOVEFILE_REPLACE_EXISTING 0x00000001u
#define MOVEFILE_COPY_ALLOWED 0x00000002u
#define MOVEFILE_DELAY_UNTIL_REBOOT 0x00000004u
#define MOVEFILE_WRITE_THROUGH 0x00000008u

W3COMPAT_BEGIN_C

WINBASEAPI DWORD WINAPI FormatMessageA(DWORD dwFlags, LPCVOID lpSource, DWORD dwMessageId,
                                       DWORD dwLanguageId, LPSTR lpBuffer, DWORD nSize,
                                       va_list *Arguments);
WINBASEAPI DWORD WINAPI FormatMessageW(DWORD dwFlags, LPCVOID lpSource, DWORD dwMessageId,
                                       DWORD dwLanguageId, LPWSTR lpBuffer, DWORD nSize,
                                       va_list *Arguments);

WINBASEAPI HLOCAL WINAPI LocalAlloc(UINT uFlags, SIZE_T uBytes);
WINBASEAPI HLOCAL WINAPI LocalReAlloc(HLOCAL hMem, SIZE_T uBytes, UINT uFlags);
WINBASEAPI HLOCAL WINAPI LocalFree(HLOCAL hMem);
WINBASEAPI SIZE_T WINAPI LocalSize(HLOCAL hMem);
WINBASEAPI LPVOID WINAPI LocalLock(HLOCAL hMem);
WINBASEAPI BOOL WINAPI LocalUnlock(HLOCAL hMem);
WINBASEAPI HGLOBAL WINAPI GlobalAlloc(UINT uFlags, SIZE_T dwBytes);
WINBASEAPI HGLOBAL WINAPI GlobalReAlloc(HGLOBAL hMem, SIZE_T dwBytes, UINT uFlags);
WINBASEAPI HGLOBAL WINAPI GlobalFree(HGLOBAL hMem);
WINBASEAPI SIZE_T WINAPI GlobalSize(HGLOBAL hMem);
WINBASEAPI LPVOID WINAPI GlobalLock(HGLOBAL hMem);
WINBASEAPI BOOL WINAPI GlobalUnlock(HGLOBAL hMem);

WINADVAPI HANDLE WINAPI RegisterEventSourceA(LPCSTR lpUNCServerName, LPCSTR lpSourceName);
WINADVAPI HANDLE WINAPI RegisterEventSourceW(LPCWSTR lpUNCServerName, LPCWSTR lpSourceName);
WINADVAPI BOOL WINAPI DeregisterEventSource(HANDLE hEventLog);
WINADVAPI BOOL WINAPI ReportEventA(HANDLE hEventLog, WORD wType, WORD wCategory, DWORD dwEventID,
                                   PSID lpUserSid, WORD wNumStrings, DWORD dwDataSize,
                                   LPCSTR *lpStrings, LPVOID lpRawData);
WINADVAPI BOOL WINAPI ReportEventW(HANDLE hEventLog, WORD wType, WORD wCategory, DWORD dwEventID,
                                   PSID lpUserSid, WORD wNumStrings, DWORD dwDataSize,
                                   LPCWSTR *lpStrings, LPVOID lpRawData);

WINBASEAPI BOOL WINAPI MoveFileExA(LPCSTR lpExistingFileName, LPCSTR lpNewFileName,
                                   DWORD dwFlags);
WINBASEAPI BOOL WINAPI MoveFileExW(LPCWSTR lpExistingFileName, LPCWSTR lpNewFileName,
                                   DWORD dwFlags);
WINBASEAPI BOOL WINAPI MoveFileA(LPCSTR lpExistingFileName, LPCSTR lpNewFileName);
WINBASEAPI BOOL WINAPI MoveFileW(LPCWSTR lpExistingFileName, LPCWSTR lpNewFileName);
WINBASEAPI BOOL WINAPI CopyFileA(LPCSTR lpExistingFileName, LPCSTR lpNewFileName,
                                 BOOL bFailIfExists);
WINBASEAPI BOOL WINAPI CopyFileW(LPCWSTR lpExistingFileName, LPCWSTR lpNewFileName,
                                 BOOL bFailIfExists);

/* a * b / c in 64 bits, rounded half away from zero; -1 when c is 0 or the result does
 * not fit. */
WINBASEAPI int WINAPI MulDiv(int nNumber, int nNumerator, int nDenominator);

WINBASEAPI BOOL WINAPI GetComputerNameA(LPSTR lpBuffer, LPDWORD nSize);
WINBASEAPI BOOL WINAPI GetComputerNameW(LPWSTR lpBuffer, LPDWORD nSize);
WINADVAPI BOOL WINAPI GetUserNameA(LPSTR lpBuffer, LPDWORD pcbBuffer);
WINADVAPI BOOL WINAPI GetUserNameW(LPWSTR lpBuffer, LPDWORD pcbBuffer);

W3COMPAT_END_C

#ifdef UNICODE
#define GetComputerName GetComputerNameW
#define MoveFileEx MoveFileExW
#define MoveFile MoveFileW
#define CopyFile CopyFileW
#define GetUserName GetUserNameW
#define FormatMessage FormatMessageW
#define RegisterEventSource RegisterEventSourceW
#define ReportEvent ReportEventW
#else
#define GetComputerName GetComputerNameA
#define MoveFileEx MoveFileExA
#define MoveFile MoveFileA
#define CopyFile CopyFileA
#define GetUserName GetUserNameA
#define FormatMessage FormatMessageA
#define RegisterEventSource RegisterEventSourceA
#define ReportEvent ReportEventA
#endif

#endif
