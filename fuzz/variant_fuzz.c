/* Fuzz target: OLE Automation values (oleauto.h): VariantChangeType between the types
 * the configuration system uses, and BSTR allocation. Runs against compat's oleaut on
 * POSIX and against the system's oleaut32 under Wine.
 *
 *   byte 0: the source type, byte 1: the destination type (indexes into `types`),
 *   byte 2: VariantChangeType's flags, the rest: the source value (a number's bytes, or
 *   a string's characters, one byte each).
 *
 * Invariants besides memory safety: a conversion that succeeds gives the type asked
 * for; one that fails says why with one of the documented HRESULTs; a BSTR keeps the
 * length it was given. */
#include <windows.h>
#include <oleauto.h>

#include <string.h>

#include "fuzz_target.h"

static const VARTYPE types[] = {VT_EMPTY, VT_NULL, VT_BSTR, VT_BOOL, VT_I1,   VT_I2,
                                VT_I4,    VT_I8,   VT_UI1,  VT_UI2,  VT_UI4,  VT_UI8,
                                VT_INT,   VT_UINT, VT_R4,   VT_R8,   VT_ERROR};
#define TYPE_COUNT (sizeof types / sizeof types[0])

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    return 0;
}

/* The source value: a string of the payload's bytes, or the number they spell. */
static void make_source(VARIANT *v, VARTYPE vt, const uint8_t *data, size_t size)
{
    VariantInit(v);
    V_VT(v) = vt;
    if (vt == VT_BSTR) {
        V_BSTR(v) = SysAllocStringLen(NULL, (UINT)size);
        if (V_BSTR(v) == NULL) {
            V_VT(v) = VT_EMPTY;
            return;
        }
        for (size_t i = 0; i < size; i++)
            V_BSTR(v)[i] = (WCHAR)data[i];
        return;
    }
    unsigned char bytes[8] = {0};
    memcpy(bytes, data, size < sizeof bytes ? size : sizeof bytes);
    switch (vt) {
    case VT_BOOL:
        V_BOOL(v) = bytes[0] & 1 ? VARIANT_TRUE : VARIANT_FALSE;
        break;
    case VT_R4:
        memcpy(&V_R4(v), bytes, sizeof V_R4(v));
        break;
    case VT_R8:
        memcpy(&V_R8(v), bytes, sizeof V_R8(v));
        break;
    case VT_EMPTY:
    case VT_NULL:
        break;
    default: /* the integers share the union's first bytes */
        memcpy(&V_I8(v), bytes, sizeof V_I8(v));
        break;
    }
}

static int documented_failure(HRESULT hr)
{
    return hr == DISP_E_TYPEMISMATCH || hr == DISP_E_OVERFLOW || hr == DISP_E_BADVARTYPE ||
           hr == E_INVALIDARG || hr == E_OUTOFMEMORY;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 3)
        return 0;
    VARTYPE from = types[data[0] % TYPE_COUNT], to = types[data[1] % TYPE_COUNT];
    USHORT flags = (USHORT)(data[2] & (VARIANT_NOVALUEPROP | VARIANT_ALPHABOOL));
    VARIANT src, dst;
    make_source(&src, from, data + 3, size - 3);
    VariantInit(&dst);
    HRESULT hr = VariantChangeType(&dst, &src, flags, to);
    if (SUCCEEDED(hr) && V_VT(&dst) != to)
        fuzz_fail("VariantChangeType succeeded with another type than the one asked for");
    if (FAILED(hr) && !documented_failure(hr))
        fuzz_fail("VariantChangeType failed with an undocumented HRESULT");
    if (V_VT(&dst) == VT_BSTR && V_BSTR(&dst) != NULL &&
        SysStringByteLen(V_BSTR(&dst)) != SysStringLen(V_BSTR(&dst)) * sizeof(WCHAR))
        fuzz_fail("a converted BSTR's byte length is not its length in characters");

    VARIANT copy;
    VariantInit(&copy);
    if (SUCCEEDED(VariantCopy(&copy, &src)) && V_VT(&copy) != V_VT(&src))
        fuzz_fail("VariantCopy changed the type");
    if (VariantClear(&copy) != S_OK || VariantClear(&dst) != S_OK || VariantClear(&src) != S_OK)
        fuzz_fail("VariantClear failed on a variant it made");

    BSTR bytes = SysAllocStringByteLen((LPCSTR)data, (UINT)size);
    if (bytes != NULL && SysStringByteLen(bytes) != size)
        fuzz_fail("SysAllocStringByteLen did not keep the byte length");
    SysFreeString(bytes);
    return 0;
}
