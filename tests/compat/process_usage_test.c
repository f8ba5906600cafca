/* CPU times of the process and the machine, memory counters and disk space. */
#include <windows.h>
#include <psapi.h>

#include <stdio.h>

#include "w3test.h"

static ULONGLONG ticks(const FILETIME *ft)
{
    return ((ULONGLONG)ft->dwHighDateTime << 32) | ft->dwLowDateTime;
}

W3_TEST(process_times_count_cpu_since_creation)
{
    FILETIME created, exited, kernel, user, now;
    volatile unsigned long spin = 0;
    ULONGLONG start = GetTickCount64();
    /* Spin until some CPU time shows (the machine may be busy: wall time is no measure). */
    do {
        for (int i = 0; i < 1000000; i++)
            spin++;
        W3_REQUIRE(GetProcessTimes(GetCurrentProcess(), &created, &exited, &kernel, &user));
    } while (ticks(&kernel) + ticks(&user) == 0 && GetTickCount64() - start < 10000);
    GetSystemTimeAsFileTime(&now);
    W3_CHECK(ticks(&created) <= ticks(&now));
    W3_CHECK(ticks(&now) - ticks(&created) < 24ull * 3600 * 10000000); /* started today */
    W3_CHECK(ticks(&kernel) + ticks(&user) > 0);
    W3_CHECK(ticks(&user) < 3600ull * 10000000);
}

W3_TEST(process_times_of_a_closed_handle_is_invalid_handle)
{
    FILETIME a, b, c, d;
    HANDLE e = CreateEventA(NULL, TRUE, FALSE, NULL);
    CloseHandle(e);
    SetLastError(0);
    W3_CHECK(!GetProcessTimes(e, &a, &b, &c, &d));
    W3_CHECK_EQ(GetLastError(), ERROR_INVALID_HANDLE);
}

W3_TEST(system_times_include_idle_in_kernel)
{
    FILETIME idle, kernel, user;
    W3_REQUIRE(GetSystemTimes(&idle, &kernel, &user));
    W3_CHECK(ticks(&kernel) >= ticks(&idle));
    W3_CHECK(ticks(&kernel) + ticks(&user) > 0);
}

W3_TEST(memory_counters_of_the_process)
{
    PROCESS_MEMORY_COUNTERS pmc;
    PROCESS_MEMORY_COUNTERS_EX ex;
    W3_REQUIRE(GetProcessMemoryInfo(GetCurrentProcess(), &pmc, sizeof pmc));
    W3_CHECK_EQ(pmc.cb, sizeof pmc);
    W3_CHECK(pmc.WorkingSetSize > 0);
    W3_CHECK(pmc.PeakWorkingSetSize >= pmc.WorkingSetSize);
    W3_CHECK(pmc.PagefileUsage > 0);
    W3_REQUIRE(GetProcessMemoryInfo(GetCurrentProcess(), (PPROCESS_MEMORY_COUNTERS)&ex, sizeof ex));
    /* Wine reports the plain structure's size here; compat fills the extended one. */
    W3_CHECK(ex.cb == sizeof ex || ex.cb == sizeof pmc);
    W3_CHECK(ex.WorkingSetSize > 0);
    if (ex.cb == sizeof ex)
        W3_CHECK(ex.PrivateUsage > 0);
    SetLastError(0);
    W3_CHECK(!GetProcessMemoryInfo(GetCurrentProcess(), &pmc, sizeof pmc - 8));
    W3_CHECK_EQ(GetLastError(), ERROR_INSUFFICIENT_BUFFER);
}

W3_TEST(disk_free_space_of_the_temp_directory)
{
    char dir[MAX_PATH], missing[MAX_PATH + 32];
    ULARGE_INTEGER available, total, free_bytes;
    W3_REQUIRE(GetTempPathA(sizeof dir, dir) > 0);
    W3_REQUIRE(GetDiskFreeSpaceExA(dir, &available, &total, &free_bytes));
    W3_CHECK(total.QuadPart > 0);
    W3_CHECK(free_bytes.QuadPart <= total.QuadPart);
    W3_CHECK(available.QuadPart <= free_bytes.QuadPart);
    W3_CHECK(GetDiskFreeSpaceExW(NULL, &available, NULL, NULL));
    snprintf(missing, sizeof missing, "%sw3t_no_such_dir\\", dir);
    SetLastError(0);
    W3_CHECK(!GetDiskFreeSpaceExA(missing, &available, &total, &free_bytes));
    W3_CHECK(GetLastError() == ERROR_PATH_NOT_FOUND || GetLastError() == ERROR_FILE_NOT_FOUND);
}
