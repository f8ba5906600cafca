/* GetModuleHandleEx: by name, by an address inside the module, and its errors. */
#include <windows.h>

#include <stdlib.h>

#include "w3test.h"

static int marker_function(void)
{
    return 42;
}

W3_TEST(module_from_an_address_in_the_program)
{
    HMODULE h = NULL;
    W3_REQUIRE(GetModuleHandleExA(GET_MODULE_HANDLE_EX_FLAG_FROM_ADDRESS |
                                      GET_MODULE_HANDLE_EX_FLAG_UNCHANGED_REFCOUNT,
                                  (LPCSTR)(void *)marker_function, &h));
    W3_CHECK(h == GetModuleHandleA(NULL));
    W3_CHECK_EQ(marker_function(), 42);
    char path[MAX_PATH];
    W3_CHECK(GetModuleFileNameA(h, path, sizeof path) > 0);
}

W3_TEST(module_by_name_null_is_the_program)
{
    HMODULE h = NULL;
    W3_REQUIRE(GetModuleHandleExW(GET_MODULE_HANDLE_EX_FLAG_UNCHANGED_REFCOUNT, NULL, &h));
    W3_CHECK(h == GetModuleHandleW(NULL));
}

W3_TEST(module_handle_ex_errors)
{
    HMODULE h = (HMODULE)1;
    void *heap = malloc(16);
    SetLastError(0);
    W3_CHECK(!GetModuleHandleExA(GET_MODULE_HANDLE_EX_FLAG_FROM_ADDRESS |
                                     GET_MODULE_HANDLE_EX_FLAG_UNCHANGED_REFCOUNT,
                                 (LPCSTR)heap, &h));
    W3_CHECK_EQ(GetLastError(), ERROR_MOD_NOT_FOUND);
    W3_CHECK(h == NULL);
    SetLastError(0);
    W3_CHECK(!GetModuleHandleExA(0, "w3t_no_such_module.dll", &h));
    W3_CHECK_EQ(GetLastError(), ERROR_MOD_NOT_FOUND);
    SetLastError(0);
    W3_CHECK(!GetModuleHandleExA(
        GET_MODULE_HANDLE_EX_FLAG_PIN | GET_MODULE_HANDLE_EX_FLAG_UNCHANGED_REFCOUNT, NULL, &h));
    W3_CHECK_EQ(GetLastError(), ERROR_INVALID_PARAMETER);
    SetLastError(0);
    W3_CHECK(!GetModuleHandleExA(0, NULL, NULL));
    W3_CHECK_EQ(GetLastError(), ERROR_INVALID_PARAMETER);
    free(heap);
}
