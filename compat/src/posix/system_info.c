#include "system_info.h"

#include <windows.h>

#include <unistd.h>

uintptr_t w3_page_size(void)
{
    static uintptr_t cached;
    uintptr_t size = __atomic_load_n(&cached, __ATOMIC_RELAXED);
    if (!size) {
        size = (uintptr_t)sysconf(_SC_PAGESIZE);
        __atomic_store_n(&cached, size, __ATOMIC_RELAXED);
    }
    return size;
}

static void fill_processor(LPSYSTEM_INFO info)
{
#if defined(__x86_64__)
    info->wProcessorArchitecture = PROCESSOR_ARCHITECTURE_AMD64;
    info->dwProcessorType = PROCESSOR_AMD_X8664;
    info->wProcessorLevel = 6;
#elif defined(__i386__)
    info->wProcessorArchitecture = PROCESSOR_ARCHITECTURE_INTEL;
    info->dwProcessorType = PROCESSOR_INTEL_PENTIUM;
    info->wProcessorLevel = 6;
#elif defined(__aarch64__)
    info->wProcessorArchitecture = PROCESSOR_ARCHITECTURE_ARM64;
    info->dwProcessorType = 0;
    info->wProcessorLevel = 8;
#else
    info->wProcessorArchitecture = PROCESSOR_ARCHITECTURE_UNKNOWN;
    info->dwProcessorType = 0;
    info->wProcessorLevel = 0;
#endif
}

void WINAPI GetSystemInfo(LPSYSTEM_INFO lpSystemInfo)
{
    long online = sysconf(_SC_NPROCESSORS_ONLN);
    DWORD count = online > 0 ? (DWORD)online : 1;
    unsigned mask_bits = 8 * sizeof(DWORD_PTR);

    memset(lpSystemInfo, 0, sizeof *lpSystemInfo);
    fill_processor(lpSystemInfo);
    lpSystemInfo->dwPageSize = (DWORD)w3_page_size();
    lpSystemInfo->lpMinimumApplicationAddress = (LPVOID)W3_MIN_APPLICATION_ADDRESS;
    lpSystemInfo->lpMaximumApplicationAddress = (LPVOID)W3_MAX_APPLICATION_ADDRESS;
    /* Windows reports at most one processor group (64 processors) here. */
    if (count > mask_bits)
        count = mask_bits;
    lpSystemInfo->dwNumberOfProcessors = count;
    lpSystemInfo->dwActiveProcessorMask =
        count == mask_bits ? ~(DWORD_PTR)0 : (((DWORD_PTR)1 << count) - 1);
    lpSystemInfo->dwAllocationGranularity = (DWORD)W3_ALLOCATION_GRANULARITY;
}

/* Native and emulated views coincide: libw3compat runs at the host's own width. */
void WINAPI GetNativeSystemInfo(LPSYSTEM_INFO lpSystemInfo)
{
    GetSystemInfo(lpSystemInfo);
}
