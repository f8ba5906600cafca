/* POSIX only: where Windows has access tokens, compat has none, and says so with the
 * errors securitybaseapi.h documents. */
#include <windows.h>

#include "w3test.h"

W3_TEST(process_token_is_not_implemented)
{
    HANDLE token = INVALID_HANDLE_VALUE;
    SetLastError(0);
    W3_CHECK(!OpenProcessToken(GetCurrentProcess(), TOKEN_QUERY, &token));
    W3_CHECK_EQ(GetLastError(), ERROR_CALL_NOT_IMPLEMENTED);
    W3_CHECK(token == NULL);
}

W3_TEST(impersonate_self_and_logon_are_not_implemented)
{
    HANDLE token = INVALID_HANDLE_VALUE;
    SetLastError(0);
    W3_CHECK(!ImpersonateSelf(SecurityImpersonation));
    W3_CHECK_EQ(GetLastError(), ERROR_CALL_NOT_IMPLEMENTED);
    SetLastError(0);
    W3_CHECK(!LogonUserA("user", ".", "secret", LOGON32_LOGON_NETWORK, LOGON32_PROVIDER_DEFAULT,
                         &token));
    W3_CHECK_EQ(GetLastError(), ERROR_CALL_NOT_IMPLEMENTED);
    W3_CHECK(token == NULL);
    SetLastError(0);
    W3_CHECK(!LogonUserW(L"user", L".", L"secret", LOGON32_LOGON_INTERACTIVE,
                         LOGON32_PROVIDER_DEFAULT, &token));
    W3_CHECK_EQ(GetLastError(), ERROR_CALL_NOT_IMPLEMENTED);
}

W3_TEST(no_handle_is_a_token)
{
    BYTE info[64];
    DWORD len = 0;
    SetLastError(0);
    W3_CHECK(!GetTokenInformation(NULL, TokenUser, info, sizeof info, &len));
    W3_CHECK_EQ(GetLastError(), ERROR_INVALID_HANDLE);
    SetLastError(0);
    W3_CHECK(!SetThreadToken(NULL, (HANDLE)(ULONG_PTR)4));
    W3_CHECK_EQ(GetLastError(), ERROR_INVALID_HANDLE);
}

W3_TEST(no_sid_maps_to_an_account)
{
    char name[64], domain[64];
    DWORD cch_name = sizeof name, cch_domain = sizeof domain;
    SID_NAME_USE use;
    BYTE sid[16] = {1};
    SetLastError(0);
    W3_CHECK(!LookupAccountSidA(NULL, sid, name, &cch_name, domain, &cch_domain, &use));
    W3_CHECK_EQ(GetLastError(), ERROR_NONE_MAPPED);
}

W3_TEST(process_is_in_no_windows_group)
{
    SID_IDENTIFIER_AUTHORITY nt = {SECURITY_NT_AUTHORITY};
    PSID admins = NULL;
    BOOL member = TRUE;
    W3_REQUIRE(AllocateAndInitializeSid(&nt, 2, SECURITY_BUILTIN_DOMAIN_RID,
                                        DOMAIN_ALIAS_RID_ADMINS, 0, 0, 0, 0, 0, 0, &admins));
    W3_CHECK(CheckTokenMembership(NULL, admins, &member));
    W3_CHECK(!member);
    FreeSid(admins);
}
