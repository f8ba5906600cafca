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

W3COMPAT_BEGIN_C
W3COMPAT_EXPORT extern const IID IID_IUnknown;
W3COMPAT_END_C

#if defined(__cplusplus) && !defined(CINTERFACE)

struct IUnknown {
    virtual HRESULT STDMETHODCALLTYPE QueryInterface(REFIID riid, void **ppvObject) = 0;
    virtual ULONG STDMETHODCALLTYPE AddRef(void) = 0;
    virtual ULONG STDMETHODCALLTYPE Release(void) = 0;
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

#endif

#endif
