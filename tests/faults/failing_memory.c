#include "failing_memory.h"

#include <stdlib.h>

/* Large enough never to be reached; GetMemoryLoad then tells the bytes committed. */
#define LIMIT ((SIZE_T)-1 >> 1)

struct failing_memory {
    IHostMemoryManager iface;
    IHostMemoryManager *inner;
    LONG refs;
    LONG calls;
    long fail_at;
    int failed;
    int healed;
    LONG blocks;
};

struct failing_malloc {
    IHostMAlloc iface;
    IHostMAlloc *inner;
    failing_memory *owner;
    LONG refs;
};

/* Counts a call for memory; nonzero if it is to fail. */
static int refuse(failing_memory *mem)
{
    LONG call = InterlockedIncrement(&mem->calls);
    if (mem->fail_at == 0 || call < mem->fail_at || mem->healed)
        return 0;
    mem->failed = 1;
    return 1;
}

static failing_memory *from_manager(IHostMemoryManager *This)
{
    return (failing_memory *)This;
}

static struct failing_malloc *from_malloc(IHostMAlloc *This)
{
    return (struct failing_malloc *)This;
}

static HRESULT STDMETHODCALLTYPE m_query(IHostMAlloc *This, REFIID riid, void **ppv)
{
    if (IsEqualIID(riid, &IID_IUnknown) || IsEqualIID(riid, &IID_IHostMAlloc)) {
        *ppv = This;
        InterlockedIncrement(&from_malloc(This)->refs);
        return S_OK;
    }
    *ppv = NULL;
    return E_NOINTERFACE;
}

static ULONG STDMETHODCALLTYPE m_add_ref(IHostMAlloc *This)
{
    return (ULONG)InterlockedIncrement(&from_malloc(This)->refs);
}

static ULONG STDMETHODCALLTYPE m_release(IHostMAlloc *This)
{
    struct failing_malloc *m = from_malloc(This);
    LONG left = InterlockedDecrement(&m->refs);
    if (left == 0) {
        IHostMAlloc_Release(m->inner);
        free(m);
    }
    return (ULONG)left;
}

static HRESULT STDMETHODCALLTYPE m_alloc(IHostMAlloc *This, SIZE_T cb, EMemoryCriticalLevel level,
                                         void **ppMem)
{
    struct failing_malloc *m = from_malloc(This);
    if (refuse(m->owner)) {
        *ppMem = NULL;
        return E_OUTOFMEMORY;
    }
    HRESULT hr = IHostMAlloc_Alloc(m->inner, cb, level, ppMem);
    if (SUCCEEDED(hr))
        InterlockedIncrement(&m->owner->blocks);
    return hr;
}

static HRESULT STDMETHODCALLTYPE m_debug_alloc(IHostMAlloc *This, SIZE_T cb,
                                               EMemoryCriticalLevel level, char *file, int line,
                                               void **ppMem)
{
    struct failing_malloc *m = from_malloc(This);
    if (refuse(m->owner)) {
        *ppMem = NULL;
        return E_OUTOFMEMORY;
    }
    HRESULT hr = IHostMAlloc_DebugAlloc(m->inner, cb, level, file, line, ppMem);
    if (SUCCEEDED(hr))
        InterlockedIncrement(&m->owner->blocks);
    return hr;
}

static HRESULT STDMETHODCALLTYPE m_free(IHostMAlloc *This, void *pMem)
{
    struct failing_malloc *m = from_malloc(This);
    HRESULT hr = IHostMAlloc_Free(m->inner, pMem);
    if (SUCCEEDED(hr) && pMem)
        InterlockedDecrement(&m->owner->blocks);
    return hr;
}

static const IHostMAllocVtbl malloc_vtbl = {m_query, m_add_ref,     m_release,
                                            m_alloc, m_debug_alloc, m_free};

static HRESULT STDMETHODCALLTYPE query(IHostMemoryManager *This, REFIID riid, void **ppv)
{
    if (IsEqualIID(riid, &IID_IUnknown) || IsEqualIID(riid, &IID_IHostMemoryManager)) {
        *ppv = This;
        InterlockedIncrement(&from_manager(This)->refs);
        return S_OK;
    }
    *ppv = NULL;
    return E_NOINTERFACE;
}

static ULONG STDMETHODCALLTYPE add_ref(IHostMemoryManager *This)
{
    return (ULONG)InterlockedIncrement(&from_manager(This)->refs);
}

/* The test owns the last reference (failing_memory_destroy), so that it can still read
 * the counts after the server let go. */
static ULONG STDMETHODCALLTYPE release(IHostMemoryManager *This)
{
    return (ULONG)InterlockedDecrement(&from_manager(This)->refs);
}

static HRESULT STDMETHODCALLTYPE create_malloc(IHostMemoryManager *This, DWORD type,
                                               IHostMalloc **ppMalloc)
{
    failing_memory *mem = from_manager(This);
    struct failing_malloc *m = calloc(1, sizeof *m);
    if (!m)
        return E_OUTOFMEMORY;
    HRESULT hr = IHostMemoryManager_CreateMalloc(mem->inner, type, &m->inner);
    if (FAILED(hr)) {
        free(m);
        return hr;
    }
    m->iface.lpVtbl = &malloc_vtbl;
    m->owner = mem;
    m->refs = 1;
    *ppMalloc = &m->iface;
    return S_OK;
}

static HRESULT STDMETHODCALLTYPE virtual_alloc(IHostMemoryManager *This, void *address, SIZE_T size,
                                               DWORD type, DWORD protect,
                                               EMemoryCriticalLevel level, void **ppMem)
{
    failing_memory *mem = from_manager(This);
    if (refuse(mem)) {
        *ppMem = NULL;
        return E_OUTOFMEMORY;
    }
    return IHostMemoryManager_VirtualAlloc(mem->inner, address, size, type, protect, level, ppMem);
}

static HRESULT STDMETHODCALLTYPE virtual_free(IHostMemoryManager *This, LPVOID address, SIZE_T size,
                                              DWORD type)
{
    return IHostMemoryManager_VirtualFree(from_manager(This)->inner, address, size, type);
}

static HRESULT STDMETHODCALLTYPE virtual_query(IHostMemoryManager *This, void *address,
                                               void *buffer, SIZE_T length, SIZE_T *result)
{
    return IHostMemoryManager_VirtualQuery(from_manager(This)->inner, address, buffer, length,
                                           result);
}

static HRESULT STDMETHODCALLTYPE virtual_protect(IHostMemoryManager *This, void *address,
                                                 SIZE_T size, DWORD protect, DWORD *old)
{
    return IHostMemoryManager_VirtualProtect(from_manager(This)->inner, address, size, protect,
                                             old);
}

static HRESULT STDMETHODCALLTYPE memory_load(IHostMemoryManager *This, DWORD *load,
                                             SIZE_T *available)
{
    return IHostMemoryManager_GetMemoryLoad(from_manager(This)->inner, load, available);
}

static HRESULT STDMETHODCALLTYPE register_callback(IHostMemoryManager *This,
                                                   ICLRMemoryNotificationCallback *callback)
{
    return IHostMemoryManager_RegisterMemoryNotificationCallback(from_manager(This)->inner,
                                                                 callback);
}

static HRESULT STDMETHODCALLTYPE needs_space(IHostMemoryManager *This, LPVOID start, SIZE_T size)
{
    return IHostMemoryManager_NeedsVirtualAddressSpace(from_manager(This)->inner, start, size);
}

static HRESULT STDMETHODCALLTYPE acquired_space(IHostMemoryManager *This, LPVOID start, SIZE_T size)
{
    return IHostMemoryManager_AcquiredVirtualAddressSpace(from_manager(This)->inner, start, size);
}

static HRESULT STDMETHODCALLTYPE released_space(IHostMemoryManager *This, LPVOID start)
{
    return IHostMemoryManager_ReleasedVirtualAddressSpace(from_manager(This)->inner, start);
}

static const IHostMemoryManagerVtbl manager_vtbl = {
    query,        add_ref,        release,         create_malloc, virtual_alloc,
    virtual_free, virtual_query,  virtual_protect, memory_load,   register_callback,
    needs_space,  acquired_space, released_space};

failing_memory *failing_memory_create(long fail_at)
{
    failing_memory *mem = calloc(1, sizeof *mem);
    if (!mem)
        return NULL;
    if (FAILED(W3CreateHostMemoryManager(LIMIT, &mem->inner))) {
        free(mem);
        return NULL;
    }
    mem->iface.lpVtbl = &manager_vtbl;
    mem->refs = 1;
    mem->fail_at = fail_at;
    return mem;
}

IHostMemoryManager *failing_memory_manager(failing_memory *mem)
{
    return &mem->iface;
}

long failing_memory_calls(const failing_memory *mem)
{
    return mem->calls;
}

int failing_memory_failed(const failing_memory *mem)
{
    return mem->failed;
}

void failing_memory_heal(failing_memory *mem)
{
    mem->healed = 1;
}

long failing_memory_blocks_held(const failing_memory *mem)
{
    return mem->blocks;
}

SIZE_T failing_memory_bytes_committed(failing_memory *mem)
{
    DWORD load = 0;
    SIZE_T available = 0;
    IHostMemoryManager_GetMemoryLoad(mem->inner, &load, &available);
    return LIMIT - available;
}

void failing_memory_destroy(failing_memory *mem)
{
    IHostMemoryManager_Release(mem->inner);
    free(mem);
}
