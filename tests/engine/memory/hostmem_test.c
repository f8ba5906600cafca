/* The default host memory manager: Win32 virtual memory through HRESULTs, accounting,
 * the limit policy by criticality, GetMemoryLoad, notifications, IHostMAlloc. */
#include <stdio.h>

#include "hostmem.h"
#include "w3test.h"

#define MB ((SIZE_T)1 << 20)

static SIZE_T page_size(void)
{
    SYSTEM_INFO si;
    GetSystemInfo(&si);
    return si.dwPageSize;
}

static IHostMemoryManager *manager(SIZE_T limit)
{
    IHostMemoryManager *m = NULL;
    W3_CHECK_EQ_I(W3CreateHostMemoryManager(limit, &m), S_OK);
    return m;
}

/* VirtualAlloc of new committed read-write memory. */
static HRESULT commit(IHostMemoryManager *m, SIZE_T cb, EMemoryCriticalLevel level, void **mem)
{
    return IHostMemoryManager_VirtualAlloc(m, NULL, cb, MEM_COMMIT, PAGE_READWRITE, level, mem);
}

static SIZE_T used(IHostMemoryManager *m, SIZE_T limit)
{
    DWORD load = 0;
    SIZE_T avail = 0;
    W3_CHECK_EQ_I(IHostMemoryManager_GetMemoryLoad(m, &load, &avail), S_OK);
    return limit - avail;
}

W3_TEST(reference_counting_and_query_interface)
{
    IHostMemoryManager *m = manager(0);
    IUnknown *unk = NULL;
    void *other = (void *)1;
    W3_CHECK_EQ_I(IHostMemoryManager_QueryInterface(m, &IID_IUnknown, (void **)&unk), S_OK);
    W3_CHECK(unk == (IUnknown *)m);
    W3_CHECK_EQ_I(IHostMemoryManager_QueryInterface(m, &IID_IHostMAlloc, &other), E_NOINTERFACE);
    W3_CHECK(other == NULL);
    W3_CHECK_EQ(IHostMemoryManager_AddRef(m), 3);
    W3_CHECK_EQ(IHostMemoryManager_Release(m), 2);
    W3_CHECK_EQ(IHostMemoryManager_Release(m), 1);

    IHostMAlloc *a = NULL;
    W3_CHECK_EQ_I(IHostMemoryManager_CreateMalloc(m, MALLOC_THREADSAFE, &a), S_OK);
    W3_CHECK_EQ_I(IHostMAlloc_QueryInterface(a, &IID_IHostMalloc, &other), S_OK);
    W3_CHECK(other == a);
    W3_CHECK_EQ(IHostMAlloc_Release(a), 1);
    /* The allocator holds a reference on the manager. */
    W3_CHECK_EQ(IHostMemoryManager_Release(m), 1);
    W3_CHECK_EQ(IHostMAlloc_Release(a), 0);
}

W3_TEST(iids_are_those_of_mscoree)
{
    W3_CHECK_EQ(IID_IHostMemoryManager.Data1, 0x7BC698D1u);
    W3_CHECK_EQ(IID_IHostMAlloc.Data1, 0x1831991Cu);
    W3_CHECK_EQ(IID_ICLRMemoryNotificationCallback.Data1, 0x47EB8E57u);
    W3_CHECK_EQ(IID_IUnknown.Data4[0], 0xC0);
}

W3_TEST(reserve_commit_decommit_release)
{
    SIZE_T page = page_size();
    IHostMemoryManager *m = manager(64 * MB);
    void *base = NULL, *p = NULL;
    W3_REQUIRE(IHostMemoryManager_VirtualAlloc(m, NULL, 16 * page, MEM_RESERVE, PAGE_NOACCESS,
                                               eTaskCritical, &base) == S_OK);
    W3_REQUIRE(base != NULL);
    W3_CHECK_EQ(used(m, 64 * MB), 0); /* reserving commits nothing */

    W3_CHECK_EQ_I(IHostMemoryManager_VirtualAlloc(m, (char *)base + 2 * page, 3 * page, MEM_COMMIT,
                                                  PAGE_READWRITE, eTaskCritical, &p),
                  S_OK);
    W3_CHECK(p == (char *)base + 2 * page);
    W3_CHECK_EQ(used(m, 64 * MB), 3 * page);
    memset(p, 0x5A, 3 * page);

    /* Committing again what is committed costs nothing more. */
    W3_CHECK_EQ_I(IHostMemoryManager_VirtualAlloc(m, base, 4 * page, MEM_COMMIT, PAGE_READWRITE,
                                                  eTaskCritical, &p),
                  S_OK);
    W3_CHECK_EQ(used(m, 64 * MB), 5 * page);

    MEMORY_BASIC_INFORMATION mbi;
    SIZE_T written = 0;
    W3_CHECK_EQ_I(
        IHostMemoryManager_VirtualQuery(m, (char *)base + 3 * page, &mbi, sizeof mbi, &written),
        S_OK);
    W3_CHECK_EQ(written, sizeof mbi);
    W3_CHECK_EQ(mbi.State, MEM_COMMIT);
    W3_CHECK(mbi.AllocationBase == base);

    DWORD old = 0;
    W3_CHECK_EQ_I(IHostMemoryManager_VirtualProtect(m, base, page, PAGE_READONLY, &old), S_OK);
    W3_CHECK_EQ(old, PAGE_READWRITE);

    W3_CHECK_EQ_I(IHostMemoryManager_VirtualFree(m, (char *)base + page, 2 * page, MEM_DECOMMIT),
                  S_OK);
    W3_CHECK_EQ(used(m, 64 * MB), 3 * page);
    W3_CHECK_EQ_I(
        IHostMemoryManager_VirtualQuery(m, (char *)base + page, &mbi, sizeof mbi, &written), S_OK);
    W3_CHECK_EQ(mbi.State, MEM_RESERVE);

    W3_CHECK_EQ_I(IHostMemoryManager_VirtualFree(m, base, 0, MEM_RELEASE), S_OK);
    W3_CHECK_EQ(used(m, 64 * MB), 0);
    /* Freed once: the manager no longer knows it. */
    W3_CHECK_EQ_I(IHostMemoryManager_VirtualFree(m, base, 0, MEM_RELEASE), HOST_E_INVALIDOPERATION);
    IHostMemoryManager_Release(m);
}

W3_TEST(virtual_free_of_foreign_memory_is_invalid_operation)
{
    IHostMemoryManager *m = manager(0);
    void *foreign = VirtualAlloc(NULL, page_size(), MEM_RESERVE | MEM_COMMIT, PAGE_READWRITE);
    W3_REQUIRE(foreign != NULL);
    W3_CHECK_EQ_I(IHostMemoryManager_VirtualFree(m, foreign, 0, MEM_RELEASE),
                  HOST_E_INVALIDOPERATION);
    W3_CHECK(VirtualFree(foreign, 0, MEM_RELEASE));
    IHostMemoryManager_Release(m);
}

W3_TEST(virtual_alloc_failure_gives_null_and_hresult)
{
    IHostMemoryManager *m = manager(0);
    void *p = (void *)1;
    /* Committing at an address nobody reserved: Win32's ERROR_INVALID_ADDRESS. */
    HRESULT hr = IHostMemoryManager_VirtualAlloc(m, (void *)(UINT_PTR)0x10000, page_size(),
                                                 MEM_COMMIT, PAGE_READWRITE, eTaskCritical, &p);
    W3_CHECK(FAILED(hr));
    W3_CHECK(p == NULL);
    W3_CHECK_EQ_I(commit(m, page_size(), eTaskCritical, NULL), E_POINTER);
    IHostMemoryManager_Release(m);
}

/* Limit 1 MB: task-critical stops at the limit, app-domain-critical gets the headroom
 * (10%), process-critical is always attempted. */
W3_TEST(limit_policy_by_criticality)
{
    SIZE_T page = page_size();
    SIZE_T limit = 256 * page;
    IHostMemoryManager *m = manager(limit);
    void *a = NULL, *b = NULL, *c = NULL, *d = NULL, *e = NULL;

    W3_CHECK_EQ_I(commit(m, 250 * page, eTaskCritical, &a), S_OK);
    W3_CHECK_EQ_I(commit(m, 10 * page, eTaskCritical, &b), E_OUTOFMEMORY);
    W3_CHECK(b == NULL);
    /* 250 + 10 pages is within 256 + 25.6. */
    W3_CHECK_EQ_I(commit(m, 10 * page, eAppDomainCritical, &b), S_OK);
    /* 260 + 30 pages is not. */
    W3_CHECK_EQ_I(commit(m, 30 * page, eAppDomainCritical, &c), E_OUTOFMEMORY);
    W3_CHECK_EQ_I(commit(m, 30 * page, eProcessCritical, &c), S_OK);
    DWORD load = 0;
    SIZE_T avail = 1;
    W3_CHECK_EQ_I(IHostMemoryManager_GetMemoryLoad(m, &load, &avail), S_OK);
    W3_CHECK_EQ(load, 100);
    W3_CHECK_EQ(avail, 0);

    /* Reserving is free; committing inside the reservation is what counts. */
    W3_CHECK_EQ_I(IHostMemoryManager_VirtualAlloc(m, NULL, 64 * page, MEM_RESERVE, PAGE_NOACCESS,
                                                  eTaskCritical, &d),
                  S_OK);
    W3_CHECK_EQ_I(
        IHostMemoryManager_VirtualAlloc(m, d, page, MEM_COMMIT, PAGE_READWRITE, eTaskCritical, &e),
        E_OUTOFMEMORY);

    IHostMemoryManager_VirtualFree(m, c, 0, MEM_RELEASE);
    IHostMemoryManager_VirtualFree(m, b, 0, MEM_RELEASE);
    IHostMemoryManager_VirtualFree(m, a, 0, MEM_RELEASE);
    W3_CHECK_EQ_I(
        IHostMemoryManager_VirtualAlloc(m, d, page, MEM_COMMIT, PAGE_READWRITE, eTaskCritical, &e),
        S_OK);
    IHostMemoryManager_VirtualFree(m, d, 0, MEM_RELEASE);
    W3_CHECK_EQ(used(m, limit), 0);
    IHostMemoryManager_Release(m);
}

W3_TEST(memory_load_against_the_limit)
{
    SIZE_T page = page_size();
    IHostMemoryManager *m = manager(100 * page);
    void *p = NULL;
    DWORD load = 1;
    SIZE_T avail = 0;
    W3_CHECK_EQ_I(IHostMemoryManager_GetMemoryLoad(m, &load, &avail), S_OK);
    W3_CHECK_EQ(load, 0);
    W3_CHECK_EQ(avail, 100 * page);
    W3_CHECK_EQ_I(commit(m, 25 * page, eTaskCritical, &p), S_OK);
    W3_CHECK_EQ_I(IHostMemoryManager_GetMemoryLoad(m, &load, &avail), S_OK);
    W3_CHECK_EQ(load, 25);
    W3_CHECK_EQ(avail, 75 * page);
    IHostMemoryManager_VirtualFree(m, p, 0, MEM_RELEASE);
    IHostMemoryManager_Release(m);

    /* Without a limit: the machine's figures. */
    m = manager(0);
    W3_CHECK_EQ_I(IHostMemoryManager_GetMemoryLoad(m, &load, &avail), S_OK);
    W3_CHECK(load <= 100);
    W3_CHECK(avail > 0);
    IHostMemoryManager_Release(m);
}

/* A notification callback written in C, as a host would. */
struct recorder {
    ICLRMemoryNotificationCallback iface;
    LONG refs;
    EMemoryAvailable seen[8];
    int n;
};

static HRESULT STDMETHODCALLTYPE rec_qi(ICLRMemoryNotificationCallback *This, REFIID riid,
                                        void **ppv)
{
    (void)riid;
    *ppv = This;
    return S_OK;
}
static ULONG STDMETHODCALLTYPE rec_addref(ICLRMemoryNotificationCallback *This)
{
    return (ULONG)++((struct recorder *)This)->refs;
}
static ULONG STDMETHODCALLTYPE rec_release(ICLRMemoryNotificationCallback *This)
{
    return (ULONG)--((struct recorder *)This)->refs;
}
static HRESULT STDMETHODCALLTYPE rec_notify(ICLRMemoryNotificationCallback *This,
                                            EMemoryAvailable e)
{
    struct recorder *r = (struct recorder *)This;
    if (r->n < 8)
        r->seen[r->n++] = e;
    return S_OK;
}
static const ICLRMemoryNotificationCallbackVtbl rec_vtbl = {rec_qi, rec_addref, rec_release,
                                                            rec_notify};

W3_TEST(notifications_when_load_crosses_thresholds)
{
    SIZE_T page = page_size();
    IHostMemoryManager *m = manager(100 * page);
    struct recorder rec = {{&rec_vtbl}, 1, {0}, 0};
    void *a = NULL, *b = NULL, *c = NULL;
    W3_CHECK_EQ_I(IHostMemoryManager_RegisterMemoryNotificationCallback(m, &rec.iface), S_OK);
    W3_CHECK_EQ_I(rec.refs, 2);

    W3_CHECK_EQ_I(commit(m, 40 * page, eTaskCritical, &a), S_OK);
    W3_CHECK_EQ(rec.n, 0); /* 40%: nothing to say */
    W3_CHECK_EQ_I(commit(m, 45 * page, eTaskCritical, &b), S_OK);
    W3_CHECK_EQ(rec.n, 0); /* 85% */
    W3_CHECK_EQ_I(commit(m, 5 * page, eTaskCritical, &c), S_OK);
    W3_REQUIRE(rec.n == 1); /* 90% */
    W3_CHECK_EQ(rec.seen[0], eMemoryAvailableLow);
    IHostMemoryManager_VirtualFree(m, c, 0, MEM_RELEASE);
    W3_CHECK_EQ(rec.n, 1); /* 85%: still low (hysteresis) */
    IHostMemoryManager_VirtualFree(m, b, 0, MEM_RELEASE);
    W3_REQUIRE(rec.n == 2); /* 40% */
    W3_CHECK_EQ(rec.seen[1], eMemoryAvailableHigh);
    IHostMemoryManager_VirtualFree(m, a, 0, MEM_RELEASE);
    W3_CHECK_EQ(rec.n, 2);

    /* Low, then down to between HIGH and NEUTRAL: neutral. */
    W3_CHECK_EQ_I(commit(m, 60 * page, eTaskCritical, &a), S_OK);
    W3_CHECK_EQ_I(commit(m, 35 * page, eTaskCritical, &b), S_OK);
    IHostMemoryManager_VirtualFree(m, b, 0, MEM_RELEASE);
    W3_REQUIRE(rec.n == 4);
    W3_CHECK_EQ(rec.seen[2], eMemoryAvailableLow);
    W3_CHECK_EQ(rec.seen[3], eMemoryAvailableNeutral);
    IHostMemoryManager_VirtualFree(m, a, 0, MEM_RELEASE);
    W3_REQUIRE(rec.n == 5);
    W3_CHECK_EQ(rec.seen[4], eMemoryAvailableHigh);

    IHostMemoryManager_Release(m);
    W3_CHECK_EQ_I(rec.refs, 1); /* the manager let go of the callback */
}

W3_TEST(hostmalloc_alloc_free_and_accounting)
{
    IHostMemoryManager *m = manager(16 * MB);
    IHostMAlloc *a = NULL;
    void *p = NULL;
    W3_CHECK_EQ_I(IHostMemoryManager_CreateMalloc(m, 0x4, &a), E_INVALIDARG);
    W3_CHECK(a == NULL);
    W3_REQUIRE(IHostMemoryManager_CreateMalloc(m, MALLOC_THREADSAFE | MALLOC_EXECUTABLE, &a) ==
               S_OK);
    W3_CHECK_EQ_I(IHostMAlloc_Alloc(a, 1000, eTaskCritical, &p), S_OK);
    W3_REQUIRE(p != NULL);
    W3_CHECK_EQ((UINT_PTR)p % sizeof(void *), 0);
    memset(p, 1, 1000);
    W3_CHECK(used(m, 16 * MB) >= 1000);
    /* Beyond the limit for a task, granted for the process. */
    void *big = NULL;
    W3_CHECK_EQ_I(IHostMAlloc_Alloc(a, 16 * MB, eTaskCritical, &big), E_OUTOFMEMORY);
    W3_CHECK(big == NULL);
    W3_CHECK_EQ_I(IHostMAlloc_Alloc(a, 16 * MB, eProcessCritical, &big), S_OK);
    W3_CHECK_EQ_I(IHostMAlloc_Free(a, big), S_OK);
    W3_CHECK_EQ_I(IHostMAlloc_Free(a, p), S_OK);
    W3_CHECK_EQ(used(m, 16 * MB), 0);

    int local[16] = {0};
    W3_CHECK_EQ_I(IHostMAlloc_Free(a, &local[8]), HOST_E_INVALIDOPERATION);
    W3_CHECK_EQ_I(IHostMAlloc_Free(a, NULL), S_OK);
    IHostMAlloc_Release(a);
    IHostMemoryManager_Release(m);
}

struct leak {
    SIZE_T n;
    SIZE_T size;
    int line;
    char file[64];
};

static void collect(void *context, const void *pMem, SIZE_T cb, const char *file, int line)
{
    struct leak *l = context;
    (void)pMem;
    l->n++;
    if (file) {
        l->size = cb;
        l->line = line;
        snprintf(l->file, sizeof l->file, "%s", file);
    }
}

W3_TEST(debug_alloc_records_file_and_line_for_leak_reports)
{
    IHostMemoryManager *m = manager(0);
    IHostMAlloc *a = NULL;
    void *p = NULL, *q = NULL, *r = NULL;
    W3_REQUIRE(IHostMemoryManager_CreateMalloc(m, 0, &a) == S_OK);
    W3_CHECK_EQ_I(IHostMAlloc_DebugAlloc(a, 24, eTaskCritical, (char *)"filter.c", 42, &p), S_OK);
    W3_CHECK_EQ_I(IHostMAlloc_Alloc(a, 8, eTaskCritical, &q), S_OK);
    W3_CHECK_EQ_I(IHostMAlloc_DebugAlloc(a, 4, eTaskCritical, (char *)"x.c", 7, &r), S_OK);
    W3_CHECK_EQ_I(IHostMAlloc_Free(a, r), S_OK);
    W3_CHECK_EQ_I(IHostMAlloc_Free(a, q), S_OK);

    struct leak l = {0, 0, 0, ""};
    SIZE_T blocks = 0;
    W3_CHECK_EQ_I(W3HostMAllocReportLeaks(a, collect, &l, &blocks), S_OK);
    W3_CHECK_EQ(blocks, 1);
    W3_CHECK_EQ(l.n, 1);
    W3_CHECK_EQ(l.size, 24);
    W3_CHECK_EQ_I(l.line, 42);
    W3_CHECK_STR(l.file, "filter.c");
    /* Releasing with a leak reports it on the debug output and frees it. */
    IHostMAlloc_Release(a);
    IHostMemoryManager_Release(m);
}

#define THREADS 4
#define ROUNDS 20000

struct worker {
    IHostMAlloc *a;
    LONG failures;
};

static DWORD WINAPI churn(LPVOID arg)
{
    struct worker *w = arg;
    void *held[32] = {0};
    for (int i = 0; i < ROUNDS; i++) {
        int slot = i % 32;
        if (held[slot]) {
            if (((unsigned char *)held[slot])[0] != (unsigned char)slot ||
                IHostMAlloc_Free(w->a, held[slot]) != S_OK)
                InterlockedIncrement(&w->failures);
        }
        SIZE_T cb = 16 + (SIZE_T)(i % 240);
        if (IHostMAlloc_Alloc(w->a, cb, eTaskCritical, &held[slot]) != S_OK) {
            InterlockedIncrement(&w->failures);
            held[slot] = NULL;
            continue;
        }
        memset(held[slot], slot, cb);
    }
    for (int slot = 0; slot < 32; slot++)
        if (held[slot] && IHostMAlloc_Free(w->a, held[slot]) != S_OK)
            InterlockedIncrement(&w->failures);
    return 0;
}

W3_TEST(hostmalloc_threadsafe_under_concurrent_use)
{
    IHostMemoryManager *m = manager(256 * MB);
    struct worker w = {NULL, 0};
    HANDLE threads[THREADS];
    W3_REQUIRE(IHostMemoryManager_CreateMalloc(m, MALLOC_THREADSAFE, &w.a) == S_OK);
    for (int i = 0; i < THREADS; i++) {
        threads[i] = CreateThread(NULL, 0, churn, &w, 0, NULL);
        W3_REQUIRE(threads[i] != NULL);
    }
    W3_CHECK_EQ(WaitForMultipleObjects(THREADS, threads, TRUE, 30000), WAIT_OBJECT_0);
    for (int i = 0; i < THREADS; i++)
        CloseHandle(threads[i]);
    W3_CHECK_EQ_I(w.failures, 0);
    SIZE_T blocks = 1;
    W3_CHECK_EQ_I(W3HostMAllocReportLeaks(w.a, NULL, NULL, &blocks), S_OK);
    W3_CHECK_EQ(blocks, 0);
    W3_CHECK_EQ(used(m, 256 * MB), 0);
    IHostMAlloc_Release(w.a);
    IHostMemoryManager_Release(m);
}

W3_TEST(hostmalloc_executable_memory_runs_code)
{
    /* mov eax, 42; ret */
    static const unsigned char return_42[] = {0xB8, 0x2A, 0x00, 0x00, 0x00, 0xC3};
    IHostMemoryManager *m = manager(16 * MB);
    IHostMAlloc *a = NULL;
    void *p = NULL;
    int (*fn)(void);
    W3_REQUIRE(IHostMemoryManager_CreateMalloc(m, MALLOC_EXECUTABLE, &a) == S_OK);
    W3_REQUIRE(IHostMAlloc_Alloc(a, sizeof return_42, eTaskCritical, &p) == S_OK);
    memcpy(p, return_42, sizeof return_42);
    memcpy(&fn, &p, sizeof fn);
    W3_CHECK_EQ_I(fn(), 42);
    W3_CHECK_EQ_I(IHostMAlloc_Free(a, p), S_OK);
    IHostMAlloc_Release(a);
    IHostMemoryManager_Release(m);
}
