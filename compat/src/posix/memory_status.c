#include <windows.h>

#include <stdio.h>
#include <string.h>
#include <sys/sysinfo.h>

#include "system_info.h"

/* MemAvailable from /proc/meminfo (what the kernel could hand out without swapping),
 * in bytes; 0 if it cannot be read. */
static DWORDLONG available_physical_bytes(void)
{
    char line[128];
    unsigned long long kib = 0;
    FILE *f = fopen("/proc/meminfo", "r");
    if (!f)
        return 0;
    while (fgets(line, sizeof line, f))
        if (sscanf(line, "MemAvailable: %llu kB", &kib) == 1)
            break;
    fclose(f);
    return (DWORDLONG)kib * 1024;
}

BOOL WINAPI GlobalMemoryStatusEx(LPMEMORYSTATUSEX lpBuffer)
{
    struct sysinfo si;
    SYSTEM_INFO sys;

    if (!lpBuffer || lpBuffer->dwLength != sizeof(MEMORYSTATUSEX)) {
        SetLastError(ERROR_INVALID_PARAMETER);
        return FALSE;
    }
    if (sysinfo(&si) != 0) {
        SetLastError(ERROR_GEN_FAILURE);
        return FALSE;
    }
    GetSystemInfo(&sys);
    lpBuffer->ullTotalPhys = (DWORDLONG)si.totalram * si.mem_unit;
    lpBuffer->ullAvailPhys = available_physical_bytes();
    if (lpBuffer->ullAvailPhys == 0 || lpBuffer->ullAvailPhys > lpBuffer->ullTotalPhys)
        lpBuffer->ullAvailPhys = (DWORDLONG)(si.freeram + si.bufferram) * si.mem_unit;
    lpBuffer->dwMemoryLoad =
        lpBuffer->ullTotalPhys
            ? (DWORD)(100 - lpBuffer->ullAvailPhys * 100 / lpBuffer->ullTotalPhys)
            : 0;
    /* The commit limit, as Windows counts it: physical memory plus the page file. */
    lpBuffer->ullTotalPageFile = lpBuffer->ullTotalPhys + (DWORDLONG)si.totalswap * si.mem_unit;
    lpBuffer->ullAvailPageFile = lpBuffer->ullAvailPhys + (DWORDLONG)si.freeswap * si.mem_unit;
    lpBuffer->ullTotalVirtual = (DWORDLONG)((ULONG_PTR)sys.lpMaximumApplicationAddress -
                                            (ULONG_PTR)sys.lpMinimumApplicationAddress + 1);
    lpBuffer->ullAvailVirtual = lpBuffer->ullTotalVirtual;
    lpBuffer->ullAvailExtendedVirtual = 0;
    return TRUE;
}
