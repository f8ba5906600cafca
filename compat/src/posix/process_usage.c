/* What the calling process uses: CPU times (GetProcessTimes), the machine's CPU times
 * (GetSystemTimes), memory counters (GetProcessMemoryInfo) and disk space
 * (GetDiskFreeSpaceEx). */
#include <windows.h>
#include <psapi.h>

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/statvfs.h>
#include <time.h>
#include <unistd.h>

#include "handle.h"
#include "time_units.h"
#include "win_path.h"

static void set_ticks(LPFILETIME ft, ULONGLONG ticks)
{
    if (ft)
        w3_filetime_from_ticks(ft, ticks);
}

static ULONGLONG ticks_of_timeval(struct timeval tv)
{
    return (ULONGLONG)tv.tv_sec * W3_TICKS_PER_SECOND + (ULONGLONG)tv.tv_usec * 10;
}

/* When the process started, as a FILETIME tick count: boot time plus the start time in
 * clock ticks from /proc/self/stat (field 22). */
static ULONGLONG process_start_ticks(void)
{
    char buf[1024];
    FILE *f = fopen("/proc/self/stat", "re");
    unsigned long long start = 0;
    struct timespec up;
    size_t n;
    char *p;

    if (!f)
        return w3_now_as_filetime();
    n = fread(buf, 1, sizeof buf - 1, f);
    fclose(f);
    buf[n] = '\0';
    p = strrchr(buf, ')'); /* the command name may hold spaces */
    if (!p || sscanf(p + 2,
                     "%*c %*d %*d %*d %*d %*d %*u %*u %*u %*u %*u %*u %*u %*d %*d %*d %*d "
                     "%*d %*d %llu",
                     &start) != 1)
        return w3_now_as_filetime();
    clock_gettime(CLOCK_BOOTTIME, &up);
    ULONGLONG uptime = (ULONGLONG)up.tv_sec * W3_TICKS_PER_SECOND + (ULONGLONG)up.tv_nsec / 100;
    ULONGLONG since_boot = start * W3_TICKS_PER_SECOND / (ULONGLONG)sysconf(_SC_CLK_TCK);
    return w3_now_as_filetime() - uptime + since_boot;
}

BOOL WINAPI GetProcessTimes(HANDLE hProcess, LPFILETIME lpCreationTime, LPFILETIME lpExitTime,
                            LPFILETIME lpKernelTime, LPFILETIME lpUserTime)
{
    struct rusage ru;

    if (hProcess != PSEUDO_CURRENT_PROCESS) {
        SetLastError(ERROR_INVALID_HANDLE);
        return FALSE;
    }
    getrusage(RUSAGE_SELF, &ru);
    set_ticks(lpCreationTime, process_start_ticks());
    set_ticks(lpExitTime, 0);
    set_ticks(lpKernelTime, ticks_of_timeval(ru.ru_stime));
    set_ticks(lpUserTime, ticks_of_timeval(ru.ru_utime));
    return TRUE;
}

BOOL WINAPI GetSystemTimes(LPFILETIME lpIdleTime, LPFILETIME lpKernelTime, LPFILETIME lpUserTime)
{
    unsigned long long user = 0, nice = 0, system = 0, idle = 0, iowait = 0, irq = 0, softirq = 0;
    ULONGLONG hz = (ULONGLONG)sysconf(_SC_CLK_TCK), per_tick = W3_TICKS_PER_SECOND / hz;
    FILE *f = fopen("/proc/stat", "re");
    int got = f ? fscanf(f, "cpu %llu %llu %llu %llu %llu %llu %llu", &user, &nice, &system, &idle,
                         &iowait, &irq, &softirq)
                : 0;

    if (f)
        fclose(f);
    if (got < 4) {
        SetLastError(ERROR_NOT_SUPPORTED);
        return FALSE;
    }
    /* As on Windows, kernel time includes idle time. */
    set_ticks(lpIdleTime, (idle + iowait) * per_tick);
    set_ticks(lpKernelTime, (system + irq + softirq + idle + iowait) * per_tick);
    set_ticks(lpUserTime, (user + nice) * per_tick);
    return TRUE;
}

BOOL WINAPI GetProcessMemoryInfo(HANDLE Process, PPROCESS_MEMORY_COUNTERS ppsmemCounters, DWORD cb)
{
    unsigned long long size = 0, resident = 0, shared = 0, text = 0, lib = 0, data = 0;
    SIZE_T page = (SIZE_T)sysconf(_SC_PAGESIZE);
    struct rusage ru;
    FILE *f;

    if (Process != PSEUDO_CURRENT_PROCESS) {
        SetLastError(ERROR_INVALID_HANDLE);
        return FALSE;
    }
    if (cb < sizeof(PROCESS_MEMORY_COUNTERS)) {
        SetLastError(ERROR_INSUFFICIENT_BUFFER);
        return FALSE;
    }
    f = fopen("/proc/self/statm", "re");
    if (f) {
        if (fscanf(f, "%llu %llu %llu %llu %llu %llu", &size, &resident, &shared, &text, &lib,
                   &data) != 6)
            resident = data = 0;
        fclose(f);
    }
    getrusage(RUSAGE_SELF, &ru);
    memset(ppsmemCounters, 0,
           cb < sizeof(PROCESS_MEMORY_COUNTERS_EX) ? sizeof(PROCESS_MEMORY_COUNTERS)
                                                   : sizeof(PROCESS_MEMORY_COUNTERS_EX));
    ppsmemCounters->cb = cb < sizeof(PROCESS_MEMORY_COUNTERS_EX)
                             ? sizeof(PROCESS_MEMORY_COUNTERS)
                             : sizeof(PROCESS_MEMORY_COUNTERS_EX);
    ppsmemCounters->PageFaultCount = (DWORD)(ru.ru_minflt + ru.ru_majflt);
    ppsmemCounters->WorkingSetSize = (SIZE_T)resident * page;
    ppsmemCounters->PeakWorkingSetSize = (SIZE_T)ru.ru_maxrss * 1024;
    if (ppsmemCounters->PeakWorkingSetSize < ppsmemCounters->WorkingSetSize)
        ppsmemCounters->PeakWorkingSetSize = ppsmemCounters->WorkingSetSize;
    ppsmemCounters->PagefileUsage = (SIZE_T)data * page;
    ppsmemCounters->PeakPagefileUsage = ppsmemCounters->PagefileUsage;
    if (cb >= sizeof(PROCESS_MEMORY_COUNTERS_EX))
        ((PPROCESS_MEMORY_COUNTERS_EX)ppsmemCounters)->PrivateUsage = (SIZE_T)data * page;
    return TRUE;
}

static BOOL disk_free_space(char *dir, PULARGE_INTEGER available, PULARGE_INTEGER total,
                            PULARGE_INTEGER total_free)
{
    struct statvfs vfs;
    BOOL ok = FALSE;

    if (!dir)
        return FALSE;
    if (statvfs(dir, &vfs) != 0) {
        SetLastError(errno == ENOENT ? ERROR_PATH_NOT_FOUND : w3_error_from_errno(errno, dir));
    } else {
        if (available)
            available->QuadPart = (ULONGLONG)vfs.f_bavail * vfs.f_frsize;
        if (total)
            total->QuadPart = (ULONGLONG)vfs.f_blocks * vfs.f_frsize;
        if (total_free)
            total_free->QuadPart = (ULONGLONG)vfs.f_bfree * vfs.f_frsize;
        ok = TRUE;
    }
    free(dir);
    return ok;
}

BOOL WINAPI GetDiskFreeSpaceExA(LPCSTR lpDirectoryName,
                                PULARGE_INTEGER lpFreeBytesAvailableToCaller,
                                PULARGE_INTEGER lpTotalNumberOfBytes,
                                PULARGE_INTEGER lpTotalNumberOfFreeBytes)
{
    return disk_free_space(lpDirectoryName ? w3_posix_path_a(lpDirectoryName) : strdup("."),
                           lpFreeBytesAvailableToCaller, lpTotalNumberOfBytes,
                           lpTotalNumberOfFreeBytes);
}

BOOL WINAPI GetDiskFreeSpaceExW(LPCWSTR lpDirectoryName,
                                PULARGE_INTEGER lpFreeBytesAvailableToCaller,
                                PULARGE_INTEGER lpTotalNumberOfBytes,
                                PULARGE_INTEGER lpTotalNumberOfFreeBytes)
{
    return disk_free_space(lpDirectoryName ? w3_posix_path_w(lpDirectoryName) : strdup("."),
                           lpFreeBytesAvailableToCaller, lpTotalNumberOfBytes,
                           lpTotalNumberOfFreeBytes);
}
