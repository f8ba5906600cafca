/* SIDs as strings (sddl.h): "S-1-5-32-544" and the SDDL aliases of well-known SIDs
 * ("WD", "AN", "AU", "SY", "LS", "NS", "BA", "BU", "BG"). The results are LocalAlloc'd:
 * free them with LocalFree. A SID that is not valid, or a string that is not one, fails
 * with ERROR_INVALID_SID. Security descriptor strings are not supported. */
#ifndef W3COMPAT_SDDL_H
#define W3COMPAT_SDDL_H

#include "securitybaseapi.h"

W3COMPAT_BEGIN_C

WINADVAPI BOOL WINAPI ConvertSidToStringSidA(PSID Sid, LPSTR *StringSid);
WINADVAPI BOOL WINAPI ConvertSidToStringSidW(PSID Sid, LPWSTR *StringSid);
WINADVAPI BOOL WINAPI ConvertStringSidToSidA(LPCSTR StringSid, PSID *Sid);
WINADVAPI BOOL WINAPI ConvertStringSidToSidW(LPCWSTR StringSid, PSID *Sid);

W3COMPAT_END_C

#ifdef UNICODE
#define ConvertSidToStringSid ConvertSidToStringSidW
#define ConvertStringSidToSid ConvertStringSidToSidW
#else
#define ConvertSidToStringSid ConvertSidToStringSidA
#define ConvertStringSidToSid ConvertStringSidToSidA
#endif

#endif
