/* comdef.h for POSIX: the compiler COM support (comutil.h's _bstr_t and _variant_t,
 * _com_error, _com_ptr_t) and the smart-pointer typedefs of the standard interfaces.
 * _COM_SMARTPTR_TYPEDEF(IFoo, __uuidof(IFoo)) declares IFooPtr. */
#ifndef W3COMPAT_COMDEF_H
#define W3COMPAT_COMDEF_H

#include <ole2.h>

#include "comutil.h"
#include "comip.h"

#ifndef _COM_SMARTPTR_TYPEDEF
#define _COM_SMARTPTR_TYPEDEF(Interface, aIID)                                                     \
    inline const IID &w3compat_iid_of_##Interface()                                                \
    {                                                                                              \
        return aIID;                                                                               \
    }                                                                                              \
    typedef _com_ptr_t<w3compat_com_iid_getter<Interface, w3compat_iid_of_##Interface>>            \
        Interface##Ptr
#endif

_COM_SMARTPTR_TYPEDEF(IUnknown, __uuidof(IUnknown));
_COM_SMARTPTR_TYPEDEF(IClassFactory, __uuidof(IClassFactory));
_COM_SMARTPTR_TYPEDEF(IDispatch, __uuidof(IDispatch));
_COM_SMARTPTR_TYPEDEF(IEnumVARIANT, __uuidof(IEnumVARIANT));
_COM_SMARTPTR_TYPEDEF(IErrorInfo, __uuidof(IErrorInfo));

#endif
