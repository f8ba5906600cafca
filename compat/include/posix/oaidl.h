/* oaidl.h for POSIX: VARIANT, SAFEARRAY and the Automation interfaces IDispatch,
 * IEnumVARIANT and IErrorInfo, in the layouts of the Windows SDK. Each interface has its
 * C++ form (an abstract struct) and its C form (lpVtbl), as MIDL generates them.
 *
 * VARIANT's members sit in unnamed unions, reached as v.vt and v.lVal; defining
 * NONAMELESSUNION before the include names them as Windows does (v.n1.n2.vt,
 * v.n1.n2.n3.lVal). The V_ macros of oleauto.h work either way. */
#ifndef W3COMPAT_OAIDL_H
#define W3COMPAT_OAIDL_H

#include "wtypes.h"

typedef struct IDispatch IDispatch;
typedef IDispatch *LPDISPATCH;
typedef struct IEnumVARIANT IEnumVARIANT;
typedef IEnumVARIANT *LPENUMVARIANT;
typedef struct IErrorInfo IErrorInfo;
typedef IErrorInfo *LPERRORINFO;
/* Named in signatures only: w3compat has no type libraries. */
typedef struct ITypeInfo ITypeInfo;
typedef ITypeInfo *LPTYPEINFO;
typedef struct IRecordInfo IRecordInfo;

typedef struct tagSAFEARRAYBOUND {
    ULONG cElements;
    LONG lLbound;
} SAFEARRAYBOUND, *LPSAFEARRAYBOUND;

/* rgsabound holds cDims bounds, the last dimension first (SafeArrayCreate reverses). */
typedef struct tagSAFEARRAY {
    USHORT cDims;
    USHORT fFeatures;
    ULONG cbElements;
    ULONG cLocks;
    PVOID pvData;
    SAFEARRAYBOUND rgsabound[1];
} SAFEARRAY, *LPSAFEARRAY;

#define FADF_AUTO 0x1
#define FADF_STATIC 0x2
#define FADF_EMBEDDED 0x4
#define FADF_FIXEDSIZE 0x10
#define FADF_RECORD 0x20
#define FADF_HAVEIID 0x40
#define FADF_HAVEVARTYPE 0x80
#define FADF_BSTR 0x100
#define FADF_UNKNOWN 0x200
#define FADF_DISPATCH 0x400
#define FADF_VARIANT 0x800
#define FADF_RESERVED 0xf008

#ifdef NONAMELESSUNION
#define W3COMPAT_VARIANT_NAME(name) name
#else
#define W3COMPAT_VARIANT_NAME(name)
#endif

typedef struct tagVARIANT VARIANT;
typedef VARIANT *LPVARIANT;
typedef VARIANT VARIANTARG;
typedef VARIANT *LPVARIANTARG;

struct tagVARIANT {
    __extension__ union {
        __extension__ struct {
            VARTYPE vt;
            WORD wReserved1;
            WORD wReserved2;
            WORD wReserved3;
            __extension__ union {
                LONGLONG llVal;
                LONG lVal;
                BYTE bVal;
                SHORT iVal;
                FLOAT fltVal;
                DOUBLE dblVal;
                VARIANT_BOOL boolVal;
                SCODE scode;
                CY cyVal;
                DATE date;
                BSTR bstrVal;
                IUnknown *punkVal;
                IDispatch *pdispVal;
                SAFEARRAY *parray;
                BYTE *pbVal;
                SHORT *piVal;
                LONG *plVal;
                LONGLONG *pllVal;
                FLOAT *pfltVal;
                DOUBLE *pdblVal;
                VARIANT_BOOL *pboolVal;
                SCODE *pscode;
                CY *pcyVal;
                DATE *pdate;
                BSTR *pbstrVal;
                IUnknown **ppunkVal;
                IDispatch **ppdispVal;
                SAFEARRAY **pparray;
                VARIANT *pvarVal;
                PVOID byref;
                CHAR cVal;
                USHORT uiVal;
                ULONG ulVal;
                ULONGLONG ullVal;
                INT intVal;
                UINT uintVal;
                DECIMAL *pdecVal;
                CHAR *pcVal;
                USHORT *puiVal;
                ULONG *pulVal;
                ULONGLONG *pullVal;
                INT *pintVal;
                UINT *puintVal;
                __extension__ struct {
                    PVOID pvRecord;
                    IRecordInfo *pRecInfo;
                } W3COMPAT_VARIANT_NAME(brecVal);
            } W3COMPAT_VARIANT_NAME(n3);
        } W3COMPAT_VARIANT_NAME(n2);
        DECIMAL decVal;
    } W3COMPAT_VARIANT_NAME(n1);
};

#ifdef __cplusplus
#define REFVARIANT const VARIANT &
#else
#define REFVARIANT const VARIANT *
#endif

typedef LONG DISPID;
typedef DISPID MEMBERID;
#define DISPID_UNKNOWN (-1)
#define DISPID_VALUE 0
#define DISPID_PROPERTYPUT (-3)
#define DISPID_NEWENUM (-4)
#define DISPID_EVALUATE (-5)
#define DISPID_CONSTRUCTOR (-6)
#define DISPID_DESTRUCTOR (-7)
#define DISPID_COLLECT (-8)

#define DISPATCH_METHOD 0x1
#define DISPATCH_PROPERTYGET 0x2
#define DISPATCH_PROPERTYPUT 0x4
#define DISPATCH_PROPERTYPUTREF 0x8

typedef struct tagDISPPARAMS {
    VARIANTARG *rgvarg;
    DISPID *rgdispidNamedArgs;
    UINT cArgs;
    UINT cNamedArgs;
} DISPPARAMS;

typedef struct tagEXCEPINFO {
    WORD wCode;
    WORD wReserved;
    BSTR bstrSource;
    BSTR bstrDescription;
    BSTR bstrHelpFile;
    DWORD dwHelpContext;
    PVOID pvReserved;
    HRESULT(STDMETHODCALLTYPE *pfnDeferredFillIn)(struct tagEXCEPINFO *);
    SCODE scode;
} EXCEPINFO, *LPEXCEPINFO;

W3COMPAT_BEGIN_C
W3COMPAT_EXPORT extern const IID IID_IDispatch;
W3COMPAT_EXPORT extern const IID IID_IEnumVARIANT;
W3COMPAT_EXPORT extern const IID IID_IErrorInfo;
W3COMPAT_END_C

#if defined(__cplusplus) && !defined(CINTERFACE)

struct IDispatch : public IUnknown {
    virtual HRESULT STDMETHODCALLTYPE GetTypeInfoCount(UINT *pctinfo) = 0;
    virtual HRESULT STDMETHODCALLTYPE GetTypeInfo(UINT iTInfo, LCID lcid, ITypeInfo **ppTInfo) = 0;
    virtual HRESULT STDMETHODCALLTYPE GetIDsOfNames(REFIID riid, LPOLESTR *rgszNames, UINT cNames,
                                                    LCID lcid, DISPID *rgDispId) = 0;
    virtual HRESULT STDMETHODCALLTYPE Invoke(DISPID dispIdMember, REFIID riid, LCID lcid,
                                             WORD wFlags, DISPPARAMS *pDispParams,
                                             VARIANT *pVarResult, EXCEPINFO *pExcepInfo,
                                             UINT *puArgErr) = 0;
};

struct IEnumVARIANT : public IUnknown {
    virtual HRESULT STDMETHODCALLTYPE Next(ULONG celt, VARIANT *rgVar, ULONG *pCeltFetched) = 0;
    virtual HRESULT STDMETHODCALLTYPE Skip(ULONG celt) = 0;
    virtual HRESULT STDMETHODCALLTYPE Reset(void) = 0;
    virtual HRESULT STDMETHODCALLTYPE Clone(IEnumVARIANT **ppEnum) = 0;
};

struct IErrorInfo : public IUnknown {
    virtual HRESULT STDMETHODCALLTYPE GetGUID(GUID *pGUID) = 0;
    virtual HRESULT STDMETHODCALLTYPE GetSource(BSTR *pBstrSource) = 0;
    virtual HRESULT STDMETHODCALLTYPE GetDescription(BSTR *pBstrDescription) = 0;
    virtual HRESULT STDMETHODCALLTYPE GetHelpFile(BSTR *pBstrHelpFile) = 0;
    virtual HRESULT STDMETHODCALLTYPE GetHelpContext(DWORD *pdwHelpContext) = 0;
};

#else

typedef struct IDispatchVtbl {
    HRESULT(STDMETHODCALLTYPE *QueryInterface)(IDispatch *This, REFIID riid, void **ppvObject);
    ULONG(STDMETHODCALLTYPE *AddRef)(IDispatch *This);
    ULONG(STDMETHODCALLTYPE *Release)(IDispatch *This);
    HRESULT(STDMETHODCALLTYPE *GetTypeInfoCount)(IDispatch *This, UINT *pctinfo);
    HRESULT(STDMETHODCALLTYPE *GetTypeInfo)
    (IDispatch *This, UINT iTInfo, LCID lcid, ITypeInfo **ppTInfo);
    HRESULT(STDMETHODCALLTYPE *GetIDsOfNames)
    (IDispatch *This, REFIID riid, LPOLESTR *rgszNames, UINT cNames, LCID lcid, DISPID *rgDispId);
    HRESULT(STDMETHODCALLTYPE *Invoke)
    (IDispatch *This, DISPID dispIdMember, REFIID riid, LCID lcid, WORD wFlags,
     DISPPARAMS *pDispParams, VARIANT *pVarResult, EXCEPINFO *pExcepInfo, UINT *puArgErr);
} IDispatchVtbl;
struct IDispatch {
    const IDispatchVtbl *lpVtbl;
};
#define IDispatch_QueryInterface(This, riid, ppv) ((This)->lpVtbl->QueryInterface(This, riid, ppv))
#define IDispatch_AddRef(This) ((This)->lpVtbl->AddRef(This))
#define IDispatch_Release(This) ((This)->lpVtbl->Release(This))
#define IDispatch_GetTypeInfoCount(This, pctinfo) ((This)->lpVtbl->GetTypeInfoCount(This, pctinfo))
#define IDispatch_GetTypeInfo(This, i, lcid, pp) ((This)->lpVtbl->GetTypeInfo(This, i, lcid, pp))
#define IDispatch_GetIDsOfNames(This, riid, names, c, lcid, ids)                                   \
    ((This)->lpVtbl->GetIDsOfNames(This, riid, names, c, lcid, ids))
#define IDispatch_Invoke(This, id, riid, lcid, flags, params, result, excep, argerr)               \
    ((This)->lpVtbl->Invoke(This, id, riid, lcid, flags, params, result, excep, argerr))

typedef struct IEnumVARIANTVtbl {
    HRESULT(STDMETHODCALLTYPE *QueryInterface)(IEnumVARIANT *This, REFIID riid, void **ppvObject);
    ULONG(STDMETHODCALLTYPE *AddRef)(IEnumVARIANT *This);
    ULONG(STDMETHODCALLTYPE *Release)(IEnumVARIANT *This);
    HRESULT(STDMETHODCALLTYPE *Next)
    (IEnumVARIANT *This, ULONG celt, VARIANT *rgVar, ULONG *pCeltFetched);
    HRESULT(STDMETHODCALLTYPE *Skip)(IEnumVARIANT *This, ULONG celt);
    HRESULT(STDMETHODCALLTYPE *Reset)(IEnumVARIANT *This);
    HRESULT(STDMETHODCALLTYPE *Clone)(IEnumVARIANT *This, IEnumVARIANT **ppEnum);
} IEnumVARIANTVtbl;
struct IEnumVARIANT {
    const IEnumVARIANTVtbl *lpVtbl;
};
#define IEnumVARIANT_QueryInterface(This, riid, ppv)                                               \
    ((This)->lpVtbl->QueryInterface(This, riid, ppv))
#define IEnumVARIANT_AddRef(This) ((This)->lpVtbl->AddRef(This))
#define IEnumVARIANT_Release(This) ((This)->lpVtbl->Release(This))
#define IEnumVARIANT_Next(This, celt, rgVar, fetched)                                              \
    ((This)->lpVtbl->Next(This, celt, rgVar, fetched))
#define IEnumVARIANT_Skip(This, celt) ((This)->lpVtbl->Skip(This, celt))
#define IEnumVARIANT_Reset(This) ((This)->lpVtbl->Reset(This))
#define IEnumVARIANT_Clone(This, ppEnum) ((This)->lpVtbl->Clone(This, ppEnum))

typedef struct IErrorInfoVtbl {
    HRESULT(STDMETHODCALLTYPE *QueryInterface)(IErrorInfo *This, REFIID riid, void **ppvObject);
    ULONG(STDMETHODCALLTYPE *AddRef)(IErrorInfo *This);
    ULONG(STDMETHODCALLTYPE *Release)(IErrorInfo *This);
    HRESULT(STDMETHODCALLTYPE *GetGUID)(IErrorInfo *This, GUID *pGUID);
    HRESULT(STDMETHODCALLTYPE *GetSource)(IErrorInfo *This, BSTR *pBstrSource);
    HRESULT(STDMETHODCALLTYPE *GetDescription)(IErrorInfo *This, BSTR *pBstrDescription);
    HRESULT(STDMETHODCALLTYPE *GetHelpFile)(IErrorInfo *This, BSTR *pBstrHelpFile);
    HRESULT(STDMETHODCALLTYPE *GetHelpContext)(IErrorInfo *This, DWORD *pdwHelpContext);
} IErrorInfoVtbl;
struct IErrorInfo {
    const IErrorInfoVtbl *lpVtbl;
};
#define IErrorInfo_QueryInterface(This, riid, ppv) ((This)->lpVtbl->QueryInterface(This, riid, ppv))
#define IErrorInfo_AddRef(This) ((This)->lpVtbl->AddRef(This))
#define IErrorInfo_Release(This) ((This)->lpVtbl->Release(This))
#define IErrorInfo_GetGUID(This, p) ((This)->lpVtbl->GetGUID(This, p))
#define IErrorInfo_GetSource(This, p) ((This)->lpVtbl->GetSource(This, p))
#define IErrorInfo_GetDescription(This, p) ((This)->lpVtbl->GetDescription(This, p))
#define IErrorInfo_GetHelpFile(This, p) ((This)->lpVtbl->GetHelpFile(This, p))
#define IErrorInfo_GetHelpContext(This, p) ((This)->lpVtbl->GetHelpContext(This, p))

#endif

__CRT_UUID_DECL(IDispatch, 0x00020400, 0x0000, 0x0000, 0xc0, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
                0x46)
__CRT_UUID_DECL(IEnumVARIANT, 0x00020404, 0x0000, 0x0000, 0xc0, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
                0x46)
__CRT_UUID_DECL(IErrorInfo, 0x1cf2b120, 0x547d, 0x101b, 0x8e, 0x65, 0x08, 0x00, 0x2b, 0x2b, 0xd1,
                0x19)

#endif
