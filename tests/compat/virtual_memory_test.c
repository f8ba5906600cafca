/* VirtualAlloc, VirtualFree, VirtualProtect, VirtualQuery and GetSystemInfo: reserve and
 * commit states, rounding, error codes and faults, as Windows (Wine) gives them. */
#include <windows.h>

#include "w3test.h"

#define KB(n) ((SIZE_T)(n)*1024)
#define GRANULE ((ULONG_PTR)0x10000)

static SIZE_T page_size(void)
{
    SYSTEM_INFO si;
    GetSystemInfo(&si);
    return si.dwPageSize;
}

static MEMORY_BASIC_INFORMATION query(const void *p)
{
    MEMORY_BASIC_INFORMATION mbi;
    memset(&mbi, 0xCC, sizeof mbi);
    W3_CHECK_EQ(VirtualQuery(p, &mbi, sizeof mbi), sizeof mbi);
    return mbi;
}

/* The address of a granule that was free a moment ago. */
static char *free_granule(void)
{
    char *p = VirtualAlloc(NULL, 3 * GRANULE, MEM_RESERVE, PAGE_NOACCESS);
    if (p)
        VirtualFree(p, 0, MEM_RELEASE);
    return p;
}

W3_TEST(system_info_reports_pages_granularity_and_processors)
{
    SYSTEM_INFO si;
    memset(&si, 0xCC, sizeof si);
    GetSystemInfo(&si);
    W3_CHECK(si.dwPageSize >= 4096);
    W3_CHECK_EQ(si.dwPageSize & (si.dwPageSize - 1), 0);
    W3_CHECK_EQ(si.dwAllocationGranularity, 65536);
    W3_CHECK(si.dwNumberOfProcessors >= 1);
    W3_CHECK(si.dwActiveProcessorMask != 0);
    W3_CHECK_EQ((ULONG_PTR)si.lpMinimumApplicationAddress, 0x10000);
    W3_CHECK((ULONG_PTR)si.lpMaximumApplicationAddress > 0x7FFE0000u);
    W3_CHECK_EQ(((ULONG_PTR)si.lpMaximumApplicationAddress + 1) % GRANULE, 0);
}

W3_TEST(reserve_is_granularity_aligned_and_reported_reserved)
{
    char *p = VirtualAlloc(NULL, 5000, MEM_RESERVE, PAGE_READWRITE);
    W3_REQUIRE(p != NULL);
    W3_CHECK_EQ((ULONG_PTR)p % GRANULE, 0);
    MEMORY_BASIC_INFORMATION mbi = query(p + 100);
    W3_CHECK(mbi.BaseAddress == p);
    W3_CHECK(mbi.AllocationBase == p);
    W3_CHECK_EQ(mbi.AllocationProtect, PAGE_READWRITE);
    W3_CHECK_EQ(mbi.RegionSize, 2 * page_size()); /* 5000 bytes rounded to pages */
    W3_CHECK_EQ(mbi.State, MEM_RESERVE);
    W3_CHECK_EQ(mbi.Protect, 0);
    W3_CHECK_EQ(mbi.Type, MEM_PRIVATE);
    W3_CHECK(VirtualFree(p, 0, MEM_RELEASE));
}

W3_TEST(commit_inside_reservation_gives_zeroed_writable_pages)
{
    SIZE_T page = page_size();
    char *p = VirtualAlloc(NULL, KB(256), MEM_RESERVE, PAGE_NOACCESS);
    W3_REQUIRE(p != NULL);
    char *c = VirtualAlloc(p + 4 * page, 2 * page, MEM_COMMIT, PAGE_READWRITE);
    W3_CHECK(c == p + 4 * page);
    W3_REQUIRE(c != NULL);
    for (SIZE_T i = 0; i < 2 * page; i++)
        W3_REQUIRE(c[i] == 0);
    memset(c, 0x5A, 2 * page);
    W3_CHECK_EQ((unsigned char)c[2 * page - 1], 0x5A);
    MEMORY_BASIC_INFORMATION mbi = query(c);
    W3_CHECK_EQ(mbi.State, MEM_COMMIT);
    W3_CHECK_EQ(mbi.Protect, PAGE_READWRITE);
    W3_CHECK_EQ(mbi.RegionSize, 2 * page);
    W3_CHECK(mbi.AllocationBase == p);
    W3_CHECK_EQ(mbi.AllocationProtect, PAGE_NOACCESS);
    W3_CHECK(VirtualFree(p, 0, MEM_RELEASE));
}

W3_TEST(commit_at_unaligned_address_rounds_to_pages)
{
    SIZE_T page = page_size();
    char *p = VirtualAlloc(NULL, KB(256), MEM_RESERVE, PAGE_NOACCESS);
    W3_REQUIRE(p != NULL);
    /* [page + 0x234, page + 0x234 + 2 pages) touches three pages. */
    char *c = VirtualAlloc(p + page + 0x234, 2 * page, MEM_COMMIT, PAGE_READWRITE);
    W3_CHECK(c == p + page);
    MEMORY_BASIC_INFORMATION mbi = query(p + page);
    W3_CHECK_EQ(mbi.State, MEM_COMMIT);
    W3_CHECK_EQ(mbi.RegionSize, 3 * page);
    mbi = query(p);
    W3_CHECK_EQ(mbi.State, MEM_RESERVE);
    W3_CHECK_EQ(mbi.RegionSize, page);
    W3_CHECK(VirtualFree(p, 0, MEM_RELEASE));
}

W3_TEST(reserve_at_unaligned_address_rounds_down_to_granularity)
{
    SIZE_T page = page_size();
    char *hole = free_granule();
    W3_REQUIRE(hole != NULL);
    char *p = VirtualAlloc(hole + GRANULE + 0x1234, 0x1000, MEM_RESERVE, PAGE_READWRITE);
    W3_CHECK(p == hole + GRANULE);
    W3_REQUIRE(p != NULL);
    MEMORY_BASIC_INFORMATION mbi = query(p);
    W3_CHECK(mbi.AllocationBase == p);
    /* From the rounded-down base to the page holding the last requested byte. */
    W3_CHECK_EQ(mbi.RegionSize, ((0x1234 + 0x1000 + page - 1) / page) * page);
    W3_CHECK(VirtualFree(p, 0, MEM_RELEASE));
}

W3_TEST(reserve_and_commit_at_chosen_address)
{
    char *hole = free_granule();
    W3_REQUIRE(hole != NULL);
    char *p = VirtualAlloc(hole, KB(64), MEM_RESERVE | MEM_COMMIT, PAGE_READWRITE);
    W3_CHECK(p == hole);
    W3_REQUIRE(p != NULL);
    p[KB(64) - 1] = 1;
    W3_CHECK_EQ(query(p).State, MEM_COMMIT);
    W3_CHECK_EQ(query(p).RegionSize, KB(64));
    W3_CHECK(VirtualFree(p, 0, MEM_RELEASE));
}

W3_TEST(reserve_over_existing_reservation_fails_invalid_address)
{
    char *p = VirtualAlloc(NULL, 2 * GRANULE, MEM_RESERVE, PAGE_READWRITE);
    W3_REQUIRE(p != NULL);
    SetLastError(0);
    W3_CHECK(VirtualAlloc(p + GRANULE, 0x1000, MEM_RESERVE, PAGE_READWRITE) == NULL);
    W3_CHECK_EQ(GetLastError(), ERROR_INVALID_ADDRESS);
    W3_CHECK(VirtualFree(p, 0, MEM_RELEASE));
}

W3_TEST(commit_of_unreserved_range_fails_invalid_address)
{
    char *hole = free_granule();
    W3_REQUIRE(hole != NULL);
    SetLastError(0);
    W3_CHECK(VirtualAlloc(hole, 0x1000, MEM_COMMIT, PAGE_READWRITE) == NULL);
    W3_CHECK_EQ(GetLastError(), ERROR_INVALID_ADDRESS);
}

W3_TEST(commit_past_end_of_reservation_fails_invalid_address)
{
    SIZE_T page = page_size();
    char *p = VirtualAlloc(NULL, 4 * page, MEM_RESERVE, PAGE_READWRITE);
    W3_REQUIRE(p != NULL);
    SetLastError(0);
    W3_CHECK(VirtualAlloc(p + 3 * page, 2 * page, MEM_COMMIT, PAGE_READWRITE) == NULL);
    W3_CHECK_EQ(GetLastError(), ERROR_INVALID_ADDRESS);
    W3_CHECK_EQ(query(p + 3 * page).State, MEM_RESERVE); /* nothing was committed */
    W3_CHECK(VirtualFree(p, 0, MEM_RELEASE));
}

W3_TEST(commit_without_address_reserves_page_rounded_size)
{
    SIZE_T page = page_size();
    char *p = VirtualAlloc(NULL, 5000, MEM_COMMIT, PAGE_READWRITE);
    W3_REQUIRE(p != NULL);
    W3_CHECK_EQ((ULONG_PTR)p % GRANULE, 0);
    MEMORY_BASIC_INFORMATION mbi = query(p);
    W3_CHECK_EQ(mbi.State, MEM_COMMIT);
    W3_CHECK(mbi.AllocationBase == p);
    W3_CHECK_EQ(mbi.RegionSize, 2 * page);
    /* The rest of the granule belongs to no allocation. */
    mbi = query(p + 2 * page);
    W3_CHECK_EQ(mbi.State, MEM_FREE);
    W3_CHECK(mbi.AllocationBase == NULL);
    W3_CHECK(VirtualFree(p, 0, MEM_RELEASE));
}

W3_TEST(commit_of_committed_pages_keeps_contents)
{
    char *p = VirtualAlloc(NULL, KB(64), MEM_RESERVE | MEM_COMMIT, PAGE_READWRITE);
    W3_REQUIRE(p != NULL);
    strcpy(p, "kept");
    W3_CHECK(VirtualAlloc(p, KB(64), MEM_COMMIT, PAGE_READWRITE) == p);
    W3_CHECK_STR(p, "kept");
    W3_CHECK(VirtualFree(p, 0, MEM_RELEASE));
}

W3_TEST(query_reports_runs_of_equal_pages)
{
    SIZE_T page = page_size();
    char *p = VirtualAlloc(NULL, 8 * page, MEM_RESERVE, PAGE_NOACCESS);
    W3_REQUIRE(p != NULL);
    W3_REQUIRE(VirtualAlloc(p + 2 * page, 2 * page, MEM_COMMIT, PAGE_READWRITE) != NULL);
    W3_REQUIRE(VirtualAlloc(p + 4 * page, page, MEM_COMMIT, PAGE_READONLY) != NULL);

    MEMORY_BASIC_INFORMATION mbi = query(p + 1);
    W3_CHECK(mbi.BaseAddress == p);
    W3_CHECK_EQ(mbi.RegionSize, 2 * page);
    W3_CHECK_EQ(mbi.State, MEM_RESERVE);
    mbi = query(p + 3 * page); /* from the queried page to the end of its run */
    W3_CHECK(mbi.BaseAddress == p + 3 * page);
    W3_CHECK_EQ(mbi.RegionSize, page);
    W3_CHECK_EQ(mbi.Protect, PAGE_READWRITE);
    mbi = query(p + 4 * page);
    W3_CHECK_EQ(mbi.RegionSize, page);
    W3_CHECK_EQ(mbi.State, MEM_COMMIT);
    W3_CHECK_EQ(mbi.Protect, PAGE_READONLY);
    mbi = query(p + 5 * page);
    W3_CHECK_EQ(mbi.RegionSize, 3 * page);
    W3_CHECK_EQ(mbi.State, MEM_RESERVE);
    W3_CHECK(mbi.AllocationBase == p);
    W3_CHECK(VirtualFree(p, 0, MEM_RELEASE));
}

W3_TEST(query_of_released_range_reports_free)
{
    char *p = VirtualAlloc(NULL, 3 * GRANULE, MEM_RESERVE | MEM_COMMIT, PAGE_READWRITE);
    W3_REQUIRE(p != NULL);
    W3_REQUIRE(VirtualFree(p, 0, MEM_RELEASE));
    MEMORY_BASIC_INFORMATION mbi = query(p + 10);
    W3_CHECK(mbi.BaseAddress == p);
    W3_CHECK(mbi.AllocationBase == NULL);
    W3_CHECK_EQ(mbi.AllocationProtect, 0);
    W3_CHECK_EQ(mbi.State, MEM_FREE);
    W3_CHECK_EQ(mbi.Protect, PAGE_NOACCESS);
    W3_CHECK_EQ(mbi.Type, 0);
    W3_CHECK(mbi.RegionSize >= 3 * GRANULE);
}

W3_TEST(query_of_stack_address_reports_committed_private_memory)
{
    volatile char local = 1;
    MEMORY_BASIC_INFORMATION mbi = query((const void *)&local);
    W3_CHECK_EQ(mbi.State, MEM_COMMIT);
    W3_CHECK_EQ(mbi.Protect, PAGE_READWRITE);
    W3_CHECK_EQ(mbi.Type, MEM_PRIVATE);
    W3_CHECK((char *)mbi.BaseAddress <= (const char *)&local);
    W3_CHECK((char *)mbi.BaseAddress + mbi.RegionSize > (const char *)&local);
}

W3_TEST(query_with_short_buffer_fails_bad_length)
{
    MEMORY_BASIC_INFORMATION mbi;
    SetLastError(0);
    W3_CHECK_EQ(VirtualQuery(&mbi, &mbi, sizeof mbi - 1), 0);
    W3_CHECK_EQ(GetLastError(), ERROR_BAD_LENGTH);
}

W3_TEST(query_above_maximum_application_address_fails_invalid_parameter)
{
    SYSTEM_INFO si;
    MEMORY_BASIC_INFORMATION mbi;
    GetSystemInfo(&si);
    SetLastError(0);
    W3_CHECK_EQ(VirtualQuery((char *)si.lpMaximumApplicationAddress + 1, &mbi, sizeof mbi), 0);
    W3_CHECK_EQ(GetLastError(), ERROR_INVALID_PARAMETER);
}

W3_TEST(decommit_returns_pages_to_reserved_and_recommit_zeroes_them)
{
    SIZE_T page = page_size();
    char *p = VirtualAlloc(NULL, 4 * page, MEM_RESERVE | MEM_COMMIT, PAGE_READWRITE);
    W3_REQUIRE(p != NULL);
    memset(p, 0x77, 4 * page);
    W3_CHECK(VirtualFree(p + page, page, MEM_DECOMMIT));
    MEMORY_BASIC_INFORMATION mbi = query(p + page);
    W3_CHECK_EQ(mbi.State, MEM_RESERVE);
    W3_CHECK_EQ(mbi.RegionSize, page);
    W3_CHECK_EQ(mbi.Protect, 0);
    W3_CHECK_EQ((unsigned char)p[2 * page], 0x77); /* neighbours untouched */
    W3_REQUIRE(VirtualAlloc(p + page, page, MEM_COMMIT, PAGE_READWRITE) == p + page);
    W3_CHECK_EQ(p[page], 0);
    W3_CHECK_EQ(p[2 * page - 1], 0);
    W3_CHECK(VirtualFree(p, 0, MEM_RELEASE));
}

W3_TEST(decommit_with_size_zero_at_base_decommits_everything)
{
    char *p = VirtualAlloc(NULL, KB(128), MEM_RESERVE | MEM_COMMIT, PAGE_READWRITE);
    W3_REQUIRE(p != NULL);
    W3_CHECK(VirtualFree(p, 0, MEM_DECOMMIT));
    MEMORY_BASIC_INFORMATION mbi = query(p);
    W3_CHECK_EQ(mbi.State, MEM_RESERVE);
    W3_CHECK_EQ(mbi.RegionSize, KB(128));
    W3_CHECK(VirtualFree(p, 0, MEM_RELEASE));
}

W3_TEST(decommit_of_reserved_pages_succeeds)
{
    char *p = VirtualAlloc(NULL, KB(64), MEM_RESERVE, PAGE_READWRITE);
    W3_REQUIRE(p != NULL);
    W3_CHECK(VirtualFree(p, 0x1000, MEM_DECOMMIT));
    W3_CHECK(VirtualFree(p, 0, MEM_RELEASE));
}

W3_TEST(decommit_errors_follow_windows)
{
    SIZE_T page = page_size();
    char *p = VirtualAlloc(NULL, 4 * page, MEM_RESERVE | MEM_COMMIT, PAGE_READWRITE);
    W3_REQUIRE(p != NULL);
    SetLastError(0);
    W3_CHECK(!VirtualFree(p + page, 0, MEM_DECOMMIT)); /* size 0 needs the base */
    W3_CHECK_EQ(GetLastError(), ERROR_INVALID_ADDRESS);
    SetLastError(0);
    W3_CHECK(!VirtualFree(p + 3 * page, 2 * page, MEM_DECOMMIT)); /* past the end */
    W3_CHECK_EQ(GetLastError(), ERROR_INVALID_PARAMETER);
    W3_CHECK_EQ(query(p + 3 * page).State, MEM_COMMIT);
    W3_CHECK(VirtualFree(p, 0, MEM_RELEASE));
    SetLastError(0);
    W3_CHECK(!VirtualFree(p, page, MEM_DECOMMIT)); /* free memory */
    W3_CHECK_EQ(GetLastError(), ERROR_INVALID_PARAMETER);
}

W3_TEST(release_with_nonzero_size_fails_invalid_parameter)
{
    char *p = VirtualAlloc(NULL, KB(64), MEM_RESERVE, PAGE_READWRITE);
    W3_REQUIRE(p != NULL);
    SetLastError(0);
    W3_CHECK(!VirtualFree(p, KB(64), MEM_RELEASE));
    W3_CHECK_EQ(GetLastError(), ERROR_INVALID_PARAMETER);
    W3_CHECK_EQ(query(p).State, MEM_RESERVE);
    W3_CHECK(VirtualFree(p, 0, MEM_RELEASE));
}

W3_TEST(release_not_at_allocation_base_fails_invalid_address)
{
    char *p = VirtualAlloc(NULL, 2 * GRANULE, MEM_RESERVE, PAGE_READWRITE);
    W3_REQUIRE(p != NULL);
    SetLastError(0);
    W3_CHECK(!VirtualFree(p + 0x1000, 0, MEM_RELEASE));
    W3_CHECK_EQ(GetLastError(), ERROR_INVALID_ADDRESS);
    SetLastError(0);
    W3_CHECK(!VirtualFree(p + GRANULE, 0, MEM_RELEASE));
    W3_CHECK_EQ(GetLastError(), ERROR_INVALID_ADDRESS);
    W3_CHECK(VirtualFree(p, 0, MEM_RELEASE));
}

W3_TEST(release_twice_fails_invalid_parameter)
{
    char *p = VirtualAlloc(NULL, KB(64), MEM_RESERVE, PAGE_READWRITE);
    W3_REQUIRE(p != NULL);
    W3_CHECK(VirtualFree(p, 0, MEM_RELEASE));
    SetLastError(0);
    W3_CHECK(!VirtualFree(p, 0, MEM_RELEASE));
    W3_CHECK_EQ(GetLastError(), ERROR_INVALID_PARAMETER);
}

W3_TEST(virtualfree_needs_exactly_one_free_type)
{
    char *p = VirtualAlloc(NULL, KB(64), MEM_RESERVE, PAGE_READWRITE);
    W3_REQUIRE(p != NULL);
    SetLastError(0);
    W3_CHECK(!VirtualFree(p, 0, 0));
    W3_CHECK_EQ(GetLastError(), ERROR_INVALID_PARAMETER);
    SetLastError(0);
    W3_CHECK(!VirtualFree(p, 0, MEM_DECOMMIT | MEM_RELEASE));
    W3_CHECK_EQ(GetLastError(), ERROR_INVALID_PARAMETER);
    W3_CHECK(VirtualFree(p, 0, MEM_RELEASE));
}

W3_TEST(virtualalloc_rejects_bad_size_type_and_protection)
{
    static const DWORD bad_protections[] = {0, PAGE_READONLY | PAGE_READWRITE, PAGE_WRITECOPY,
                                            PAGE_EXECUTE_WRITECOPY, 0x10000000};
    SetLastError(0);
    W3_CHECK(VirtualAlloc(NULL, 0, MEM_RESERVE, PAGE_READWRITE) == NULL);
    W3_CHECK_EQ(GetLastError(), ERROR_INVALID_PARAMETER);
    SetLastError(0);
    W3_CHECK(VirtualAlloc(NULL, 4096, 0, PAGE_READWRITE) == NULL);
    W3_CHECK_EQ(GetLastError(), ERROR_INVALID_PARAMETER);
    SetLastError(0);
    W3_CHECK(VirtualAlloc(NULL, 4096, MEM_DECOMMIT, PAGE_READWRITE) == NULL);
    W3_CHECK_EQ(GetLastError(), ERROR_INVALID_PARAMETER);
    for (size_t i = 0; i < ARRAYSIZE(bad_protections); i++) {
        SetLastError(0);
        W3_CHECK(VirtualAlloc(NULL, 4096, MEM_RESERVE | MEM_COMMIT, bad_protections[i]) == NULL);
        W3_CHECK_EQ(GetLastError(), ERROR_INVALID_PARAMETER);
    }
    SetLastError(0);
    W3_CHECK(VirtualAlloc(NULL, (SIZE_T)1 << (sizeof(void *) == 8 ? 50 : 31), MEM_RESERVE,
                          PAGE_READWRITE) == NULL);
    W3_CHECK_EQ(GetLastError(), ERROR_INVALID_PARAMETER);
}

W3_TEST(every_basic_protection_is_reported_back)
{
    static const DWORD protections[] = {PAGE_NOACCESS, PAGE_READONLY,     PAGE_READWRITE,
                                        PAGE_EXECUTE,  PAGE_EXECUTE_READ, PAGE_EXECUTE_READWRITE};
    for (size_t i = 0; i < ARRAYSIZE(protections); i++) {
        char *p = VirtualAlloc(NULL, 4096, MEM_RESERVE | MEM_COMMIT, protections[i]);
        W3_REQUIRE(p != NULL);
        MEMORY_BASIC_INFORMATION mbi = query(p);
        W3_CHECK_EQ(mbi.Protect, protections[i]);
        W3_CHECK_EQ(mbi.AllocationProtect, protections[i]);
        W3_CHECK(VirtualFree(p, 0, MEM_RELEASE));
    }
}

W3_TEST(protect_returns_old_protection_and_applies_new)
{
    SIZE_T page = page_size();
    DWORD old = 0;
    char *p = VirtualAlloc(NULL, 2 * page, MEM_RESERVE | MEM_COMMIT, PAGE_READWRITE);
    W3_REQUIRE(p != NULL);
    p[0] = 42;
    W3_CHECK(VirtualProtect(p, 1, PAGE_READONLY, &old));
    W3_CHECK_EQ(old, PAGE_READWRITE);
    W3_CHECK_EQ(query(p).Protect, PAGE_READONLY);
    W3_CHECK_EQ(query(p).RegionSize, page); /* only the page holding the byte */
    W3_CHECK_EQ(query(p + page).Protect, PAGE_READWRITE);
    W3_CHECK_EQ(p[0], 42);
    W3_CHECK(VirtualProtect(p, 2 * page, PAGE_EXECUTE_READWRITE, &old));
    W3_CHECK_EQ(old, PAGE_READONLY); /* the first page's */
    W3_CHECK_EQ(query(p).RegionSize, 2 * page);
    W3_CHECK(VirtualFree(p, 0, MEM_RELEASE));
}

W3_TEST(protect_of_uncommitted_or_free_memory_fails)
{
    SIZE_T page = page_size();
    DWORD old = 0x77;
    char *p = VirtualAlloc(NULL, 2 * page, MEM_RESERVE, PAGE_READWRITE);
    W3_REQUIRE(p != NULL);
    SetLastError(0);
    W3_CHECK(!VirtualProtect(p, page, PAGE_READONLY, &old));
    W3_CHECK_EQ(GetLastError(), ERROR_INVALID_ADDRESS);
    W3_CHECK_EQ(old, 0x77);
    W3_CHECK(VirtualFree(p, 0, MEM_RELEASE));
    SetLastError(0);
    W3_CHECK(!VirtualProtect(p, page, PAGE_READONLY, &old));
    W3_CHECK_EQ(GetLastError(), ERROR_INVALID_PARAMETER);
}

W3_TEST(protect_rejects_bad_protection_and_missing_old_pointer)
{
    DWORD old;
    char *p = VirtualAlloc(NULL, 4096, MEM_RESERVE | MEM_COMMIT, PAGE_READWRITE);
    W3_REQUIRE(p != NULL);
    SetLastError(0);
    W3_CHECK(!VirtualProtect(p, 4096, 0, &old));
    W3_CHECK_EQ(GetLastError(), ERROR_INVALID_PARAMETER);
    SetLastError(0);
    W3_CHECK(!VirtualProtect(p, 4096, PAGE_READONLY, NULL));
    W3_CHECK_EQ(GetLastError(), ERROR_NOACCESS);
    W3_CHECK_EQ(query(p).Protect, PAGE_READWRITE);
    W3_CHECK(VirtualFree(p, 0, MEM_RELEASE));
}

W3_TEST(mem_reset_keeps_the_range_committed)
{
    SIZE_T page = page_size();
    char *p = VirtualAlloc(NULL, 4 * page, MEM_RESERVE | MEM_COMMIT, PAGE_READWRITE);
    W3_REQUIRE(p != NULL);
    memset(p, 1, 4 * page);
    /* flProtect is ignored; the address is rounded down to its page. */
    W3_CHECK(VirtualAlloc(p + page + 0x100, page, MEM_RESET, PAGE_NOACCESS) == p + page);
    MEMORY_BASIC_INFORMATION mbi = query(p);
    W3_CHECK_EQ(mbi.State, MEM_COMMIT);
    W3_CHECK_EQ(mbi.Protect, PAGE_READWRITE);
    W3_CHECK_EQ(mbi.RegionSize, 4 * page);
    p[page] = 9; /* still writable */
    W3_CHECK_EQ(p[page], 9);
    W3_CHECK_EQ(p[0], 1);
    W3_CHECK(VirtualFree(p, 0, MEM_RELEASE));
}

W3_TEST(mem_top_down_is_accepted)
{
    char *p = VirtualAlloc(NULL, 4096, MEM_RESERVE | MEM_COMMIT | MEM_TOP_DOWN, PAGE_READWRITE);
    W3_REQUIRE(p != NULL);
    W3_CHECK_EQ((ULONG_PTR)p % GRANULE, 0);
    p[0] = 1;
    W3_CHECK(VirtualFree(p, 0, MEM_RELEASE));
}

/* Faults: each child touches memory it may not, and must die of an access violation. */

W3_CHILD(read_committed_page)
{
    volatile char *p = VirtualAlloc(NULL, 4096, MEM_RESERVE | MEM_COMMIT, PAGE_READONLY);
    if (!p || p[0] != 0)
        exit(3);
    exit(0);
}

W3_CHILD(read_reserved_page)
{
    volatile char *p = VirtualAlloc(NULL, 4096, MEM_RESERVE, PAGE_READWRITE);
    if (!p)
        exit(3);
    (void)p[0];
    exit(0);
}

W3_CHILD(write_decommitted_page)
{
    volatile char *p = VirtualAlloc(NULL, 8192, MEM_RESERVE | MEM_COMMIT, PAGE_READWRITE);
    if (!p || !VirtualFree((char *)p + 4096, 4096, MEM_DECOMMIT))
        exit(3);
    p[0] = 1; /* still committed */
    p[4096] = 1;
    exit(0);
}

W3_CHILD(read_noaccess_page)
{
    volatile char *p = VirtualAlloc(NULL, 4096, MEM_RESERVE | MEM_COMMIT, PAGE_NOACCESS);
    if (!p)
        exit(3);
    (void)p[0];
    exit(0);
}

W3_CHILD(write_readonly_page)
{
    volatile char *p = VirtualAlloc(NULL, 4096, MEM_RESERVE | MEM_COMMIT, PAGE_READONLY);
    if (!p)
        exit(3);
    p[0] = 1;
    exit(0);
}

W3_CHILD(write_after_protect_readonly)
{
    DWORD old;
    volatile char *p = VirtualAlloc(NULL, 4096, MEM_RESERVE | MEM_COMMIT, PAGE_READWRITE);
    if (!p)
        exit(3);
    p[0] = 1;
    if (!VirtualProtect((char *)p, 4096, PAGE_READONLY, &old))
        exit(3);
    p[0] = 2;
    exit(0);
}

W3_TEST(reading_committed_page_does_not_fault)
{
    struct w3t_child_result r = w3t_run_child("read_committed_page");
    W3_CHECK(r.started);
    W3_CHECK(!r.crashed);
    W3_CHECK_EQ(r.code, 0);
}

W3_TEST(reading_reserved_page_faults)
{
    struct w3t_child_result r = w3t_run_child("read_reserved_page");
    W3_CHECK(r.started);
    W3_CHECK(r.access_violation);
}

W3_TEST(writing_decommitted_page_faults)
{
    struct w3t_child_result r = w3t_run_child("write_decommitted_page");
    W3_CHECK(r.started);
    W3_CHECK(r.access_violation);
}

W3_TEST(reading_noaccess_page_faults)
{
    struct w3t_child_result r = w3t_run_child("read_noaccess_page");
    W3_CHECK(r.started);
    W3_CHECK(r.access_violation);
}

W3_TEST(writing_readonly_page_faults)
{
    struct w3t_child_result r = w3t_run_child("write_readonly_page");
    W3_CHECK(r.started);
    W3_CHECK(r.access_violation);
}

W3_TEST(writing_after_protect_readonly_faults)
{
    struct w3t_child_result r = w3t_run_child("write_after_protect_readonly");
    W3_CHECK(r.started);
    W3_CHECK(r.access_violation);
}
