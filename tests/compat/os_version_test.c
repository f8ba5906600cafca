/* GetVersionEx and GetVersion: an NT version of Windows 8 or later, and the size check. */
#include <windows.h>

#include "w3test.h"

W3_TEST(version_ex_reports_nt_6_2_or_later)
{
    OSVERSIONINFOA info;
    OSVERSIONINFOEXW ex;
    ZeroMemory(&info, sizeof info);
    info.dwOSVersionInfoSize = sizeof info;
    W3_REQUIRE(GetVersionExA(&info));
    W3_CHECK_EQ(info.dwPlatformId, VER_PLATFORM_WIN32_NT);
    W3_CHECK(info.dwMajorVersion >= 6); /* Vista or later (compat reports 6.2, build 9200) */
    W3_CHECK(info.dwBuildNumber >= 6000);
    ZeroMemory(&ex, sizeof ex);
    ex.dwOSVersionInfoSize = sizeof ex;
    W3_REQUIRE(GetVersionExW((LPOSVERSIONINFOW)&ex));
    W3_CHECK_EQ(ex.dwMajorVersion, info.dwMajorVersion);
    W3_CHECK_EQ(ex.dwMinorVersion, info.dwMinorVersion);
    W3_CHECK(ex.wProductType == VER_NT_WORKSTATION || ex.wProductType == VER_NT_SERVER ||
             ex.wProductType == VER_NT_DOMAIN_CONTROLLER);
}

W3_TEST(version_packs_major_minor_build)
{
    OSVERSIONINFOA info;
    DWORD v = GetVersion();
    info.dwOSVersionInfoSize = sizeof info;
    W3_REQUIRE(GetVersionExA(&info));
    W3_CHECK_EQ(LOBYTE(LOWORD(v)), info.dwMajorVersion);
    W3_CHECK_EQ(HIBYTE(LOWORD(v)), info.dwMinorVersion);
    W3_CHECK_EQ(HIWORD(v), info.dwBuildNumber & 0x7FFF);
}

W3_TEST(version_ex_with_a_wrong_size_is_insufficient_buffer)
{
    OSVERSIONINFOEXA info;
    info.dwOSVersionInfoSize = sizeof(OSVERSIONINFOA) - 4;
    SetLastError(0);
    W3_CHECK(!GetVersionExA((LPOSVERSIONINFOA)&info));
    W3_CHECK_EQ(GetLastError(), ERROR_INSUFFICIENT_BUFFER);
    info.dwOSVersionInfoSize = 0;
    W3_CHECK(!GetVersionExW((LPOSVERSIONINFOW)&info));
}
