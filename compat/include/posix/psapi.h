/* Process status (psapi.h): the memory counters of the calling process, from /proc.
 * WorkingSetSize is the resident set, PeakWorkingSetSize its high-water mark,
 * PagefileUsage (and PrivateUsage) the private writable memory, PageFaultCount the
 * major and minor faults; the pool quotas are 0. Only GetCurrentProcess() is a process
 * handle here (ERROR_INVALID_HANDLE otherwise). */
#ifndef W3COMPAT_PSAPI_H
#define W3COMPAT_PSAPI_H

#include "windef.h"

typedef struct _PROCESS_MEMORY_COUNTERS {
    DWORD cb;
    DWORD PageFaultCount;
    SIZE_T PeakWorkingSetSize;
    SIZE_T WorkingSetSize;
    SIZE_T QuotaPeakPagedPoolUsage;
    SIZE_T QuotaPagedPoolUsage;
    SIZE_T QuotaPeakNonPagedPoolUsage;
    SIZE_T QuotaNonPagedPoolUsage;
    SIZE_T PagefileUsage;
    SIZE_T PeakPagefileUsage;
} PROCESS_MEMORY_COUNTERS, *PPROCESS_MEMORY_COUNTERS;

typedef struct _PROCESS_MEMORY_COUNTERS_EX {
    DWORD cb;
    DWORD PageFaultCount;
    SIZE_T PeakWorkingSetSize;
    SIZE_T WorkingSetSize;
    SIZE_T QuotaPeakPagedPoolUsage;
    SIZE_T QuotaPagedPoolUsage;
    SIZE_T QuotaPeakNonPagedPoolUsage;
    SIZE_T QuotaNonPagedPoolUsage;
    SIZE_T PagefileUsage;
    SIZE_T PeakPagefileUsage;
    SIZE_T PrivateUsage;
} PROCESS_MEMORY_COUNTERS_EX, *PPROCESS_MEMORY_COUNTERS_EX;

W3COMPAT_BEGIN_C

WINBASEAPI BOOL WINAPI GetProcessMemoryInfo(HANDLE Process, PPROCESS_MEMORY_COUNTERS ppsmemCounters,
                                            DWORD cb);

W3COMPAT_END_C

#define K32GetProcessMemoryInfo GetProcessMemoryInfo

#endif
