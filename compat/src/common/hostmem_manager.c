/* The default IHostMemoryManager: Win32's virtual memory functions behind HRESULTs, with
 * the bytes committed through it accounted against an optional limit. Written against
 * the Win32 API only, so the same code runs over compat and over Windows. */
#include "hostmem_internal.h"

struct region {
    char *base;
    SIZE_T size;
};

struct w3_hostmem {
    IHostMemoryManager iface;
    volatile LONG refs;
    SIZE_T limit;
    SIZE_T page;
    CRITICAL_SECTION lock; /* everything below */
    SIZE_T committed;
    struct region *regions; /* reservations made through the manager, sorted by base */
    SIZE_T nregions, capregions;
    ICLRMemoryNotificationCallback **callbacks;
    SIZE_T ncallbacks, capcallbacks;
    EMemoryAvailable state;
};

static struct w3_hostmem *from_iface(IHostMemoryManager *iface)
{
    return CONTAINING_RECORD(iface, struct w3_hostmem, iface);
}

IHostMemoryManager *w3_hostmem_iface(struct w3_hostmem *m)
{
    return &m->iface;
}

static HRESULT hr_from_last_error(void)
{
    DWORD err = GetLastError();
    if (err == ERROR_NOT_ENOUGH_MEMORY || err == ERROR_OUTOFMEMORY || err == ERROR_COMMITMENT_LIMIT)
        return E_OUTOFMEMORY;
    return err ? HRESULT_FROM_WIN32(err) : E_FAIL;
}

/* --- accounting and notifications ------------------------------------------------ */

static DWORD load_percent(const struct w3_hostmem *m)
{
    ULONGLONG load = (ULONGLONG)m->committed * 100u / m->limit;
    return load > 100u ? 100u : (DWORD)load;
}

/* The state the load has moved to: Low when it reaches LOW; back to Neutral below
 * NEUTRAL and to High below HIGH. Rising below LOW changes nothing. */
static EMemoryAvailable next_state(const struct w3_hostmem *m)
{
    DWORD load = load_percent(m);
    if (load >= W3_HOSTMEM_LOW_PERCENT)
        return eMemoryAvailableLow;
    if (load < W3_HOSTMEM_HIGH_PERCENT && m->state != eMemoryAvailableHigh)
        return eMemoryAvailableHigh;
    if (load < W3_HOSTMEM_NEUTRAL_PERCENT && m->state == eMemoryAvailableLow)
        return eMemoryAvailableNeutral;
    return m->state;
}

/* Called with the lock held; calls callbacks after leaving it, since they may call back
 * into the manager. */
static void leave_and_notify(struct w3_hostmem *m)
{
    ICLRMemoryNotificationCallback *targets[16];
    SIZE_T n = 0;
    EMemoryAvailable state = m->state;

    if (m->limit) {
        state = next_state(m);
        if (state != m->state) {
            m->state = state;
            for (SIZE_T i = 0; i < m->ncallbacks && n < ARRAYSIZE(targets); i++) {
                targets[n] = m->callbacks[i];
                targets[n]->lpVtbl->AddRef(targets[n]);
                n++;
            }
        }
    }
    LeaveCriticalSection(&m->lock);
    for (SIZE_T i = 0; i < n; i++) {
        targets[i]->lpVtbl->OnMemoryNotification(targets[i], state);
        targets[i]->lpVtbl->Release(targets[i]);
    }
}

static BOOL policy_allows(const struct w3_hostmem *m, SIZE_T cb, EMemoryCriticalLevel level)
{
    SIZE_T cap = m->limit;
    if (!cb || !m->limit || level >= eProcessCritical)
        return TRUE;
    if (level == eAppDomainCritical)
        cap += m->limit / 100u * W3_HOSTMEM_HEADROOM_PERCENT;
    return cb <= cap && m->committed <= cap - cb;
}

BOOL w3_hostmem_charge(struct w3_hostmem *m, SIZE_T cb, EMemoryCriticalLevel level)
{
    BOOL ok;
    EnterCriticalSection(&m->lock);
    ok = policy_allows(m, cb, level);
    if (ok)
        m->committed += cb;
    leave_and_notify(m);
    return ok;
}

void w3_hostmem_uncharge(struct w3_hostmem *m, SIZE_T cb)
{
    EnterCriticalSection(&m->lock);
    m->committed -= cb;
    leave_and_notify(m);
}

/* --- reservations --------------------------------------------------------------- */

/* Index of the first region whose base is above p. */
static SIZE_T region_upper_bound(const struct w3_hostmem *m, const char *p)
{
    SIZE_T lo = 0, hi = m->nregions;
    while (lo < hi) {
        SIZE_T mid = lo + (hi - lo) / 2;
        if (m->regions[mid].base <= p)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

static struct region *region_containing(struct w3_hostmem *m, const char *p)
{
    SIZE_T i = region_upper_bound(m, p);
    if (i == 0)
        return NULL;
    struct region *r = &m->regions[i - 1];
    return p < r->base + r->size ? r : NULL;
}

/* Makes room for one more region, so that recording a reservation cannot fail after the
 * reservation was made. */
static BOOL region_room(struct w3_hostmem *m)
{
    if (m->nregions < m->capregions)
        return TRUE;
    SIZE_T cap = m->capregions ? m->capregions * 2 : 64;
    void *grown = m->regions
                      ? HeapReAlloc(GetProcessHeap(), 0, m->regions, cap * sizeof *m->regions)
                      : HeapAlloc(GetProcessHeap(), 0, cap * sizeof *m->regions);
    if (!grown)
        return FALSE;
    m->regions = grown;
    m->capregions = cap;
    return TRUE;
}

static void region_insert(struct w3_hostmem *m, char *base, SIZE_T size)
{
    SIZE_T i = region_upper_bound(m, base);
    memmove(&m->regions[i + 1], &m->regions[i], (m->nregions - i) * sizeof *m->regions);
    m->regions[i].base = base;
    m->regions[i].size = size;
    m->nregions++;
}

static void region_remove(struct w3_hostmem *m, struct region *r)
{
    SIZE_T i = (SIZE_T)(r - m->regions);
    memmove(r, r + 1, (m->nregions - i - 1) * sizeof *r);
    m->nregions--;
}

/* Bytes of committed pages in [start, end). */
static SIZE_T committed_in(char *start, char *end)
{
    SIZE_T total = 0;
    char *p = start;
    while (p < end) {
        MEMORY_BASIC_INFORMATION mbi;
        if (!VirtualQuery(p, &mbi, sizeof mbi))
            break;
        char *stop = (char *)mbi.BaseAddress + mbi.RegionSize;
        if (stop > end)
            stop = end;
        if (mbi.State == MEM_COMMIT)
            total += (SIZE_T)(stop - p);
        p = stop;
    }
    return total;
}

static char *page_floor(const struct w3_hostmem *m, const void *p)
{
    return (char *)((UINT_PTR)p & ~(UINT_PTR)(m->page - 1));
}

/* [*start, *end): the pages that [p, p + cb) touches; FALSE if that wraps around. */
static BOOL page_span(const struct w3_hostmem *m, void *p, SIZE_T cb, char **start, char **end)
{
    UINT_PTR first = (UINT_PTR)page_floor(m, p);
    UINT_PTR last = (UINT_PTR)p + cb;
    if (last < (UINT_PTR)p || last > MAXULONG_PTR - m->page)
        return FALSE;
    last = (last + m->page - 1) & ~(UINT_PTR)(m->page - 1);
    *start = (char *)first;
    *end = (char *)last;
    return TRUE;
}

/* --- IHostMemoryManager --------------------------------------------------------- */

static HRESULT STDMETHODCALLTYPE hm_QueryInterface(IHostMemoryManager *This, REFIID riid,
                                                   void **ppv)
{
    if (!ppv)
        return E_POINTER;
    if (IsEqualIID(riid, &IID_IUnknown) || IsEqualIID(riid, &IID_IHostMemoryManager)) {
        *ppv = This;
        This->lpVtbl->AddRef(This);
        return S_OK;
    }
    *ppv = NULL;
    return E_NOINTERFACE;
}

static ULONG STDMETHODCALLTYPE hm_AddRef(IHostMemoryManager *This)
{
    return (ULONG)InterlockedIncrement(&from_iface(This)->refs);
}

static ULONG STDMETHODCALLTYPE hm_Release(IHostMemoryManager *This)
{
    struct w3_hostmem *m = from_iface(This);
    LONG refs = InterlockedDecrement(&m->refs);
    if (refs)
        return (ULONG)refs;
    for (SIZE_T i = 0; i < m->ncallbacks; i++)
        m->callbacks[i]->lpVtbl->Release(m->callbacks[i]);
    if (m->callbacks)
        HeapFree(GetProcessHeap(), 0, m->callbacks);
    if (m->regions)
        HeapFree(GetProcessHeap(), 0, m->regions);
    DeleteCriticalSection(&m->lock);
    HeapFree(GetProcessHeap(), 0, m);
    return 0;
}

static HRESULT STDMETHODCALLTYPE hm_CreateMalloc(IHostMemoryManager *This, DWORD dwMallocType,
                                                 IHostMalloc **ppMalloc)
{
    if (!ppMalloc)
        return E_POINTER;
    *ppMalloc = NULL;
    if (dwMallocType & ~(DWORD)(MALLOC_THREADSAFE | MALLOC_EXECUTABLE))
        return E_INVALIDARG;
    return w3_hostmalloc_create(from_iface(This), dwMallocType, ppMalloc);
}

static HRESULT commit_in_region(struct w3_hostmem *m, void *pAddress, SIZE_T dwSize, DWORD type,
                                DWORD protect, EMemoryCriticalLevel level, void **ppMem)
{
    char *start, *end;
    if (!page_span(m, pAddress, dwSize, &start, &end))
        return HRESULT_FROM_WIN32(ERROR_INVALID_PARAMETER);
    struct region *r = region_containing(m, start);
    if (!r || end > r->base + r->size)
        return HRESULT_FROM_WIN32(ERROR_INVALID_ADDRESS);
    SIZE_T added = (type & MEM_COMMIT) ? (SIZE_T)(end - start) - committed_in(start, end) : 0;
    if (!policy_allows(m, added, level))
        return E_OUTOFMEMORY;
    void *p = VirtualAlloc(pAddress, dwSize, type, protect);
    if (!p)
        return hr_from_last_error();
    m->committed += added;
    *ppMem = p;
    return S_OK;
}

static HRESULT reserve_region(struct w3_hostmem *m, void *pAddress, SIZE_T dwSize, DWORD type,
                              DWORD protect, EMemoryCriticalLevel level, void **ppMem)
{
    char *start, *end;
    if (!dwSize || !page_span(m, pAddress, dwSize, &start, &end))
        return HRESULT_FROM_WIN32(ERROR_INVALID_PARAMETER);
    SIZE_T span = (SIZE_T)(end - start);
    SIZE_T added = (type & MEM_COMMIT) ? span : 0;
    if (!policy_allows(m, added, level))
        return E_OUTOFMEMORY;
    if (!region_room(m))
        return E_OUTOFMEMORY;
    void *p = VirtualAlloc(pAddress, dwSize, type, protect);
    if (!p)
        return hr_from_last_error();
    /* A reservation at an address starts at the allocation granularity below it. */
    if (pAddress)
        span = (SIZE_T)(end - page_floor(m, p));
    region_insert(m, page_floor(m, p), span);
    if (type & MEM_COMMIT)
        added = span;
    m->committed += added;
    *ppMem = p;
    return S_OK;
}

static HRESULT STDMETHODCALLTYPE hm_VirtualAlloc(IHostMemoryManager *This, void *pAddress,
                                                 SIZE_T dwSize, DWORD flAllocationType,
                                                 DWORD flProtect,
                                                 EMemoryCriticalLevel eCriticalLevel, void **ppMem)
{
    struct w3_hostmem *m = from_iface(This);
    HRESULT hr;
    if (!ppMem)
        return E_POINTER;
    *ppMem = NULL;
    EnterCriticalSection(&m->lock);
    /* MEM_COMMIT without an address reserves too, as in Win32. */
    if ((flAllocationType & MEM_RESERVE) || !pAddress)
        hr =
            reserve_region(m, pAddress, dwSize, flAllocationType, flProtect, eCriticalLevel, ppMem);
    else
        hr = commit_in_region(m, pAddress, dwSize, flAllocationType, flProtect, eCriticalLevel,
                              ppMem);
    leave_and_notify(m);
    return hr;
}

static HRESULT STDMETHODCALLTYPE hm_VirtualFree(IHostMemoryManager *This, LPVOID lpAddress,
                                                SIZE_T dwSize, DWORD dwFreeType)
{
    struct w3_hostmem *m = from_iface(This);
    HRESULT hr = S_OK;
    SIZE_T released = 0;

    EnterCriticalSection(&m->lock);
    struct region *r = lpAddress ? region_containing(m, lpAddress) : NULL;
    if (!r) {
        hr = HOST_E_INVALIDOPERATION;
    } else if (dwFreeType == MEM_RELEASE && (char *)lpAddress == r->base && !dwSize) {
        released = committed_in(r->base, r->base + r->size);
        if (VirtualFree(lpAddress, 0, MEM_RELEASE))
            region_remove(m, r);
        else
            hr = hr_from_last_error();
    } else if (dwFreeType == MEM_DECOMMIT) {
        char *start, *end;
        if (!dwSize && (char *)lpAddress == r->base) {
            start = r->base;
            end = r->base + r->size;
        } else if (!page_span(m, lpAddress, dwSize, &start, &end) || end > r->base + r->size) {
            start = end = NULL;
        }
        released = committed_in(start, end);
        if (!VirtualFree(lpAddress, dwSize, MEM_DECOMMIT))
            hr = hr_from_last_error();
    } else {
        /* Let Win32 judge (and report) every other combination. */
        if (!VirtualFree(lpAddress, dwSize, dwFreeType))
            hr = hr_from_last_error();
    }
    if (SUCCEEDED(hr))
        m->committed -= released;
    leave_and_notify(m);
    return hr;
}

static HRESULT STDMETHODCALLTYPE hm_VirtualQuery(IHostMemoryManager *This, void *lpAddress,
                                                 void *lpBuffer, SIZE_T dwLength, SIZE_T *pResult)
{
    (void)This;
    if (!pResult)
        return E_POINTER;
    *pResult = VirtualQuery(lpAddress, lpBuffer, dwLength);
    return *pResult ? S_OK : hr_from_last_error();
}

static HRESULT STDMETHODCALLTYPE hm_VirtualProtect(IHostMemoryManager *This, void *lpAddress,
                                                   SIZE_T dwSize, DWORD flNewProtect,
                                                   DWORD *pflOldProtect)
{
    (void)This;
    return VirtualProtect(lpAddress, dwSize, flNewProtect, pflOldProtect) ? S_OK
                                                                          : hr_from_last_error();
}

static HRESULT STDMETHODCALLTYPE hm_GetMemoryLoad(IHostMemoryManager *This, DWORD *pMemoryLoad,
                                                  SIZE_T *pAvailableBytes)
{
    struct w3_hostmem *m = from_iface(This);
    if (!pMemoryLoad || !pAvailableBytes)
        return E_POINTER;
    if (!m->limit) {
        MEMORYSTATUSEX status;
        status.dwLength = sizeof status;
        if (!GlobalMemoryStatusEx(&status))
            return hr_from_last_error();
        *pMemoryLoad = status.dwMemoryLoad;
        *pAvailableBytes =
            status.ullAvailPhys > MAXSIZE_T ? MAXSIZE_T : (SIZE_T)status.ullAvailPhys;
        return S_OK;
    }
    EnterCriticalSection(&m->lock);
    *pMemoryLoad = load_percent(m);
    *pAvailableBytes = m->committed < m->limit ? m->limit - m->committed : 0;
    LeaveCriticalSection(&m->lock);
    return S_OK;
}

static HRESULT STDMETHODCALLTYPE hm_RegisterMemoryNotificationCallback(
    IHostMemoryManager *This, ICLRMemoryNotificationCallback *pCallback)
{
    struct w3_hostmem *m = from_iface(This);
    HRESULT hr = S_OK;
    if (!pCallback)
        return E_POINTER;
    EnterCriticalSection(&m->lock);
    if (m->ncallbacks == 16) {
        hr = E_OUTOFMEMORY; /* a handful is all a host has: the CLR registers one */
    } else {
        if (!m->callbacks)
            m->callbacks = HeapAlloc(GetProcessHeap(), 0, 16 * sizeof *m->callbacks);
        if (!m->callbacks) {
            hr = E_OUTOFMEMORY;
        } else {
            pCallback->lpVtbl->AddRef(pCallback);
            m->callbacks[m->ncallbacks++] = pCallback;
        }
    }
    LeaveCriticalSection(&m->lock);
    return hr;
}

/* The address-space notifications are informational: this host keeps no address-space
 * budget beyond the commit limit, so it never refuses. */
static HRESULT STDMETHODCALLTYPE hm_NeedsVirtualAddressSpace(IHostMemoryManager *This,
                                                             LPVOID startAddress, SIZE_T size)
{
    (void)This, (void)startAddress, (void)size;
    return S_OK;
}

static HRESULT STDMETHODCALLTYPE hm_AcquiredVirtualAddressSpace(IHostMemoryManager *This,
                                                                LPVOID startAddress, SIZE_T size)
{
    (void)This, (void)startAddress, (void)size;
    return S_OK;
}

static HRESULT STDMETHODCALLTYPE hm_ReleasedVirtualAddressSpace(IHostMemoryManager *This,
                                                                LPVOID startAddress)
{
    (void)This, (void)startAddress;
    return S_OK;
}

static const IHostMemoryManagerVtbl hostmem_vtbl = {
    hm_QueryInterface,
    hm_AddRef,
    hm_Release,
    hm_CreateMalloc,
    hm_VirtualAlloc,
    hm_VirtualFree,
    hm_VirtualQuery,
    hm_VirtualProtect,
    hm_GetMemoryLoad,
    hm_RegisterMemoryNotificationCallback,
    hm_NeedsVirtualAddressSpace,
    hm_AcquiredVirtualAddressSpace,
    hm_ReleasedVirtualAddressSpace,
};

HRESULT W3CreateHostMemoryManager(SIZE_T cbLimit, IHostMemoryManager **pp)
{
    if (!pp)
        return E_POINTER;
    *pp = NULL;
    struct w3_hostmem *m = HeapAlloc(GetProcessHeap(), HEAP_ZERO_MEMORY, sizeof *m);
    if (!m)
        return E_OUTOFMEMORY;
    SYSTEM_INFO si;
    GetSystemInfo(&si);
    m->iface.lpVtbl = &hostmem_vtbl;
    m->refs = 1;
    m->limit = cbLimit;
    m->page = si.dwPageSize;
    m->state = eMemoryAvailableHigh;
    InitializeCriticalSection(&m->lock);
    *pp = &m->iface;
    return S_OK;
}
