/* Modules: LoadLibrary, GetProcAddress, FreeLibrary, GetModuleHandle, GetModuleFileName,
 * DllMain notifications and the loader's own failure message. The test modules
 * (tests/compat/modules) sit next to this executable. */
#include <windows.h>

#include <stdio.h>
#include <string.h>

#include <w3compat.h>

#include "w3test.h"

typedef LONG (*count_fn)(void);
typedef HINSTANCE (*instance_fn)(void);
typedef LPVOID (*reserved_fn)(void);
typedef void (*watch_fn)(volatile LONG *);

#define DLLMAIN_MODULE "w3t_dllmain.dll"

typedef void (*any_fn)(void);

/* An export of h as the generic function type, which casts to any other. */
static any_fn must_find(HMODULE h, const char *name)
{
    any_fn f = (any_fn)GetProcAddress(h, name);
    W3_REQUIRE(f != NULL);
    return f;
}

W3_TEST(load_by_windows_name_finds_module_beside_the_program)
{
    HMODULE h = LoadLibraryA(DLLMAIN_MODULE);
    W3_REQUIRE(h != NULL);
    W3_CHECK(GetModuleHandleA(DLLMAIN_MODULE) == h);
    W3_CHECK(FreeLibrary(h));
}

W3_TEST(name_without_extension_gets_the_default_one)
{
    HMODULE a = LoadLibraryA(DLLMAIN_MODULE);
    HMODULE b = LoadLibraryA("w3t_dllmain");
    W3_REQUIRE(a != NULL);
    W3_CHECK(b == a);
    W3_CHECK(FreeLibrary(b));
    W3_CHECK(FreeLibrary(a));
}

W3_TEST(repeated_loads_share_one_module_and_count_references)
{
    volatile LONG detaches = 0;
    HMODULE a = LoadLibraryA(DLLMAIN_MODULE);
    HMODULE b = LoadLibraryA(DLLMAIN_MODULE);
    HMODULE w = LoadLibraryW(L"w3t_dllmain.dll");
    W3_REQUIRE(a != NULL);
    W3_CHECK(b == a);
    W3_CHECK(w == a);
    ((watch_fn)must_find(a, "w3t_watch_detach"))(&detaches);
    W3_CHECK_EQ_I(((count_fn)must_find(a, "w3t_attach_count"))(), 1);

    W3_CHECK(FreeLibrary(w));
    W3_CHECK(FreeLibrary(b));
    W3_CHECK_EQ_I(detaches, 0);
    W3_CHECK(GetModuleHandleA(DLLMAIN_MODULE) == a);

    W3_CHECK(FreeLibrary(a));
    W3_CHECK_EQ_I(detaches, 1);
    SetLastError(0);
    W3_CHECK(GetModuleHandleA(DLLMAIN_MODULE) == NULL);
    W3_CHECK_EQ(GetLastError(), ERROR_MOD_NOT_FOUND);
}

W3_TEST(dllmain_attach_receives_the_module_handle)
{
    HMODULE h = LoadLibraryA(DLLMAIN_MODULE);
    W3_REQUIRE(h != NULL);
    W3_CHECK(((instance_fn)must_find(h, "w3t_attach_instance"))() == (HINSTANCE)h);
    /* lpReserved is NULL for a dynamic load. */
    W3_CHECK(((reserved_fn)must_find(h, "w3t_attach_reserved"))() == NULL);
    W3_CHECK(FreeLibrary(h));
}

W3_TEST(reload_after_unload_attaches_again)
{
    volatile LONG detaches = 0;
    HMODULE h = LoadLibraryA(DLLMAIN_MODULE);
    W3_REQUIRE(h != NULL);
    ((watch_fn)must_find(h, "w3t_watch_detach"))(&detaches);
    W3_CHECK(FreeLibrary(h));
    W3_CHECK_EQ_I(detaches, 1);

    h = LoadLibraryA(DLLMAIN_MODULE);
    W3_REQUIRE(h != NULL);
    /* A fresh image: its data starts over. */
    W3_CHECK_EQ_I(((count_fn)must_find(h, "w3t_attach_count"))(), 1);
    W3_CHECK(FreeLibrary(h));
}

W3_TEST(dllmain_returning_false_fails_the_load)
{
    SetLastError(0);
    HMODULE h = LoadLibraryA("w3t_initfail.dll");
    W3_CHECK(h == NULL);
    W3_CHECK_EQ(GetLastError(), ERROR_DLL_INIT_FAILED);
    W3_CHECK(GetModuleHandleA("w3t_initfail.dll") == NULL);
    if (h)
        FreeLibrary(h);
}

W3_TEST(missing_module_is_mod_not_found_with_a_loader_message)
{
    SetLastError(0);
    W3_CHECK(LoadLibraryA("w3t_no_such_module.dll") == NULL);
    W3_CHECK_EQ(GetLastError(), ERROR_MOD_NOT_FOUND);
    const char *message = W3GetLastLoaderMessage();
    W3_REQUIRE(message != NULL);
    W3_CHECK(strlen(message) > 0);
    /* Reading the message leaves the error code alone. */
    W3_CHECK_EQ(GetLastError(), ERROR_MOD_NOT_FOUND);
#ifndef _WIN32
    /* dlerror names the file; Windows' system text does not. */
    W3_CHECK(strstr(message, "w3t_no_such_module") != NULL);
#endif
    SetLastError(0);
    W3_CHECK(LoadLibraryW(L"w3t_no_such_module.dll") == NULL);
    W3_CHECK_EQ(GetLastError(), ERROR_MOD_NOT_FOUND);
}

W3_TEST(file_that_is_not_a_module_is_bad_exe_format)
{
    char path[MAX_PATH + 32];
    DWORD len = GetTempPathA(MAX_PATH, path);
    W3_REQUIRE(len > 0 && len < MAX_PATH);
    snprintf(path + len, sizeof path - len, "w3t_garbage_%p.dll", (void *)&len);
    FILE *f = fopen(path, "wb");
    W3_REQUIRE(f != NULL);
    for (int i = 0; i < 64; i++)
        fputs("this is not an executable image\n", f);
    fclose(f);

    SetLastError(0);
    HMODULE h = LoadLibraryA(path);
    DWORD error = GetLastError();
    remove(path);
    W3_CHECK(h == NULL);
    W3_CHECK_EQ(error, ERROR_BAD_EXE_FORMAT);
}

W3_TEST(get_proc_address_finds_functions_and_data)
{
    HMODULE h = LoadLibraryA(DLLMAIN_MODULE);
    W3_REQUIRE(h != NULL);
    W3_CHECK(GetProcAddress(h, "w3t_attach_count") != NULL);
    int *value = (int *)(void *)GetProcAddress(h, "w3t_exported_value");
    W3_REQUIRE(value != NULL);
    W3_CHECK_EQ_I(*value, 42);
    W3_CHECK(FreeLibrary(h));
}

W3_TEST(get_proc_address_of_unknown_or_dependency_symbol_fails)
{
    HMODULE h = LoadLibraryA(DLLMAIN_MODULE);
    W3_REQUIRE(h != NULL);
    SetLastError(0);
    W3_CHECK(GetProcAddress(h, "w3t_no_such_export") == NULL);
    W3_CHECK_EQ(GetLastError(), ERROR_PROC_NOT_FOUND);
    W3_CHECK(strlen(W3GetLastLoaderMessage()) > 0);
    /* The C library's strlen is reachable from the module but not exported by it. */
    SetLastError(0);
    W3_CHECK(GetProcAddress(h, "strlen") == NULL);
    W3_CHECK_EQ(GetLastError(), ERROR_PROC_NOT_FOUND);
    W3_CHECK(FreeLibrary(h));
}

W3_TEST(module_file_name_is_a_full_path_that_loads_the_same_module)
{
    HMODULE h = LoadLibraryA(DLLMAIN_MODULE);
    W3_REQUIRE(h != NULL);
    char path[1024];
    DWORD len = GetModuleFileNameA(h, path, sizeof path);
    W3_REQUIRE(len > 0 && len < sizeof path);
    W3_CHECK_EQ(len, strlen(path));
    W3_CHECK(strstr(path, "w3t_dllmain") != NULL);
    W3_CHECK(strncmp(path, w3t_exe_dir(), strlen(w3t_exe_dir())) == 0);

    HMODULE again = LoadLibraryExA(path, NULL, LOAD_WITH_ALTERED_SEARCH_PATH);
    W3_CHECK(again == h);
    HMODULE plain = LoadLibraryExA(DLLMAIN_MODULE, NULL, 0);
    W3_CHECK(plain == h);
    if (again)
        FreeLibrary(again);
    if (plain)
        FreeLibrary(plain);
    W3_CHECK(FreeLibrary(h));
}

W3_TEST(module_file_name_truncates_as_windows_does)
{
    char full[1024];
    DWORD len = GetModuleFileNameA(NULL, full, sizeof full);
    W3_REQUIRE(len > 8 && len < sizeof full);

    char small[6];
    memset(small, 'x', sizeof small);
    SetLastError(0);
    W3_CHECK_EQ(GetModuleFileNameA(NULL, small, 5), 5);
    W3_CHECK_EQ(GetLastError(), ERROR_INSUFFICIENT_BUFFER);
    W3_CHECK_MEM(small, full, 4);
    W3_CHECK_EQ(small[5], 'x');
#ifndef _WIN32
    /* Windows since Vista terminates the truncated name within nSize; Wine keeps the XP
     * behaviour (nSize characters, no terminator), so only compat is held to it. */
    W3_CHECK_EQ(small[4], '\0');
#endif

    WCHAR wide[1024], wsmall[5];
    DWORD wlen = GetModuleFileNameW(NULL, wide, 1024);
    W3_CHECK_EQ(wlen, len);
    SetLastError(0);
    W3_CHECK_EQ(GetModuleFileNameW(NULL, wsmall, 5), 5);
    W3_CHECK_EQ(GetLastError(), ERROR_INSUFFICIENT_BUFFER);
#ifndef _WIN32
    W3_CHECK(wsmall[4] == 0); /* see above: Wine does not terminate */
#endif
    W3_CHECK(memcmp(wsmall, wide, 4 * sizeof(WCHAR)) == 0);
}

W3_TEST(module_handle_of_null_is_the_program)
{
    HMODULE self = GetModuleHandleA(NULL);
    W3_REQUIRE(self != NULL);
    W3_CHECK(GetModuleHandleW(NULL) == self);
    char a[1024], b[1024];
    W3_REQUIRE(GetModuleFileNameA(NULL, a, sizeof a) > 0);
    W3_REQUIRE(GetModuleFileNameA(self, b, sizeof b) > 0);
    W3_CHECK_STR(a, b);
    W3_CHECK(strstr(a, "compat_loader_test") != NULL);
    W3_CHECK(strncmp(a, w3t_exe_dir(), strlen(w3t_exe_dir())) == 0);
}
