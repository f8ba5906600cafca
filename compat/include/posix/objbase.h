/* objbase.h for POSIX: IUnknown, the COM functions of combaseapi.h, and the macros COM
 * interface declarations are written with. */
#ifndef W3COMPAT_OBJBASE_H
#define W3COMPAT_OBJBASE_H

#include "unknwn.h"
#include "combaseapi.h"

#define STDMETHODIMP HRESULT STDMETHODCALLTYPE
#define STDMETHODIMP_(type) type STDMETHODCALLTYPE
#define STDAPI EXTERN_C HRESULT STDAPICALLTYPE
#define STDAPI_(type) EXTERN_C type STDAPICALLTYPE

#if defined(__cplusplus) && !defined(CINTERFACE)
#define STDMETHOD(method) virtual HRESULT STDMETHODCALLTYPE method
#define STDMETHOD_(type, method) virtual type STDMETHODCALLTYPE method
#define PURE = 0
#else
#define STDMETHOD(method) HRESULT(STDMETHODCALLTYPE *method)
#define STDMETHOD_(type, method) type(STDMETHODCALLTYPE *method)
#define PURE
#endif

#include "w3compat_guid_strings.h"

/* As on Windows, where this header brings the whole of windows.h (after its own
 * declarations, which windows.h itself may need). */
#include "windows.h"

#endif
