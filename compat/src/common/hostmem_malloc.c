/* IHostMAlloc of the default host memory manager: a private Win32 heap per allocator,
 * each block preceded by a header that links it into the allocator's list of live
 * blocks (for Free's check and for leak reports) and records DebugAlloc's file and line.
 * Block sizes, headers included, are accounted by the manager against its limit. */
#include <stdio.h>

#include "hostmem_internal.h"

#define BLOCK_MAGIC 0x4D414C43u /* "MALC" */

struct block {
    struct block *prev, *next;
    struct w3_hostmalloc *owner;
    SIZE_T size;
    const char *file;
    int line;
    DWORD magic;
};

/* The header rounded up so that the memory after it keeps the heap's alignment. */
#define HEADER_SIZE ((sizeof(struct block) + 15u) & ~(SIZE_T)15u)

struct w3_hostmalloc {
    IHostMAlloc iface;
    volatile LONG refs;
    struct w3_hostmem *manager;
    HANDLE heap;
    BOOL threadsafe;
    CRITICAL_SECTION lock; /* the list, when threadsafe */
    struct block head;     /* sentinel of the circular list of live blocks */
};

static const IHostMAllocVtbl hostmalloc_vtbl;

static struct w3_hostmalloc *from_iface(IHostMAlloc *iface)
{
    return CONTAINING_RECORD(iface, struct w3_hostmalloc, iface);
}

static void lock(struct w3_hostmalloc *a)
{
    if (a->threadsafe)
        EnterCriticalSection(&a->lock);
}

static void unlock(struct w3_hostmalloc *a)
{
    if (a->threadsafe)
        LeaveCriticalSection(&a->lock);
}

static HRESULT STDMETHODCALLTYPE ma_QueryInterface(IHostMAlloc *This, REFIID riid, void **ppv)
{
    if (!ppv)
        return E_POINTER;
    if (IsEqualIID(riid, &IID_IUnknown) || IsEqualIID(riid, &IID_IHostMAlloc)) {
        *ppv = This;
        This->lpVtbl->AddRef(This);
        return S_OK;
    }
    *ppv = NULL;
    return E_NOINTERFACE;
}

static ULONG STDMETHODCALLTYPE ma_AddRef(IHostMAlloc *This)
{
    return (ULONG)InterlockedIncrement(&from_iface(This)->refs);
}

/* Reports one leaked block to the debugger and adds its charge to *context (a SIZE_T). */
static void report_leak_to_debugger(void *context, const void *pMem, SIZE_T cbSize,
                                    const char *pszFileName, int iLineNo)
{
    char line[320];
    *(SIZE_T *)context += HEADER_SIZE + cbSize;
    snprintf(line, sizeof line, "IHostMAlloc leak: %llu bytes at 0x%llX allocated at %s:%d\n",
             (unsigned long long)cbSize, (unsigned long long)(UINT_PTR)pMem,
             pszFileName ? pszFileName : "?", iLineNo);
    OutputDebugStringA(line);
}

static ULONG STDMETHODCALLTYPE ma_Release(IHostMAlloc *This)
{
    struct w3_hostmalloc *a = from_iface(This);
    LONG refs = InterlockedDecrement(&a->refs);
    if (refs)
        return (ULONG)refs;
    SIZE_T leaked = 0;
    W3HostMAllocReportLeaks(This, report_leak_to_debugger, &leaked, NULL);
    if (leaked)
        w3_hostmem_uncharge(a->manager, leaked);
    HeapDestroy(a->heap); /* frees the leaked blocks with it */
    if (a->threadsafe)
        DeleteCriticalSection(&a->lock);
    IHostMemoryManager *manager = w3_hostmem_iface(a->manager);
    HeapFree(GetProcessHeap(), 0, a);
    manager->lpVtbl->Release(manager);
    return 0;
}

static HRESULT allocate(struct w3_hostmalloc *a, SIZE_T cb, EMemoryCriticalLevel level,
                        const char *file, int line, void **ppMem)
{
    if (!ppMem)
        return E_POINTER;
    *ppMem = NULL;
    if (cb > MAXSIZE_T - HEADER_SIZE)
        return E_OUTOFMEMORY;
    if (!w3_hostmem_charge(a->manager, HEADER_SIZE + cb, level))
        return E_OUTOFMEMORY;
    struct block *b = HeapAlloc(a->heap, 0, HEADER_SIZE + cb);
    if (!b) {
        w3_hostmem_uncharge(a->manager, HEADER_SIZE + cb);
        return E_OUTOFMEMORY;
    }
    b->owner = a;
    b->size = cb;
    b->file = file;
    b->line = line;
    b->magic = BLOCK_MAGIC;
    lock(a);
    b->next = a->head.next;
    b->prev = &a->head;
    b->next->prev = b;
    a->head.next = b;
    unlock(a);
    *ppMem = (char *)b + HEADER_SIZE;
    return S_OK;
}

static HRESULT STDMETHODCALLTYPE ma_Alloc(IHostMAlloc *This, SIZE_T cbSize,
                                          EMemoryCriticalLevel eCriticalLevel, void **ppMem)
{
    return allocate(from_iface(This), cbSize, eCriticalLevel, NULL, 0, ppMem);
}

/* pszFileName is kept, not copied: callers pass __FILE__. */
static HRESULT STDMETHODCALLTYPE ma_DebugAlloc(IHostMAlloc *This, SIZE_T cbSize,
                                               EMemoryCriticalLevel eCriticalLevel,
                                               char *pszFileName, int iLineNo, void **ppMem)
{
    return allocate(from_iface(This), cbSize, eCriticalLevel, pszFileName, iLineNo, ppMem);
}

/* Free(NULL) does nothing, as free(NULL) would. A pointer that this allocator did not
 * hand out (judged by the header in front of it) gets HOST_E_INVALIDOPERATION. */
static HRESULT STDMETHODCALLTYPE ma_Free(IHostMAlloc *This, void *pMem)
{
    struct w3_hostmalloc *a = from_iface(This);
    if (!pMem)
        return S_OK;
    if ((UINT_PTR)pMem % (2 * sizeof(void *)) || (UINT_PTR)pMem < HEADER_SIZE)
        return HOST_E_INVALIDOPERATION;
    struct block *b = (struct block *)((char *)pMem - HEADER_SIZE);
    lock(a);
    if (b->magic != BLOCK_MAGIC || b->owner != a) {
        unlock(a);
        return HOST_E_INVALIDOPERATION;
    }
    b->magic = 0;
    b->prev->next = b->next;
    b->next->prev = b->prev;
    unlock(a);
    SIZE_T cb = HEADER_SIZE + b->size;
    HeapFree(a->heap, 0, b);
    w3_hostmem_uncharge(a->manager, cb);
    return S_OK;
}

static const IHostMAllocVtbl hostmalloc_vtbl = {
    ma_QueryInterface, ma_AddRef, ma_Release, ma_Alloc, ma_DebugAlloc, ma_Free,
};

HRESULT w3_hostmalloc_create(struct w3_hostmem *m, DWORD dwMallocType, IHostMAlloc **ppMalloc)
{
    struct w3_hostmalloc *a = HeapAlloc(GetProcessHeap(), HEAP_ZERO_MEMORY, sizeof *a);
    if (!a)
        return E_OUTOFMEMORY;
    DWORD heap_flags = 0;
    if (!(dwMallocType & MALLOC_THREADSAFE))
        heap_flags |= HEAP_NO_SERIALIZE; /* the caller serialises, as MALLOC_TYPE says */
    if (dwMallocType & MALLOC_EXECUTABLE)
        heap_flags |= HEAP_CREATE_ENABLE_EXECUTE;
    a->heap = HeapCreate(heap_flags, 0, 0);
    if (!a->heap) {
        HeapFree(GetProcessHeap(), 0, a);
        return E_OUTOFMEMORY;
    }
    a->iface.lpVtbl = &hostmalloc_vtbl;
    a->refs = 1;
    a->manager = m;
    a->threadsafe = (dwMallocType & MALLOC_THREADSAFE) != 0;
    if (a->threadsafe)
        InitializeCriticalSection(&a->lock);
    a->head.next = a->head.prev = &a->head;
    IHostMemoryManager *manager = w3_hostmem_iface(m);
    manager->lpVtbl->AddRef(manager);
    *ppMalloc = &a->iface;
    return S_OK;
}

HRESULT W3HostMAllocReportLeaks(IHostMAlloc *pMalloc, W3_HOSTMALLOC_LEAK_CALLBACK callback,
                                void *context, SIZE_T *pcBlocks)
{
    if (!pMalloc || pMalloc->lpVtbl != &hostmalloc_vtbl)
        return E_INVALIDARG;
    struct w3_hostmalloc *a = from_iface(pMalloc);
    SIZE_T n = 0;
    lock(a);
    for (struct block *b = a->head.next; b != &a->head; b = b->next) {
        if (callback)
            callback(context, (char *)b + HEADER_SIZE, b->size, b->file, b->line);
        n++;
    }
    unlock(a);
    if (pcBlocks)
        *pcBlocks = n;
    return S_OK;
}
