/* Access tokens as far as their contract holds everywhere: a thread that is not
 * impersonating has no token, RevertToSelf then has nothing to undo, and functions that
 * take a token reject handles that are not tokens. (What POSIX does where Windows has
 * real tokens is tested in posix/no_windows_security_test.c.) */
#include <windows.h>

#include <stddef.h>

#include "w3test.h"

W3_TEST(thread_without_impersonation_has_no_token)
{
    HANDLE token = INVALID_HANDLE_VALUE;
    SetLastError(0);
    W3_CHECK(!OpenThreadToken(GetCurrentThread(), TOKEN_QUERY, TRUE, &token));
    W3_CHECK_EQ(GetLastError(), ERROR_NO_TOKEN);
    SetLastError(0);
    W3_CHECK(!OpenThreadToken(GetCurrentThread(), TOKEN_QUERY | TOKEN_IMPERSONATE, FALSE, &token));
    W3_CHECK_EQ(GetLastError(), ERROR_NO_TOKEN);
}

W3_TEST(revert_to_self_without_impersonation_succeeds)
{
    HANDLE token;
    W3_CHECK(RevertToSelf());
    W3_CHECK(SetThreadToken(NULL, NULL)); /* NULL token: stop impersonating */
    SetLastError(0);
    W3_CHECK(!OpenThreadToken(GetCurrentThread(), TOKEN_QUERY, TRUE, &token));
    W3_CHECK_EQ(GetLastError(), ERROR_NO_TOKEN);
}

W3_TEST(token_functions_reject_handles_that_are_not_tokens)
{
    HANDLE event = CreateEventA(NULL, TRUE, FALSE, NULL);
    HANDLE copy = NULL;
    BYTE info[256];
    DWORD len = 0;
    W3_REQUIRE(event != NULL);
    SetLastError(0);
    W3_CHECK(!GetTokenInformation(event, TokenUser, info, sizeof info, &len));
    W3_CHECK_EQ(GetLastError(), ERROR_INVALID_HANDLE);
    SetLastError(0);
    W3_CHECK(!ImpersonateLoggedOnUser(event));
    W3_CHECK_EQ(GetLastError(), ERROR_INVALID_HANDLE);
    SetLastError(0);
    W3_CHECK(!DuplicateTokenEx(event, TOKEN_ALL_ACCESS, NULL, SecurityImpersonation,
                               TokenImpersonation, &copy));
    W3_CHECK_EQ(GetLastError(), ERROR_INVALID_HANDLE);
    SetLastError(0);
    W3_CHECK(!DuplicateToken(event, SecurityImpersonation, &copy));
    W3_CHECK_EQ(GetLastError(), ERROR_INVALID_HANDLE);
    CloseHandle(event);
}

W3_TEST(token_information_of_a_closed_handle_is_invalid_handle)
{
    HANDLE event = CreateEventA(NULL, TRUE, FALSE, NULL);
    BYTE info[64];
    DWORD len = 0;
    W3_REQUIRE(event != NULL);
    CloseHandle(event);
    SetLastError(0);
    W3_CHECK(!GetTokenInformation(event, TokenType, info, sizeof info, &len));
    W3_CHECK_EQ(GetLastError(), ERROR_INVALID_HANDLE);
}

W3_TEST(token_types_and_constants)
{
    W3_CHECK_EQ(TOKEN_QUERY, 0x0008);
    W3_CHECK_EQ(TOKEN_DUPLICATE, 0x0002);
    W3_CHECK_EQ(TOKEN_IMPERSONATE, 0x0004);
    W3_CHECK_EQ(TOKEN_ADJUST_PRIVILEGES, 0x0020);
    W3_CHECK_EQ(TOKEN_ALL_ACCESS, 0xF01FF);
    W3_CHECK_EQ(TOKEN_READ, 0x20008);
    W3_CHECK_EQ(TokenUser, 1);
    W3_CHECK_EQ(TokenType, 8);
    W3_CHECK_EQ(TokenElevation, 20);
    W3_CHECK_EQ(SecurityImpersonation, 2);
    W3_CHECK_EQ(TokenPrimary, 1);
    W3_CHECK_EQ(SidTypeUser, 1);
    W3_CHECK_EQ(sizeof(SID_AND_ATTRIBUTES), 2 * sizeof(void *));
    W3_CHECK_EQ(sizeof(TOKEN_USER), sizeof(SID_AND_ATTRIBUTES));
    W3_CHECK_EQ(sizeof(LUID_AND_ATTRIBUTES), 12);
}

W3_TEST(groups_and_privileges_layout)
{
    /* GetTokenInformation(TokenGroupsAndPrivileges)'s structure, as the SDK lays it out. */
    int p64 = sizeof(void *) == 8;
    W3_CHECK_EQ(offsetof(TOKEN_GROUPS_AND_PRIVILEGES, Sids), 8);
    W3_CHECK_EQ(offsetof(TOKEN_GROUPS_AND_PRIVILEGES, RestrictedSids), p64 ? 24 : 20);
    W3_CHECK_EQ(offsetof(TOKEN_GROUPS_AND_PRIVILEGES, Privileges), p64 ? 40 : 32);
    W3_CHECK_EQ(offsetof(TOKEN_GROUPS_AND_PRIVILEGES, AuthenticationId), p64 ? 48 : 36);
    W3_CHECK_EQ(sizeof(TOKEN_GROUPS_AND_PRIVILEGES), p64 ? 56 : 44);
    W3_CHECK_EQ(ERROR_OLD_WIN_VERSION, 1150);
}
