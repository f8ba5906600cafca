/* oleaut32's SAFEARRAY functions: creation, bounds, element access with ownership,
 * locking, and the DISP_E_BADINDEX / DISP_E_ARRAYISLOCKED errors. */
#include <windows.h>
#include <oleauto.h>
#include <wchar.h>

#include "w3test.h"

W3_TEST(create_keeps_bounds_in_creation_order)
{
    SAFEARRAYBOUND bounds[2] = {{3, 1}, {2, 0}};
    SAFEARRAY *sa = SafeArrayCreate(VT_I4, 2, bounds);
    W3_REQUIRE(sa != NULL);
    W3_CHECK_EQ(SafeArrayGetDim(sa), 2);
    W3_CHECK_EQ(SafeArrayGetElemsize(sa), 4);
    W3_CHECK_EQ(sa->cbElements, 4);
    /* Stored last dimension first. */
    W3_CHECK_EQ(sa->rgsabound[0].cElements, 2);
    W3_CHECK_EQ(sa->rgsabound[1].cElements, 3);
    LONG lower = -99, upper = -99;
    W3_CHECK_EQ(SafeArrayGetLBound(sa, 1, &lower), S_OK);
    W3_CHECK_EQ_I(lower, 1);
    W3_CHECK_EQ(SafeArrayGetUBound(sa, 1, &upper), S_OK);
    W3_CHECK_EQ_I(upper, 3);
    W3_CHECK_EQ(SafeArrayGetLBound(sa, 2, &lower), S_OK);
    W3_CHECK_EQ_I(lower, 0);
    W3_CHECK_EQ(SafeArrayGetUBound(sa, 2, &upper), S_OK);
    W3_CHECK_EQ_I(upper, 1);
    W3_CHECK_EQ(SafeArrayGetUBound(sa, 3, &upper), DISP_E_BADINDEX);
    W3_CHECK_EQ(SafeArrayGetLBound(sa, 0, &lower), DISP_E_BADINDEX);
    VARTYPE vt = 0;
    W3_CHECK_EQ(SafeArrayGetVartype(sa, &vt), S_OK);
    W3_CHECK_EQ(vt, VT_I4);
    W3_CHECK_EQ(SafeArrayDestroy(sa), S_OK);
}

W3_TEST(create_refuses_no_dimensions_and_typeless_elements)
{
    SAFEARRAYBOUND bound = {1, 0};
    W3_CHECK(SafeArrayCreate(VT_I4, 0, &bound) == NULL);
    W3_CHECK(SafeArrayCreateVector(VT_EMPTY, 0, 1) == NULL);
    W3_CHECK(SafeArrayCreateVector(VT_NULL, 0, 1) == NULL);
    SAFEARRAY *empty = SafeArrayCreateVector(VT_I4, 0, 0);
    W3_CHECK(empty != NULL);
    SafeArrayDestroy(empty);
    W3_CHECK_EQ(SafeArrayDestroy(NULL), S_OK);
}

W3_TEST(elements_by_index_and_bad_indexes)
{
    SAFEARRAYBOUND bounds[2] = {{3, 1}, {2, 0}};
    SAFEARRAY *sa = SafeArrayCreate(VT_I4, 2, bounds);
    W3_REQUIRE(sa != NULL);
    for (LONG j = 0; j <= 1; j++) {
        for (LONG i = 1; i <= 3; i++) {
            LONG index[2] = {i, j};
            LONG value = 10 * i + j;
            W3_CHECK_EQ(SafeArrayPutElement(sa, index, &value), S_OK);
        }
    }
    LONG index[2] = {2, 1}, value = 0;
    W3_CHECK_EQ(SafeArrayGetElement(sa, index, &value), S_OK);
    W3_CHECK_EQ_I(value, 21);
    /* The first index varies fastest in memory. */
    LONG *data = NULL;
    W3_CHECK_EQ(SafeArrayAccessData(sa, (void **)&data), S_OK);
    W3_CHECK_EQ_I(data[1], 20);
    W3_CHECK_EQ_I(data[3], 11);
    W3_CHECK_EQ(SafeArrayUnaccessData(sa), S_OK);

    LONG outside[][2] = {{0, 0}, {4, 0}, {1, 2}, {1, -1}};
    for (size_t k = 0; k < sizeof outside / sizeof outside[0]; k++) {
        W3_CHECK_EQ(SafeArrayGetElement(sa, outside[k], &value), DISP_E_BADINDEX);
        W3_CHECK_EQ(SafeArrayPutElement(sa, outside[k], &value), DISP_E_BADINDEX);
    }
    SafeArrayDestroy(sa);
}

W3_TEST(string_elements_are_copied_in_and_out)
{
    SAFEARRAY *sa = SafeArrayCreateVector(VT_BSTR, 5, 3);
    W3_REQUIRE(sa != NULL);
    W3_CHECK(sa->fFeatures & FADF_BSTR);
    W3_CHECK_EQ(sa->cbElements, sizeof(BSTR));
    W3_CHECK_EQ_I(sa->rgsabound[0].lLbound, 5);
    BSTR text = SysAllocString(L"x");
    LONG i = 6;
    W3_CHECK_EQ(SafeArrayPutElement(sa, &i, text), S_OK);
    SysFreeString(text);
    BSTR got = NULL;
    W3_CHECK_EQ(SafeArrayGetElement(sa, &i, &got), S_OK);
    W3_REQUIRE(got != NULL);
    W3_CHECK(wcscmp(got, L"x") == 0);
    SysFreeString(got);
    i = 8;
    W3_CHECK_EQ(SafeArrayGetElement(sa, &i, &got), DISP_E_BADINDEX);
    i = 4;
    W3_CHECK_EQ(SafeArrayGetElement(sa, &i, &got), DISP_E_BADINDEX);
    W3_CHECK_EQ(SafeArrayDestroy(sa), S_OK);
}

W3_TEST(variant_elements)
{
    SAFEARRAY *sa = SafeArrayCreateVector(VT_VARIANT, 0, 2);
    W3_REQUIRE(sa != NULL);
    W3_CHECK(sa->fFeatures & FADF_VARIANT);
    W3_CHECK_EQ(sa->cbElements, sizeof(VARIANT));
    VARIANT v, got;
    VariantInit(&v);
    V_VT(&v) = VT_BSTR;
    V_BSTR(&v) = SysAllocString(L"in");
    LONG i = 1;
    W3_CHECK_EQ(SafeArrayPutElement(sa, &i, &v), S_OK);
    VariantClear(&v);
    VariantInit(&got);
    W3_CHECK_EQ(SafeArrayGetElement(sa, &i, &got), S_OK);
    W3_CHECK_EQ(V_VT(&got), VT_BSTR);
    W3_CHECK(wcscmp(V_BSTR(&got), L"in") == 0);
    VariantClear(&got);
    SafeArrayDestroy(sa);
}

W3_TEST(locked_arrays_cannot_be_destroyed)
{
    SAFEARRAY *sa = SafeArrayCreateVector(VT_UI1, 0, 4);
    W3_REQUIRE(sa != NULL);
    void *data = NULL;
    W3_CHECK_EQ(SafeArrayAccessData(sa, &data), S_OK);
    W3_CHECK(data != NULL);
    W3_CHECK_EQ(sa->cLocks, 1);
    W3_CHECK_EQ(SafeArrayDestroy(sa), DISP_E_ARRAYISLOCKED);
    W3_CHECK_EQ(SafeArrayUnaccessData(sa), S_OK);
    W3_CHECK_EQ(SafeArrayUnaccessData(sa), E_UNEXPECTED);
    W3_CHECK_EQ(SafeArrayDestroy(sa), S_OK);
}

W3_TEST(variant_holding_an_array_copies_and_frees_it)
{
    VARIANT v, copy;
    VariantInit(&v);
    VariantInit(&copy);
    V_VT(&v) = VT_ARRAY | VT_I4;
    V_ARRAY(&v) = SafeArrayCreateVector(VT_I4, 0, 2);
    LONG i = 1, value = 99;
    SafeArrayPutElement(V_ARRAY(&v), &i, &value);
    W3_CHECK_EQ(VariantCopy(&copy, &v), S_OK);
    W3_CHECK(V_ARRAY(&copy) != V_ARRAY(&v));
    W3_CHECK_EQ(VariantClear(&v), S_OK);
    value = 0;
    W3_CHECK_EQ(SafeArrayGetElement(V_ARRAY(&copy), &i, &value), S_OK);
    W3_CHECK_EQ_I(value, 99);
    W3_CHECK_EQ(VariantClear(&copy), S_OK);
}
