/* SIDs and security descriptors as data (the parts of securitybaseapi.h that need no
 * Windows security), and their string forms (sddl.h). */
#include <windows.h>
#include <sddl.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "text_conv.h"

/* The SID at p, once its header says it is well formed; NULL otherwise. */
static PISID valid(PSID p)
{
    PISID sid = p;
    return sid && sid->Revision == SID_REVISION && sid->SubAuthorityCount <= SID_MAX_SUB_AUTHORITIES
               ? sid
               : NULL;
}

DWORD WINAPI GetSidLengthRequired(UCHAR nSubAuthorityCount)
{
    return (DWORD)(sizeof(SID) - sizeof(DWORD) + nSubAuthorityCount * sizeof(DWORD));
}

BOOL WINAPI InitializeSid(PSID Sid, PSID_IDENTIFIER_AUTHORITY pIdentifierAuthority,
                          BYTE nSubAuthorityCount)
{
    PISID sid = Sid;
    if (nSubAuthorityCount > SID_MAX_SUB_AUTHORITIES) {
        SetLastError(ERROR_INVALID_PARAMETER);
        return FALSE;
    }
    sid->Revision = SID_REVISION;
    sid->SubAuthorityCount = nSubAuthorityCount;
    sid->IdentifierAuthority = *pIdentifierAuthority;
    memset(sid->SubAuthority, 0, nSubAuthorityCount * sizeof(DWORD));
    return TRUE;
}

BOOL WINAPI AllocateAndInitializeSid(PSID_IDENTIFIER_AUTHORITY pIdentifierAuthority,
                                     BYTE nSubAuthorityCount, DWORD nSubAuthority0,
                                     DWORD nSubAuthority1, DWORD nSubAuthority2,
                                     DWORD nSubAuthority3, DWORD nSubAuthority4,
                                     DWORD nSubAuthority5, DWORD nSubAuthority6,
                                     DWORD nSubAuthority7, PSID *pSid)
{
    const DWORD given[8] = {nSubAuthority0, nSubAuthority1, nSubAuthority2, nSubAuthority3,
                            nSubAuthority4, nSubAuthority5, nSubAuthority6, nSubAuthority7};
    PISID sid;

    if (!pSid || nSubAuthorityCount > 8) {
        SetLastError(ERROR_INVALID_PARAMETER);
        return FALSE;
    }
    sid = calloc(1, GetSidLengthRequired(nSubAuthorityCount));
    if (!sid) {
        SetLastError(ERROR_NOT_ENOUGH_MEMORY);
        return FALSE;
    }
    InitializeSid(sid, pIdentifierAuthority, nSubAuthorityCount);
    memcpy(sid->SubAuthority, given, nSubAuthorityCount * sizeof(DWORD));
    *pSid = sid;
    return TRUE;
}

PVOID WINAPI FreeSid(PSID pSid)
{
    free(pSid);
    return NULL;
}

BOOL WINAPI IsValidSid(PSID pSid)
{
    return valid(pSid) != NULL;
}

DWORD WINAPI GetLengthSid(PSID pSid)
{
    PISID sid = valid(pSid);
    return sid ? GetSidLengthRequired(sid->SubAuthorityCount) : 0;
}

BOOL WINAPI EqualSid(PSID pSid1, PSID pSid2)
{
    PISID a = valid(pSid1), b = valid(pSid2);
    SetLastError(ERROR_SUCCESS);
    return a && b && a->SubAuthorityCount == b->SubAuthorityCount &&
           memcmp(a, b, GetLengthSid(a)) == 0;
}

BOOL WINAPI CopySid(DWORD nDestinationSidLength, PSID pDestinationSid, PSID pSourceSid)
{
    DWORD length = GetLengthSid(pSourceSid);
    if (!length) {
        SetLastError(ERROR_INVALID_SID);
        return FALSE;
    }
    if (nDestinationSidLength < length) {
        SetLastError(ERROR_INSUFFICIENT_BUFFER);
        return FALSE;
    }
    memmove(pDestinationSid, pSourceSid, length);
    return TRUE;
}

PSID_IDENTIFIER_AUTHORITY WINAPI GetSidIdentifierAuthority(PSID pSid)
{
    SetLastError(ERROR_SUCCESS);
    return &((PISID)pSid)->IdentifierAuthority;
}

PUCHAR WINAPI GetSidSubAuthorityCount(PSID pSid)
{
    SetLastError(ERROR_SUCCESS);
    return &((PISID)pSid)->SubAuthorityCount;
}

PDWORD WINAPI GetSidSubAuthority(PSID pSid, DWORD nSubAuthority)
{
    SetLastError(ERROR_SUCCESS);
    return &((PISID)pSid)->SubAuthority[nSubAuthority];
}

BOOL WINAPI CheckTokenMembership(HANDLE TokenHandle, PSID SidToCheck, PBOOL IsMember)
{
    if (TokenHandle) {
        SetLastError(ERROR_INVALID_HANDLE); /* no handle is a token */
        return FALSE;
    }
    if (!valid(SidToCheck) || !IsMember) {
        SetLastError(ERROR_INVALID_PARAMETER);
        return FALSE;
    }
    *IsMember = FALSE;
    return TRUE;
}

BOOL WINAPI InitializeSecurityDescriptor(PSECURITY_DESCRIPTOR pSecurityDescriptor, DWORD dwRevision)
{
    if (dwRevision != SECURITY_DESCRIPTOR_REVISION) {
        SetLastError(ERROR_UNKNOWN_REVISION);
        return FALSE;
    }
    memset(pSecurityDescriptor, 0, sizeof(SECURITY_DESCRIPTOR));
    ((PISECURITY_DESCRIPTOR)pSecurityDescriptor)->Revision = SECURITY_DESCRIPTOR_REVISION;
    return TRUE;
}

BOOL WINAPI SetSecurityDescriptorDacl(PSECURITY_DESCRIPTOR pSecurityDescriptor, BOOL bDaclPresent,
                                      PACL pDacl, BOOL bDaclDefaulted)
{
    PISECURITY_DESCRIPTOR sd = pSecurityDescriptor;
    if (sd->Revision != SECURITY_DESCRIPTOR_REVISION) {
        SetLastError(ERROR_UNKNOWN_REVISION);
        return FALSE;
    }
    sd->Control &= (SECURITY_DESCRIPTOR_CONTROL) ~(SE_DACL_PRESENT | SE_DACL_DEFAULTED);
    sd->Dacl = NULL;
    if (bDaclPresent) {
        sd->Control |= SE_DACL_PRESENT;
        sd->Dacl = pDacl;
        if (bDaclDefaulted)
            sd->Control |= SE_DACL_DEFAULTED;
    }
    return TRUE;
}

BOOL WINAPI IsValidSecurityDescriptor(PSECURITY_DESCRIPTOR pSecurityDescriptor)
{
    if (((PISECURITY_DESCRIPTOR)pSecurityDescriptor)->Revision != SECURITY_DESCRIPTOR_REVISION) {
        SetLastError(ERROR_INVALID_SECURITY_DESCR);
        return FALSE;
    }
    return TRUE;
}

/* "S-1-<authority>-<sub>...", malloc'd: the authority in decimal when it fits 32 bits,
 * else as 0x and 12 hex digits. */
static char *sid_text(PISID sid)
{
    const BYTE *a = sid->IdentifierAuthority.Value;
    size_t size = 32 + sid->SubAuthorityCount * 11;
    char *out = malloc(size);
    int n;

    if (!out)
        return NULL;
    if (a[0] || a[1])
        n = snprintf(out, size, "S-%u-0x%02X%02X%02X%02X%02X%02X", sid->Revision, a[0], a[1], a[2],
                     a[3], a[4], a[5]);
    else
        n = snprintf(out, size, "S-%u-%lu", sid->Revision,
                     (unsigned long)a[2] << 24 | (unsigned long)a[3] << 16 |
                         (unsigned long)a[4] << 8 | a[5]);
    for (BYTE i = 0; i < sid->SubAuthorityCount; i++)
        n += snprintf(out + n, size - (size_t)n, "-%lu", (unsigned long)sid->SubAuthority[i]);
    return out;
}

/* A copy of text in LocalAlloc'd memory, as the caller frees it with LocalFree. */
static BOOL give_local_a(const char *text, LPSTR *out)
{
    size_t n = strlen(text) + 1;
    *out = LocalAlloc(LMEM_FIXED, n);
    if (!*out)
        return FALSE;
    memcpy(*out, text, n);
    return TRUE;
}

BOOL WINAPI ConvertSidToStringSidA(PSID Sid, LPSTR *StringSid)
{
    char *text;
    BOOL ok;

    if (!Sid || !StringSid) {
        SetLastError(ERROR_INVALID_PARAMETER);
        return FALSE;
    }
    if (!valid(Sid)) {
        SetLastError(ERROR_INVALID_SID);
        return FALSE;
    }
    text = sid_text(Sid);
    ok = text && give_local_a(text, StringSid);
    if (!ok)
        SetLastError(ERROR_NOT_ENOUGH_MEMORY);
    free(text);
    return ok;
}

BOOL WINAPI ConvertSidToStringSidW(PSID Sid, LPWSTR *StringSid)
{
    LPSTR narrow;
    int n;

    if (!StringSid) {
        SetLastError(ERROR_INVALID_PARAMETER);
        return FALSE;
    }
    if (!ConvertSidToStringSidA(Sid, &narrow))
        return FALSE;
    n = MultiByteToWideChar(CP_UTF8, 0, narrow, -1, NULL, 0);
    *StringSid = LocalAlloc(LMEM_FIXED, (SIZE_T)n * sizeof(WCHAR));
    if (*StringSid)
        MultiByteToWideChar(CP_UTF8, 0, narrow, -1, *StringSid, n);
    LocalFree(narrow);
    if (!*StringSid) {
        SetLastError(ERROR_NOT_ENOUGH_MEMORY);
        return FALSE;
    }
    return TRUE;
}

/* The SDDL names of well-known SIDs that ConvertStringSidToSid accepts. */
static const struct {
    const char *alias;
    const char *sid;
} aliases[] = {
    {"WD", "S-1-1-0"},      {"AN", "S-1-5-7"},      {"AU", "S-1-5-11"},
    {"SY", "S-1-5-18"},     {"LS", "S-1-5-19"},     {"NS", "S-1-5-20"},
    {"BA", "S-1-5-32-544"}, {"BU", "S-1-5-32-545"}, {"BG", "S-1-5-32-546"},
};

/* Parses "S-1-<authority>-<sub>..." (or an alias) into a malloc'd SID. */
static PISID parse_sid(const char *s)
{
    unsigned long long authority;
    unsigned long values[SID_MAX_SUB_AUTHORITIES];
    BYTE count = 0;
    char *end;
    PISID sid;

    for (size_t i = 0; i < sizeof aliases / sizeof aliases[0]; i++)
        if (strcmp(s, aliases[i].alias) == 0)
            return parse_sid(aliases[i].sid);
    if ((s[0] != 'S' && s[0] != 's') || s[1] != '-' || s[2] != '1' || s[3] != '-')
        return NULL;
    s += 4;
    authority = strtoull(s, &end, s[0] == '0' && (s[1] == 'x' || s[1] == 'X') ? 16 : 10);
    if (end == s || authority > 0xFFFFFFFFFFFFull)
        return NULL;
    for (s = end; *s == '-'; s = end) {
        if (count == SID_MAX_SUB_AUTHORITIES || s[1] < '0' || s[1] > '9')
            return NULL;
        unsigned long long v = strtoull(s + 1, &end, 10);
        if (v > 0xFFFFFFFFull)
            return NULL;
        values[count++] = (unsigned long)v;
    }
    if (*s || count == 0)
        return NULL;
    sid = calloc(1, GetSidLengthRequired(count));
    if (!sid)
        return NULL;
    sid->Revision = SID_REVISION;
    sid->SubAuthorityCount = count;
    for (int i = 0; i < 6; i++)
        sid->IdentifierAuthority.Value[i] = (BYTE)(authority >> (8 * (5 - i)));
    for (BYTE i = 0; i < count; i++)
        sid->SubAuthority[i] = (DWORD)values[i];
    return sid;
}

BOOL WINAPI ConvertStringSidToSidA(LPCSTR StringSid, PSID *Sid)
{
    PISID parsed;
    DWORD length;

    if (!StringSid || !Sid) {
        SetLastError(ERROR_INVALID_PARAMETER);
        return FALSE;
    }
    parsed = parse_sid(StringSid);
    if (!parsed) {
        SetLastError(ERROR_INVALID_SID);
        return FALSE;
    }
    length = GetLengthSid(parsed);
    *Sid = LocalAlloc(LMEM_FIXED, length);
    if (*Sid)
        memcpy(*Sid, parsed, length);
    free(parsed);
    if (!*Sid) {
        SetLastError(ERROR_NOT_ENOUGH_MEMORY);
        return FALSE;
    }
    return TRUE;
}

BOOL WINAPI ConvertStringSidToSidW(LPCWSTR StringSid, PSID *Sid)
{
    char *narrow;
    BOOL ok;

    if (!StringSid || !Sid) {
        SetLastError(ERROR_INVALID_PARAMETER);
        return FALSE;
    }
    narrow = w3_wide_to_utf8(StringSid);
    if (!narrow)
        return FALSE;
    ok = ConvertStringSidToSidA(narrow, Sid);
    free(narrow);
    return ok;
}
