/* oleaut32's SAFEARRAY functions. An array is one block: 16 bytes in front of the
 * descriptor (the element VARTYPE in its last 4 bytes, the interface id in all 16 for
 * arrays of interfaces, as Windows keeps them), then the descriptor with its bounds.
 * The data is a second block. */
#include <stdlib.h>
#include <string.h>

#include "variant_internal.h"

#define ARRAY_PREFIX 16

static size_t element_size(VARTYPE vt)
{
    switch (vt) {
    case VT_I1:
    case VT_UI1:
        return 1;
    case VT_I2:
    case VT_UI2:
    case VT_BOOL:
        return 2;
    case VT_I4:
    case VT_UI4:
    case VT_INT:
    case VT_UINT:
    case VT_R4:
    case VT_ERROR:
        return 4;
    case VT_I8:
    case VT_UI8:
    case VT_R8:
    case VT_CY:
    case VT_DATE:
        return 8;
    case VT_BSTR:
    case VT_UNKNOWN:
    case VT_DISPATCH:
        return sizeof(void *);
    case VT_VARIANT:
        return sizeof(VARIANT);
    case VT_DECIMAL:
        return sizeof(DECIMAL);
    default:
        return 0;
    }
}

static char *array_block(SAFEARRAY *psa)
{
    return (char *)psa - ARRAY_PREFIX;
}

static ULONG element_count(const SAFEARRAY *psa)
{
    ULONG count = 1;
    for (USHORT i = 0; i < psa->cDims; i++)
        count *= psa->rgsabound[i].cElements;
    return count;
}

/* Releases what an element owns (strings, interfaces, VARIANT contents). */
static void release_element(const SAFEARRAY *psa, void *element)
{
    if (psa->fFeatures & FADF_BSTR) {
        SysFreeString(*(BSTR *)element);
        *(BSTR *)element = NULL;
    } else if (psa->fFeatures & (FADF_UNKNOWN | FADF_DISPATCH)) {
        IUnknown *unknown = *(IUnknown **)element;
        if (unknown)
            unknown->lpVtbl->Release(unknown);
        *(IUnknown **)element = NULL;
    } else if (psa->fFeatures & FADF_VARIANT) {
        VariantClear((VARIANT *)element);
    }
}

/* Copies value (the element itself for strings and interfaces, else a pointer to it)
 * into an element that owns nothing. */
static HRESULT copy_into_element(const SAFEARRAY *psa, void *element, const void *value)
{
    if (psa->fFeatures & FADF_BSTR) {
        BSTR text = (BSTR)value;
        BSTR copy = text ? SysAllocStringByteLen((LPCSTR)text, SysStringByteLen(text)) : NULL;
        if (text && !copy)
            return E_OUTOFMEMORY;
        *(BSTR *)element = copy;
    } else if (psa->fFeatures & (FADF_UNKNOWN | FADF_DISPATCH)) {
        IUnknown *unknown = (IUnknown *)value;
        if (unknown)
            unknown->lpVtbl->AddRef(unknown);
        *(IUnknown **)element = unknown;
    } else if (psa->fFeatures & FADF_VARIANT) {
        VariantInit((VARIANT *)element);
        return VariantCopy((VARIANT *)element, (const VARIANT *)value);
    } else {
        memcpy(element, value, psa->cbElements);
    }
    return S_OK;
}

static SAFEARRAY *create_array(VARTYPE vt, UINT cDims, const SAFEARRAYBOUND *bounds)
{
    size_t size = element_size(vt);
    if (!size || cDims == 0 || cDims > 0xFFFF || !bounds)
        return NULL;
    size_t descriptor = sizeof(SAFEARRAY) + (cDims - 1) * sizeof(SAFEARRAYBOUND);
    char *block = calloc(1, ARRAY_PREFIX + descriptor);
    if (!block)
        return NULL;
    SAFEARRAY *psa = (SAFEARRAY *)(block + ARRAY_PREFIX);
    psa->cDims = (USHORT)cDims;
    psa->cbElements = (ULONG)size;
    for (UINT i = 0; i < cDims; i++)
        psa->rgsabound[cDims - 1 - i] = bounds[i];
    if (vt == VT_UNKNOWN || vt == VT_DISPATCH) {
        psa->fFeatures = FADF_HAVEIID | (vt == VT_UNKNOWN ? FADF_UNKNOWN : FADF_DISPATCH);
        memcpy(block, vt == VT_UNKNOWN ? &IID_IUnknown : &IID_IDispatch, sizeof(GUID));
    } else {
        psa->fFeatures = FADF_HAVEVARTYPE;
        if (vt == VT_BSTR)
            psa->fFeatures |= FADF_BSTR;
        else if (vt == VT_VARIANT)
            psa->fFeatures |= FADF_VARIANT;
        DWORD stored = vt;
        memcpy(block + ARRAY_PREFIX - sizeof stored, &stored, sizeof stored);
    }
    ULONG count = element_count(psa);
    psa->pvData = calloc(count ? count : 1, size);
    if (!psa->pvData) {
        free(block);
        return NULL;
    }
    if (vt == VT_VARIANT)
        for (ULONG i = 0; i < count; i++)
            VariantInit((VARIANT *)psa->pvData + i);
    return psa;
}

SAFEARRAY *WINAPI SafeArrayCreate(VARTYPE vt, UINT cDims, SAFEARRAYBOUND *rgsabound)
{
    return create_array(vt, cDims, rgsabound);
}

SAFEARRAY *WINAPI SafeArrayCreateVector(VARTYPE vt, LONG lLbound, ULONG cElements)
{
    SAFEARRAYBOUND bound = {cElements, lLbound};
    return create_array(vt, 1, &bound);
}

HRESULT WINAPI SafeArrayDestroy(SAFEARRAY *psa)
{
    if (!psa)
        return S_OK;
    if (psa->cLocks)
        return DISP_E_ARRAYISLOCKED;
    ULONG count = element_count(psa);
    for (ULONG i = 0; i < count; i++)
        release_element(psa, (char *)psa->pvData + (size_t)i * psa->cbElements);
    free(psa->pvData);
    free(array_block(psa));
    return S_OK;
}

HRESULT WINAPI SafeArrayGetVartype(SAFEARRAY *psa, VARTYPE *pvt)
{
    if (!psa || !pvt)
        return E_INVALIDARG;
    if (psa->fFeatures & FADF_HAVEVARTYPE) {
        DWORD stored;
        memcpy(&stored, array_block(psa) + ARRAY_PREFIX - sizeof stored, sizeof stored);
        *pvt = (VARTYPE)stored;
    } else if (psa->fFeatures & FADF_UNKNOWN) {
        *pvt = VT_UNKNOWN;
    } else if (psa->fFeatures & FADF_DISPATCH) {
        *pvt = VT_DISPATCH;
    } else {
        return E_INVALIDARG;
    }
    return S_OK;
}

HRESULT WINAPI SafeArrayCopy(SAFEARRAY *psa, SAFEARRAY **ppsaOut)
{
    if (!ppsaOut)
        return E_INVALIDARG;
    *ppsaOut = NULL;
    if (!psa)
        return S_OK;
    VARTYPE vt;
    HRESULT hr = SafeArrayGetVartype(psa, &vt);
    if (FAILED(hr))
        return hr;
    SAFEARRAYBOUND bounds[64];
    if (psa->cDims > 64)
        return E_INVALIDARG;
    for (USHORT i = 0; i < psa->cDims; i++)
        bounds[i] = psa->rgsabound[psa->cDims - 1 - i];
    SAFEARRAY *copy = create_array(vt, psa->cDims, bounds);
    if (!copy)
        return E_OUTOFMEMORY;
    ULONG count = element_count(psa);
    for (ULONG i = 0; i < count && SUCCEEDED(hr); i++) {
        const char *from = (const char *)psa->pvData + (size_t)i * psa->cbElements;
        char *to = (char *)copy->pvData + (size_t)i * copy->cbElements;
        const void *value = (psa->fFeatures & (FADF_BSTR | FADF_UNKNOWN | FADF_DISPATCH))
                                ? *(void *const *)from
                                : from;
        hr = copy_into_element(copy, to, value);
    }
    if (FAILED(hr)) {
        SafeArrayDestroy(copy);
        return hr;
    }
    *ppsaOut = copy;
    return S_OK;
}

UINT WINAPI SafeArrayGetDim(SAFEARRAY *psa)
{
    return psa ? psa->cDims : 0;
}

UINT WINAPI SafeArrayGetElemsize(SAFEARRAY *psa)
{
    return psa ? psa->cbElements : 0;
}

/* Dimension nDim (1 is the first bound given to SafeArrayCreate). */
static HRESULT dimension(SAFEARRAY *psa, UINT nDim, const LONG *out, SAFEARRAYBOUND **bound)
{
    if (!psa || !out)
        return E_INVALIDARG;
    if (nDim == 0 || nDim > psa->cDims)
        return DISP_E_BADINDEX;
    *bound = &psa->rgsabound[psa->cDims - nDim];
    return S_OK;
}

HRESULT WINAPI SafeArrayGetUBound(SAFEARRAY *psa, UINT nDim, LONG *plUbound)
{
    SAFEARRAYBOUND *bound;
    HRESULT hr = dimension(psa, nDim, plUbound, &bound);
    if (SUCCEEDED(hr))
        *plUbound = bound->lLbound + (LONG)bound->cElements - 1;
    return hr;
}

HRESULT WINAPI SafeArrayGetLBound(SAFEARRAY *psa, UINT nDim, LONG *plLbound)
{
    SAFEARRAYBOUND *bound;
    HRESULT hr = dimension(psa, nDim, plLbound, &bound);
    if (SUCCEEDED(hr))
        *plLbound = bound->lLbound;
    return hr;
}

HRESULT WINAPI SafeArrayLock(SAFEARRAY *psa)
{
    if (!psa)
        return E_INVALIDARG;
    if (psa->cLocks >= 0xFFFF)
        return E_UNEXPECTED;
    psa->cLocks++;
    return S_OK;
}

HRESULT WINAPI SafeArrayUnlock(SAFEARRAY *psa)
{
    if (!psa)
        return E_INVALIDARG;
    if (psa->cLocks == 0)
        return E_UNEXPECTED;
    psa->cLocks--;
    return S_OK;
}

HRESULT WINAPI SafeArrayAccessData(SAFEARRAY *psa, void **ppvData)
{
    if (!psa || !ppvData)
        return E_INVALIDARG;
    HRESULT hr = SafeArrayLock(psa);
    *ppvData = SUCCEEDED(hr) ? psa->pvData : NULL;
    return hr;
}

HRESULT WINAPI SafeArrayUnaccessData(SAFEARRAY *psa)
{
    return SafeArrayUnlock(psa);
}

/* rgIndices[i] indexes the i-th bound given to SafeArrayCreate; rgIndices[0] varies
 * fastest in memory. */
HRESULT WINAPI SafeArrayPtrOfIndex(SAFEARRAY *psa, LONG *rgIndices, void **ppvData)
{
    if (!psa || !rgIndices || !ppvData)
        return E_INVALIDARG;
    size_t cell = 0, stride = 1;
    for (USHORT i = 0; i < psa->cDims; i++) {
        const SAFEARRAYBOUND *bound = &psa->rgsabound[psa->cDims - 1 - i];
        LONGLONG offset = (LONGLONG)rgIndices[i] - bound->lLbound;
        if (offset < 0 || offset >= (LONGLONG)bound->cElements)
            return DISP_E_BADINDEX;
        cell += (size_t)offset * stride;
        stride *= bound->cElements;
    }
    *ppvData = (char *)psa->pvData + cell * psa->cbElements;
    return S_OK;
}

HRESULT WINAPI SafeArrayGetElement(SAFEARRAY *psa, LONG *rgIndices, void *pv)
{
    if (!pv)
        return E_INVALIDARG;
    void *element;
    HRESULT hr = SafeArrayPtrOfIndex(psa, rgIndices, &element);
    if (FAILED(hr))
        return hr;
    if (psa->fFeatures & (FADF_BSTR | FADF_UNKNOWN | FADF_DISPATCH))
        return copy_into_element(psa, pv, *(void **)element);
    return copy_into_element(psa, pv, element);
}

HRESULT WINAPI SafeArrayPutElement(SAFEARRAY *psa, LONG *rgIndices, void *pv)
{
    void *element;
    HRESULT hr = SafeArrayPtrOfIndex(psa, rgIndices, &element);
    if (FAILED(hr))
        return hr;
    if (!pv && !(psa->fFeatures & (FADF_BSTR | FADF_UNKNOWN | FADF_DISPATCH)))
        return E_INVALIDARG;
    if (psa->fFeatures & FADF_VARIANT) {
        return VariantCopy((VARIANT *)element, (const VARIANT *)pv);
    }
    char saved[sizeof(void *)];
    int owns = (psa->fFeatures & (FADF_BSTR | FADF_UNKNOWN | FADF_DISPATCH)) != 0;
    if (owns)
        memcpy(saved, element, sizeof saved);
    hr = copy_into_element(psa, element, pv);
    if (owns) {
        if (FAILED(hr)) {
            memcpy(element, saved, sizeof saved);
        } else {
            /* release what the element held before */
            char fresh[sizeof(void *)];
            memcpy(fresh, element, sizeof fresh);
            memcpy(element, saved, sizeof saved);
            release_element(psa, element);
            memcpy(element, fresh, sizeof fresh);
        }
    }
    return hr;
}
