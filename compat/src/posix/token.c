/* Access tokens where there is no Windows security: see securitybaseapi.h. */
#include <windows.h>

static BOOL fail(DWORD error)
{
    SetLastError(error);
    return FALSE;
}

BOOL WINAPI OpenProcessToken(HANDLE ProcessHandle, DWORD DesiredAccess, PHANDLE TokenHandle)
{
    (void)ProcessHandle;
    (void)DesiredAccess;
    if (TokenHandle)
        *TokenHandle = NULL;
    return fail(ERROR_CALL_NOT_IMPLEMENTED);
}

BOOL WINAPI OpenThreadToken(HANDLE ThreadHandle, DWORD DesiredAccess, BOOL OpenAsSelf,
                            PHANDLE TokenHandle)
{
    (void)ThreadHandle;
    (void)DesiredAccess;
    (void)OpenAsSelf;
    if (TokenHandle)
        *TokenHandle = NULL;
    return fail(ERROR_NO_TOKEN);
}

BOOL WINAPI SetThreadToken(PHANDLE Thread, HANDLE Token)
{
    (void)Thread;
    return Token ? fail(ERROR_INVALID_HANDLE) : TRUE;
}

BOOL WINAPI GetTokenInformation(HANDLE TokenHandle, TOKEN_INFORMATION_CLASS TokenInformationClass,
                                LPVOID TokenInformation, DWORD TokenInformationLength,
                                PDWORD ReturnLength)
{
    (void)TokenHandle;
    (void)TokenInformationClass;
    (void)TokenInformation;
    (void)TokenInformationLength;
    (void)ReturnLength;
    return fail(ERROR_INVALID_HANDLE);
}

BOOL WINAPI ImpersonateLoggedOnUser(HANDLE hToken)
{
    (void)hToken;
    return fail(ERROR_INVALID_HANDLE);
}

BOOL WINAPI ImpersonateSelf(SECURITY_IMPERSONATION_LEVEL ImpersonationLevel)
{
    (void)ImpersonationLevel;
    return fail(ERROR_CALL_NOT_IMPLEMENTED);
}

BOOL WINAPI RevertToSelf(void)
{
    return TRUE;
}

BOOL WINAPI DuplicateTokenEx(HANDLE hExistingToken, DWORD dwDesiredAccess,
                             LPSECURITY_ATTRIBUTES lpTokenAttributes,
                             SECURITY_IMPERSONATION_LEVEL ImpersonationLevel, TOKEN_TYPE type,
                             PHANDLE phNewToken)
{
    (void)hExistingToken;
    (void)dwDesiredAccess;
    (void)lpTokenAttributes;
    (void)ImpersonationLevel;
    (void)type;
    (void)phNewToken;
    return fail(ERROR_INVALID_HANDLE);
}

BOOL WINAPI DuplicateToken(HANDLE ExistingTokenHandle,
                           SECURITY_IMPERSONATION_LEVEL ImpersonationLevel,
                           PHANDLE DuplicateTokenHandle)
{
    return DuplicateTokenEx(ExistingTokenHandle, TOKEN_IMPERSONATE | TOKEN_QUERY, NULL,
                            ImpersonationLevel, TokenImpersonation, DuplicateTokenHandle);
}

BOOL WINAPI LogonUserA(LPCSTR lpszUsername, LPCSTR lpszDomain, LPCSTR lpszPassword,
                       DWORD dwLogonType, DWORD dwLogonProvider, PHANDLE phToken)
{
    (void)lpszUsername;
    (void)lpszDomain;
    (void)lpszPassword;
    (void)dwLogonType;
    (void)dwLogonProvider;
    if (phToken)
        *phToken = NULL;
    return fail(ERROR_CALL_NOT_IMPLEMENTED);
}

BOOL WINAPI LogonUserW(LPCWSTR lpszUsername, LPCWSTR lpszDomain, LPCWSTR lpszPassword,
                       DWORD dwLogonType, DWORD dwLogonProvider, PHANDLE phToken)
{
    (void)lpszUsername;
    (void)lpszDomain;
    (void)lpszPassword;
    return LogonUserA(NULL, NULL, NULL, dwLogonType, dwLogonProvider, phToken);
}

BOOL WINAPI LookupAccountSidA(LPCSTR lpSystemName, PSID Sid, LPSTR Name, LPDWORD cchName,
                              LPSTR ReferencedDomainName, LPDWORD cchReferencedDomainName,
                              PSID_NAME_USE peUse)
{
    (void)lpSystemName;
    (void)Sid;
    (void)Name;
    (void)cchName;
    (void)ReferencedDomainName;
    (void)cchReferencedDomainName;
    (void)peUse;
    return fail(ERROR_NONE_MAPPED);
}

BOOL WINAPI LookupAccountSidW(LPCWSTR lpSystemName, PSID Sid, LPWSTR Name, LPDWORD cchName,
                              LPWSTR ReferencedDomainName, LPDWORD cchReferencedDomainName,
                              PSID_NAME_USE peUse)
{
    (void)lpSystemName;
    (void)Name;
    (void)ReferencedDomainName;
    return LookupAccountSidA(NULL, Sid, NULL, cchName, NULL, cchReferencedDomainName, peUse);
}
