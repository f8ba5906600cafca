/* Environment variables and the machine's memory status. */
#include <windows.h>

#include "w3test.h"

W3_TEST(environment_variable_round_trips)
{
    char buf[16];
    W3_REQUIRE(SetEnvironmentVariableA("W3_TEST_VAR", "hello"));
    W3_CHECK_EQ(GetEnvironmentVariableA("W3_TEST_VAR", buf, sizeof buf), 5);
    W3_CHECK_STR(buf, "hello");
}

W3_TEST(environment_names_ignore_case)
{
    char buf[16];
    W3_REQUIRE(SetEnvironmentVariableA("W3_TEST_CASE", "v1"));
    W3_CHECK_EQ(GetEnvironmentVariableA("w3_test_case", buf, sizeof buf), 2);
    W3_CHECK_STR(buf, "v1");
    W3_REQUIRE(SetEnvironmentVariableA("w3_Test_Case", "v2"));
    W3_CHECK_EQ(GetEnvironmentVariableA("W3_TEST_CASE", buf, sizeof buf), 2);
    W3_CHECK_STR(buf, "v2");
}

W3_TEST(short_buffer_reports_the_size_with_the_nul)
{
    char buf[5];
    W3_REQUIRE(SetEnvironmentVariableA("W3_TEST_SHORT", "hello"));
    W3_CHECK_EQ(GetEnvironmentVariableA("W3_TEST_SHORT", buf, sizeof buf), 6);
    W3_CHECK_EQ(GetEnvironmentVariableA("W3_TEST_SHORT", NULL, 0), 6);
    W3_CHECK_EQ(GetEnvironmentVariableA("W3_TEST_SHORT", buf, 0), 6);
}

W3_TEST(missing_variable_is_envvar_not_found)
{
    char buf[8];
    SetLastError(0);
    W3_CHECK_EQ(GetEnvironmentVariableA("W3_TEST_NEVER_SET", buf, sizeof buf), 0);
    W3_CHECK_EQ(GetLastError(), ERROR_ENVVAR_NOT_FOUND);
}

W3_TEST(null_value_deletes_the_variable)
{
    char buf[8];
    W3_REQUIRE(SetEnvironmentVariableA("W3_TEST_DEL", "x"));
    W3_CHECK(SetEnvironmentVariableA("W3_TEST_DEL", NULL));
    SetLastError(0);
    W3_CHECK_EQ(GetEnvironmentVariableA("W3_TEST_DEL", buf, sizeof buf), 0);
    W3_CHECK_EQ(GetLastError(), ERROR_ENVVAR_NOT_FOUND);
    /* Deleting what does not exist succeeds. */
    W3_CHECK(SetEnvironmentVariableA("W3_TEST_DEL", NULL));
}

W3_TEST(empty_value_is_zero_length_without_error)
{
    char buf[8] = "junk";
    W3_REQUIRE(SetEnvironmentVariableA("W3_TEST_EMPTY", ""));
    SetLastError(0x1234);
    W3_CHECK_EQ(GetEnvironmentVariableA("W3_TEST_EMPTY", buf, sizeof buf), 0);
    W3_CHECK_EQ(GetLastError(), 0x1234);
    W3_CHECK_STR(buf, "");
}

W3_TEST(invalid_names_are_rejected)
{
    SetLastError(0);
    W3_CHECK(!SetEnvironmentVariableA("A=B", "x"));
    W3_CHECK_EQ(GetLastError(), ERROR_INVALID_PARAMETER);
    SetLastError(0);
    W3_CHECK(!SetEnvironmentVariableA("", "x"));
    W3_CHECK_EQ(GetLastError(), ERROR_INVALID_PARAMETER);
}

W3_TEST(wide_environment_functions)
{
    WCHAR buf[16];
    W3_REQUIRE(SetEnvironmentVariableW(L"W3_TEST_WIDE", L"caf\x00e9"));
    W3_CHECK_EQ(GetEnvironmentVariableW(L"W3_TEST_WIDE", buf, 16), 4);
    W3_CHECK(buf[3] == 0xe9 && buf[4] == 0);
    W3_CHECK_EQ(GetEnvironmentVariableW(L"W3_TEST_WIDE", buf, 4), 5);
    {
        char narrow[16];
        W3_CHECK_EQ(GetEnvironmentVariableA("W3_TEST_WIDE", narrow, sizeof narrow) > 0, 1);
    }
}

W3_TEST(memory_status_needs_its_length_set)
{
    MEMORYSTATUSEX status = {0};
    SetLastError(0);
    W3_CHECK(!GlobalMemoryStatusEx(&status));
    W3_CHECK_EQ(GetLastError(), ERROR_INVALID_PARAMETER);
}

W3_TEST(memory_status_reports_a_consistent_machine)
{
    MEMORYSTATUSEX status = {0};
    status.dwLength = sizeof status;
    W3_REQUIRE(GlobalMemoryStatusEx(&status));
    W3_CHECK(status.ullTotalPhys > 0);
    W3_CHECK(status.ullAvailPhys > 0 && status.ullAvailPhys <= status.ullTotalPhys);
    W3_CHECK(status.dwMemoryLoad <= 100);
    W3_CHECK(status.ullTotalPageFile >= status.ullTotalPhys);
    W3_CHECK(status.ullTotalVirtual > 0 && status.ullAvailVirtual <= status.ullTotalVirtual);
}

W3_TEST(pseudo_handles_close_successfully)
{
    W3_CHECK(CloseHandle(GetCurrentProcess()));
    W3_CHECK(CloseHandle(GetCurrentThread()));
}
