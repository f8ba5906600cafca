/* IUnknown for POSIX, in the two forms MIDL gives it: a C++ abstract class and, for C
 * (or with CINTERFACE), a struct whose first member points to a table of functions that
 * take the object as first argument. Both forms have the same layout, so an object
 * written in C can be called from C++ and the other way round. */
#ifndef W3COMPAT_UNKNWN_H
#define W3COMPAT_UNKNWN_H

#include "windef.h"
#include "winerror.h"
#include "guiddef.h"

#ifndef interface
#define interface struct
#endif

typedef struct IUnknown IUnknown;
typedef IUnknown *LPUNKNOWN;
typedef struct IClassFactory IClassFactory;
typedef IClassFactory *LPCLASSFACTORY;

W3COMPAT_BEGIN_C
W3COMPAT_EXPORT extern const IID IID_IUnknown;
W3COMPAT_EXPORT extern const IID IID_IClassFactory;
W3COMPAT_END_C

#if defined(__cplusplus) && !defined(CINTERFACE)

struct IUnknown {
    virtual HRESULT STDMETHODCALLTYPE QueryInterface(REFIID riid, void **ppvObject) = 0;
    virtual ULONG STDMETHODCALLTYPE AddRef(void) = 0;
    virtual ULONG STDMETHODCALLTYPE Release(void) = 0;
};

/* What CoRegisterClassObject registers and CoCreateInstance asks for instances. */
struct IClassFactory : public IUnknown {
    virtual HRESULT STDMETHODCALLTYPE CreateInstance(IUnknown *pUnkOuter, REFIID riid,
                                                     void **ppvObject) = 0;
    virtual HRESULT STDMETHODCALLTYPE LockServer(BOOL fLock) = 0;
};

#else

typedef struct IUnknownVtbl {
    HRESULT(STDMETHODCALLTYPE *QueryInterface)(IUnknown *This, REFIID riid, void **ppvObject);
    ULONG(STDMETHODCALLTYPE *AddRef)(IUnknown *This);
    ULONG(STDMETHODCALLTYPE *Release)(IUnknown *This);
} IUnknownVtbl;

struct IUnknown {
    const IUnknownVtbl *lpVtbl;
};

#define IUnknown_QueryInterface(This, riid, ppv) ((This)->lpVtbl->QueryInterface(This, riid, ppv))
#define IUnknown_AddRef(This) ((This)->lpVtbl->AddRef(This))
#define IUnknown_Release(This) ((This)->lpVtbl->Release(This))

typedef struct IClassFactoryVtbl {
    HRESULT(STDMETHODCALLTYPE *QueryInterface)(IClassFactory *This, REFIID riid, void **ppvObject);
    ULONG(STDMETHODCALLTYPE *AddRef)(IClassFactory *This);
    ULONG(STDMETHODCALLTYPE *Release)(IClassFactory *This);
    HRESULT(STDMETHODCALLTYPE *CreateInstance)
    (IClassFactory *This, IUnknown *pUnkOuter, REFIID riid, void **ppvObject);
    HRESULT(STDMETHODCALLTYPE *LockServer)(IClassFactory *This, BOOL fLock);
} IClassFactoryVtbl;

struct IClassFactory {
    const IClassFactoryVtbl *lpVtbl;
};

#define IClassFactory_QueryInterface(This, riid, ppv)                                              \
    ((This)->lpVtbl->QueryInterface(This, riid, ppv))
#define IClassFactory_AddRef(This) ((This)->lpVtbl->AddRef(This))
#define IClassFactory_Release(This) ((This)->lpVtbl->Release(This))
#define IClassFactory_CreateInstance(This, outer, riid, ppv)                                       \
    ((This)->lpVtbl->CreateInstance(This, outer, riid, ppv))
#define IClassFactory_LockServer(This, lock) ((This)->lpVtbl->LockServer(This, lock))

#endif

__CRT_UUID_DECL(IUnknown, 0x00000000, 0x0000, 0x0000, 0xc0, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
                0x46)
__CRT_UUID_DECL(IClassFactory, 0x00000001, 0x0000, 0x0000, 0xc0, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
                0x46)

#endif
