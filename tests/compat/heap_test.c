/* HeapCreate, HeapAlloc, HeapReAlloc, HeapFree, HeapSize, HeapDestroy and the process
 * heap: sizes, zeroing, failures and the error codes Windows (Wine) gives for pointers
 * that are not live blocks of the heap. */
#include <windows.h>

#include <stdint.h>

#include "w3test.h"

/* Larger than any heap can hand out. */
#define HUGE_SIZE ((SIZE_T)1 << (sizeof(void *) == 8 ? 50 : 31))

static int all_bytes_are(const void *p, int value, SIZE_T n)
{
    const unsigned char *b = p;
    for (SIZE_T i = 0; i < n; i++)
        if (b[i] != (unsigned char)value)
            return 0;
    return 1;
}

W3_TEST(process_heap_is_one_heap)
{
    HANDLE heap = GetProcessHeap();
    W3_REQUIRE(heap != NULL);
    W3_CHECK(GetProcessHeap() == heap);
    char *p = HeapAlloc(heap, 0, 32);
    W3_REQUIRE(p != NULL);
    strcpy(p, "process heap");
    W3_CHECK_EQ(HeapSize(heap, 0, p), 32);
    W3_CHECK(HeapFree(heap, 0, p));
}

W3_TEST(zero_memory_flag_gives_zeroed_block)
{
    HANDLE heap = HeapCreate(0, 0, 0);
    W3_REQUIRE(heap != NULL);
    /* Dirty the heap first so that zeroes are not merely fresh pages. */
    void *dirty = HeapAlloc(heap, 0, 4000);
    W3_REQUIRE(dirty != NULL);
    memset(dirty, 0xAB, 4000);
    W3_CHECK(HeapFree(heap, 0, dirty));
    unsigned char *p = HeapAlloc(heap, HEAP_ZERO_MEMORY, 4000);
    W3_REQUIRE(p != NULL);
    W3_CHECK(all_bytes_are(p, 0, 4000));
    W3_CHECK(HeapDestroy(heap));
}

W3_TEST(heap_size_is_the_requested_size)
{
    static const SIZE_T sizes[] = {1, 13, 16, 100, 4095, 4097, 70000, 1 << 20};
    HANDLE heap = HeapCreate(0, 0, 0);
    W3_REQUIRE(heap != NULL);
    for (size_t i = 0; i < ARRAYSIZE(sizes); i++) {
        char *p = HeapAlloc(heap, 0, sizes[i]);
        W3_REQUIRE(p != NULL);
        p[sizes[i] - 1] = 1;
        W3_CHECK_EQ(HeapSize(heap, 0, p), sizes[i]);
        W3_CHECK(HeapFree(heap, 0, p));
    }
    W3_CHECK(HeapDestroy(heap));
}

W3_TEST(blocks_are_aligned_for_any_type)
{
    HANDLE heap = GetProcessHeap();
    void *blocks[16];
    for (size_t i = 0; i < ARRAYSIZE(blocks); i++) {
        blocks[i] = HeapAlloc(heap, 0, 1 + i * 7);
        W3_REQUIRE(blocks[i] != NULL);
        W3_CHECK_EQ((uintptr_t)blocks[i] % MEMORY_ALLOCATION_ALIGNMENT, 0);
    }
    for (size_t i = 0; i < ARRAYSIZE(blocks); i++)
        W3_CHECK(HeapFree(heap, 0, blocks[i]));
}

W3_TEST(zero_size_allocation_is_a_distinct_valid_block)
{
    HANDLE heap = HeapCreate(0, 0, 0);
    W3_REQUIRE(heap != NULL);
    void *a = HeapAlloc(heap, 0, 0);
    void *b = HeapAlloc(heap, 0, 0);
    W3_REQUIRE(a != NULL);
    W3_REQUIRE(b != NULL);
    W3_CHECK(a != b);
    W3_CHECK_EQ(HeapSize(heap, 0, a), 0);
    W3_CHECK(HeapFree(heap, 0, a));
    W3_CHECK(HeapFree(heap, 0, b));
    W3_CHECK(HeapDestroy(heap));
}

W3_TEST(many_blocks_keep_their_contents_and_sizes)
{
    enum { COUNT = 2000 };
    static unsigned char *blocks[COUNT];
    HANDLE heap = HeapCreate(0, 0, 0);
    W3_REQUIRE(heap != NULL);
    for (int i = 0; i < COUNT; i++) {
        blocks[i] = HeapAlloc(heap, 0, (SIZE_T)(i % 50 + 1));
        W3_REQUIRE(blocks[i] != NULL);
        memset(blocks[i], i & 0xFF, (SIZE_T)(i % 50 + 1));
    }
    for (int i = 0; i < COUNT; i += 2) /* every other block, then the rest */
        W3_REQUIRE(HeapFree(heap, 0, blocks[i]));
    for (int i = 1; i < COUNT; i += 2) {
        W3_REQUIRE(HeapSize(heap, 0, blocks[i]) == (SIZE_T)(i % 50 + 1));
        W3_REQUIRE(all_bytes_are(blocks[i], i & 0xFF, (SIZE_T)(i % 50 + 1)));
        W3_REQUIRE(HeapFree(heap, 0, blocks[i]));
    }
    W3_CHECK(HeapDestroy(heap));
}

W3_TEST(heap_free_of_null_succeeds)
{
    HANDLE heap = HeapCreate(0, 0, 0);
    W3_REQUIRE(heap != NULL);
    W3_CHECK(HeapFree(heap, 0, NULL));
    W3_CHECK(HeapFree(GetProcessHeap(), 0, NULL));
    W3_CHECK(HeapDestroy(heap));
}

W3_TEST(foreign_stack_pointer_is_rejected_invalid_parameter)
{
    char buffer[64];
    HANDLE heap = HeapCreate(0, 0, 0);
    W3_REQUIRE(heap != NULL);
    SetLastError(0);
    W3_CHECK(!HeapFree(heap, 0, buffer + 16));
    W3_CHECK_EQ(GetLastError(), ERROR_INVALID_PARAMETER);
    SetLastError(0);
    W3_CHECK_EQ(HeapSize(heap, 0, buffer + 16), (SIZE_T)-1);
    W3_CHECK_EQ(GetLastError(), ERROR_INVALID_PARAMETER);
    SetLastError(0);
    W3_CHECK(HeapReAlloc(heap, 0, buffer + 16, 10) == NULL);
    W3_CHECK_EQ(GetLastError(), ERROR_INVALID_PARAMETER);
    W3_CHECK(HeapDestroy(heap));
}

W3_TEST(block_of_another_heap_is_rejected_and_left_intact)
{
    HANDLE mine = HeapCreate(0, 0, 0), other = HeapCreate(0, 0, 0);
    W3_REQUIRE(mine != NULL);
    W3_REQUIRE(other != NULL);
    char *theirs = HeapAlloc(other, 0, 100);
    W3_REQUIRE(theirs != NULL);
    strcpy(theirs, "theirs");
    SetLastError(0);
    W3_CHECK(!HeapFree(mine, 0, theirs));
    W3_CHECK_EQ(GetLastError(), ERROR_INVALID_PARAMETER);
    SetLastError(0);
    W3_CHECK_EQ(HeapSize(mine, 0, theirs), (SIZE_T)-1);
    W3_CHECK_EQ(GetLastError(), ERROR_INVALID_PARAMETER);
    SetLastError(0);
    W3_CHECK(HeapReAlloc(mine, 0, theirs, 200) == NULL);
    W3_CHECK_EQ(GetLastError(), ERROR_INVALID_PARAMETER);
    W3_CHECK_EQ(HeapSize(other, 0, theirs), 100);
    W3_CHECK_STR(theirs, "theirs");
    W3_CHECK(HeapFree(other, 0, theirs));
    W3_CHECK(HeapDestroy(mine));
    W3_CHECK(HeapDestroy(other));
}

W3_TEST(freed_block_is_rejected_invalid_parameter)
{
    HANDLE heap = HeapCreate(0, 0, 0);
    W3_REQUIRE(heap != NULL);
    void *keep = HeapAlloc(heap, 0, 64); /* keeps the heap from being empty */
    void *p = HeapAlloc(heap, 0, 64);
    W3_REQUIRE(p != NULL);
    W3_CHECK(HeapFree(heap, 0, p));
    SetLastError(0);
    W3_CHECK(!HeapFree(heap, 0, p));
    W3_CHECK_EQ(GetLastError(), ERROR_INVALID_PARAMETER);
    SetLastError(0);
    W3_CHECK_EQ(HeapSize(heap, 0, p), (SIZE_T)-1);
    W3_CHECK_EQ(GetLastError(), ERROR_INVALID_PARAMETER);
    SetLastError(0);
    W3_CHECK(HeapReAlloc(heap, 0, p, 10) == NULL);
    W3_CHECK_EQ(GetLastError(), ERROR_INVALID_PARAMETER);
    W3_CHECK(HeapFree(heap, 0, keep));
    W3_CHECK(HeapDestroy(heap));
}

W3_TEST(realloc_growth_preserves_contents)
{
    HANDLE heap = HeapCreate(0, 0, 0);
    W3_REQUIRE(heap != NULL);
    unsigned char *p = HeapAlloc(heap, 0, 100);
    W3_REQUIRE(p != NULL);
    for (int i = 0; i < 100; i++)
        p[i] = (unsigned char)i;
    unsigned char *q = HeapReAlloc(heap, 0, p, 100000);
    W3_REQUIRE(q != NULL);
    W3_CHECK_EQ(HeapSize(heap, 0, q), 100000);
    for (int i = 0; i < 100; i++)
        W3_REQUIRE(q[i] == (unsigned char)i);
    q[99999] = 1;
    W3_CHECK(HeapFree(heap, 0, q));
    W3_CHECK(HeapDestroy(heap));
}

W3_TEST(realloc_with_zero_memory_zeroes_the_growth)
{
    HANDLE heap = HeapCreate(0, 0, 0);
    W3_REQUIRE(heap != NULL);
    unsigned char *p = HeapAlloc(heap, 0, 64);
    W3_REQUIRE(p != NULL);
    memset(p, 0xEE, 64);
    /* Shrink first: the bytes given up must come back zeroed when regrown. */
    p = HeapReAlloc(heap, 0, p, 16);
    W3_REQUIRE(p != NULL);
    unsigned char *q = HeapReAlloc(heap, HEAP_ZERO_MEMORY, p, 5000);
    W3_REQUIRE(q != NULL);
    W3_CHECK(all_bytes_are(q, 0xEE, 16));
    W3_CHECK(all_bytes_are(q + 16, 0, 5000 - 16));
    W3_CHECK(HeapDestroy(heap));
}

W3_TEST(realloc_shrink_keeps_prefix_and_reports_new_size)
{
    HANDLE heap = HeapCreate(0, 0, 0);
    W3_REQUIRE(heap != NULL);
    char *p = HeapAlloc(heap, 0, 1000);
    W3_REQUIRE(p != NULL);
    strcpy(p, "prefix");
    char *q = HeapReAlloc(heap, 0, p, 7);
    W3_REQUIRE(q != NULL);
    W3_CHECK_STR(q, "prefix");
    W3_CHECK_EQ(HeapSize(heap, 0, q), 7);
    W3_CHECK(HeapDestroy(heap));
}

W3_TEST(realloc_to_zero_size_keeps_a_valid_block)
{
    HANDLE heap = HeapCreate(0, 0, 0);
    W3_REQUIRE(heap != NULL);
    void *p = HeapAlloc(heap, 0, 50);
    W3_REQUIRE(p != NULL);
    void *q = HeapReAlloc(heap, 0, p, 0);
    W3_REQUIRE(q != NULL);
    W3_CHECK_EQ(HeapSize(heap, 0, q), 0);
    W3_CHECK(HeapFree(heap, 0, q));
    W3_CHECK(HeapDestroy(heap));
}

W3_TEST(realloc_of_null_fails)
{
    W3_CHECK(HeapReAlloc(GetProcessHeap(), 0, NULL, 10) == NULL);
}

W3_TEST(realloc_in_place_only_cannot_grow_past_neighbour)
{
    HANDLE heap = HeapCreate(0, 0, 0);
    W3_REQUIRE(heap != NULL);
    char *p = HeapAlloc(heap, 0, 64);
    char *neighbour = HeapAlloc(heap, 0, 64);
    W3_REQUIRE(p != NULL);
    W3_REQUIRE(neighbour != NULL);
    strcpy(p, "stays");
    SetLastError(0);
    W3_CHECK(HeapReAlloc(heap, HEAP_REALLOC_IN_PLACE_ONLY, p, (SIZE_T)1 << 26) == NULL);
    W3_CHECK_EQ(GetLastError(), ERROR_NOT_ENOUGH_MEMORY);
    W3_CHECK_EQ(HeapSize(heap, 0, p), 64); /* the block is untouched */
    W3_CHECK_STR(p, "stays");
    W3_CHECK(HeapFree(heap, 0, p));
    W3_CHECK(HeapFree(heap, 0, neighbour));
    W3_CHECK(HeapDestroy(heap));
}

W3_TEST(realloc_in_place_only_shrink_keeps_the_address)
{
    HANDLE heap = HeapCreate(0, 0, 0);
    W3_REQUIRE(heap != NULL);
    char *p = HeapAlloc(heap, 0, 256);
    W3_REQUIRE(p != NULL);
    strcpy(p, "same place");
    W3_CHECK(HeapReAlloc(heap, HEAP_REALLOC_IN_PLACE_ONLY, p, 32) == p);
    W3_CHECK_EQ(HeapSize(heap, 0, p), 32);
    W3_CHECK_STR(p, "same place");
    W3_CHECK(HeapDestroy(heap));
}

W3_TEST(impossible_sizes_fail_not_enough_memory)
{
    HANDLE heap = HeapCreate(0, 0, 0);
    W3_REQUIRE(heap != NULL);
    SetLastError(0);
    W3_CHECK(HeapAlloc(heap, 0, HUGE_SIZE) == NULL);
    W3_CHECK_EQ(GetLastError(), ERROR_NOT_ENOUGH_MEMORY);
    SetLastError(0);
    W3_CHECK(HeapAlloc(heap, 0, ~(SIZE_T)0) == NULL);
    W3_CHECK_EQ(GetLastError(), ERROR_NOT_ENOUGH_MEMORY);
    char *p = HeapAlloc(heap, 0, 10);
    W3_REQUIRE(p != NULL);
    SetLastError(0);
    W3_CHECK(HeapReAlloc(heap, 0, p, HUGE_SIZE) == NULL);
    W3_CHECK_EQ(GetLastError(), ERROR_NOT_ENOUGH_MEMORY);
    W3_CHECK_EQ(HeapSize(heap, 0, p), 10);
    W3_CHECK(HeapDestroy(heap));
}

W3_TEST(fixed_size_heap_rejects_a_block_larger_than_itself)
{
    HANDLE heap = HeapCreate(0, 0, 65536);
    W3_REQUIRE(heap != NULL);
    SetLastError(0);
    W3_CHECK(HeapAlloc(heap, 0, 131072) == NULL);
    W3_CHECK_EQ(GetLastError(), ERROR_NOT_ENOUGH_MEMORY);
    void *p = HeapAlloc(heap, 0, 60000);
    W3_CHECK(p != NULL);
    SetLastError(0);
    W3_CHECK(HeapAlloc(heap, 0, 60000) == NULL); /* no room for a second one */
    W3_CHECK_EQ(GetLastError(), ERROR_NOT_ENOUGH_MEMORY);
    W3_CHECK(HeapDestroy(heap));
}

W3_TEST(fixed_size_heap_runs_out_and_recovers_after_free)
{
    enum { LIMIT = 1000 };
    static void *blocks[LIMIT];
    int count = 0;
    HANDLE heap = HeapCreate(0, 0, 65536);
    W3_REQUIRE(heap != NULL);
    while (count < LIMIT && (blocks[count] = HeapAlloc(heap, 0, 1000)) != NULL)
        count++;
    W3_CHECK_EQ(GetLastError(), ERROR_NOT_ENOUGH_MEMORY);
    /* 64 KiB holds somewhat fewer than 66 blocks of 1000 bytes, and not much fewer. */
    W3_CHECK(count >= 32);
    W3_CHECK(count <= 65);
    W3_REQUIRE(count > 0);
    W3_CHECK(HeapFree(heap, 0, blocks[count / 2]));
    W3_CHECK(HeapAlloc(heap, 0, 1000) != NULL);
    W3_CHECK(HeapDestroy(heap));
}

W3_TEST(destroy_frees_every_block)
{
    HANDLE heap = HeapCreate(0, 0, 0);
    W3_REQUIRE(heap != NULL);
    for (int i = 0; i < 500; i++)
        W3_REQUIRE(HeapAlloc(heap, 0, (SIZE_T)(i * 13 + 1)) != NULL);
    /* The leak checker of the sanitizer lane sees any block left behind. */
    W3_CHECK(HeapDestroy(heap));
}

W3_TEST(process_heap_cannot_be_destroyed)
{
    SetLastError(0);
    W3_CHECK(!HeapDestroy(GetProcessHeap()));
    W3_CHECK_EQ(GetLastError(), ERROR_INVALID_HANDLE);
    void *p = HeapAlloc(GetProcessHeap(), 0, 8);
    W3_CHECK(p != NULL);
    W3_CHECK(HeapFree(GetProcessHeap(), 0, p));
}

W3_TEST(no_serialize_heap_allocates_and_frees)
{
    HANDLE heap = HeapCreate(HEAP_NO_SERIALIZE, 4096, 0);
    W3_REQUIRE(heap != NULL);
    char *p = HeapAlloc(heap, HEAP_NO_SERIALIZE | HEAP_ZERO_MEMORY, 300);
    W3_REQUIRE(p != NULL);
    W3_CHECK(all_bytes_are(p, 0, 300));
    p = HeapReAlloc(heap, 0, p, 600);
    W3_REQUIRE(p != NULL);
    W3_CHECK_EQ(HeapSize(heap, 0, p), 600);
    W3_CHECK(HeapFree(heap, 0, p));
    W3_CHECK(HeapDestroy(heap));
}

/* HEAP_GENERATE_EXCEPTIONS: a failed allocation ends the process (STATUS_NO_MEMORY on
 * Windows, a report and abort on POSIX) instead of returning NULL. */

W3_CHILD(heap_created_with_exceptions_fails_allocation)
{
    HANDLE heap = HeapCreate(HEAP_GENERATE_EXCEPTIONS, 0, 0);
    if (!heap)
        exit(3);
    HeapAlloc(heap, 0, HUGE_SIZE);
    exit(0);
}

W3_CHILD(allocation_with_exceptions_flag_fails)
{
    HeapAlloc(GetProcessHeap(), HEAP_GENERATE_EXCEPTIONS, HUGE_SIZE);
    exit(0);
}

W3_CHILD(in_place_growth_with_exceptions_flag_fails)
{
    HANDLE heap = HeapCreate(0, 0, 0);
    void *p = heap ? HeapAlloc(heap, 0, 64) : NULL;
    if (!p || !HeapAlloc(heap, 0, 64))
        exit(3);
    HeapReAlloc(heap, HEAP_GENERATE_EXCEPTIONS | HEAP_REALLOC_IN_PLACE_ONLY, p, (SIZE_T)1 << 26);
    exit(0);
}

W3_CHILD(allocation_without_exceptions_flag_fails)
{
    exit(HeapAlloc(GetProcessHeap(), 0, HUGE_SIZE) == NULL ? 0 : 3);
}

/* Wine 8 honours HEAP_GENERATE_EXCEPTIONS only when given to HeapAlloc/HeapReAlloc, not
 * when given to HeapCreate, although Windows documents the HeapCreate flag as applying
 * to every call on the heap. compat follows the documentation. */
static int running_under_wine(void)
{
#ifdef _WIN32
    HMODULE ntdll = GetModuleHandleA("ntdll.dll");
    return ntdll && GetProcAddress(ntdll, "wine_get_version") != NULL;
#else
    return 0;
#endif
}

W3_TEST(generate_exceptions_heap_ends_process_on_failure)
{
    struct w3t_child_result r = w3t_run_child("heap_created_with_exceptions_fails_allocation");
    W3_CHECK(r.started);
    if (!running_under_wine())
        W3_CHECK(r.crashed);
}

W3_TEST(generate_exceptions_flag_ends_process_on_failure)
{
    struct w3t_child_result r = w3t_run_child("allocation_with_exceptions_flag_fails");
    W3_CHECK(r.started);
    W3_CHECK(r.crashed);
}

W3_TEST(generate_exceptions_applies_to_in_place_realloc)
{
    struct w3t_child_result r = w3t_run_child("in_place_growth_with_exceptions_flag_fails");
    W3_CHECK(r.started);
    W3_CHECK(r.crashed);
}

W3_TEST(failure_without_generate_exceptions_returns_null)
{
    struct w3t_child_result r = w3t_run_child("allocation_without_exceptions_flag_fails");
    W3_CHECK(r.started);
    W3_CHECK(!r.crashed);
    W3_CHECK_EQ(r.code, 0);
}

/* x86 machine code for a function returning 42: mov eax, 42; ret (the same bytes on
 * i686 and x86_64). */
static const unsigned char return_42[] = {0xB8, 0x2A, 0x00, 0x00, 0x00, 0xC3};

W3_TEST(executable_heap_blocks_can_run_code)
{
    HANDLE heap = HeapCreate(HEAP_CREATE_ENABLE_EXECUTE, 0, 0);
    W3_REQUIRE(heap != NULL);
    unsigned char *code = HeapAlloc(heap, 0, sizeof return_42);
    W3_REQUIRE(code != NULL);
    memcpy(code, return_42, sizeof return_42);
    int (*fn)(void);
    memcpy(&fn, &code, sizeof fn); /* object to function pointer, as a JIT does */
    W3_CHECK_EQ_I(fn(), 42);
    /* Growth keeps the code and the executability. */
    code = HeapReAlloc(heap, 0, code, 10000);
    W3_REQUIRE(code != NULL);
    memcpy(&fn, &code, sizeof fn);
    W3_CHECK_EQ_I(fn(), 42);
    W3_CHECK_EQ(HeapSize(heap, 0, code), 10000);
    W3_CHECK(HeapFree(heap, 0, code));
    W3_CHECK(HeapDestroy(heap));
}
