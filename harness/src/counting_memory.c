/* A host memory manager that forwards to w3compat's own and keeps the regions reserved
 * through it, so that teardown can tell whether the engine's pools gave every page back. */
#include <stdlib.h>

#include <hostmem.h>

#include "harness.h"

typedef struct region {
    void *base;
    SIZE_T size;
} region;

typedef struct counting_memory {
    IHostMemoryManager iface;
    volatile LONG refs;
    IHostMemoryManager *inner;
    CRITICAL_SECTION lock;
    region *regions;
    size_t count, cap;
} counting_memory;

static counting_memory *self(IHostMemoryManager *m)
{
    return (counting_memory *)m;
}

static HRESULT STDMETHODCALLTYPE query_interface(IHostMemoryManager *m, REFIID riid, void **ppv)
{
    if (ppv == NULL)
        return E_POINTER;
    if (IsEqualIID(riid, &IID_IUnknown) || IsEqualIID(riid, &IID_IHostMemoryManager)) {
        *ppv = m;
        m->lpVtbl->AddRef(m);
        return S_OK;
    }
    *ppv = NULL;
    return E_NOINTERFACE;
}

static ULONG STDMETHODCALLTYPE add_ref(IHostMemoryManager *m)
{
    return (ULONG)InterlockedIncrement(&self(m)->refs);
}

static ULONG STDMETHODCALLTYPE release(IHostMemoryManager *m)
{
    counting_memory *c = self(m);
    LONG left = InterlockedDecrement(&c->refs);
    if (left == 0) {
        c->inner->lpVtbl->Release(c->inner);
        DeleteCriticalSection(&c->lock);
        free(c->regions);
        free(c);
    }
    return (ULONG)left;
}

static HRESULT STDMETHODCALLTYPE create_malloc(IHostMemoryManager *m, DWORD type, IHostMalloc **pp)
{
    return self(m)->inner->lpVtbl->CreateMalloc(self(m)->inner, type, pp);
}

static void remember(counting_memory *c, void *base, SIZE_T size)
{
    EnterCriticalSection(&c->lock);
    if (c->count == c->cap) {
        size_t cap = c->cap ? c->cap * 2 : 64;
        region *grown = realloc(c->regions, cap * sizeof *grown);
        if (grown == NULL) { /* not counted: teardown may then miss this region */
            LeaveCriticalSection(&c->lock);
            return;
        }
        c->regions = grown;
        c->cap = cap;
    }
    c->regions[c->count].base = base;
    c->regions[c->count].size = size;
    c->count++;
    LeaveCriticalSection(&c->lock);
}

static void forget(counting_memory *c, void *base)
{
    EnterCriticalSection(&c->lock);
    for (size_t i = 0; i < c->count; i++) {
        if (c->regions[i].base == base) {
            c->regions[i] = c->regions[--c->count];
            break;
        }
    }
    LeaveCriticalSection(&c->lock);
}

static HRESULT STDMETHODCALLTYPE virtual_alloc(IHostMemoryManager *m, void *address, SIZE_T size,
                                               DWORD type, DWORD protect,
                                               EMemoryCriticalLevel level, void **pp)
{
    counting_memory *c = self(m);
    HRESULT hr = c->inner->lpVtbl->VirtualAlloc(c->inner, address, size, type, protect, level, pp);
    /* A new region is reserved when no address is given or MEM_RESERVE asks for one;
     * MEM_COMMIT alone commits pages of a region already counted. */
    if (SUCCEEDED(hr) && (address == NULL || (type & MEM_RESERVE)))
        remember(c, *pp, size);
    return hr;
}

static HRESULT STDMETHODCALLTYPE virtual_free(IHostMemoryManager *m, LPVOID address, SIZE_T size,
                                              DWORD type)
{
    counting_memory *c = self(m);
    HRESULT hr = c->inner->lpVtbl->VirtualFree(c->inner, address, size, type);
    if (SUCCEEDED(hr) && (type & MEM_RELEASE))
        forget(c, address);
    return hr;
}

static HRESULT STDMETHODCALLTYPE virtual_query(IHostMemoryManager *m, void *address, void *buffer,
                                               SIZE_T length, SIZE_T *result)
{
    return self(m)->inner->lpVtbl->VirtualQuery(self(m)->inner, address, buffer, length, result);
}

static HRESULT STDMETHODCALLTYPE virtual_protect(IHostMemoryManager *m, void *address, SIZE_T size,
                                                 DWORD protect, DWORD *old)
{
    return self(m)->inner->lpVtbl->VirtualProtect(self(m)->inner, address, size, protect, old);
}

static HRESULT STDMETHODCALLTYPE get_memory_load(IHostMemoryManager *m, DWORD *load,
                                                 SIZE_T *available)
{
    return self(m)->inner->lpVtbl->GetMemoryLoad(self(m)->inner, load, available);
}

static HRESULT STDMETHODCALLTYPE register_callback(IHostMemoryManager *m,
                                                   ICLRMemoryNotificationCallback *cb)
{
    return self(m)->inner->lpVtbl->RegisterMemoryNotificationCallback(self(m)->inner, cb);
}

static HRESULT STDMETHODCALLTYPE needs_space(IHostMemoryManager *m, LPVOID start, SIZE_T size)
{
    return self(m)->inner->lpVtbl->NeedsVirtualAddressSpace(self(m)->inner, start, size);
}

static HRESULT STDMETHODCALLTYPE acquired_space(IHostMemoryManager *m, LPVOID start, SIZE_T size)
{
    return self(m)->inner->lpVtbl->AcquiredVirtualAddressSpace(self(m)->inner, start, size);
}

static HRESULT STDMETHODCALLTYPE released_space(IHostMemoryManager *m, LPVOID start)
{
    return self(m)->inner->lpVtbl->ReleasedVirtualAddressSpace(self(m)->inner, start);
}

static const IHostMemoryManagerVtbl counting_vtbl = {
    query_interface, add_ref,        release,         create_malloc,   virtual_alloc,
    virtual_free,    virtual_query,  virtual_protect, get_memory_load, register_callback,
    needs_space,     acquired_space, released_space};

w3h_status w3h_counting_memory_create(unsigned long long limit, IHostMemoryManager **out)
{
    *out = NULL;
    if ((SIZE_T)limit != limit)
        return w3h_fail(W3H_E_CONFIG, "memory limit %llu does not fit this process", limit);
    counting_memory *c = calloc(1, sizeof *c);
    if (c == NULL)
        return w3h_fail(W3H_E_NO_MEMORY, "no memory for the host memory manager");
    HRESULT hr = W3CreateHostMemoryManager((SIZE_T)limit, &c->inner);
    if (FAILED(hr)) {
        free(c);
        return w3h_fail(W3H_E_NO_MEMORY, "W3CreateHostMemoryManager failed: 0x%08lx",
                        (unsigned long)hr);
    }
    c->iface.lpVtbl = &counting_vtbl;
    c->refs = 1;
    InitializeCriticalSection(&c->lock);
    *out = &c->iface;
    return W3H_OK;
}

void w3h_counting_memory_usage(IHostMemoryManager *m, size_t *regions, size_t *bytes)
{
    counting_memory *c = self(m);
    EnterCriticalSection(&c->lock);
    *regions = c->count;
    *bytes = 0;
    for (size_t i = 0; i < c->count; i++)
        *bytes += c->regions[i].size;
    LeaveCriticalSection(&c->lock);
}
