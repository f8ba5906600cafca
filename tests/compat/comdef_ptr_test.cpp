/* comip.h's _com_ptr_t through _COM_SMARTPTR_TYPEDEF: reference counting, QueryInterface
 * on assignment from another interface, E_POINTER on a NULL dereference, and
 * CreateInstance through CoCreateInstance. */
#include <windows.h>
#include <comdef.h>

#include "w3test.h"

struct IW3Counter : public IUnknown {
    virtual ULONG STDMETHODCALLTYPE References() = 0;
};
__CRT_UUID_DECL(IW3Counter, 0x0b6f2c1e, 0x41d2, 0x4f7a, 0x9e, 0x3c, 0x5a, 0x61, 0x77, 0x08, 0x2d,
                0x91)
_COM_SMARTPTR_TYPEDEF(IW3Counter, __uuidof(IW3Counter));

/* A second interface of the same object, and one it does not have. */
struct IW3Named : public IUnknown {
    virtual int STDMETHODCALLTYPE Name() = 0;
};
__CRT_UUID_DECL(IW3Named, 0x0b6f2c20, 0x41d2, 0x4f7a, 0x9e, 0x3c, 0x5a, 0x61, 0x77, 0x08, 0x2d,
                0x91)
_COM_SMARTPTR_TYPEDEF(IW3Named, __uuidof(IW3Named));
struct IW3Missing : public IUnknown {
    virtual void STDMETHODCALLTYPE Nothing() = 0;
};
__CRT_UUID_DECL(IW3Missing, 0x0b6f2c21, 0x41d2, 0x4f7a, 0x9e, 0x3c, 0x5a, 0x61, 0x77, 0x08, 0x2d,
                0x91)
_COM_SMARTPTR_TYPEDEF(IW3Missing, __uuidof(IW3Missing));

static int destroyed;

class Counter : public IW3Counter, public IW3Named
{
  public:
    Counter() : m_refs(1) {}
    HRESULT STDMETHODCALLTYPE QueryInterface(REFIID riid, void **ppv)
    {
        if (riid == __uuidof(IUnknown) || riid == __uuidof(IW3Counter)) {
            *ppv = static_cast<IW3Counter *>(this);
            AddRef();
            return S_OK;
        }
        if (riid == __uuidof(IW3Named)) {
            *ppv = static_cast<IW3Named *>(this);
            AddRef();
            return S_OK;
        }
        *ppv = NULL;
        return E_NOINTERFACE;
    }
    int STDMETHODCALLTYPE Name() { return 42; }
    ULONG STDMETHODCALLTYPE AddRef() { return ++m_refs; }
    ULONG STDMETHODCALLTYPE Release()
    {
        ULONG refs = --m_refs;
        if (refs == 0) {
            destroyed++;
            delete this;
        }
        return refs;
    }
    ULONG STDMETHODCALLTYPE References() { return m_refs; }

  private:
    virtual ~Counter() {}
    ULONG m_refs;
};

class CounterFactory : public IClassFactory
{
  public:
    HRESULT STDMETHODCALLTYPE QueryInterface(REFIID riid, void **ppv)
    {
        if (riid == __uuidof(IUnknown) || riid == __uuidof(IClassFactory)) {
            *ppv = static_cast<IClassFactory *>(this);
            return S_OK;
        }
        *ppv = NULL;
        return E_NOINTERFACE;
    }
    ULONG STDMETHODCALLTYPE AddRef() { return 2; }
    ULONG STDMETHODCALLTYPE Release() { return 1; }
    HRESULT STDMETHODCALLTYPE CreateInstance(IUnknown *outer, REFIID riid, void **ppv)
    {
        if (outer)
            return CLASS_E_NOAGGREGATION;
        Counter *c = new Counter;
        HRESULT hr = c->QueryInterface(riid, ppv);
        c->Release();
        return hr;
    }
    HRESULT STDMETHODCALLTYPE LockServer(BOOL) { return S_OK; }
};

static const CLSID clsid_counter = {
    0x0b6f2c1f, 0x41d2, 0x4f7a, {0x9e, 0x3c, 0x5a, 0x61, 0x77, 0x08, 0x2d, 0x91}};

W3_TEST(smart_pointer_counts_references)
{
    Counter *raw = new Counter;
    {
        IW3CounterPtr p(raw);
        W3_CHECK_EQ(raw->References(), 2);
        {
            IW3CounterPtr copy(p);
            W3_CHECK_EQ(raw->References(), 3);
            IW3CounterPtr assigned;
            assigned = p;
            W3_CHECK_EQ(raw->References(), 4);
        }
        W3_CHECK_EQ(raw->References(), 2);
        W3_CHECK_EQ(p->References(), 2);
        W3_CHECK(p == raw);
    }
    W3_CHECK_EQ(raw->References(), 1);
    destroyed = 0;
    raw->Release();
    W3_CHECK_EQ(destroyed, 1);
}

W3_TEST(attach_and_detach_keep_the_count)
{
    destroyed = 0;
    IW3CounterPtr p;
    p.Attach(new Counter);
    W3_CHECK_EQ(p->References(), 1);
    IW3Counter *raw = p.Detach();
    W3_CHECK(!p);
    W3_CHECK_EQ(raw->References(), 1);
    IW3Counter **slot = &p;
    *slot = raw;
    W3_CHECK_EQ(p->References(), 1);
    p = (IW3Counter *)NULL;
    W3_CHECK_EQ(destroyed, 1);
}

W3_TEST(assignment_from_another_interface_queries)
{
    Counter *raw = new Counter;
    IW3CounterPtr counter(static_cast<IW3Counter *>(raw), false);
    IW3NamedPtr named(counter);
    W3_REQUIRE(!!named);
    W3_CHECK_EQ(named->Name(), 42);
    W3_CHECK_EQ(raw->References(), 2);
    IW3MissingPtr missing(counter);
    W3_CHECK(!missing); /* E_NOINTERFACE gives an empty pointer */
    W3_CHECK_EQ(raw->References(), 2);
    IW3CounterPtr back;
    back = named;
    W3_CHECK(back == static_cast<IW3Counter *>(raw));
    W3_CHECK_EQ(raw->References(), 3);
}

W3_TEST(null_dereference_throws_e_pointer)
{
    IW3Counter *volatile none = NULL; /* hidden from the optimiser's null analysis */
    IW3CounterPtr p(none);
    HRESULT caught = S_OK;
    try {
        p->References();
    } catch (const _com_error &e) {
        caught = e.Error();
    }
    W3_CHECK_EQ(caught, E_POINTER);
}

W3_TEST(create_instance_through_com)
{
    W3_REQUIRE(SUCCEEDED(CoInitializeEx(NULL, COINIT_MULTITHREADED)));
    IW3CounterPtr p;
    W3_CHECK_EQ(p.CreateInstance(clsid_counter), REGDB_E_CLASSNOTREG);
    W3_CHECK(!p);
    static CounterFactory factory;
    DWORD cookie = 0;
    W3_REQUIRE(CoRegisterClassObject(clsid_counter, &factory, CLSCTX_INPROC_SERVER,
                                     REGCLS_MULTIPLEUSE, &cookie) == S_OK);
    destroyed = 0;
    W3_CHECK_EQ(p.CreateInstance(clsid_counter, NULL, CLSCTX_INPROC_SERVER), S_OK);
    W3_REQUIRE(!!p);
    W3_CHECK_EQ(p->References(), 1);
    p = (IW3Counter *)NULL;
    W3_CHECK_EQ(destroyed, 1);
    CoRevokeClassObject(cookie);
    CoUninitialize();
}
