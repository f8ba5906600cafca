/* GUID, IID and CLSID, and DEFINE_GUID (declares, or with INITGUID also defines). */
#ifndef W3COMPAT_GUIDDEF_H
#define W3COMPAT_GUIDDEF_H

#include <string.h>

#include "windef.h"

typedef struct _GUID {
    DWORD Data1;
    WORD Data2;
    WORD Data3;
    BYTE Data4[8];
} GUID, *LPGUID;
typedef const GUID *LPCGUID;
typedef GUID IID, CLSID, FMTID;
typedef IID *LPIID;
typedef CLSID *LPCLSID;

#ifdef __cplusplus
#define REFGUID const GUID &
#define REFIID const IID &
#define REFCLSID const CLSID &
#define REFFMTID const FMTID &
inline bool IsEqualGUID(REFGUID a, REFGUID b) { return memcmp(&a, &b, sizeof(GUID)) == 0; }
inline bool operator==(REFGUID a, REFGUID b) { return IsEqualGUID(a, b); }
inline bool operator!=(REFGUID a, REFGUID b) { return !IsEqualGUID(a, b); }
#else
#define REFGUID const GUID *
#define REFIID const IID *
#define REFCLSID const CLSID *
#define REFFMTID const FMTID *
#define IsEqualGUID(a, b) (memcmp((a), (b), sizeof(GUID)) == 0)
#endif
#define InlineIsEqualGUID(a, b) IsEqualGUID(a, b)

#ifdef __cplusplus
/* __uuidof as MinGW-w64 gives it under GCC: __CRT_UUID_DECL(type, GUID parts) specialises
 * a function template for the type (and for a pointer to it); __uuidof(x) picks the
 * specialisation by the type of x, so it accepts a type, an object or a pointer.
 * Using it on a type without a declaration fails at link time. */
template <class T> const GUID &w3compat_uuidof();
#define __CRT_UUID_DECL(type, l, w1, w2, b1, b2, b3, b4, b5, b6, b7, b8)                           \
    extern "C++" {                                                                                 \
    template <> inline const GUID &w3compat_uuidof<type>()                                         \
    {                                                                                              \
        static const GUID id = {l, w1, w2, {b1, b2, b3, b4, b5, b6, b7, b8}};                      \
        return id;                                                                                 \
    }                                                                                              \
    template <> inline const GUID &w3compat_uuidof<type *>()                                       \
    {                                                                                              \
        return w3compat_uuidof<type>();                                                            \
    }                                                                                              \
    }
#ifndef __uuidof
#define __uuidof(x) w3compat_uuidof<__typeof__(x)>()
#endif
#else
#define __CRT_UUID_DECL(type, l, w1, w2, b1, b2, b3, b4, b5, b6, b7, b8)
#endif
#define IsEqualIID(a, b) IsEqualGUID(a, b)
#define IsEqualCLSID(a, b) IsEqualGUID(a, b)

#endif

/* Outside the include guard: including initguid.h switches later DEFINE_GUIDs from
 * declarations to (weak, hence one-per-program) definitions. */
#undef DEFINE_GUID
#ifdef INITGUID
#ifdef __cplusplus
#define DEFINE_GUID(name, l, w1, w2, b1, b2, b3, b4, b5, b6, b7, b8)                         \
    extern "C" const GUID name __attribute__((weak)) = {l, w1, w2, {b1, b2, b3, b4, b5, b6, b7, b8}}
#else
#define DEFINE_GUID(name, l, w1, w2, b1, b2, b3, b4, b5, b6, b7, b8)                         \
    const GUID name __attribute__((weak)) = {l, w1, w2, {b1, b2, b3, b4, b5, b6, b7, b8}}
#endif
#else
#define DEFINE_GUID(name, l, w1, w2, b1, b2, b3, b4, b5, b6, b7, b8)                         \
    EXTERN_C const GUID name
#endif
