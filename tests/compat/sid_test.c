/* SIDs and security descriptors as data, SID strings (sddl.h), and CheckTokenMembership's
 * documented errors. */
#include <windows.h>
#include <sddl.h>

#include <string.h>

#include "w3test.h"

static PSID administrators(void)
{
    SID_IDENTIFIER_AUTHORITY nt = {SECURITY_NT_AUTHORITY};
    PSID sid = NULL;
    W3_REQUIRE(AllocateAndInitializeSid(&nt, 2, SECURITY_BUILTIN_DOMAIN_RID,
                                        DOMAIN_ALIAS_RID_ADMINS, 0, 0, 0, 0, 0, 0, &sid));
    return sid;
}

W3_TEST(sid_layout_and_accessors)
{
    PSID sid = administrators();
    W3_CHECK(IsValidSid(sid));
    W3_CHECK_EQ(GetLengthSid(sid), 16);
    W3_CHECK_EQ(GetSidLengthRequired(2), 16);
    W3_CHECK_EQ(*GetSidSubAuthorityCount(sid), 2);
    W3_CHECK_EQ(*GetSidSubAuthority(sid, 0), SECURITY_BUILTIN_DOMAIN_RID);
    W3_CHECK_EQ(*GetSidSubAuthority(sid, 1), DOMAIN_ALIAS_RID_ADMINS);
    W3_CHECK_EQ(GetSidIdentifierAuthority(sid)->Value[5], 5);
    BYTE copy[SECURITY_MAX_SID_SIZE];
    W3_CHECK(CopySid(sizeof copy, copy, sid));
    W3_CHECK(EqualSid(copy, sid));
    *GetSidSubAuthority(copy, 1) = DOMAIN_ALIAS_RID_USERS;
    W3_CHECK(!EqualSid(copy, sid));
    W3_CHECK(!CopySid(8, copy, sid)); /* too small */
    W3_CHECK(FreeSid(sid) == NULL);
}

W3_TEST(sid_strings_round_trip)
{
    PSID sid = administrators(), parsed = NULL;
    LPSTR text = NULL;
    LPWSTR wide = NULL;
    W3_REQUIRE(ConvertSidToStringSidA(sid, &text));
    W3_CHECK_STR(text, "S-1-5-32-544");
    LocalFree(text);
    W3_REQUIRE(ConvertSidToStringSidW(sid, &wide));
    W3_CHECK(wcscmp(wide, L"S-1-5-32-544") == 0);
    LocalFree(wide);
    W3_REQUIRE(ConvertStringSidToSidA("S-1-5-32-544", &parsed));
    W3_CHECK(EqualSid(parsed, sid));
    LocalFree(parsed);
    W3_REQUIRE(ConvertStringSidToSidA("BA", &parsed)); /* the SDDL alias */
    W3_CHECK(EqualSid(parsed, sid));
    LocalFree(parsed);
    W3_REQUIRE(ConvertStringSidToSidW(L"S-1-1-0", &parsed));
    W3_REQUIRE(ConvertSidToStringSidA(parsed, &text));
    W3_CHECK_STR(text, "S-1-1-0");
    LocalFree(text);
    LocalFree(parsed);
    FreeSid(sid);
}

W3_TEST(sid_string_errors)
{
    PSID parsed = NULL;
    LPSTR text = NULL;
    BYTE bogus[16] = {7, 1};
    SetLastError(0);
    W3_CHECK(!ConvertStringSidToSidA("not a sid", &parsed));
    W3_CHECK_EQ(GetLastError(), ERROR_INVALID_SID);
    SetLastError(0);
    W3_CHECK(!ConvertStringSidToSidA("S-1-5-", &parsed));
    W3_CHECK_EQ(GetLastError(), ERROR_INVALID_SID);
    W3_CHECK(!IsValidSid(bogus));
    SetLastError(0);
    W3_CHECK(!ConvertSidToStringSidA(bogus, &text));
    W3_CHECK_EQ(GetLastError(), ERROR_INVALID_SID);
    SetLastError(0);
    W3_CHECK(!ConvertStringSidToSidA(NULL, &parsed));
    W3_CHECK_EQ(GetLastError(), ERROR_INVALID_PARAMETER);
}

W3_TEST(security_descriptor_with_a_null_dacl)
{
    SECURITY_DESCRIPTOR sd;
    SECURITY_ATTRIBUTES sa = {sizeof sa, &sd, FALSE};
    W3_REQUIRE(InitializeSecurityDescriptor(&sd, SECURITY_DESCRIPTOR_REVISION));
    W3_CHECK(IsValidSecurityDescriptor(&sd));
    W3_REQUIRE(SetSecurityDescriptorDacl(&sd, TRUE, NULL, FALSE)); /* everyone may access */
    HANDLE e = CreateEventA(&sa, TRUE, FALSE, NULL);
    W3_CHECK(e != NULL);
    CloseHandle(e);
    SetLastError(0);
    W3_CHECK(!InitializeSecurityDescriptor(&sd, 2));
    W3_CHECK_EQ(GetLastError(), ERROR_UNKNOWN_REVISION);
}

W3_TEST(check_token_membership_rejects_non_tokens)
{
    PSID sid = administrators();
    BOOL member = TRUE;
    HANDLE event = CreateEventA(NULL, TRUE, FALSE, NULL);
    SetLastError(0);
    W3_CHECK(!CheckTokenMembership(event, sid, &member));
    W3_CHECK(GetLastError() == ERROR_INVALID_HANDLE || GetLastError() == ERROR_NO_TOKEN);
    CloseHandle(event);
    FreeSid(sid);
}
