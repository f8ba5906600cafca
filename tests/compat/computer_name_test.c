/* GetComputerName(Ex) and GetUserName: the names agree with each other, and buffers
 * too small fail with the documented error and the size needed. */
#include <windows.h>

#include <string.h>
#include <wchar.h>

#include "w3test.h"

W3_TEST(computer_name_is_the_netbios_name)
{
    char name[MAX_COMPUTERNAME_LENGTH + 1], netbios[64];
    DWORD size = sizeof name, size_ex = sizeof netbios;
    W3_REQUIRE(GetComputerNameA(name, &size));
    W3_CHECK_EQ(size, strlen(name));
    W3_CHECK(size > 0 && size <= MAX_COMPUTERNAME_LENGTH);
    W3_REQUIRE(GetComputerNameExA(ComputerNameNetBIOS, netbios, &size_ex));
    W3_CHECK_EQ(size_ex, size);
    W3_CHECK_STR(netbios, name);
    for (DWORD i = 0; i < size; i++)
        W3_CHECK(!(name[i] >= 'a' && name[i] <= 'z'));
}

W3_TEST(computer_name_wide_matches_ansi)
{
    char name[MAX_COMPUTERNAME_LENGTH + 1];
    WCHAR wide[MAX_COMPUTERNAME_LENGTH + 1];
    DWORD size = sizeof name, wsize = ARRAYSIZE(wide);
    W3_REQUIRE(GetComputerNameA(name, &size));
    W3_REQUIRE(GetComputerNameW(wide, &wsize));
    W3_CHECK_EQ(wsize, size);
    W3_CHECK_EQ(wcslen(wide), size);
    for (DWORD i = 0; i < size; i++)
        W3_CHECK_EQ(wide[i], (WCHAR)name[i]);
}

W3_TEST(computer_name_short_buffer_is_buffer_overflow)
{
    char name[MAX_COMPUTERNAME_LENGTH + 1];
    WCHAR wide[2];
    DWORD size = sizeof name, small;
    W3_REQUIRE(GetComputerNameA(name, &size));
    small = size; /* no room for the NUL */
    SetLastError(0);
    W3_CHECK(!GetComputerNameA(name, &small));
    W3_CHECK_EQ(GetLastError(), ERROR_BUFFER_OVERFLOW);
    W3_CHECK_EQ(small, size + 1);
    small = 1;
    SetLastError(0);
    W3_CHECK(!GetComputerNameW(wide, &small));
    W3_CHECK_EQ(GetLastError(), ERROR_BUFFER_OVERFLOW);
    W3_CHECK_EQ(small, size + 1);
}

W3_TEST(computer_name_ex_short_buffer_is_more_data)
{
    char host[256];
    WCHAR whost[256];
    DWORD size = sizeof host, needed = 0, wneeded = 0;
    W3_REQUIRE(GetComputerNameExA(ComputerNameDnsHostname, host, &size));
    W3_CHECK_EQ(size, strlen(host));
    SetLastError(0);
    W3_CHECK(!GetComputerNameExA(ComputerNameDnsHostname, NULL, &needed));
    W3_CHECK_EQ(GetLastError(), ERROR_MORE_DATA);
    W3_CHECK_EQ(needed, size + 1);
    SetLastError(0);
    W3_CHECK(!GetComputerNameExW(ComputerNameDnsHostname, NULL, &wneeded));
    W3_CHECK_EQ(GetLastError(), ERROR_MORE_DATA);
    W3_CHECK_EQ(wneeded, size + 1);
    W3_REQUIRE(GetComputerNameExW(ComputerNameDnsHostname, whost, &wneeded));
    W3_CHECK_EQ(wneeded, size);
}

W3_TEST(computer_name_ex_formats_agree)
{
    char host[256], domain[256], fqdn[512], physical[512], netbios[64];
    DWORD n_host = sizeof host, n_domain = sizeof domain, n_fqdn = sizeof fqdn;
    DWORD n_phys = sizeof physical, n_netbios = sizeof netbios;
    W3_REQUIRE(GetComputerNameExA(ComputerNameDnsHostname, host, &n_host));
    W3_REQUIRE(GetComputerNameExA(ComputerNameDnsDomain, domain, &n_domain));
    W3_REQUIRE(GetComputerNameExA(ComputerNameDnsFullyQualified, fqdn, &n_fqdn));
    W3_REQUIRE(GetComputerNameExA(ComputerNamePhysicalDnsFullyQualified, physical, &n_phys));
    W3_REQUIRE(GetComputerNameExA(ComputerNameNetBIOS, netbios, &n_netbios));
    W3_CHECK(n_host > 0);
    W3_CHECK(strchr(host, '.') == NULL);
    W3_CHECK_STR(physical, fqdn);
    /* The fully qualified name is the host name, then ".domain" when there is one. */
    W3_CHECK(strncmp(fqdn, host, n_host) == 0);
    if (n_domain > 0) {
        W3_CHECK_EQ(n_fqdn, n_host + 1 + n_domain);
        W3_CHECK_EQ(fqdn[n_host], '.');
        W3_CHECK_STR(fqdn + n_host + 1, domain);
    } else {
        W3_CHECK_EQ(n_fqdn, n_host);
    }
    /* The NetBIOS name is the host name in capitals, at most 15 characters. */
    W3_CHECK_EQ(n_netbios, n_host < MAX_COMPUTERNAME_LENGTH ? n_host : MAX_COMPUTERNAME_LENGTH);
    for (DWORD i = 0; i < n_netbios; i++) {
        char c = host[i] >= 'a' && host[i] <= 'z' ? (char)(host[i] - 'a' + 'A') : host[i];
        W3_CHECK_EQ(netbios[i], c);
    }
}

W3_TEST(computer_name_ex_unknown_format_is_invalid_parameter)
{
    char buf[256];
    DWORD size = sizeof buf;
    SetLastError(0);
    W3_CHECK(!GetComputerNameExA(ComputerNameMax, buf, &size));
    W3_CHECK_EQ(GetLastError(), ERROR_INVALID_PARAMETER);
    size = sizeof buf;
    SetLastError(0);
    W3_CHECK(!GetComputerNameExW((COMPUTER_NAME_FORMAT)99, (LPWSTR)buf, &size));
    W3_CHECK_EQ(GetLastError(), ERROR_INVALID_PARAMETER);
}

W3_TEST(user_name_counts_the_nul)
{
    char name[257];
    WCHAR wide[257];
    DWORD size = sizeof name, wsize = ARRAYSIZE(wide), small = 1;
    W3_REQUIRE(GetUserNameA(name, &size));
    W3_CHECK(strlen(name) > 0);
    W3_CHECK_EQ(size, strlen(name) + 1);
    W3_REQUIRE(GetUserNameW(wide, &wsize));
    W3_CHECK_EQ(wsize, size);
    SetLastError(0);
    W3_CHECK(!GetUserNameA(name, &small));
    W3_CHECK_EQ(GetLastError(), ERROR_INSUFFICIENT_BUFFER);
    W3_CHECK_EQ(small, size);
    small = 1;
    SetLastError(0);
    W3_CHECK(!GetUserNameW(wide, &small));
    W3_CHECK_EQ(GetLastError(), ERROR_INSUFFICIENT_BUFFER);
    W3_CHECK_EQ(small, size);
}
