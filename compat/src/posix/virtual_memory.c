/* VirtualAlloc, VirtualFree, VirtualProtect and VirtualQuery over mmap, mprotect and
 * madvise. Every reservation is recorded in the region table (vm_region.h), which is
 * what makes Win32's reserve/commit states, allocation bases and error codes
 * reproducible; addresses outside it are described from /proc/self/maps.
 *
 * Where Windows and Wine leave an error code unspecified, Wine's is used (it is the
 * oracle the conformance tests run against). */
#include <windows.h>

#include "address_space.h"
#include "system_info.h"
#include "vm_region.h"

#include <sys/mman.h>

#ifndef MAP_FIXED_NOREPLACE
#define MAP_FIXED_NOREPLACE 0x100000
#endif

#define GRANULE W3_ALLOCATION_GRANULARITY
#define RESERVE_FLAGS (MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE)

static uintptr_t round_down(uintptr_t v, uintptr_t unit)
{
    return v & ~(unit - 1);
}

/* 0 when v + (unit - 1) overflows. */
static uintptr_t round_up(uintptr_t v, uintptr_t unit)
{
    return v > UINTPTR_MAX - (unit - 1) ? 0 : (v + unit - 1) & ~(unit - 1);
}

/* The host protection for a PAGE_* value, or -1 when Win32 rejects it for private memory.
 * The write-copy protections belong to file mappings; PAGE_GUARD, PAGE_NOCACHE and
 * PAGE_WRITECOMBINE are not supported and are rejected rather than silently dropped. */
/* The end of [addr, addr + size) rounded up to whole pages; 0 when that overflows. */
static uintptr_t page_end(uintptr_t addr, SIZE_T size)
{
    return addr > UINTPTR_MAX - size ? 0 : round_up(addr + size, w3_page_size());
}

static int host_protection(DWORD protect)
{
    switch (protect) {
    case PAGE_NOACCESS:
        return PROT_NONE;
    case PAGE_READONLY:
        return PROT_READ;
    case PAGE_READWRITE:
        return PROT_READ | PROT_WRITE;
    case PAGE_EXECUTE:
        return PROT_EXEC;
    case PAGE_EXECUTE_READ:
        return PROT_READ | PROT_EXEC;
    case PAGE_EXECUTE_READWRITE:
        return PROT_READ | PROT_WRITE | PROT_EXEC;
    default:
        return -1;
    }
}

static size_t page_index(const struct w3_vm_region *r, uintptr_t addr)
{
    return (addr - r->base) / w3_page_size();
}

/* Gives [start, end) of r the protection; the pages become committed. */
static BOOL commit_pages(struct w3_vm_region *r, uintptr_t start, uintptr_t end, DWORD protect)
{
    if (mprotect((void *)start, end - start, host_protection(protect)) != 0) {
        SetLastError(ERROR_NOT_ENOUGH_MEMORY);
        return FALSE;
    }
    for (size_t i = page_index(r, start); i < page_index(r, end); i++)
        r->page_protect[i] = protect;
    return TRUE;
}

/* Maps fresh inaccessible pages over [start, end): the old contents are gone, and a
 * later commit sees zeroes, as Windows guarantees. */
static BOOL decommit_pages(struct w3_vm_region *r, uintptr_t start, uintptr_t end)
{
    if (mmap((void *)start, end - start, PROT_NONE, RESERVE_FLAGS | MAP_FIXED, -1, 0) ==
        MAP_FAILED) {
        SetLastError(ERROR_NOT_ENOUGH_MEMORY);
        return FALSE;
    }
    for (size_t i = page_index(r, start); i < page_index(r, end); i++)
        r->page_protect[i] = 0;
    return TRUE;
}

/* Maps span bytes of PROT_NONE address space at a granule boundary: at base exactly, or
 * anywhere when base is 0. Returns 0 on failure. */
static uintptr_t map_span(uintptr_t base, uintptr_t span)
{
    if (base) {
        void *p = mmap((void *)base, span, PROT_NONE, RESERVE_FLAGS | MAP_FIXED_NOREPLACE, -1, 0);
        if (p == MAP_FAILED)
            return 0;
        if ((uintptr_t)p != base) { /* a kernel that took the flag as a mere hint */
            munmap(p, span);
            return 0;
        }
        return base;
    }
    char *p = mmap(NULL, span + GRANULE, PROT_NONE, RESERVE_FLAGS, -1, 0);
    if (p == MAP_FAILED)
        return 0;
    uintptr_t aligned = round_up((uintptr_t)p, GRANULE);
    if (aligned > (uintptr_t)p)
        munmap(p, aligned - (uintptr_t)p);
    uintptr_t tail = aligned + span, mapped_end = (uintptr_t)p + span + GRANULE;
    if (mapped_end > tail)
        munmap((void *)tail, mapped_end - tail);
    return aligned;
}

/* A new reservation holding [want, want + size); want 0 lets the system choose. */
static LPVOID reserve(uintptr_t want, SIZE_T size, DWORD type, DWORD protect)
{
    uintptr_t base = round_down(want, GRANULE);
    uintptr_t end = page_end(want, size);
    uintptr_t span = end ? round_up(end - base, GRANULE) : 0;

    if (!span || span > W3_MAX_APPLICATION_ADDRESS) {
        SetLastError(ERROR_INVALID_PARAMETER);
        return NULL;
    }
    if (want && (base < W3_MIN_APPLICATION_ADDRESS || end - 1 > W3_MAX_APPLICATION_ADDRESS)) {
        SetLastError(ERROR_INVALID_ADDRESS);
        return NULL;
    }

    w3_vm_lock();
    if (want && w3_vm_overlaps(base, base + span)) {
        w3_vm_unlock();
        SetLastError(ERROR_INVALID_ADDRESS);
        return NULL;
    }
    uintptr_t mapped = map_span(base, span);
    if (!mapped) {
        w3_vm_unlock();
        SetLastError(want ? ERROR_INVALID_ADDRESS : ERROR_NOT_ENOUGH_MEMORY);
        return NULL;
    }
    struct w3_vm_region *r = w3_vm_region_add(mapped, end - base, span, protect);
    if (!r || ((type & MEM_COMMIT) && !commit_pages(r, mapped, mapped + r->size, protect))) {
        if (r)
            w3_vm_region_remove(r);
        munmap((void *)mapped, span);
        w3_vm_unlock();
        SetLastError(ERROR_NOT_ENOUGH_MEMORY);
        return NULL;
    }
    w3_vm_unlock();
    return (LPVOID)mapped;
}

/* The region holding all of [start, end) within its reserved size, or NULL. */
static struct w3_vm_region *region_holding(uintptr_t start, uintptr_t end)
{
    struct w3_vm_region *r = w3_vm_region_containing(start);
    return r && end > start && end - r->base <= r->size ? r : NULL;
}

/* MEM_COMMIT or MEM_RESET of pages in an existing reservation. */
static LPVOID change_reserved(uintptr_t addr, SIZE_T size, DWORD type, DWORD protect)
{
    uintptr_t page = w3_page_size();
    uintptr_t start = round_down(addr, page);
    uintptr_t end = page_end(addr, size);

    w3_vm_lock();
    struct w3_vm_region *r = region_holding(start, end);
    if (!r) {
        w3_vm_unlock();
        SetLastError(ERROR_INVALID_ADDRESS);
        return NULL;
    }
    BOOL ok = TRUE;
    if (type & MEM_COMMIT) {
        ok = commit_pages(r, start, end, protect);
    } else {
        /* The contents may be discarded but the pages stay committed. Kernels without
         * MADV_FREE keep the contents, which MEM_RESET also allows. */
        (void)madvise((void *)start, end - start, MADV_FREE);
    }
    w3_vm_unlock();
    return ok ? (LPVOID)start : NULL;
}

LPVOID WINAPI VirtualAlloc(LPVOID lpAddress, SIZE_T dwSize, DWORD flAllocationType, DWORD flProtect)
{
    const DWORD known = MEM_COMMIT | MEM_RESERVE | MEM_RESET | MEM_TOP_DOWN;
    DWORD type = flAllocationType & ~(DWORD)MEM_TOP_DOWN; /* placement is the system's */
    uintptr_t addr = (uintptr_t)lpAddress;

    if (!dwSize || (flAllocationType & ~known) || !type) {
        SetLastError(ERROR_INVALID_PARAMETER);
        return NULL;
    }
    if (type & MEM_RESET) { /* flProtect is ignored, as on Windows */
        if (type != MEM_RESET || !addr) {
            SetLastError(ERROR_INVALID_PARAMETER);
            return NULL;
        }
        return change_reserved(addr, dwSize, MEM_RESET, 0);
    }
    if (host_protection(flProtect) < 0) {
        SetLastError(ERROR_INVALID_PARAMETER);
        return NULL;
    }
    /* MEM_COMMIT without an address reserves as well. */
    if ((type & MEM_RESERVE) || !addr)
        return reserve(addr, dwSize, type, flProtect);
    return change_reserved(addr, dwSize, MEM_COMMIT, flProtect);
}

static BOOL release(uintptr_t addr, SIZE_T size)
{
    if (size) {
        SetLastError(ERROR_INVALID_PARAMETER);
        return FALSE;
    }
    w3_vm_lock();
    struct w3_vm_region *r = w3_vm_region_containing(addr);
    if (!r || r->base != addr) {
        w3_vm_unlock();
        SetLastError(r ? ERROR_INVALID_ADDRESS : ERROR_INVALID_PARAMETER);
        return FALSE;
    }
    munmap((void *)r->base, r->span);
    w3_vm_region_remove(r);
    w3_vm_unlock();
    return TRUE;
}

static BOOL decommit(uintptr_t addr, SIZE_T size)
{
    uintptr_t page = w3_page_size();

    w3_vm_lock();
    struct w3_vm_region *r = w3_vm_region_containing(addr);
    DWORD error = 0;
    uintptr_t start = round_down(addr, page), end = 0;
    if (!r) {
        error = ERROR_INVALID_PARAMETER;
    } else if (!size) { /* the whole reservation, named by its base */
        if (addr != r->base)
            error = ERROR_INVALID_ADDRESS;
        end = r->base + r->size;
    } else {
        end = page_end(addr, size);
        if (!region_holding(start, end))
            error = ERROR_INVALID_PARAMETER;
    }
    BOOL ok = !error && decommit_pages(r, start, end);
    w3_vm_unlock();
    if (error)
        SetLastError(error);
    return ok;
}

BOOL WINAPI VirtualFree(LPVOID lpAddress, SIZE_T dwSize, DWORD dwFreeType)
{
    if (dwFreeType == MEM_RELEASE)
        return release((uintptr_t)lpAddress, dwSize);
    if (dwFreeType == MEM_DECOMMIT)
        return decommit((uintptr_t)lpAddress, dwSize);
    SetLastError(ERROR_INVALID_PARAMETER);
    return FALSE;
}

BOOL WINAPI VirtualProtect(LPVOID lpAddress, SIZE_T dwSize, DWORD flNewProtect,
                           PDWORD lpflOldProtect)
{
    uintptr_t page = w3_page_size(), addr = (uintptr_t)lpAddress;
    uintptr_t start = round_down(addr, page);
    /* A zero size still names the page that holds lpAddress. */
    uintptr_t end = page_end(addr, dwSize ? dwSize : 1);

    if (!lpflOldProtect) {
        SetLastError(ERROR_NOACCESS);
        return FALSE;
    }
    if (host_protection(flNewProtect) < 0) {
        SetLastError(ERROR_INVALID_PARAMETER);
        return FALSE;
    }
    w3_vm_lock();
    struct w3_vm_region *r = w3_vm_region_containing(start);
    DWORD error = 0;
    if (!r)
        error = ERROR_INVALID_PARAMETER;
    else if (!region_holding(start, end))
        error = ERROR_INVALID_ADDRESS;
    else
        for (size_t i = page_index(r, start); i < page_index(r, end) && !error; i++)
            if (!r->page_protect[i])
                error = ERROR_INVALID_ADDRESS; /* not committed */
    if (error) {
        w3_vm_unlock();
        SetLastError(error);
        return FALSE;
    }
    DWORD old = r->page_protect[page_index(r, start)];
    BOOL ok = commit_pages(r, start, end, flNewProtect);
    w3_vm_unlock();
    if (ok)
        *lpflOldProtect = old;
    return ok;
}

/* The run of pages from page that share the state and protection of the first. */
static void describe_reserved(const struct w3_vm_region *r, uintptr_t page,
                              PMEMORY_BASIC_INFORMATION info)
{
    size_t first = page_index(r, page), count = r->size / w3_page_size(), last = first + 1;
    DWORD protect = r->page_protect[first];
    while (last < count && r->page_protect[last] == protect)
        last++;
    info->BaseAddress = (PVOID)page;
    info->AllocationBase = (PVOID)r->base;
    info->AllocationProtect = r->alloc_protect;
    info->RegionSize = (last - first) * w3_page_size();
    info->State = protect ? MEM_COMMIT : MEM_RESERVE;
    info->Protect = protect;
    info->Type = MEM_PRIVATE;
}

static void describe_free(uintptr_t page, uintptr_t end, PMEMORY_BASIC_INFORMATION info)
{
    info->BaseAddress = (PVOID)page;
    info->AllocationBase = NULL;
    info->AllocationProtect = 0;
    info->RegionSize = end - page;
    info->State = MEM_FREE;
    info->Protect = PAGE_NOACCESS;
    info->Type = 0;
}

static DWORD protection_of(const struct w3_host_mapping *m)
{
    if (m->executable)
        return m->writable ? PAGE_EXECUTE_READWRITE
                           : (m->readable ? PAGE_EXECUTE_READ : PAGE_EXECUTE);
    if (m->writable)
        return PAGE_READWRITE;
    return m->readable ? PAGE_READONLY : PAGE_NOACCESS;
}

/* Memory mapped by someone other than VirtualAlloc (stacks, malloc, loaded libraries):
 * committed, one host mapping being one allocation. Its end is capped at our next
 * reservation because the kernel may report adjacent mappings as one. */
static void describe_host(uintptr_t page, uintptr_t next_ours, PMEMORY_BASIC_INFORMATION info)
{
    struct w3_host_mapping m;
    uintptr_t next_host;
    if (!w3_host_mapping_at(page, &m, &next_host)) {
        uintptr_t end = next_host ? next_host : W3_MAX_APPLICATION_ADDRESS + 1;
        if (next_ours && next_ours < end)
            end = next_ours;
        describe_free(page, end, info);
        return;
    }
    uintptr_t end = next_ours && next_ours < m.end ? next_ours : m.end;
    info->BaseAddress = (PVOID)page;
    info->AllocationBase = (PVOID)m.start;
    info->AllocationProtect = protection_of(&m);
    info->RegionSize = end - page;
    info->State = MEM_COMMIT;
    info->Protect = protection_of(&m);
    info->Type = m.file_backed ? MEM_MAPPED : MEM_PRIVATE;
}

SIZE_T WINAPI VirtualQuery(LPCVOID lpAddress, PMEMORY_BASIC_INFORMATION lpBuffer, SIZE_T dwLength)
{
    uintptr_t addr = (uintptr_t)lpAddress, page = round_down(addr, w3_page_size());

    if (dwLength < sizeof *lpBuffer) {
        SetLastError(ERROR_BAD_LENGTH);
        return 0;
    }
    if (addr > W3_MAX_APPLICATION_ADDRESS) {
        SetLastError(ERROR_INVALID_PARAMETER);
        return 0;
    }
    w3_vm_lock();
    struct w3_vm_region *r = w3_vm_region_containing(page);
    if (r && page - r->base < r->size) {
        describe_reserved(r, page, lpBuffer);
        w3_vm_unlock();
        return sizeof *lpBuffer;
    }
    if (r) { /* the unusable rest of the reservation's last granule */
        describe_free(page, r->base + r->span, lpBuffer);
        w3_vm_unlock();
        return sizeof *lpBuffer;
    }
    uintptr_t next_ours = w3_vm_next_region_base(page);
    w3_vm_unlock();
    describe_host(page, next_ours, lpBuffer);
    return sizeof *lpBuffer;
}
