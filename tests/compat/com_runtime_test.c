/* ole32's apartments, class objects, CoCreateInstance and the task allocator. Each case
 * runs in a process of its own, so every case starts with COM uninitialised. */
#include <windows.h>
#include <objbase.h>
#include <string.h>

#include "w3test.h"

static const CLSID clsid_counter = {
    0x5f8e2a51, 0x3c0d, 0x4b7e, {0x9a, 0x11, 0x27, 0x4d, 0x6b, 0x80, 0xc2, 0x13}};
static const CLSID clsid_unknown = {
    0x5f8e2a52, 0x3c0d, 0x4b7e, {0x9a, 0x11, 0x27, 0x4d, 0x6b, 0x80, 0xc2, 0x13}};

/* A class factory whose objects are plain IUnknowns with a reference count. */
struct counter {
    IUnknown iface;
    LONG refs;
};
static int live_objects;
static LONG factory_refs = 1;

static HRESULT STDMETHODCALLTYPE counter_query(IUnknown *self, REFIID riid, void **ppv)
{
    if (!IsEqualIID(riid, &IID_IUnknown)) {
        *ppv = NULL;
        return E_NOINTERFACE;
    }
    *ppv = self;
    self->lpVtbl->AddRef(self);
    return S_OK;
}
static ULONG STDMETHODCALLTYPE counter_addref(IUnknown *self)
{
    return (ULONG)++((struct counter *)self)->refs;
}
static ULONG STDMETHODCALLTYPE counter_release(IUnknown *self)
{
    struct counter *c = (struct counter *)self;
    LONG refs = --c->refs;
    if (refs == 0) {
        live_objects--;
        HeapFree(GetProcessHeap(), 0, c);
    }
    return (ULONG)refs;
}
static IUnknownVtbl counter_vtbl = {counter_query, counter_addref, counter_release};

static HRESULT STDMETHODCALLTYPE factory_query(IClassFactory *self, REFIID riid, void **ppv)
{
    if (IsEqualIID(riid, &IID_IUnknown) || IsEqualIID(riid, &IID_IClassFactory)) {
        *ppv = self;
        self->lpVtbl->AddRef(self);
        return S_OK;
    }
    *ppv = NULL;
    return E_NOINTERFACE;
}
static ULONG STDMETHODCALLTYPE factory_addref(IClassFactory *self)
{
    (void)self;
    return (ULONG)++factory_refs;
}
static ULONG STDMETHODCALLTYPE factory_release(IClassFactory *self)
{
    (void)self;
    return (ULONG)--factory_refs;
}
static HRESULT STDMETHODCALLTYPE factory_create(IClassFactory *self, IUnknown *outer, REFIID riid,
                                                void **ppv)
{
    (void)self;
    *ppv = NULL;
    if (outer)
        return CLASS_E_NOAGGREGATION;
    struct counter *c = HeapAlloc(GetProcessHeap(), 0, sizeof *c);
    c->iface.lpVtbl = &counter_vtbl;
    c->refs = 1;
    live_objects++;
    HRESULT hr = c->iface.lpVtbl->QueryInterface(&c->iface, riid, ppv);
    c->iface.lpVtbl->Release(&c->iface);
    return hr;
}
static HRESULT STDMETHODCALLTYPE factory_lock(IClassFactory *self, BOOL lock)
{
    (void)self;
    (void)lock;
    return S_OK;
}
static IClassFactoryVtbl factory_vtbl = {factory_query, factory_addref, factory_release,
                                         factory_create, factory_lock};
static IClassFactory factory = {&factory_vtbl};

W3_TEST(initialize_twice_gives_s_false_and_other_mode_is_refused)
{
    W3_CHECK_EQ(CoInitialize(NULL), S_OK);
    W3_CHECK_EQ(CoInitialize(NULL), S_FALSE);
    W3_CHECK_EQ(CoInitializeEx(NULL, COINIT_MULTITHREADED), RPC_E_CHANGED_MODE);
    CoUninitialize();
    CoUninitialize();
    W3_CHECK_EQ(CoInitializeEx(NULL, COINIT_MULTITHREADED), S_OK);
    W3_CHECK_EQ(CoInitializeEx(NULL, COINIT_MULTITHREADED), S_FALSE);
    W3_CHECK_EQ(CoInitializeEx(NULL, COINIT_APARTMENTTHREADED), RPC_E_CHANGED_MODE);
    CoUninitialize();
    CoUninitialize();
}

W3_TEST(create_instance_needs_initialization)
{
    IUnknown *object = (IUnknown *)&factory;
    W3_CHECK_EQ(CoCreateInstance(&clsid_unknown, NULL, CLSCTX_INPROC_SERVER, &IID_IUnknown,
                                 (void **)&object),
                CO_E_NOTINITIALIZED);
    W3_CHECK(object == NULL);
    CoInitialize(NULL);
    CoUninitialize();
    W3_CHECK_EQ(CoCreateInstance(&clsid_unknown, NULL, CLSCTX_INPROC_SERVER, &IID_IUnknown,
                                 (void **)&object),
                CO_E_NOTINITIALIZED);
}

W3_TEST(create_instance_of_unregistered_class_fails)
{
    W3_REQUIRE(SUCCEEDED(CoInitializeEx(NULL, COINIT_MULTITHREADED)));
    IUnknown *object = (IUnknown *)&factory;
    W3_CHECK_EQ(CoCreateInstance(&clsid_unknown, NULL, CLSCTX_INPROC_SERVER, &IID_IUnknown,
                                 (void **)&object),
                REGDB_E_CLASSNOTREG);
    W3_CHECK(object == NULL);
    W3_CHECK_EQ(CoCreateInstance(&clsid_unknown, NULL, CLSCTX_INPROC_SERVER, &IID_IUnknown, NULL),
                E_POINTER);
    CoUninitialize();
}

W3_TEST(registered_class_object_creates_instances_until_revoked)
{
    W3_REQUIRE(SUCCEEDED(CoInitializeEx(NULL, COINIT_MULTITHREADED)));
    DWORD cookie = 0;
    W3_REQUIRE(CoRegisterClassObject(&clsid_counter, (IUnknown *)&factory, CLSCTX_INPROC_SERVER,
                                     REGCLS_MULTIPLEUSE, &cookie) == S_OK);
    W3_CHECK(factory_refs > 1);

    IUnknown *object = NULL;
    W3_CHECK_EQ(CoCreateInstance(&clsid_counter, NULL, CLSCTX_INPROC_SERVER, &IID_IUnknown,
                                 (void **)&object),
                S_OK);
    W3_REQUIRE(object != NULL);
    W3_CHECK_EQ(live_objects, 1);
    W3_CHECK_EQ(object->lpVtbl->Release(object), 0);
    W3_CHECK_EQ(live_objects, 0);

    /* The factory's own errors come through. */
    const IID other = {1, 2, 3, {4, 5, 6, 7, 8, 9, 10, 11}};
    W3_CHECK_EQ(
        CoCreateInstance(&clsid_counter, NULL, CLSCTX_INPROC_SERVER, &other, (void **)&object),
        E_NOINTERFACE);
    W3_CHECK(object == NULL);

    IClassFactory *got = NULL;
    W3_CHECK_EQ(CoGetClassObject(&clsid_counter, CLSCTX_INPROC_SERVER, NULL, &IID_IClassFactory,
                                 (void **)&got),
                S_OK);
    W3_CHECK(got == &factory);
    if (got)
        got->lpVtbl->Release(got);

    W3_CHECK_EQ(CoRevokeClassObject(cookie), S_OK);
    W3_CHECK_EQ(factory_refs, 1);
    W3_CHECK_EQ(CoRevokeClassObject(cookie), E_INVALIDARG);
    W3_CHECK_EQ(CoCreateInstance(&clsid_counter, NULL, CLSCTX_INPROC_SERVER, &IID_IUnknown,
                                 (void **)&object),
                REGDB_E_CLASSNOTREG);
    CoUninitialize();
}

W3_TEST(task_memory_allocates_grows_and_frees)
{
    char *p = CoTaskMemAlloc(0);
    W3_CHECK(p != NULL);
    CoTaskMemFree(p);
    p = CoTaskMemAlloc(4);
    W3_REQUIRE(p != NULL);
    memcpy(p, "abc", 4);
    p = CoTaskMemRealloc(p, 4096);
    W3_REQUIRE(p != NULL);
    W3_CHECK_STR(p, "abc");
    W3_CHECK(CoTaskMemRealloc(p, 0) == NULL);
    p = CoTaskMemRealloc(NULL, 8);
    W3_CHECK(p != NULL);
    CoTaskMemFree(p);
    CoTaskMemFree(NULL);
}
