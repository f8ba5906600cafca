/* Base types and macros: sizes and values a Win32 program relies on. */
#include <windows.h>
#include <initguid.h>

#include "w3test.h"

DEFINE_GUID(W3TEST_GUID, 0x12345678, 0x9abc, 0xdef0, 0x01, 0x23, 0x45, 0x67, 0x89, 0xab, 0xcd,
            0xef);

W3_TEST(integer_types_have_windows_widths)
{
    W3_CHECK_EQ(sizeof(BYTE), 1);
    W3_CHECK_EQ(sizeof(WORD), 2);
    W3_CHECK_EQ(sizeof(DWORD), 4);
    W3_CHECK_EQ(sizeof(LONG), 4);
    W3_CHECK_EQ(sizeof(ULONG), 4);
    W3_CHECK_EQ(sizeof(BOOL), 4);
    W3_CHECK_EQ(sizeof(LONGLONG), 8);
    W3_CHECK_EQ(sizeof(DWORD64), 8);
    W3_CHECK_EQ(sizeof(HRESULT), 4);
}

W3_TEST(pointer_sized_types_follow_the_pointer)
{
    W3_CHECK_EQ(sizeof(ULONG_PTR), sizeof(void *));
    W3_CHECK_EQ(sizeof(DWORD_PTR), sizeof(void *));
    W3_CHECK_EQ(sizeof(SIZE_T), sizeof(void *));
    W3_CHECK_EQ(sizeof(LONG_PTR), sizeof(void *));
    W3_CHECK_EQ(sizeof(HANDLE), sizeof(void *));
    W3_CHECK_EQ(sizeof(HMODULE), sizeof(void *));
}

W3_TEST(signedness_matches_windows)
{
    LONG l = -1;
    DWORD d = (DWORD)-1;
    W3_CHECK(l < 0);
    W3_CHECK(d > 0);
    W3_CHECK_EQ(d, 0xFFFFFFFFu);
    W3_CHECK(((ULONG_PTR)-1) > 0);
    W3_CHECK(((LONG_PTR)-1) < 0);
}

W3_TEST(large_integer_halves_alias_the_quad)
{
    LARGE_INTEGER li;
    ULARGE_INTEGER uli;
    li.QuadPart = 0x123456789LL;
    W3_CHECK_EQ(li.LowPart, 0x23456789u);
    W3_CHECK_EQ_I(li.HighPart, 1);
    W3_CHECK_EQ(li.u.LowPart, 0x23456789u);
    li.QuadPart = -2;
    W3_CHECK_EQ_I(li.HighPart, -1);
    uli.QuadPart = 0xFFFFFFFF00000001ull;
    W3_CHECK_EQ(uli.HighPart, 0xFFFFFFFFu);
    W3_CHECK_EQ(uli.LowPart, 1);
    W3_CHECK_EQ(sizeof(LARGE_INTEGER), 8);
}

W3_TEST(struct_layouts_match_windows)
{
    W3_CHECK_EQ(sizeof(FILETIME), 8);
    W3_CHECK_EQ(sizeof(SYSTEMTIME), 16);
    W3_CHECK_EQ(offsetof(SYSTEMTIME, wDay), 6);
    W3_CHECK_EQ(offsetof(SYSTEMTIME, wMilliseconds), 14);
    W3_CHECK_EQ(sizeof(GUID), 16);
    W3_CHECK_EQ(offsetof(GUID, Data4), 8);
    W3_CHECK_EQ(offsetof(OVERLAPPED, hEvent), 2 * sizeof(ULONG_PTR) + sizeof(void *));
    W3_CHECK_EQ(offsetof(SECURITY_ATTRIBUTES, lpSecurityDescriptor), sizeof(void *));
}

W3_TEST(makelong_loword_hiword)
{
    W3_CHECK_EQ((DWORD)MAKELONG(0x1234, 0xABCD), 0xABCD1234u);
    W3_CHECK_EQ(LOWORD(0xABCD1234u), 0x1234);
    W3_CHECK_EQ(HIWORD(0xABCD1234u), 0xABCD);
    W3_CHECK_EQ(MAKEWORD(0x34, 0x12), 0x1234);
    W3_CHECK_EQ(LOBYTE(0x1234), 0x34);
    W3_CHECK_EQ(HIBYTE(0x1234), 0x12);
    /* httpfilt.h's revision constant is built this way. */
    W3_CHECK_EQ((DWORD)MAKELONG(0, 6), 0x00060000u);
}

W3_TEST(hresult_from_win32_maps_codes_into_facility_win32)
{
    W3_CHECK_EQ((DWORD)HRESULT_FROM_WIN32(ERROR_ACCESS_DENIED), 0x80070005u);
    W3_CHECK_EQ((DWORD)HRESULT_FROM_WIN32(ERROR_INSUFFICIENT_BUFFER), 0x8007007Au);
    W3_CHECK_EQ((DWORD)HRESULT_FROM_WIN32(ERROR_SUCCESS), 0u);
    W3_CHECK_EQ(HRESULT_FROM_WIN32(ERROR_NOT_ENOUGH_MEMORY), HRESULT_FROM_WIN32(8));
    /* Already an HRESULT (negative): passed through unchanged. */
    W3_CHECK_EQ((DWORD)HRESULT_FROM_WIN32((DWORD)E_FAIL), (DWORD)E_FAIL);
}

W3_TEST(hresult_parts_and_tests)
{
    HRESULT hr = MAKE_HRESULT(SEVERITY_ERROR, FACILITY_WIN32, ERROR_MOD_NOT_FOUND);
    W3_CHECK(FAILED(hr));
    W3_CHECK(!SUCCEEDED(hr));
    W3_CHECK_EQ(HRESULT_CODE(hr), ERROR_MOD_NOT_FOUND);
    W3_CHECK_EQ(HRESULT_FACILITY(hr), FACILITY_WIN32);
    W3_CHECK_EQ(HRESULT_SEVERITY(hr), 1);
    W3_CHECK(SUCCEEDED(S_OK));
    W3_CHECK(SUCCEEDED(S_FALSE));
    W3_CHECK(FAILED(E_OUTOFMEMORY));
    W3_CHECK(IS_ERROR(E_INVALIDARG));
}

W3_TEST(common_hresult_values)
{
    W3_CHECK_EQ((DWORD)E_NOTIMPL, 0x80004001u);
    W3_CHECK_EQ((DWORD)E_NOINTERFACE, 0x80004002u);
    W3_CHECK_EQ((DWORD)E_POINTER, 0x80004003u);
    W3_CHECK_EQ((DWORD)E_FAIL, 0x80004005u);
    W3_CHECK_EQ((DWORD)E_OUTOFMEMORY, 0x8007000Eu);
    W3_CHECK_EQ((DWORD)E_INVALIDARG, 0x80070057u);
    W3_CHECK_EQ((DWORD)E_ACCESSDENIED, 0x80070005u);
    W3_CHECK_EQ((DWORD)E_UNEXPECTED, 0x8000FFFFu);
}

W3_TEST(win32_error_values)
{
    W3_CHECK_EQ(ERROR_FILE_NOT_FOUND, 2);
    W3_CHECK_EQ(ERROR_INVALID_HANDLE, 6);
    W3_CHECK_EQ(ERROR_NOT_ENOUGH_MEMORY, 8);
    W3_CHECK_EQ(ERROR_INVALID_PARAMETER, 87);
    W3_CHECK_EQ(ERROR_INSUFFICIENT_BUFFER, 122);
    W3_CHECK_EQ(ERROR_MOD_NOT_FOUND, 126);
    W3_CHECK_EQ(ERROR_PROC_NOT_FOUND, 127);
    W3_CHECK_EQ(ERROR_INVALID_ADDRESS, 487);
    W3_CHECK_EQ(ERROR_INVALID_INDEX, 1413);
    W3_CHECK_EQ(ERROR_TIMEOUT, 1460);
    W3_CHECK_EQ(WAIT_TIMEOUT, 258);
}

W3_TEST(last_error_round_trips)
{
    SetLastError(ERROR_INVALID_INDEX);
    W3_CHECK_EQ(GetLastError(), ERROR_INVALID_INDEX);
    SetLastError(0);
    W3_CHECK_EQ(GetLastError(), 0);
    SetLastError(0xE0000001u);
    W3_CHECK_EQ(GetLastError(), 0xE0000001u);
}

W3_TEST(close_handle_rejects_invalid_handles)
{
    SetLastError(0);
    W3_CHECK(!CloseHandle(NULL));
    W3_CHECK_EQ(GetLastError(), ERROR_INVALID_HANDLE);
    SetLastError(0);
    W3_CHECK(!CloseHandle((HANDLE)(ULONG_PTR)0x7FFF0));
    W3_CHECK_EQ(GetLastError(), ERROR_INVALID_HANDLE);
}

W3_TEST(define_guid_with_initguid_defines_the_value)
{
    static const GUID expected = {
        0x12345678, 0x9abc, 0xdef0, {0x01, 0x23, 0x45, 0x67, 0x89, 0xab, 0xcd, 0xef}};
    GUID other = expected;
    W3_CHECK(IsEqualGUID(&W3TEST_GUID, &expected));
    other.Data4[7] = 0;
    W3_CHECK(!IsEqualGUID(&W3TEST_GUID, &other));
    W3_CHECK_EQ(W3TEST_GUID.Data1, 0x12345678u);
}

W3_TEST(text_and_misc_macros)
{
    static const char narrow[] = TEXT("abc");
    static const WCHAR wide[] = L"abc";
    int counts[7];
    W3_CHECK_EQ(sizeof narrow, 4);
    W3_CHECK_EQ(sizeof wide / sizeof(WCHAR), 4);
    W3_CHECK_EQ(ARRAYSIZE(counts), 7);
    W3_CHECK_EQ(MAX_PATH, 260);
    W3_CHECK_EQ(INFINITE, 0xFFFFFFFFu);
    W3_CHECK(INVALID_HANDLE_VALUE == (HANDLE)(LONG_PTR)-1);
    W3_CHECK_EQ(FIELD_OFFSET(SYSTEMTIME, wHour), 8);
}

struct outer_record {
    int before;
    LIST_ENTRY link;
};

W3_TEST(containing_record_recovers_the_outer_struct)
{
    struct outer_record r;
    LIST_ENTRY *entry = &r.link;
    W3_CHECK(CONTAINING_RECORD(entry, struct outer_record, link) == &r);
}

W3_TEST(unreferenced_parameter_compiles_away)
{
    int unused = 5;
    UNREFERENCED_PARAMETER(unused);
    W3_CHECK(TRUE == 1 && FALSE == 0);
}
