/* Setting, reading and deleting values. String data is stored as UTF-16LE; A callers
 * read and write it as UTF-8, W callers as WCHARs, and the sizes they see are of
 * their own form of the data. */
#include <stdlib.h>
#include <string.h>

#include "reg_data.h"
#include "reg_handles.h"
#include "reg_store.h"
#include "reg_text.h"

/* A string whose count leaves out a terminator that follows it in memory gets the
 * terminator counted, as Windows NT does for callers that forgot it. */
static DWORD counted_size(DWORD type, const BYTE *data, DWORD size, BOOL wide)
{
    if (!w3_reg_is_string_type(type) || !size)
        return size;
    if (!wide)
        return (data[size - 1] && !data[size]) ? size + 1 : size;
    const WCHAR *text = (const WCHAR *)data;
    DWORD units = size / sizeof(WCHAR);
    if (units && text[units - 1] && !text[units])
        return (units + 1) * (DWORD)sizeof(WCHAR);
    return size;
}

static LSTATUS set_value(HKEY hKey, const char *name, DWORD type, const BYTE *data, DWORD size,
                         BOOL wide)
{
    if (!data && size)
        return ERROR_NOACCESS;
    size = counted_size(type, data, size, wide);
    DWORD stored_size;
    BYTE *stored = w3_reg_data_in(type, data, size, wide, &stored_size);
    if (!stored)
        return ERROR_NOT_ENOUGH_MEMORY;
    LSTATUS status = w3_reg_store_begin(TRUE);
    if (status != ERROR_SUCCESS) {
        free(stored);
        return status;
    }
    struct w3_reg_target target;
    BOOL changed = FALSE;
    status = w3_reg_handle_target(hKey, KEY_SET_VALUE, &target);
    if (status == ERROR_SUCCESS) {
        changed = w3_reg_value_set(target.key, name ? name : "", type, stored, stored_size);
        if (!changed)
            status = ERROR_NOT_ENOUGH_MEMORY;
    }
    free(stored);
    return w3_reg_store_end(TRUE, changed, status);
}

static LSTATUS query_value(HKEY hKey, const char *name, LPDWORD reserved, LPDWORD type, LPBYTE data,
                           LPDWORD cb, BOOL wide)
{
    if (reserved || (data && !cb))
        return ERROR_INVALID_PARAMETER;
    LSTATUS status = w3_reg_store_begin(FALSE);
    if (status != ERROR_SUCCESS)
        return status;
    struct w3_reg_target target;
    status = w3_reg_handle_target(hKey, KEY_QUERY_VALUE, &target);
    const struct w3_reg_value *v = NULL;
    if (status == ERROR_SUCCESS && !(v = w3_reg_value_find(target.key, name ? name : "")))
        status = ERROR_FILE_NOT_FOUND;
    if (status == ERROR_SUCCESS) {
        DWORD size;
        BYTE *out = w3_reg_data_out(v->type, v->data, v->size, wide, &size);
        if (!out)
            status = ERROR_NOT_ENOUGH_MEMORY;
        else if (cb)
            status = w3_reg_give_data(out, size, data, cb);
        if (out && type)
            *type = v->type;
        free(out);
    }
    return w3_reg_store_end(FALSE, FALSE, status);
}

static LSTATUS delete_value(HKEY hKey, const char *name)
{
    LSTATUS status = w3_reg_store_begin(TRUE);
    if (status != ERROR_SUCCESS)
        return status;
    struct w3_reg_target target;
    BOOL changed = FALSE;
    status = w3_reg_handle_target(hKey, KEY_SET_VALUE, &target);
    if (status == ERROR_SUCCESS) {
        changed = w3_reg_value_remove(target.key, name ? name : "");
        if (!changed)
            status = ERROR_FILE_NOT_FOUND;
    }
    return w3_reg_store_end(TRUE, changed, status);
}

LSTATUS WINAPI RegSetValueExA(HKEY hKey, LPCSTR lpValueName, DWORD Reserved, DWORD dwType,
                              const BYTE *lpData, DWORD cbData)
{
    (void)Reserved;
    return set_value(hKey, lpValueName, dwType, lpData, cbData, FALSE);
}

LSTATUS WINAPI RegSetValueExW(HKEY hKey, LPCWSTR lpValueName, DWORD Reserved, DWORD dwType,
                              const BYTE *lpData, DWORD cbData)
{
    (void)Reserved;
    BOOL failed;
    char *name = w3_reg_name_from_wide(lpValueName, &failed);
    LSTATUS status = failed ? (LSTATUS)ERROR_NOT_ENOUGH_MEMORY
                            : set_value(hKey, name, dwType, lpData, cbData, TRUE);
    free(name);
    return status;
}

LSTATUS WINAPI RegQueryValueExA(HKEY hKey, LPCSTR lpValueName, LPDWORD lpReserved, LPDWORD lpType,
                                LPBYTE lpData, LPDWORD lpcbData)
{
    return query_value(hKey, lpValueName, lpReserved, lpType, lpData, lpcbData, FALSE);
}

LSTATUS WINAPI RegQueryValueExW(HKEY hKey, LPCWSTR lpValueName, LPDWORD lpReserved, LPDWORD lpType,
                                LPBYTE lpData, LPDWORD lpcbData)
{
    BOOL failed;
    char *name = w3_reg_name_from_wide(lpValueName, &failed);
    LSTATUS status = failed ? (LSTATUS)ERROR_NOT_ENOUGH_MEMORY
                            : query_value(hKey, name, lpReserved, lpType, lpData, lpcbData, TRUE);
    free(name);
    return status;
}

LSTATUS WINAPI RegDeleteValueA(HKEY hKey, LPCSTR lpValueName)
{
    return delete_value(hKey, lpValueName);
}

LSTATUS WINAPI RegDeleteValueW(HKEY hKey, LPCWSTR lpValueName)
{
    BOOL failed;
    char *name = w3_reg_name_from_wide(lpValueName, &failed);
    LSTATUS status = failed ? (LSTATUS)ERROR_NOT_ENOUGH_MEMORY : delete_value(hKey, name);
    free(name);
    return status;
}

LSTATUS WINAPI RegSetKeyValueA(HKEY hKey, LPCSTR lpSubKey, LPCSTR lpValueName, DWORD dwType,
                               LPCVOID lpData, DWORD cbData)
{
    HKEY key = hKey;
    if (lpSubKey && *lpSubKey) {
        LSTATUS status =
            RegCreateKeyExA(hKey, lpSubKey, 0, NULL, 0, KEY_SET_VALUE, NULL, &key, NULL);
        if (status != ERROR_SUCCESS)
            return status;
    }
    LSTATUS status = RegSetValueExA(key, lpValueName, 0, dwType, lpData, cbData);
    if (key != hKey)
        RegCloseKey(key);
    return status;
}

LSTATUS WINAPI RegSetKeyValueW(HKEY hKey, LPCWSTR lpSubKey, LPCWSTR lpValueName, DWORD dwType,
                               LPCVOID lpData, DWORD cbData)
{
    HKEY key = hKey;
    if (lpSubKey && *lpSubKey) {
        LSTATUS status =
            RegCreateKeyExW(hKey, lpSubKey, 0, NULL, 0, KEY_SET_VALUE, NULL, &key, NULL);
        if (status != ERROR_SUCCESS)
            return status;
    }
    LSTATUS status = RegSetValueExW(key, lpValueName, 0, dwType, lpData, cbData);
    if (key != hKey)
        RegCloseKey(key);
    return status;
}

LSTATUS WINAPI RegDeleteKeyValueA(HKEY hKey, LPCSTR lpSubKey, LPCSTR lpValueName)
{
    HKEY key = hKey;
    if (lpSubKey && *lpSubKey) {
        LSTATUS status = RegOpenKeyExA(hKey, lpSubKey, 0, KEY_SET_VALUE, &key);
        if (status != ERROR_SUCCESS)
            return status;
    }
    LSTATUS status = RegDeleteValueA(key, lpValueName);
    if (key != hKey)
        RegCloseKey(key);
    return status;
}

LSTATUS WINAPI RegDeleteKeyValueW(HKEY hKey, LPCWSTR lpSubKey, LPCWSTR lpValueName)
{
    HKEY key = hKey;
    if (lpSubKey && *lpSubKey) {
        LSTATUS status = RegOpenKeyExW(hKey, lpSubKey, 0, KEY_SET_VALUE, &key);
        if (status != ERROR_SUCCESS)
            return status;
    }
    LSTATUS status = RegDeleteValueW(key, lpValueName);
    if (key != hKey)
        RegCloseKey(key);
    return status;
}
