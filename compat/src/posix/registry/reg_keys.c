/* Opening, creating, closing and deleting keys. The A functions take UTF-8 names; the
 * W functions convert theirs and share the same code. */
#include <stdlib.h>
#include <string.h>

#include "reg_handles.h"
#include "reg_path.h"
#include "reg_store.h"
#include "reg_text.h"

/* Opens hkey\subkey as a new handle while the tree is loaded. */
static LSTATUS open_loaded(HKEY hkey, const char *subkey, BOOL create, REGSAM desired, HKEY *result,
                           BOOL *created)
{
    struct w3_reg_target target;
    LSTATUS status = w3_reg_handle_target(hkey, 0, &target);
    if (status != ERROR_SUCCESS)
        return status;
    struct w3_reg_key *key;
    char *names;
    status = w3_reg_path_walk(target.key, subkey, create, &key, &names, created);
    if (status != ERROR_SUCCESS)
        return status;
    char *path = w3_reg_path_join(target.path, names);
    free(names);
    if (!path)
        return ERROR_NOT_ENOUGH_MEMORY;
    status = w3_reg_handle_new(target.hive, path, w3_reg_granted_access(desired), result);
    free(path);
    return status;
}

LSTATUS WINAPI RegOpenKeyExA(HKEY hKey, LPCSTR lpSubKey, DWORD ulOptions, REGSAM samDesired,
                             PHKEY phkResult)
{
    (void)ulOptions;
    if (!phkResult)
        return ERROR_INVALID_PARAMETER;
    *phkResult = NULL;
    LSTATUS status = w3_reg_store_begin(FALSE);
    if (status != ERROR_SUCCESS)
        return status;
    status = open_loaded(hKey, lpSubKey, FALSE, samDesired, phkResult, NULL);
    return w3_reg_store_end(FALSE, FALSE, status);
}

LSTATUS WINAPI RegOpenKeyExW(HKEY hKey, LPCWSTR lpSubKey, DWORD ulOptions, REGSAM samDesired,
                             PHKEY phkResult)
{
    BOOL failed;
    char *subkey = w3_reg_name_from_wide(lpSubKey, &failed);
    LSTATUS status = failed ? (LSTATUS)ERROR_NOT_ENOUGH_MEMORY
                            : RegOpenKeyExA(hKey, subkey, ulOptions, samDesired, phkResult);
    free(subkey);
    return status;
}

LSTATUS WINAPI RegOpenKeyA(HKEY hKey, LPCSTR lpSubKey, PHKEY phkResult)
{
    if (!phkResult)
        return ERROR_INVALID_PARAMETER;
    if (!lpSubKey || !*lpSubKey) { /* documented: the same handle comes back */
        *phkResult = hKey;
        return ERROR_SUCCESS;
    }
    return RegOpenKeyExA(hKey, lpSubKey, 0, MAXIMUM_ALLOWED, phkResult);
}

LSTATUS WINAPI RegOpenKeyW(HKEY hKey, LPCWSTR lpSubKey, PHKEY phkResult)
{
    if (!phkResult)
        return ERROR_INVALID_PARAMETER;
    if (!lpSubKey || !*lpSubKey) {
        *phkResult = hKey;
        return ERROR_SUCCESS;
    }
    return RegOpenKeyExW(hKey, lpSubKey, 0, MAXIMUM_ALLOWED, phkResult);
}

LSTATUS WINAPI RegCreateKeyExA(HKEY hKey, LPCSTR lpSubKey, DWORD Reserved, LPSTR lpClass,
                               DWORD dwOptions, REGSAM samDesired,
                               const SECURITY_ATTRIBUTES *lpSecurityAttributes, PHKEY phkResult,
                               LPDWORD lpdwDisposition)
{
    (void)Reserved;
    (void)lpClass;
    (void)dwOptions;
    (void)lpSecurityAttributes;
    if (!phkResult)
        return ERROR_INVALID_PARAMETER;
    *phkResult = NULL;
    /* An existing key is opened without the file lock, so a read-only registry
     * directory still serves RegCreateKeyEx calls that only mean to open. */
    LSTATUS status = w3_reg_store_begin(FALSE);
    if (status != ERROR_SUCCESS)
        return status;
    status = open_loaded(hKey, lpSubKey, FALSE, samDesired, phkResult, NULL);
    status = w3_reg_store_end(FALSE, FALSE, status);
    BOOL created = FALSE;
    if (status == ERROR_FILE_NOT_FOUND) {
        status = w3_reg_store_begin(TRUE);
        if (status != ERROR_SUCCESS)
            return status;
        status = open_loaded(hKey, lpSubKey, TRUE, samDesired, phkResult, &created);
        status = w3_reg_store_end(TRUE, created, status);
        if (status != ERROR_SUCCESS && *phkResult) {
            w3_reg_lock();
            w3_reg_handle_close(*phkResult);
            w3_reg_unlock();
            *phkResult = NULL;
        }
    }
    if (status == ERROR_SUCCESS && lpdwDisposition)
        *lpdwDisposition = created ? REG_CREATED_NEW_KEY : REG_OPENED_EXISTING_KEY;
    return status;
}

LSTATUS WINAPI RegCreateKeyExW(HKEY hKey, LPCWSTR lpSubKey, DWORD Reserved, LPWSTR lpClass,
                               DWORD dwOptions, REGSAM samDesired,
                               const SECURITY_ATTRIBUTES *lpSecurityAttributes, PHKEY phkResult,
                               LPDWORD lpdwDisposition)
{
    (void)lpClass;
    BOOL failed;
    char *subkey = w3_reg_name_from_wide(lpSubKey, &failed);
    LSTATUS status = failed ? (LSTATUS)ERROR_NOT_ENOUGH_MEMORY
                            : RegCreateKeyExA(hKey, subkey, Reserved, NULL, dwOptions, samDesired,
                                              lpSecurityAttributes, phkResult, lpdwDisposition);
    free(subkey);
    return status;
}

LSTATUS WINAPI RegCreateKeyA(HKEY hKey, LPCSTR lpSubKey, PHKEY phkResult)
{
    return RegCreateKeyExA(hKey, lpSubKey, 0, NULL, REG_OPTION_NON_VOLATILE, MAXIMUM_ALLOWED, NULL,
                           phkResult, NULL);
}

LSTATUS WINAPI RegCreateKeyW(HKEY hKey, LPCWSTR lpSubKey, PHKEY phkResult)
{
    return RegCreateKeyExW(hKey, lpSubKey, 0, NULL, REG_OPTION_NON_VOLATILE, MAXIMUM_ALLOWED, NULL,
                           phkResult, NULL);
}

LSTATUS WINAPI RegCloseKey(HKEY hKey)
{
    w3_reg_lock();
    LSTATUS status = w3_reg_handle_close(hKey);
    w3_reg_unlock();
    return status;
}

LSTATUS WINAPI RegFlushKey(HKEY hKey)
{
    /* Every change is already durable when its call returns. */
    LSTATUS status = w3_reg_store_begin(FALSE);
    if (status != ERROR_SUCCESS)
        return status;
    struct w3_reg_target target;
    status = w3_reg_handle_target(hKey, 0, &target);
    return w3_reg_store_end(FALSE, FALSE, status);
}

/* The key at subkey below hKey and its parent, for deletion. A hive has no parent. */
static LSTATUS find_for_delete(HKEY hKey, const char *subkey, struct w3_reg_key **parent,
                               struct w3_reg_key **key)
{
    struct w3_reg_target target;
    LSTATUS status = w3_reg_handle_target(hKey, 0, &target);
    if (status != ERROR_SUCCESS)
        return status;
    /* The parent is the key one name up: walk from the hive along the full path. */
    char *names;
    status = w3_reg_path_walk(target.key, subkey, FALSE, key, &names, NULL);
    if (status != ERROR_SUCCESS)
        return status;
    char *full = w3_reg_path_join(target.path, names);
    free(names);
    if (!full)
        return ERROR_NOT_ENOUGH_MEMORY;
    struct w3_reg_key *hive =
        w3_reg_subkey_find(w3_reg_store_root(), w3_reg_hive_names[target.hive]);
    char *last = strrchr(full, '\\');
    if (!*full) {
        *parent = NULL;
    } else if (last) {
        *last = '\0';
        *parent = w3_reg_key_walk(hive, full);
    } else {
        *parent = hive;
    }
    free(full);
    return ERROR_SUCCESS;
}

static LSTATUS delete_key(HKEY hKey, const char *subkey, BOOL tree)
{
    if (!subkey && !tree)
        return ERROR_INVALID_PARAMETER;
    LSTATUS status = w3_reg_store_begin(TRUE);
    if (status != ERROR_SUCCESS)
        return status;
    struct w3_reg_key *parent = NULL, *key = NULL;
    BOOL changed = FALSE;
    status = find_for_delete(hKey, subkey, &parent, &key);
    if (status == ERROR_SUCCESS && tree && (!subkey || !*subkey)) {
        /* RegDeleteTree without a subkey empties the key and keeps it. */
        while (key->subkey_count)
            w3_reg_subkey_remove(key, key->subkeys[0]->name);
        w3_reg_values_clear(key);
        changed = TRUE;
    } else if (status == ERROR_SUCCESS) {
        if (!parent || (!tree && key->subkey_count))
            status = ERROR_ACCESS_DENIED; /* a hive, or a key that still has subkeys */
        else
            changed = w3_reg_subkey_remove(parent, key->name);
    }
    return w3_reg_store_end(TRUE, changed, status);
}

static LSTATUS delete_key_w(HKEY hKey, LPCWSTR lpSubKey, BOOL tree)
{
    BOOL failed;
    char *subkey = w3_reg_name_from_wide(lpSubKey, &failed);
    LSTATUS status = failed ? (LSTATUS)ERROR_NOT_ENOUGH_MEMORY : delete_key(hKey, subkey, tree);
    free(subkey);
    return status;
}

LSTATUS WINAPI RegDeleteKeyA(HKEY hKey, LPCSTR lpSubKey)
{
    return delete_key(hKey, lpSubKey, FALSE);
}

LSTATUS WINAPI RegDeleteKeyW(HKEY hKey, LPCWSTR lpSubKey)
{
    return delete_key_w(hKey, lpSubKey, FALSE);
}

LSTATUS WINAPI RegDeleteKeyExA(HKEY hKey, LPCSTR lpSubKey, REGSAM samDesired, DWORD Reserved)
{
    (void)samDesired; /* one registry view: KEY_WOW64_32KEY and _64KEY are the same */
    (void)Reserved;
    return delete_key(hKey, lpSubKey, FALSE);
}

LSTATUS WINAPI RegDeleteKeyExW(HKEY hKey, LPCWSTR lpSubKey, REGSAM samDesired, DWORD Reserved)
{
    (void)samDesired;
    (void)Reserved;
    return delete_key_w(hKey, lpSubKey, FALSE);
}

LSTATUS WINAPI RegDeleteTreeA(HKEY hKey, LPCSTR lpSubKey)
{
    return delete_key(hKey, lpSubKey, TRUE);
}

LSTATUS WINAPI RegDeleteTreeW(HKEY hKey, LPCWSTR lpSubKey)
{
    return delete_key_w(hKey, lpSubKey, TRUE);
}
