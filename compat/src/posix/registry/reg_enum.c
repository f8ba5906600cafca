/* Enumerating subkeys and values, and RegQueryInfoKey. Subkeys and values come in the
 * registry's order: by name, without regard to case. Keys have no class here: class
 * strings come back empty. */
#include <stdlib.h>
#include <string.h>

#include "reg_data.h"
#include "reg_handles.h"
#include "reg_store.h"

static LSTATUS give_empty_class(void *buffer, LPDWORD cch, BOOL wide)
{
    if (!buffer || !cch)
        return ERROR_SUCCESS;
    if (*cch < 1)
        return ERROR_MORE_DATA;
    if (wide)
        *(WCHAR *)buffer = 0;
    else
        *(char *)buffer = '\0';
    *cch = 0;
    return ERROR_SUCCESS;
}

static LSTATUS enum_key(HKEY hKey, DWORD index, void *name, LPDWORD cch, LPDWORD reserved,
                        void *class_name, LPDWORD class_cch, PFILETIME last_write, BOOL wide)
{
    if (!name || !cch || reserved)
        return ERROR_INVALID_PARAMETER;
    LSTATUS status = w3_reg_store_begin(FALSE);
    if (status != ERROR_SUCCESS)
        return status;
    struct w3_reg_target target;
    status = w3_reg_handle_target(hKey, KEY_ENUMERATE_SUB_KEYS, &target);
    if (status == ERROR_SUCCESS && index >= target.key->subkey_count)
        status = ERROR_NO_MORE_ITEMS;
    if (status == ERROR_SUCCESS) {
        const struct w3_reg_key *sub = target.key->subkeys[index];
        status = w3_reg_give_name(sub->name, name, cch, wide);
        if (status == ERROR_SUCCESS)
            status = give_empty_class(class_name, class_cch, wide);
        if (status == ERROR_SUCCESS && last_write)
            *last_write = sub->last_write;
    }
    return w3_reg_store_end(FALSE, FALSE, status);
}

LSTATUS WINAPI RegEnumKeyExA(HKEY hKey, DWORD dwIndex, LPSTR lpName, LPDWORD lpcchName,
                             LPDWORD lpReserved, LPSTR lpClass, LPDWORD lpcchClass,
                             PFILETIME lpftLastWriteTime)
{
    return enum_key(hKey, dwIndex, lpName, lpcchName, lpReserved, lpClass, lpcchClass,
                    lpftLastWriteTime, FALSE);
}

LSTATUS WINAPI RegEnumKeyExW(HKEY hKey, DWORD dwIndex, LPWSTR lpName, LPDWORD lpcchName,
                             LPDWORD lpReserved, LPWSTR lpClass, LPDWORD lpcchClass,
                             PFILETIME lpftLastWriteTime)
{
    return enum_key(hKey, dwIndex, lpName, lpcchName, lpReserved, lpClass, lpcchClass,
                    lpftLastWriteTime, TRUE);
}

LSTATUS WINAPI RegEnumKeyA(HKEY hKey, DWORD dwIndex, LPSTR lpName, DWORD cchName)
{
    return enum_key(hKey, dwIndex, lpName, &cchName, NULL, NULL, NULL, NULL, FALSE);
}

LSTATUS WINAPI RegEnumKeyW(HKEY hKey, DWORD dwIndex, LPWSTR lpName, DWORD cchName)
{
    return enum_key(hKey, dwIndex, lpName, &cchName, NULL, NULL, NULL, NULL, TRUE);
}

static LSTATUS enum_value(HKEY hKey, DWORD index, void *name, LPDWORD cch, LPDWORD reserved,
                          LPDWORD type, LPBYTE data, LPDWORD cb, BOOL wide)
{
    if (!name || !cch || reserved || (data && !cb))
        return ERROR_INVALID_PARAMETER;
    LSTATUS status = w3_reg_store_begin(FALSE);
    if (status != ERROR_SUCCESS)
        return status;
    struct w3_reg_target target;
    status = w3_reg_handle_target(hKey, KEY_QUERY_VALUE, &target);
    if (status == ERROR_SUCCESS && index >= target.key->value_count)
        status = ERROR_NO_MORE_ITEMS;
    if (status == ERROR_SUCCESS) {
        const struct w3_reg_value *v = &target.key->values[index];
        DWORD size = 0;
        BYTE *out = w3_reg_data_out(v->type, v->data, v->size, wide, &size);
        if (!out)
            status = ERROR_NOT_ENOUGH_MEMORY;
        else if (w3_reg_name_length(v->name, wide) >= *cch) {
            status = ERROR_MORE_DATA; /* the data size is still reported, as Wine does */
            if (cb)
                *cb = size;
        } else if (cb && data && *cb < size)
            status = w3_reg_give_data(out, size, data, cb);
        else {
            status = w3_reg_give_name(v->name, name, cch, wide);
            if (cb)
                w3_reg_give_data(out, size, data, cb);
        }
        if (out && type)
            *type = v->type;
        free(out);
    }
    return w3_reg_store_end(FALSE, FALSE, status);
}

LSTATUS WINAPI RegEnumValueA(HKEY hKey, DWORD dwIndex, LPSTR lpValueName, LPDWORD lpcchValueName,
                             LPDWORD lpReserved, LPDWORD lpType, LPBYTE lpData, LPDWORD lpcbData)
{
    return enum_value(hKey, dwIndex, lpValueName, lpcchValueName, lpReserved, lpType, lpData,
                      lpcbData, FALSE);
}

LSTATUS WINAPI RegEnumValueW(HKEY hKey, DWORD dwIndex, LPWSTR lpValueName, LPDWORD lpcchValueName,
                             LPDWORD lpReserved, LPDWORD lpType, LPBYTE lpData, LPDWORD lpcbData)
{
    return enum_value(hKey, dwIndex, lpValueName, lpcchValueName, lpReserved, lpType, lpData,
                      lpcbData, TRUE);
}

struct key_info {
    DWORD subkeys, max_subkey, values, max_value_name, max_value;
};

static void measure(const struct w3_reg_key *key, BOOL wide, struct key_info *info)
{
    memset(info, 0, sizeof *info);
    info->subkeys = (DWORD)key->subkey_count;
    info->values = (DWORD)key->value_count;
    for (size_t i = 0; i < key->subkey_count; i++) {
        DWORD n = w3_reg_name_length(key->subkeys[i]->name, wide);
        if (n > info->max_subkey)
            info->max_subkey = n;
    }
    for (size_t i = 0; i < key->value_count; i++) {
        const struct w3_reg_value *v = &key->values[i];
        DWORD n = w3_reg_name_length(v->name, wide), size = 0;
        if (n > info->max_value_name)
            info->max_value_name = n;
        free(w3_reg_data_out(v->type, v->data, v->size, wide, &size));
        /* An A caller is also told at least the stored size, as Windows tells it. */
        if (!wide && v->size > size)
            size = v->size;
        if (size > info->max_value)
            info->max_value = size;
    }
}

static LSTATUS query_info(HKEY hKey, void *class_name, LPDWORD class_cch, LPDWORD reserved,
                          LPDWORD subkeys, LPDWORD max_subkey, LPDWORD max_class, LPDWORD values,
                          LPDWORD max_value_name, LPDWORD max_value, LPDWORD security,
                          PFILETIME last_write, BOOL wide)
{
    if (reserved)
        return ERROR_INVALID_PARAMETER;
    LSTATUS status = w3_reg_store_begin(FALSE);
    if (status != ERROR_SUCCESS)
        return status;
    struct w3_reg_target target;
    status = w3_reg_handle_target(hKey, 0, &target);
    if (status == ERROR_SUCCESS)
        status = give_empty_class(class_name, class_cch, wide);
    if (status == ERROR_SUCCESS) {
        struct key_info info;
        measure(target.key, wide, &info);
        if (subkeys)
            *subkeys = info.subkeys;
        if (max_subkey)
            *max_subkey = info.max_subkey;
        if (max_class)
            *max_class = 0;
        if (values)
            *values = info.values;
        if (max_value_name)
            *max_value_name = info.max_value_name;
        if (max_value)
            *max_value = info.max_value;
        if (security)
            *security = 0;
        if (last_write)
            *last_write = target.key->last_write;
    }
    return w3_reg_store_end(FALSE, FALSE, status);
}

LSTATUS WINAPI RegQueryInfoKeyA(HKEY hKey, LPSTR lpClass, LPDWORD lpcchClass, LPDWORD lpReserved,
                                LPDWORD lpcSubKeys, LPDWORD lpcbMaxSubKeyLen,
                                LPDWORD lpcbMaxClassLen, LPDWORD lpcValues,
                                LPDWORD lpcbMaxValueNameLen, LPDWORD lpcbMaxValueLen,
                                LPDWORD lpcbSecurityDescriptor, PFILETIME lpftLastWriteTime)
{
    return query_info(hKey, lpClass, lpcchClass, lpReserved, lpcSubKeys, lpcbMaxSubKeyLen,
                      lpcbMaxClassLen, lpcValues, lpcbMaxValueNameLen, lpcbMaxValueLen,
                      lpcbSecurityDescriptor, lpftLastWriteTime, FALSE);
}

LSTATUS WINAPI RegQueryInfoKeyW(HKEY hKey, LPWSTR lpClass, LPDWORD lpcchClass, LPDWORD lpReserved,
                                LPDWORD lpcSubKeys, LPDWORD lpcbMaxSubKeyLen,
                                LPDWORD lpcbMaxClassLen, LPDWORD lpcValues,
                                LPDWORD lpcbMaxValueNameLen, LPDWORD lpcbMaxValueLen,
                                LPDWORD lpcbSecurityDescriptor, PFILETIME lpftLastWriteTime)
{
    return query_info(hKey, lpClass, lpcchClass, lpReserved, lpcSubKeys, lpcbMaxSubKeyLen,
                      lpcbMaxClassLen, lpcValues, lpcbMaxValueNameLen, lpcbMaxValueLen,
                      lpcbSecurityDescriptor, lpftLastWriteTime, TRUE);
}
