/* oleaut32's VariantInit, VariantClear, VariantCopy and VariantCopyInd. */
#include <string.h>

#include "variant_internal.h"

/* The types oleaut32 accepts in a VARIANT: the base types up to VT_DECIMAL, VT_I1 to
 * VT_UINT and VT_RECORD, optionally by reference or as an array (neither for VT_EMPTY
 * or VT_NULL). */
HRESULT w3com_check_vartype(VARTYPE vt)
{
    VARTYPE base = vt & VT_TYPEMASK;
    VARTYPE extra = vt & (VARTYPE)~VT_TYPEMASK;
    if (extra & (VARTYPE) ~(VT_ARRAY | VT_BYREF))
        return DISP_E_BADVARTYPE;
    int known = base <= VT_DECIMAL || (base >= VT_I1 && base <= VT_UINT) || base == VT_RECORD;
    if (!known || (extra && base <= VT_NULL))
        return DISP_E_BADVARTYPE;
    return S_OK;
}

void WINAPI VariantInit(VARIANTARG *pvarg)
{
    V_VT(pvarg) = VT_EMPTY;
}

HRESULT WINAPI VariantClear(VARIANTARG *pvarg)
{
    HRESULT hr = w3com_check_vartype(V_VT(pvarg));
    if (FAILED(hr))
        return hr;
    if (!V_ISBYREF(pvarg)) {
        if (V_ISARRAY(pvarg)) {
            hr = SafeArrayDestroy(V_ARRAY(pvarg));
            if (FAILED(hr))
                return hr;
        } else if (V_VT(pvarg) == VT_BSTR) {
            SysFreeString(V_BSTR(pvarg));
        } else if (V_VT(pvarg) == VT_UNKNOWN || V_VT(pvarg) == VT_DISPATCH) {
            IUnknown *unknown = V_UNKNOWN(pvarg);
            if (unknown)
                unknown->lpVtbl->Release(unknown);
        }
    }
    V_VT(pvarg) = VT_EMPTY;
    return S_OK;
}

/* Fills dest (already cleared) with a copy of what src holds; nothing for VT_BYREF. */
static HRESULT copy_contents(VARIANTARG *dest, const VARIANTARG *src)
{
    *dest = *src;
    if (V_ISBYREF(src))
        return S_OK;
    if (V_ISARRAY(src)) {
        V_ARRAY(dest) = NULL;
        return V_ARRAY(src) ? SafeArrayCopy(V_ARRAY(src), &V_ARRAY(dest)) : S_OK;
    }
    if (V_VT(src) == VT_BSTR && V_BSTR(src)) {
        V_BSTR(dest) = SysAllocStringByteLen((LPCSTR)V_BSTR(src), SysStringByteLen(V_BSTR(src)));
        return V_BSTR(dest) ? S_OK : E_OUTOFMEMORY;
    }
    if ((V_VT(src) == VT_UNKNOWN || V_VT(src) == VT_DISPATCH) && V_UNKNOWN(src))
        V_UNKNOWN(src)->lpVtbl->AddRef(V_UNKNOWN(src));
    return S_OK;
}

HRESULT WINAPI VariantCopy(VARIANTARG *pvargDest, const VARIANTARG *pvargSrc)
{
    HRESULT hr = w3com_check_vartype(V_VT(pvargSrc));
    if (FAILED(hr))
        return hr;
    if (pvargDest == pvargSrc)
        return S_OK;
    hr = VariantClear(pvargDest);
    if (FAILED(hr))
        return hr;
    hr = copy_contents(pvargDest, pvargSrc);
    if (FAILED(hr))
        V_VT(pvargDest) = VT_EMPTY;
    return hr;
}

/* A copy of what src refers to, for a VT_BYREF source; otherwise as VariantCopy. */
HRESULT WINAPI VariantCopyInd(VARIANT *pvarDest, const VARIANTARG *pvargSrc)
{
    HRESULT hr = w3com_check_vartype(V_VT(pvargSrc));
    if (FAILED(hr))
        return hr;
    if (!V_ISBYREF(pvargSrc))
        return VariantCopy(pvarDest, pvargSrc);
    VARTYPE vt = V_VT(pvargSrc) & (VARTYPE)~VT_BYREF;
    const void *target = V_BYREF(pvargSrc);
    if (!target)
        return E_INVALIDARG;
    VARIANT value;
    if (vt == VT_VARIANT) {
        value = *(const VARIANT *)target;
        if (V_ISBYREF(&value))
            return E_INVALIDARG;
    } else {
        size_t size = 0;
        if (vt & VT_ARRAY)
            size = sizeof(SAFEARRAY *);
        else if (vt == VT_DECIMAL)
            size = sizeof(DECIMAL);
        else if (vt == VT_I1 || vt == VT_UI1)
            size = 1;
        else if (vt == VT_I2 || vt == VT_UI2 || vt == VT_BOOL)
            size = 2;
        else if (vt == VT_I4 || vt == VT_UI4 || vt == VT_INT || vt == VT_UINT || vt == VT_R4 ||
                 vt == VT_ERROR)
            size = 4;
        else if (vt == VT_BSTR || vt == VT_UNKNOWN || vt == VT_DISPATCH)
            size = sizeof(void *);
        else if (vt == VT_I8 || vt == VT_UI8 || vt == VT_R8 || vt == VT_CY || vt == VT_DATE)
            size = 8;
        else
            return DISP_E_BADVARTYPE;
        memset(&value, 0, sizeof value);
        if (vt == VT_DECIMAL)
            memcpy(&V_DECIMAL(&value), target, size);
        else
            memcpy(&V_BYREF(&value), target, size);
        V_VT(&value) = vt;
    }
    VARIANT copy;
    hr = copy_contents(&copy, &value);
    if (FAILED(hr))
        return hr;
    hr = VariantClear(pvarDest);
    if (FAILED(hr)) {
        VariantClear(&copy);
        return hr;
    }
    *pvarDest = copy;
    return S_OK;
}
