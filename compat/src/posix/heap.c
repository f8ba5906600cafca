/* HeapCreate, HeapAlloc, HeapReAlloc, HeapFree, HeapSize, HeapDestroy and the process
 * heap. Blocks come from the C library's malloc, so sanitizers still see every overrun;
 * each heap records its live blocks (heap_block_set.h), so a pointer that is not one of
 * them (a stack address, a freed block, another heap's block) fails with
 * ERROR_INVALID_PARAMETER, as on Wine, instead of corrupting anything. A heap created
 * with HEAP_CREATE_ENABLE_EXECUTE takes its blocks from executable pages of their own
 * instead, since malloc's memory cannot hold code.
 *
 * A heap handle is the heap's address, as on Windows, and not an entry of the kernel
 * handle table: CloseHandle does not apply to heaps. Handles are checked against the
 * list of live heaps, so a destroyed or made-up one fails with ERROR_INVALID_HANDLE. */
#include <windows.h>

#include "heap_block_set.h"
#include "system_info.h"

#include <pthread.h>
#include <stdio.h>
#include <sys/mman.h>

/* Larger requests fail without reaching malloc: no machine can satisfy them, and a
 * sanitizer's allocator would end the process instead of returning NULL. */
#define MAX_BLOCK_SIZE ((SIZE_T)1 << (sizeof(void *) == 8 ? 40 : 30))

struct w3_heap {
    pthread_mutex_t lock;
    DWORD flags;     /* HEAP_NO_SERIALIZE and HEAP_GENERATE_EXCEPTIONS given to HeapCreate */
    BOOL executable; /* HEAP_CREATE_ENABLE_EXECUTE */
    SIZE_T limit;    /* dwMaximumSize rounded to pages; 0 for a growable heap */
    SIZE_T charged;  /* what the live blocks count against the limit */
    struct w3_heap_block_set blocks;
    struct w3_heap *next; /* in the list of live heaps */
};

static struct w3_heap process_heap = {.lock = PTHREAD_MUTEX_INITIALIZER};
static pthread_mutex_t heaps_lock = PTHREAD_MUTEX_INITIALIZER;
static struct w3_heap *live_heaps = &process_heap;

static struct w3_heap *heap_from_handle(HANDLE h)
{
    struct w3_heap *heap;
    pthread_mutex_lock(&heaps_lock);
    for (heap = live_heaps; heap && heap != (struct w3_heap *)h; heap = heap->next)
        ;
    pthread_mutex_unlock(&heaps_lock);
    if (!heap)
        SetLastError(ERROR_INVALID_HANDLE);
    return heap;
}

/* What a block of capacity bytes counts against a fixed-size heap: its 16-byte-aligned
 * size plus a header, roughly what Windows' own heap spends. */
static SIZE_T charge_of(SIZE_T capacity)
{
    return ((capacity + 15) & ~(SIZE_T)15) + 16;
}

static void lock_heap(struct w3_heap *heap, DWORD flags)
{
    if (!(flags & HEAP_NO_SERIALIZE))
        pthread_mutex_lock(&heap->lock);
}

static void unlock_heap(struct w3_heap *heap, DWORD flags)
{
    if (!(flags & HEAP_NO_SERIALIZE))
        pthread_mutex_unlock(&heap->lock);
}

/* Windows raises STATUS_NO_MEMORY under HEAP_GENERATE_EXCEPTIONS. POSIX has no
 * structured exceptions to raise, so the process ends the way an unhandled one would. */
static void *out_of_memory(DWORD flags, const char *function, SIZE_T size)
{
    SetLastError(ERROR_NOT_ENOUGH_MEMORY);
    if (flags & HEAP_GENERATE_EXCEPTIONS) {
        fprintf(stderr,
                "w3compat: %s of %zu bytes failed with HEAP_GENERATE_EXCEPTIONS: "
                "unhandled exception STATUS_NO_MEMORY (0x%08X)\n",
                function, (size_t)size, (unsigned)STATUS_NO_MEMORY);
        abort();
    }
    return NULL;
}

/* Storage for a block of *capacity bytes; an executable heap rounds *capacity up to
 * whole pages, which in-place growth may then use. */
static void *obtain(const struct w3_heap *heap, SIZE_T *capacity, int zero)
{
    if (heap->executable) {
        SIZE_T page = w3_page_size();
        SIZE_T size = (*capacity + page - 1) & ~(page - 1);
        void *p = mmap(NULL, size, PROT_READ | PROT_WRITE | PROT_EXEC, MAP_PRIVATE | MAP_ANONYMOUS,
                       -1, 0);
        if (p == MAP_FAILED)
            return NULL;
        *capacity = size;
        return p; /* fresh anonymous pages are zero */
    }
    return zero ? calloc(1, *capacity) : malloc(*capacity);
}

static void release(void *heap_ptr, void *block, size_t capacity)
{
    const struct w3_heap *heap = heap_ptr;
    if (heap->executable)
        munmap(block, capacity);
    else
        free(block);
}

static int within_limit(const struct w3_heap *heap, SIZE_T released, SIZE_T added)
{
    return !heap->limit || heap->charged - released + added <= heap->limit;
}

HANDLE WINAPI HeapCreate(DWORD flOptions, SIZE_T dwInitialSize, SIZE_T dwMaximumSize)
{
    struct w3_heap *heap = calloc(1, sizeof *heap);
    if (!heap) {
        SetLastError(ERROR_NOT_ENOUGH_MEMORY);
        return NULL;
    }
    pthread_mutex_init(&heap->lock, NULL);
    heap->flags = flOptions & (HEAP_NO_SERIALIZE | HEAP_GENERATE_EXCEPTIONS);
    heap->executable = (flOptions & HEAP_CREATE_ENABLE_EXECUTE) != 0;
    if (dwMaximumSize) {
        SIZE_T page = w3_page_size();
        SIZE_T max = dwMaximumSize > dwInitialSize ? dwMaximumSize : dwInitialSize;
        heap->limit = max > MAX_BLOCK_SIZE ? MAX_BLOCK_SIZE : (max + page - 1) & ~(page - 1);
    }
    pthread_mutex_lock(&heaps_lock);
    heap->next = live_heaps;
    live_heaps = heap;
    pthread_mutex_unlock(&heaps_lock);
    return heap;
}

BOOL WINAPI HeapDestroy(HANDLE hHeap)
{
    struct w3_heap **link;

    pthread_mutex_lock(&heaps_lock);
    for (link = &live_heaps; *link && *link != (struct w3_heap *)hHeap; link = &(*link)->next)
        ;
    struct w3_heap *heap = *link;
    if (heap && heap != &process_heap)
        *link = heap->next;
    pthread_mutex_unlock(&heaps_lock);
    if (!heap || heap == &process_heap) {
        SetLastError(ERROR_INVALID_HANDLE);
        return FALSE;
    }
    w3_heap_blocks_free_all(&heap->blocks, release, heap);
    pthread_mutex_destroy(&heap->lock);
    free(heap);
    return TRUE;
}

HANDLE WINAPI GetProcessHeap(void)
{
    return &process_heap;
}

LPVOID WINAPI HeapAlloc(HANDLE hHeap, DWORD dwFlags, SIZE_T dwBytes)
{
    struct w3_heap *heap = heap_from_handle(hHeap);
    if (!heap)
        return NULL;
    DWORD flags = dwFlags | heap->flags;
    SIZE_T capacity = dwBytes ? dwBytes : 1; /* a zero-size block is still a unique block */
    if (dwBytes > MAX_BLOCK_SIZE)
        return out_of_memory(flags, "HeapAlloc", dwBytes);

    lock_heap(heap, flags);
    void *block = NULL;
    if (within_limit(heap, 0, charge_of(capacity)))
        block = obtain(heap, &capacity, (flags & HEAP_ZERO_MEMORY) != 0);
    if (block && !w3_heap_blocks_add(&heap->blocks, block, dwBytes, capacity)) {
        release(heap, block, capacity);
        block = NULL;
    }
    if (block)
        heap->charged += charge_of(capacity);
    unlock_heap(heap, flags);
    return block ? block : out_of_memory(flags, "HeapAlloc", dwBytes);
}

/* Moves the block to a new allocation of size bytes. Called with the heap locked. */
static void *move_block(struct w3_heap *heap, struct w3_heap_block *entry, SIZE_T size, DWORD flags)
{
    void *old = entry->ptr;
    SIZE_T old_size = entry->size, old_capacity = entry->capacity;
    SIZE_T capacity = size;
    if (!within_limit(heap, charge_of(old_capacity), charge_of(size)))
        return NULL;
    char *moved = obtain(heap, &capacity, 0);
    if (!moved)
        return NULL;
    memcpy(moved, old, old_size);
    if (flags & HEAP_ZERO_MEMORY)
        memset(moved + old_size, 0, size - old_size);
    /* Removing first frees the slot the new entry needs, so adding cannot fail. */
    w3_heap_blocks_remove(&heap->blocks, entry);
    w3_heap_blocks_add(&heap->blocks, moved, size, capacity);
    heap->charged = heap->charged - charge_of(old_capacity) + charge_of(capacity);
    release(heap, old, old_capacity);
    return moved;
}

LPVOID WINAPI HeapReAlloc(HANDLE hHeap, DWORD dwFlags, LPVOID lpMem, SIZE_T dwBytes)
{
    struct w3_heap *heap = heap_from_handle(hHeap);
    if (!heap || !lpMem) /* Wine fails a NULL block without setting an error */
        return NULL;
    DWORD flags = dwFlags | heap->flags;

    lock_heap(heap, flags);
    struct w3_heap_block *entry = w3_heap_blocks_find(&heap->blocks, lpMem);
    if (!entry) {
        unlock_heap(heap, flags);
        SetLastError(ERROR_INVALID_PARAMETER);
        return NULL;
    }
    void *result = NULL;
    if (dwBytes <= entry->capacity) {
        if ((flags & HEAP_ZERO_MEMORY) && dwBytes > entry->size)
            memset((char *)lpMem + entry->size, 0, dwBytes - entry->size);
        entry->size = dwBytes;
        result = lpMem;
    } else if (!(flags & HEAP_REALLOC_IN_PLACE_ONLY) && dwBytes <= MAX_BLOCK_SIZE) {
        result = move_block(heap, entry, dwBytes, flags);
    }
    unlock_heap(heap, flags);
    return result ? result : out_of_memory(flags, "HeapReAlloc", dwBytes);
}

BOOL WINAPI HeapFree(HANDLE hHeap, DWORD dwFlags, LPVOID lpMem)
{
    struct w3_heap *heap = heap_from_handle(hHeap);
    if (!heap)
        return FALSE;
    if (!lpMem)
        return TRUE;
    DWORD flags = dwFlags | heap->flags;

    lock_heap(heap, flags);
    struct w3_heap_block *entry = w3_heap_blocks_find(&heap->blocks, lpMem);
    SIZE_T capacity = 0;
    if (entry) {
        capacity = entry->capacity;
        heap->charged -= charge_of(capacity);
        w3_heap_blocks_remove(&heap->blocks, entry);
    }
    unlock_heap(heap, flags);
    if (!entry) {
        SetLastError(ERROR_INVALID_PARAMETER);
        return FALSE;
    }
    release(heap, lpMem, capacity);
    return TRUE;
}

SIZE_T WINAPI HeapSize(HANDLE hHeap, DWORD dwFlags, LPCVOID lpMem)
{
    struct w3_heap *heap = heap_from_handle(hHeap);
    if (!heap)
        return (SIZE_T)-1;
    DWORD flags = dwFlags | heap->flags;

    lock_heap(heap, flags);
    struct w3_heap_block *entry = w3_heap_blocks_find(&heap->blocks, lpMem);
    SIZE_T size = entry ? entry->size : (SIZE_T)-1;
    unlock_heap(heap, flags);
    if (!entry)
        SetLastError(ERROR_INVALID_PARAMETER);
    return size;
}
