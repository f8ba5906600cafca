/* The registry API (advapi32's Reg* functions). Every case works below its own key
 * HKEY_CURRENT_USER\Software\w3compat-test\<case>-<pid> and deletes it at the end. Under
 * Wine the prefix's real registry answers; natively the registry is a fresh directory
 * of .reg files (posix/registry_files_test.c covers the files themselves). */
#ifndef _WIN32
#define _GNU_SOURCE /* mkdtemp */
#endif
#include <windows.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "w3test.h"

#ifndef _WIN32
#include <unistd.h>
#include <w3compat.h>
#endif

#define TEST_PARENT "Software\\w3compat-test"

static char key_path[128];
#ifndef _WIN32
static char directory[256];
#endif

/* A fresh key for the case, opened with all access. */
static HKEY open_case_key(const char *name)
{
#ifndef _WIN32
    snprintf(directory, sizeof directory, "%sregistry-%s-XXXXXX", w3t_exe_dir(), name);
    W3_REQUIRE(mkdtemp(directory) != NULL);
    W3RegistrySetPath(directory);
#endif
    snprintf(key_path, sizeof key_path, TEST_PARENT "\\%s-%lu", name,
             (unsigned long)GetCurrentProcessId());
    RegDeleteTreeA(HKEY_CURRENT_USER, key_path);
    HKEY key;
    DWORD disposition = 0;
    W3_REQUIRE(RegCreateKeyExA(HKEY_CURRENT_USER, key_path, 0, NULL, 0, KEY_ALL_ACCESS, NULL, &key,
                               &disposition) == ERROR_SUCCESS);
    W3_CHECK_EQ(disposition, REG_CREATED_NEW_KEY);
    return key;
}

static void close_case_key(HKEY key)
{
    W3_CHECK_EQ(RegCloseKey(key), ERROR_SUCCESS);
    W3_CHECK_EQ(RegDeleteTreeA(HKEY_CURRENT_USER, key_path), ERROR_SUCCESS);
    RegDeleteKeyA(HKEY_CURRENT_USER, TEST_PARENT); /* fails while other cases use it */
#ifndef _WIN32
    char path[512];
    snprintf(path, sizeof path, "%s/w3compat-changes.reg", directory);
    unlink(path);
    snprintf(path, sizeof path, "%s/.w3compat-changes.lock", directory);
    unlink(path);
    rmdir(directory);
    W3RegistrySetPath(NULL);
#endif
}

W3_TEST(create_key_reports_whether_it_was_new)
{
    HKEY root = open_case_key("create"), key;
    DWORD disposition = 0;
    W3_CHECK_EQ(
        RegCreateKeyExA(root, "a\\b\\c", 0, NULL, 0, KEY_ALL_ACCESS, NULL, &key, &disposition),
        ERROR_SUCCESS);
    W3_CHECK_EQ(disposition, REG_CREATED_NEW_KEY);
    RegCloseKey(key);
    /* Names are case-insensitive; intermediate keys were created on the way. */
    W3_CHECK_EQ(RegCreateKeyExA(root, "A\\B", 0, NULL, 0, KEY_READ | KEY_WOW64_64KEY, NULL, &key,
                                &disposition),
                ERROR_SUCCESS);
    W3_CHECK_EQ(disposition, REG_OPENED_EXISTING_KEY);
    RegCloseKey(key);
    W3_CHECK_EQ(
        RegCreateKeyExA(root, "trailing\\", 0, NULL, 0, KEY_ALL_ACCESS, NULL, &key, &disposition),
        ERROR_SUCCESS);
    W3_CHECK_EQ(disposition, REG_CREATED_NEW_KEY);
    RegCloseKey(key);
    W3_CHECK_EQ(RegCreateKeyExA(root, "\\leading", 0, NULL, 0, KEY_ALL_ACCESS, NULL, &key, NULL),
                ERROR_BAD_PATHNAME);
    W3_CHECK_EQ(RegCreateKeyA(root, "old-style", &key), ERROR_SUCCESS);
    RegCloseKey(key);
    W3_CHECK_EQ(RegOpenKeyExA(root, "OLD-STYLE", 0, KEY_READ, &key), ERROR_SUCCESS);
    RegCloseKey(key);
    close_case_key(root);
}

W3_TEST(open_key_errors)
{
    HKEY root = open_case_key("open"), key;
    W3_CHECK_EQ(RegOpenKeyExA(root, "missing", 0, KEY_READ, &key), ERROR_FILE_NOT_FOUND);
    W3_CHECK_EQ(RegOpenKeyExA(HKEY_CURRENT_USER, "\\Software", 0, KEY_READ, &key),
                ERROR_BAD_PATHNAME);
    W3_CHECK_EQ(RegOpenKeyExA(NULL, "Software", 0, KEY_READ, &key), ERROR_INVALID_HANDLE);
    W3_CHECK_EQ(RegOpenKeyExA((HKEY)(ULONG_PTR)0x1234, "x", 0, KEY_READ, &key),
                ERROR_INVALID_HANDLE);
    /* A NULL or empty subkey opens a new handle to the same key. */
    W3_CHECK_EQ(RegOpenKeyExA(root, NULL, 0, KEY_READ, &key), ERROR_SUCCESS);
    W3_CHECK(key != root);
    W3_CHECK_EQ(RegCloseKey(key), ERROR_SUCCESS);
    /* RegOpenKey gives back the handle it was passed. */
    W3_CHECK_EQ(RegOpenKeyA(root, NULL, &key), ERROR_SUCCESS);
    W3_CHECK(key == root);
    W3_CHECK_EQ(RegOpenKeyA(HKEY_CURRENT_USER, "", &key), ERROR_SUCCESS);
    W3_CHECK(key == HKEY_CURRENT_USER);
    close_case_key(root);
}

W3_TEST(close_key_validates_the_handle)
{
    HKEY root = open_case_key("close"), key;
    W3_REQUIRE(RegOpenKeyExA(root, NULL, 0, KEY_READ, &key) == ERROR_SUCCESS);
    W3_CHECK_EQ(RegCloseKey(key), ERROR_SUCCESS);
    W3_CHECK_EQ(RegCloseKey(key), ERROR_INVALID_HANDLE);
    W3_CHECK_EQ(RegCloseKey(NULL), ERROR_INVALID_HANDLE);
    W3_CHECK_EQ(RegCloseKey(HKEY_CURRENT_USER), ERROR_SUCCESS);
    W3_CHECK_EQ(RegCloseKey(HKEY_LOCAL_MACHINE), ERROR_SUCCESS);
    W3_CHECK_EQ(RegFlushKey(root), ERROR_SUCCESS);
    W3_CHECK_EQ(RegFlushKey((HKEY)(ULONG_PTR)0x1234), ERROR_INVALID_HANDLE);
    close_case_key(root);
}

W3_TEST(string_value_sizes_count_the_terminator)
{
    HKEY root = open_case_key("string");
    W3_CHECK_EQ(RegSetValueExA(root, "s", 0, REG_SZ, (const BYTE *)"abc", 4), ERROR_SUCCESS);
    DWORD type = 0, cb = 0;
    W3_CHECK_EQ(RegQueryValueExA(root, "s", NULL, &type, NULL, &cb), ERROR_SUCCESS);
    W3_CHECK_EQ(type, REG_SZ);
    W3_CHECK_EQ(cb, 4);
    char buf[16] = "zzzzzzzz";
    cb = sizeof buf;
    W3_CHECK_EQ(RegQueryValueExA(root, "S", NULL, &type, (BYTE *)buf, &cb), ERROR_SUCCESS);
    W3_CHECK_EQ(cb, 4);
    W3_CHECK_STR(buf, "abc");
    /* The W function reports the size of its own form of the text. */
    WCHAR wide[16];
    cb = 0;
    W3_CHECK_EQ(RegQueryValueExW(root, L"s", NULL, &type, NULL, &cb), ERROR_SUCCESS);
    W3_CHECK_EQ(cb, 4 * sizeof(WCHAR));
    cb = sizeof wide;
    W3_CHECK_EQ(RegQueryValueExW(root, L"s", NULL, &type, (BYTE *)wide, &cb), ERROR_SUCCESS);
    W3_CHECK_EQ(cb, 4 * sizeof(WCHAR));
    W3_CHECK(wcscmp(wide, L"abc") == 0);
    close_case_key(root);
}

W3_TEST(query_value_too_small_buffer_is_more_data_with_the_size)
{
    HKEY root = open_case_key("moredata");
    W3_REQUIRE(RegSetValueExA(root, "s", 0, REG_SZ, (const BYTE *)"abc", 4) == ERROR_SUCCESS);
    char buf[16];
    DWORD type = 99, cb = 2;
    W3_CHECK_EQ(RegQueryValueExA(root, "s", NULL, &type, (BYTE *)buf, &cb), ERROR_MORE_DATA);
    W3_CHECK_EQ(cb, 4);
    W3_CHECK_EQ(type, REG_SZ);
    WCHAR wide[16];
    cb = 2;
    W3_CHECK_EQ(RegQueryValueExW(root, L"s", NULL, &type, (BYTE *)wide, &cb), ERROR_MORE_DATA);
    W3_CHECK_EQ(cb, 4 * sizeof(WCHAR));
    close_case_key(root);
}

W3_TEST(query_value_errors)
{
    HKEY root = open_case_key("queryerr");
    W3_REQUIRE(RegSetValueExA(root, "s", 0, REG_SZ, (const BYTE *)"abc", 4) == ERROR_SUCCESS);
    char buf[16];
    DWORD type, cb = sizeof buf, reserved = 0;
    W3_CHECK_EQ(RegQueryValueExA(root, "s", NULL, &type, (BYTE *)buf, NULL),
                ERROR_INVALID_PARAMETER);
    W3_CHECK_EQ(RegQueryValueExA(root, "s", &reserved, &type, (BYTE *)buf, &cb),
                ERROR_INVALID_PARAMETER);
    W3_CHECK_EQ(RegQueryValueExA(root, "missing", NULL, &type, NULL, &cb), ERROR_FILE_NOT_FOUND);
    /* A key's default value does not exist until it is set. */
    W3_CHECK_EQ(RegQueryValueExA(root, NULL, NULL, &type, NULL, &cb), ERROR_FILE_NOT_FOUND);
    W3_CHECK_EQ(RegQueryValueExA(root, "", NULL, &type, NULL, &cb), ERROR_FILE_NOT_FOUND);
    W3_CHECK_EQ(RegSetValueExA(root, NULL, 0, REG_SZ, (const BYTE *)"dflt", 5), ERROR_SUCCESS);
    cb = sizeof buf;
    W3_CHECK_EQ(RegQueryValueExA(root, "", NULL, &type, (BYTE *)buf, &cb), ERROR_SUCCESS);
    W3_CHECK_STR(buf, "dflt");
    W3_CHECK_EQ(RegQueryValueExA((HKEY)(ULONG_PTR)0x1234, "s", NULL, &type, NULL, &cb),
                ERROR_INVALID_HANDLE);
    W3_CHECK_EQ(RegSetValueExA(root, "bad", 0, REG_BINARY, NULL, 4), ERROR_NOACCESS);
    W3_CHECK_EQ(RegDeleteValueA(root, "missing"), ERROR_FILE_NOT_FOUND);
    W3_CHECK_EQ(RegDeleteValueA(root, "s"), ERROR_SUCCESS);
    W3_CHECK_EQ(RegQueryValueExA(root, "s", NULL, &type, NULL, &cb), ERROR_FILE_NOT_FOUND);
    close_case_key(root);
}

W3_TEST(values_of_every_type_round_trip)
{
    HKEY root = open_case_key("types");
    const BYTE dword[4] = {0x2a, 0, 0, 0};
    const BYTE qword[8] = {1, 2, 3, 4, 5, 6, 7, 8};
    const BYTE binary[3] = {0xde, 0xad, 0x00};
    W3_CHECK_EQ(RegSetValueExA(root, "d", 0, REG_DWORD, dword, 4), ERROR_SUCCESS);
    W3_CHECK_EQ(RegSetValueExA(root, "q", 0, REG_QWORD, qword, 8), ERROR_SUCCESS);
    W3_CHECK_EQ(RegSetValueExA(root, "b", 0, REG_BINARY, binary, 3), ERROR_SUCCESS);
    W3_CHECK_EQ(RegSetValueExA(root, "n", 0, REG_NONE, NULL, 0), ERROR_SUCCESS);
    W3_CHECK_EQ(RegSetValueExA(root, "m", 0, REG_MULTI_SZ, (const BYTE *)"a\0bc\0", 6),
                ERROR_SUCCESS);
    W3_CHECK_EQ(RegSetValueExA(root, "e", 0, REG_EXPAND_SZ, (const BYTE *)"%X%\\y", 6),
                ERROR_SUCCESS);
    BYTE buf[32];
    DWORD type, cb = sizeof buf;
    W3_CHECK_EQ(RegQueryValueExA(root, "d", NULL, &type, buf, &cb), ERROR_SUCCESS);
    W3_CHECK_EQ(type, REG_DWORD);
    W3_CHECK_EQ(cb, 4);
    W3_CHECK_EQ(*(DWORD *)buf, 42);
    cb = sizeof buf;
    W3_CHECK_EQ(RegQueryValueExA(root, "q", NULL, &type, buf, &cb), ERROR_SUCCESS);
    W3_CHECK_EQ(type, REG_QWORD);
    W3_CHECK_EQ(cb, 8);
    W3_CHECK_MEM(buf, qword, 8);
    cb = sizeof buf;
    W3_CHECK_EQ(RegQueryValueExW(root, L"b", NULL, &type, buf, &cb), ERROR_SUCCESS);
    W3_CHECK_EQ(type, REG_BINARY);
    W3_CHECK_EQ(cb, 3); /* binary data is the same bytes for A and W callers */
    W3_CHECK_MEM(buf, binary, 3);
    cb = sizeof buf;
    W3_CHECK_EQ(RegQueryValueExA(root, "n", NULL, &type, buf, &cb), ERROR_SUCCESS);
    W3_CHECK_EQ(type, REG_NONE);
    W3_CHECK_EQ(cb, 0);
    cb = sizeof buf;
    W3_CHECK_EQ(RegQueryValueExA(root, "m", NULL, &type, buf, &cb), ERROR_SUCCESS);
    W3_CHECK_EQ(type, REG_MULTI_SZ);
    W3_CHECK_EQ(cb, 6);
    W3_CHECK_MEM(buf, "a\0bc\0", 6);
    WCHAR wide[16];
    cb = sizeof wide;
    W3_CHECK_EQ(RegQueryValueExW(root, L"m", NULL, &type, (BYTE *)wide, &cb), ERROR_SUCCESS);
    W3_CHECK_EQ(cb, 6 * sizeof(WCHAR));
    W3_CHECK_MEM(wide, L"a\0bc\0", 6 * sizeof(WCHAR));
    cb = sizeof buf;
    W3_CHECK_EQ(RegQueryValueExA(root, "e", NULL, &type, buf, &cb), ERROR_SUCCESS);
    W3_CHECK_EQ(type, REG_EXPAND_SZ); /* RegQueryValueEx never expands */
    W3_CHECK_STR((char *)buf, "%X%\\y");
    close_case_key(root);
}

W3_TEST(wide_functions_take_and_give_wchar_text)
{
    HKEY root = open_case_key("wide"), key;
    DWORD disposition;
    W3_REQUIRE(RegCreateKeyExW(root, L"K\u00e9y", 0, NULL, 0, KEY_ALL_ACCESS, NULL, &key,
                               &disposition) == ERROR_SUCCESS);
    W3_CHECK_EQ(disposition, REG_CREATED_NEW_KEY);
    const WCHAR text[] = L"caf\u00e9";
    W3_CHECK_EQ(RegSetValueExW(key, L"N\u00e4me", 0, REG_SZ, (const BYTE *)text, sizeof text),
                ERROR_SUCCESS);
    WCHAR out[16];
    DWORD type, cb = sizeof out;
    W3_CHECK_EQ(RegQueryValueExW(key, L"N\u00c4ME", NULL, &type, (BYTE *)out, &cb),
                ERROR_SUCCESS); /* case-insensitive beyond ASCII */
    W3_CHECK_EQ(cb, sizeof text);
    W3_CHECK(wcscmp(out, text) == 0);
    WCHAR name[16];
    DWORD cch = 16;
    cb = sizeof out;
    W3_CHECK_EQ(RegEnumValueW(key, 0, name, &cch, NULL, &type, (BYTE *)out, &cb), ERROR_SUCCESS);
    W3_CHECK_EQ(cch, 4);
    W3_CHECK(wcscmp(name, L"N\u00e4me") == 0);
    W3_CHECK_EQ(cb, sizeof text);
    cch = 16;
    W3_CHECK_EQ(RegEnumKeyExW(root, 0, name, &cch, NULL, NULL, NULL, NULL), ERROR_SUCCESS);
    W3_CHECK_EQ(cch, 3);
    W3_CHECK(wcscmp(name, L"K\u00e9y") == 0);
    W3_CHECK_EQ(RegCloseKey(key), ERROR_SUCCESS);
    W3_CHECK_EQ(RegOpenKeyExW(root, L"K\u00c9Y", 0, KEY_READ, &key), ERROR_SUCCESS);
    RegCloseKey(key);
    W3_CHECK_EQ(RegDeleteKeyW(root, L"k\u00e9y"), ERROR_SUCCESS);
    W3_CHECK_EQ(RegOpenKeyExW(root, L"K\u00e9y", 0, KEY_READ, &key), ERROR_FILE_NOT_FOUND);
    close_case_key(root);
}

W3_TEST(read_only_and_write_only_handles_are_refused_what_they_lack)
{
    HKEY root = open_case_key("access"), ro, wo, none;
    W3_REQUIRE(RegSetValueExA(root, "v", 0, REG_SZ, (const BYTE *)"x", 2) == ERROR_SUCCESS);
    W3_REQUIRE(RegOpenKeyExA(root, NULL, 0, KEY_READ, &ro) == ERROR_SUCCESS);
    W3_CHECK_EQ(RegSetValueExA(ro, "v", 0, REG_SZ, (const BYTE *)"y", 2), ERROR_ACCESS_DENIED);
    W3_CHECK_EQ(RegDeleteValueA(ro, "v"), ERROR_ACCESS_DENIED);
    DWORD cb = 0;
    W3_CHECK_EQ(RegQueryValueExA(ro, "v", NULL, NULL, NULL, &cb), ERROR_SUCCESS);
    W3_REQUIRE(RegOpenKeyExA(root, NULL, 0, KEY_SET_VALUE, &wo) == ERROR_SUCCESS);
    W3_CHECK_EQ(RegQueryValueExA(wo, "v", NULL, NULL, NULL, &cb), ERROR_ACCESS_DENIED);
    char name[16];
    DWORD cch = sizeof name;
    W3_CHECK_EQ(RegEnumKeyExA(wo, 0, name, &cch, NULL, NULL, NULL, NULL), ERROR_ACCESS_DENIED);
    W3_CHECK_EQ(RegSetValueExA(wo, "v", 0, REG_SZ, (const BYTE *)"y", 2), ERROR_SUCCESS);
    /* No rights asked for, none granted (the view flag is not a right). */
    W3_REQUIRE(RegOpenKeyExA(root, NULL, 0, KEY_WOW64_64KEY, &none) == ERROR_SUCCESS);
    W3_CHECK_EQ(RegQueryValueExA(none, "v", NULL, NULL, NULL, &cb), ERROR_ACCESS_DENIED);
    cch = sizeof name;
    W3_CHECK_EQ(RegEnumValueA(none, 0, name, &cch, NULL, NULL, NULL, NULL), ERROR_ACCESS_DENIED);
    RegCloseKey(none);
    RegCloseKey(ro);
    RegCloseKey(wo);
    close_case_key(root);
}

W3_TEST(delete_key_refuses_keys_with_subkeys)
{
    HKEY root = open_case_key("delete"), key;
    W3_REQUIRE(RegCreateKeyExA(root, "a\\b", 0, NULL, 0, KEY_ALL_ACCESS, NULL, &key, NULL) ==
               ERROR_SUCCESS);
    RegCloseKey(key);
    W3_CHECK_EQ(RegDeleteKeyA(root, "a"), ERROR_ACCESS_DENIED);
    W3_CHECK_EQ(RegDeleteKeyA(root, NULL), ERROR_INVALID_PARAMETER);
    W3_CHECK_EQ(RegDeleteKeyA(root, "missing"), ERROR_FILE_NOT_FOUND);
    W3_CHECK_EQ(RegDeleteKeyA(HKEY_CURRENT_USER, ""), ERROR_ACCESS_DENIED);
    W3_CHECK_EQ(RegDeleteKeyA(root, "a\\b"), ERROR_SUCCESS);
    W3_CHECK_EQ(RegDeleteKeyExA(root, "A", KEY_WOW64_64KEY, 0), ERROR_SUCCESS);
    W3_CHECK_EQ(RegOpenKeyExA(root, "a", 0, KEY_READ, &key), ERROR_FILE_NOT_FOUND);
    close_case_key(root);
}

W3_TEST(handle_of_a_deleted_key_reports_key_deleted)
{
    HKEY root = open_case_key("deleted"), key, sub;
    W3_REQUIRE(RegCreateKeyExA(root, "gone", 0, NULL, 0, KEY_ALL_ACCESS, NULL, &key, NULL) ==
               ERROR_SUCCESS);
    W3_CHECK_EQ(RegDeleteKeyA(root, "gone"), ERROR_SUCCESS);
    DWORD cb;
    char name[16];
    DWORD cch = sizeof name;
    W3_CHECK_EQ(RegSetValueExA(key, "v", 0, REG_SZ, (const BYTE *)"x", 2), ERROR_KEY_DELETED);
    W3_CHECK_EQ(RegQueryValueExA(key, "v", NULL, NULL, NULL, &cb), ERROR_KEY_DELETED);
    W3_CHECK_EQ(RegEnumKeyExA(key, 0, name, &cch, NULL, NULL, NULL, NULL), ERROR_KEY_DELETED);
    W3_CHECK_EQ(RegCreateKeyExA(key, "sub", 0, NULL, 0, KEY_ALL_ACCESS, NULL, &sub, NULL),
                ERROR_KEY_DELETED);
    W3_CHECK_EQ(RegCloseKey(key), ERROR_SUCCESS);
    close_case_key(root);
}

W3_TEST(enum_keys_in_case_insensitive_order)
{
    HKEY root = open_case_key("enumkeys"), key;
    const char *names[] = {"b", "C", "a"};
    for (int i = 0; i < 3; i++) {
        W3_REQUIRE(RegCreateKeyA(root, names[i], &key) == ERROR_SUCCESS);
        RegCloseKey(key);
    }
    char name[16];
    DWORD cch;
    const char *expected[] = {"a", "b", "C"};
    for (DWORD i = 0; i < 3; i++) {
        cch = sizeof name;
        FILETIME written = {0, 0};
        W3_CHECK_EQ(RegEnumKeyExA(root, i, name, &cch, NULL, NULL, NULL, &written), ERROR_SUCCESS);
        W3_CHECK_STR(name, expected[i]);
        W3_CHECK_EQ(cch, 1);
        W3_CHECK(written.dwHighDateTime != 0);
    }
    cch = sizeof name;
    W3_CHECK_EQ(RegEnumKeyExA(root, 3, name, &cch, NULL, NULL, NULL, NULL), ERROR_NO_MORE_ITEMS);
    cch = 1; /* no room for the terminator */
    W3_CHECK_EQ(RegEnumKeyExA(root, 0, name, &cch, NULL, NULL, NULL, NULL), ERROR_MORE_DATA);
    W3_CHECK_EQ(cch, 1);
    W3_CHECK_EQ(RegEnumKeyA(root, 1, name, sizeof name), ERROR_SUCCESS);
    W3_CHECK_STR(name, "b");
    W3_CHECK_EQ(RegEnumKeyA(root, 0, name, 1), ERROR_MORE_DATA);
    W3_CHECK_EQ(RegEnumKeyA(root, 99, name, sizeof name), ERROR_NO_MORE_ITEMS);
    close_case_key(root);
}

W3_TEST(enum_values_reports_names_types_and_data)
{
    HKEY root = open_case_key("enumvalues");
    W3_REQUIRE(RegSetValueExA(root, "zeta", 0, REG_SZ, (const BYTE *)"x", 2) == ERROR_SUCCESS);
    W3_REQUIRE(RegSetValueExA(root, "Alpha", 0, REG_DWORD, (const BYTE *)"\x07\0\0\0", 4) ==
               ERROR_SUCCESS);
    char name[16];
    BYTE data[16];
    DWORD cch = sizeof name, type = 0, cb = sizeof data;
    W3_CHECK_EQ(RegEnumValueA(root, 0, name, &cch, NULL, &type, data, &cb), ERROR_SUCCESS);
    W3_CHECK_STR(name, "Alpha");
    W3_CHECK_EQ(cch, 5);
    W3_CHECK_EQ(type, REG_DWORD);
    W3_CHECK_EQ(cb, 4);
    cch = sizeof name;
    cb = sizeof data;
    W3_CHECK_EQ(RegEnumValueA(root, 1, name, &cch, NULL, &type, data, &cb), ERROR_SUCCESS);
    W3_CHECK_STR(name, "zeta");
    W3_CHECK_EQ(type, REG_SZ);
    W3_CHECK_EQ(cb, 2);
    cch = sizeof name;
    W3_CHECK_EQ(RegEnumValueA(root, 2, name, &cch, NULL, NULL, NULL, NULL), ERROR_NO_MORE_ITEMS);
    cch = 1;
    W3_CHECK_EQ(RegEnumValueA(root, 0, name, &cch, NULL, NULL, NULL, NULL), ERROR_MORE_DATA);
    W3_CHECK_EQ(cch, 1);
    cch = 1;
    cb = 0;
    W3_CHECK_EQ(RegEnumValueA(root, 0, name, &cch, NULL, &type, data, &cb), ERROR_MORE_DATA);
    W3_CHECK_EQ(cb, 4);
    cch = sizeof name;
    cb = 1;
    W3_CHECK_EQ(RegEnumValueA(root, 0, name, &cch, NULL, &type, data, &cb), ERROR_MORE_DATA);
    W3_CHECK_EQ(cb, 4);
    cch = sizeof name;
    W3_CHECK_EQ(RegEnumValueA(root, 0, name, &cch, NULL, &type, data, NULL),
                ERROR_INVALID_PARAMETER);
    close_case_key(root);
}

W3_TEST(query_info_key_counts_and_measures)
{
    HKEY root = open_case_key("info"), key;
    W3_REQUIRE(RegCreateKeyA(root, "sub", &key) == ERROR_SUCCESS);
    RegCloseKey(key);
    W3_REQUIRE(RegCreateKeyA(root, "longer-sub", &key) == ERROR_SUCCESS);
    RegCloseKey(key);
    W3_REQUIRE(RegSetValueExA(root, "s", 0, REG_SZ, (const BYTE *)"abc", 4) == ERROR_SUCCESS);
    W3_REQUIRE(RegSetValueExA(root, "name7", 0, REG_BINARY, (const BYTE *)"12", 2) ==
               ERROR_SUCCESS);
    DWORD subkeys = 0, max_subkey = 0, values = 0, max_name = 0, max_value = 0;
    FILETIME written = {0, 0};
    W3_CHECK_EQ(RegQueryInfoKeyA(root, NULL, NULL, NULL, &subkeys, &max_subkey, NULL, &values,
                                 &max_name, &max_value, NULL, &written),
                ERROR_SUCCESS);
    W3_CHECK_EQ(subkeys, 2);
    W3_CHECK_EQ(max_subkey, 10);
    W3_CHECK_EQ(values, 2);
    W3_CHECK_EQ(max_name, 5);
    W3_CHECK_EQ(max_value, 8); /* the stored UTF-16 size, even for an A caller */
    W3_CHECK(written.dwHighDateTime != 0);
    W3_CHECK_EQ(RegQueryInfoKeyW(root, NULL, NULL, NULL, &subkeys, &max_subkey, NULL, &values,
                                 &max_name, &max_value, NULL, NULL),
                ERROR_SUCCESS);
    W3_CHECK_EQ(max_subkey, 10);
    W3_CHECK_EQ(max_value, 4 * sizeof(WCHAR));
    W3_CHECK_EQ(RegQueryInfoKeyA((HKEY)(ULONG_PTR)0x1234, NULL, NULL, NULL, &subkeys, NULL, NULL,
                                 NULL, NULL, NULL, NULL, NULL),
                ERROR_INVALID_HANDLE);
    close_case_key(root);
}

W3_TEST(get_value_expands_and_filters_types)
{
    HKEY root = open_case_key("getvalue");
    W3_REQUIRE(SetEnvironmentVariableA("W3REGTEST", "expanded"));
    W3_REQUIRE(RegSetValueExA(root, "e", 0, REG_EXPAND_SZ, (const BYTE *)"%W3REGTEST%\\x", 14) ==
               ERROR_SUCCESS);
    W3_REQUIRE(RegSetValueExA(root, "s", 0, REG_SZ, (const BYTE *)"abc", 4) == ERROR_SUCCESS);
    char buf[64];
    DWORD type = 0, cb = sizeof buf;
    W3_CHECK_EQ(RegGetValueA(root, NULL, "e", RRF_RT_REG_SZ, &type, buf, &cb), ERROR_SUCCESS);
    W3_CHECK_EQ(type, REG_SZ);
    W3_CHECK_STR(buf, "expanded\\x");
    W3_CHECK_EQ(cb, 11);
    cb = 0;
    W3_CHECK_EQ(RegGetValueA(root, NULL, "e", RRF_RT_ANY, &type, NULL, &cb), ERROR_SUCCESS);
    W3_CHECK_EQ(cb, 11);
    cb = sizeof buf;
    W3_CHECK_EQ(RegGetValueA(root, NULL, "e", RRF_RT_REG_EXPAND_SZ | RRF_NOEXPAND, &type, buf, &cb),
                ERROR_SUCCESS);
    W3_CHECK_EQ(type, REG_EXPAND_SZ);
    W3_CHECK_STR(buf, "%W3REGTEST%\\x");
    cb = sizeof buf;
    W3_CHECK_EQ(RegGetValueA(root, NULL, "e", RRF_RT_REG_EXPAND_SZ, &type, buf, &cb),
                ERROR_INVALID_PARAMETER);
    cb = sizeof buf;
    W3_CHECK_EQ(RegGetValueA(root, NULL, "s", RRF_RT_REG_DWORD, &type, buf, &cb),
                ERROR_UNSUPPORTED_TYPE);
    W3_CHECK_EQ(type, REG_SZ);
    W3_CHECK_EQ(cb, 4);
    W3_CHECK_EQ(RegGetValueA(root, NULL, "s", RRF_RT_ANY, &type, buf, NULL),
                ERROR_INVALID_PARAMETER);
    cb = 2;
    memset(buf, 'z', 4);
    W3_CHECK_EQ(RegGetValueA(root, NULL, "s", RRF_RT_REG_SZ | RRF_ZEROONFAILURE, &type, buf, &cb),
                ERROR_MORE_DATA);
    W3_CHECK_EQ(cb, 4);
    W3_CHECK_EQ(buf[0], 0);
    W3_CHECK_EQ(buf[1], 0);
    W3_CHECK_EQ(buf[2], 'z');
    W3_CHECK_EQ(RegGetValueA(root, NULL, "missing", RRF_RT_ANY, &type, buf, &cb),
                ERROR_FILE_NOT_FOUND);
    W3_CHECK_EQ(RegGetValueA(HKEY_CURRENT_USER, key_path, "s", RRF_RT_REG_SZ, NULL, NULL, &cb),
                ERROR_SUCCESS);
    W3_CHECK_EQ(cb, 4);
    W3_CHECK_EQ(RegGetValueA(root, "nokey", "s", RRF_RT_ANY, &type, buf, &cb),
                ERROR_FILE_NOT_FOUND);
    WCHAR wide[32];
    cb = sizeof wide;
    W3_CHECK_EQ(RegGetValueW(root, NULL, L"e", RRF_RT_REG_SZ, &type, wide, &cb), ERROR_SUCCESS);
    W3_CHECK(wcscmp(wide, L"expanded\\x") == 0);
    W3_CHECK_EQ(cb, 11 * sizeof(WCHAR));
    close_case_key(root);
}

W3_TEST(get_value_checks_dword_and_qword_sizes)
{
    HKEY root = open_case_key("getsizes");
    W3_REQUIRE(RegSetValueExA(root, "b3", 0, REG_BINARY, (const BYTE *)"\1\2\3", 3) ==
               ERROR_SUCCESS);
    W3_REQUIRE(RegSetValueExA(root, "b4", 0, REG_BINARY, (const BYTE *)"\1\2\3\4", 4) ==
               ERROR_SUCCESS);
    W3_REQUIRE(RegSetValueExA(root, "q", 0, REG_QWORD, (const BYTE *)"\1\0\0\0\0\0\0\0", 8) ==
               ERROR_SUCCESS);
    W3_REQUIRE(RegSetValueExA(root, "n", 0, REG_NONE, NULL, 0) == ERROR_SUCCESS);
    BYTE buf[16];
    DWORD type, cb = sizeof buf;
    W3_CHECK_EQ(RegGetValueA(root, NULL, "b3", RRF_RT_DWORD, &type, buf, &cb),
                ERROR_DATATYPE_MISMATCH);
    cb = sizeof buf;
    W3_CHECK_EQ(RegGetValueA(root, NULL, "b4", RRF_RT_DWORD, &type, buf, &cb), ERROR_SUCCESS);
    W3_CHECK_EQ(type, REG_BINARY);
    cb = sizeof buf;
    W3_CHECK_EQ(RegGetValueA(root, NULL, "q", RRF_RT_DWORD, &type, buf, &cb),
                ERROR_UNSUPPORTED_TYPE);
    cb = sizeof buf;
    W3_CHECK_EQ(RegGetValueA(root, NULL, "q", RRF_RT_QWORD, &type, buf, &cb), ERROR_SUCCESS);
    W3_CHECK_EQ(cb, 8);
    cb = sizeof buf;
    W3_CHECK_EQ(RegGetValueA(root, NULL, "n", RRF_RT_REG_NONE, &type, buf, &cb), ERROR_SUCCESS);
    W3_CHECK_EQ(cb, 0);
    cb = sizeof buf;
    W3_CHECK_EQ(RegGetValueA(root, NULL, "n", 0, &type, buf, &cb), ERROR_UNSUPPORTED_TYPE);
    close_case_key(root);
}

W3_TEST(set_value_counts_a_forgotten_terminator)
{
    HKEY root = open_case_key("setterm");
    DWORD type, cb = 0;
    W3_REQUIRE(RegSetValueExA(root, "s", 0, REG_SZ, (const BYTE *)"abc", 3) == ERROR_SUCCESS);
    W3_CHECK_EQ(RegQueryValueExA(root, "s", NULL, &type, NULL, &cb), ERROR_SUCCESS);
    W3_CHECK_EQ(cb, 4);
    W3_REQUIRE(RegSetValueExW(root, L"w", 0, REG_SZ, (const BYTE *)L"abc", 3 * sizeof(WCHAR)) ==
               ERROR_SUCCESS);
    cb = 0;
    W3_CHECK_EQ(RegQueryValueExW(root, L"w", NULL, &type, NULL, &cb), ERROR_SUCCESS);
    W3_CHECK_EQ(cb, 4 * sizeof(WCHAR));
    /* Binary data is taken as counted. */
    W3_REQUIRE(RegSetValueExA(root, "b", 0, REG_BINARY, (const BYTE *)"abc", 3) == ERROR_SUCCESS);
    cb = 0;
    W3_CHECK_EQ(RegQueryValueExA(root, "b", NULL, &type, NULL, &cb), ERROR_SUCCESS);
    W3_CHECK_EQ(cb, 3);
    close_case_key(root);
}

W3_TEST(get_value_returns_unterminated_strings_as_stored)
{
    HKEY root = open_case_key("getterm");
    const char text[] = {'a', 'b', 'c', 'q'};
    const WCHAR wide_text[] = {'a', 'b', 'c', 'q'};
    W3_REQUIRE(RegSetValueExA(root, "s", 0, REG_SZ, (const BYTE *)text, 3) == ERROR_SUCCESS);
    W3_REQUIRE(RegSetValueExW(root, L"w", 0, REG_SZ, (const BYTE *)wide_text, 3 * sizeof(WCHAR)) ==
               ERROR_SUCCESS);
    char buf[16];
    DWORD type, cb = 0;
    W3_CHECK_EQ(RegQueryValueExA(root, "s", NULL, &type, NULL, &cb), ERROR_SUCCESS);
    W3_CHECK_EQ(cb, 3);
    memset(buf, 'z', sizeof buf);
    cb = sizeof buf;
    W3_CHECK_EQ(RegGetValueA(root, NULL, "s", RRF_RT_REG_SZ, &type, buf, &cb), ERROR_SUCCESS);
    W3_CHECK_EQ(cb, 3);
    W3_CHECK_MEM(buf, "abc", 3);
    WCHAR wide[16];
    cb = sizeof wide;
    W3_CHECK_EQ(RegGetValueW(root, NULL, L"w", RRF_RT_REG_SZ, &type, wide, &cb), ERROR_SUCCESS);
    W3_CHECK_EQ(cb, 3 * sizeof(WCHAR));
    W3_CHECK_MEM(wide, L"abc", 3 * sizeof(WCHAR));
    close_case_key(root);
}

W3_TEST(delete_tree_removes_everything_below)
{
    HKEY root = open_case_key("tree"), key;
    W3_REQUIRE(RegCreateKeyA(root, "a\\b\\c", &key) == ERROR_SUCCESS);
    W3_REQUIRE(RegSetValueExA(key, "v", 0, REG_SZ, (const BYTE *)"x", 2) == ERROR_SUCCESS);
    RegCloseKey(key);
    W3_REQUIRE(RegSetValueExA(root, "top", 0, REG_SZ, (const BYTE *)"x", 2) == ERROR_SUCCESS);
    W3_CHECK_EQ(RegDeleteTreeA(root, "missing"), ERROR_FILE_NOT_FOUND);
    W3_CHECK_EQ(RegDeleteTreeA(root, "a\\b"), ERROR_SUCCESS);
    W3_CHECK_EQ(RegOpenKeyExA(root, "a\\b", 0, KEY_READ, &key), ERROR_FILE_NOT_FOUND);
    W3_CHECK_EQ(RegOpenKeyExA(root, "a", 0, KEY_READ, &key), ERROR_SUCCESS);
    RegCloseKey(key);
    W3_CHECK_EQ(RegDeleteTreeA(root, NULL), ERROR_SUCCESS); /* empties, keeps the key */
    DWORD subkeys = 9, values = 9;
    W3_CHECK_EQ(RegQueryInfoKeyA(root, NULL, NULL, NULL, &subkeys, NULL, NULL, &values, NULL, NULL,
                                 NULL, NULL),
                ERROR_SUCCESS);
    W3_CHECK_EQ(subkeys, 0);
    W3_CHECK_EQ(values, 0);
    close_case_key(root);
}

W3_TEST(set_and_delete_key_value_reach_a_subkey)
{
    HKEY root = open_case_key("keyvalue");
    W3_CHECK_EQ(RegSetKeyValueA(root, "made\\here", "v", REG_DWORD, "\5\0\0\0", 4), ERROR_SUCCESS);
    DWORD value = 0, cb = sizeof value;
    W3_CHECK_EQ(RegGetValueA(root, "made\\here", "v", RRF_RT_REG_DWORD, NULL, &value, &cb),
                ERROR_SUCCESS);
    W3_CHECK_EQ(value, 5);
    W3_CHECK_EQ(RegDeleteKeyValueA(root, "made\\here", "v"), ERROR_SUCCESS);
    W3_CHECK_EQ(RegDeleteKeyValueA(root, "made\\here", "v"), ERROR_FILE_NOT_FOUND);
    W3_CHECK_EQ(RegDeleteKeyValueA(root, "nowhere", "v"), ERROR_FILE_NOT_FOUND);
    close_case_key(root);
}

W3_TEST(old_default_value_functions)
{
    HKEY root = open_case_key("legacy"), key;
    W3_REQUIRE(RegCreateKeyA(root, "sub", &key) == ERROR_SUCCESS);
    char buf[16];
    LONG cb = sizeof buf;
    memset(buf, 'z', sizeof buf);
    /* A key without a default value reads as an empty string. */
    W3_CHECK_EQ(RegQueryValueA(root, "sub", buf, &cb), ERROR_SUCCESS);
    W3_CHECK_EQ(cb, 1);
    W3_CHECK_EQ(buf[0], 0);
    WCHAR wide[16];
    cb = sizeof wide;
    W3_CHECK_EQ(RegQueryValueW(root, L"sub", wide, &cb), ERROR_SUCCESS);
    W3_CHECK_EQ(cb, sizeof(WCHAR));
    W3_CHECK_EQ(RegQueryValueA(root, "missing", buf, &cb), ERROR_FILE_NOT_FOUND);
    /* The length given is ignored: the string's own counts. */
    W3_CHECK_EQ(RegSetValueA(root, "sub", REG_SZ, "hello", 0), ERROR_SUCCESS);
    cb = sizeof buf;
    W3_CHECK_EQ(RegQueryValueA(root, "sub", buf, &cb), ERROR_SUCCESS);
    W3_CHECK_EQ(cb, 6);
    W3_CHECK_STR(buf, "hello");
    cb = 2;
    W3_CHECK_EQ(RegQueryValueA(root, "sub", buf, &cb), ERROR_MORE_DATA);
    W3_CHECK_EQ(cb, 6);
    W3_CHECK_EQ(RegSetValueA(root, "sub", REG_DWORD, "x", 1), ERROR_INVALID_PARAMETER);
    W3_CHECK_EQ(RegSetValueW(root, L"new\\deep", REG_SZ, L"w", 0), ERROR_SUCCESS);
    cb = sizeof wide;
    W3_CHECK_EQ(RegQueryValueW(root, L"NEW\\deep", wide, &cb), ERROR_SUCCESS);
    W3_CHECK_EQ(cb, 2 * sizeof(WCHAR));
    W3_CHECK(wcscmp(wide, L"w") == 0);
    RegCloseKey(key);
    HKEY user, mine;
    W3_CHECK_EQ(RegOpenCurrentUser(KEY_READ, &user), ERROR_SUCCESS);
    W3_CHECK_EQ(RegOpenKeyExA(user, key_path, 0, KEY_READ, &mine), ERROR_SUCCESS);
    RegCloseKey(mine);
    RegCloseKey(user);
    close_case_key(root);
}

W3_TEST(notify_signals_a_change_and_a_closed_handle)
{
    HKEY root = open_case_key("notify"), watched, weak;
    HANDLE event = CreateEventA(NULL, FALSE, FALSE, NULL);
    W3_REQUIRE(event != NULL);
    W3_CHECK_EQ(RegNotifyChangeKeyValue(root, FALSE, REG_NOTIFY_CHANGE_LAST_SET, event, TRUE),
                ERROR_SUCCESS);
    W3_CHECK_EQ(WaitForSingleObject(event, 300), WAIT_TIMEOUT);
    W3_CHECK_EQ(RegSetValueExA(root, "v", 0, REG_SZ, (const BYTE *)"x", 2), ERROR_SUCCESS);
    W3_CHECK_EQ(WaitForSingleObject(event, 5000), WAIT_OBJECT_0);
    /* Closing the watched handle ends the watch with a signal. */
    W3_REQUIRE(RegOpenKeyExA(root, NULL, 0, KEY_NOTIFY, &watched) == ERROR_SUCCESS);
    W3_CHECK_EQ(RegNotifyChangeKeyValue(watched, FALSE, REG_NOTIFY_CHANGE_LAST_SET, event, TRUE),
                ERROR_SUCCESS);
    W3_CHECK_EQ(WaitForSingleObject(event, 300), WAIT_TIMEOUT);
    W3_CHECK_EQ(RegCloseKey(watched), ERROR_SUCCESS);
    W3_CHECK_EQ(WaitForSingleObject(event, 5000), WAIT_OBJECT_0);
    W3_REQUIRE(RegOpenKeyExA(root, NULL, 0, KEY_QUERY_VALUE, &weak) == ERROR_SUCCESS);
    W3_CHECK_EQ(RegNotifyChangeKeyValue(weak, FALSE, REG_NOTIFY_CHANGE_LAST_SET, event, TRUE),
                ERROR_ACCESS_DENIED);
    RegCloseKey(weak);
    W3_CHECK_EQ(RegNotifyChangeKeyValue(NULL, FALSE, REG_NOTIFY_CHANGE_LAST_SET, event, TRUE),
                ERROR_INVALID_HANDLE);
    W3_CHECK_EQ(RegNotifyChangeKeyValue(root, FALSE, REG_NOTIFY_CHANGE_LAST_SET, NULL, TRUE),
                ERROR_INVALID_HANDLE);
    CloseHandle(event);
    close_case_key(root);
}
