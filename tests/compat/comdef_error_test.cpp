/* comdef.h's _com_error and _com_issue_error, and the _com_util string conversions. */
#include <windows.h>
#include <comdef.h>
#include <string.h>
#include <wchar.h>

#include "w3test.h"

W3_TEST(issue_error_throws_com_error_with_the_hresult)
{
    HRESULT caught = S_OK;
    try {
        _com_issue_error(E_OUTOFMEMORY);
    } catch (const _com_error &e) {
        caught = e.Error();
        W3_CHECK(e.ErrorInfo() == NULL);
        W3_CHECK(!e.Description());
    }
    W3_CHECK_EQ(caught, E_OUTOFMEMORY);
}

W3_TEST(failing_hresult_from_a_smart_call)
{
    _bstr_t message;
    HRESULT caught = S_OK;
    try {
        _variant_t bad(L"not a number");
        bad.ChangeType(VT_I4);
    } catch (_com_error &e) {
        caught = e.Error();
        _com_error copy(e);
        W3_CHECK_EQ(copy.Error(), DISP_E_TYPEMISMATCH);
        _com_error assigned(E_FAIL);
        assigned = copy;
        W3_CHECK_EQ(assigned.Error(), DISP_E_TYPEMISMATCH);
    }
    W3_CHECK_EQ(caught, DISP_E_TYPEMISMATCH);
}

W3_TEST(wcode_is_the_idispatch_error_number)
{
    W3_CHECK_EQ(_com_error((HRESULT)0x80040205).WCode(), 5);
    W3_CHECK_EQ(_com_error(E_FAIL).WCode(), 0);
    W3_CHECK_EQ(_com_error::WCodeToHRESULT(5), (HRESULT)0x80040205);
    W3_CHECK_EQ(_com_error::HRESULTToWCode((HRESULT)0x80040205), 5);
}

W3_TEST(error_message_without_system_text)
{
    _com_error unknown((HRESULT)0x87654321);
    W3_CHECK(lstrcmp(unknown.ErrorMessage(), TEXT("Unknown error 0x87654321")) == 0);
    _com_error dispatch((HRESULT)0x8004FFF0);
    W3_CHECK(lstrcmp(dispatch.ErrorMessage(), TEXT("IDispatch error #65008")) == 0);
    _com_error known(E_OUTOFMEMORY);
    W3_REQUIRE(known.ErrorMessage() != NULL);
    W3_CHECK(lstrlen(known.ErrorMessage()) > 0);
    W3_CHECK(known.ErrorMessage() == known.ErrorMessage());
}

W3_TEST(string_conversions)
{
    BSTR wide = _com_util::ConvertStringToBSTR("abc");
    W3_REQUIRE(wide != NULL);
    W3_CHECK_EQ(SysStringLen(wide), 3);
    W3_CHECK(wcscmp(wide, L"abc") == 0);
    char *narrow = _com_util::ConvertBSTRToString(wide);
    W3_REQUIRE(narrow != NULL);
    W3_CHECK_STR(narrow, "abc");
    delete[] narrow;
    SysFreeString(wide);
    W3_CHECK(_com_util::ConvertStringToBSTR(NULL) == NULL);
    W3_CHECK(_com_util::ConvertBSTRToString(NULL) == NULL);
}
