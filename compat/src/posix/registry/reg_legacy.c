/* The Windows 3.1 functions that still compile in old filters: RegQueryValue and
 * RegSetValue read and write a subkey's default value as a string. And
 * RegOpenCurrentUser, which opens HKEY_CURRENT_USER (one user here). */
#include <string.h>

#include <windows.h>

LSTATUS WINAPI RegQueryValueA(HKEY hKey, LPCSTR lpSubKey, LPSTR lpData, PLONG lpcbData)
{
    HKEY key = hKey;
    if (lpSubKey && *lpSubKey) {
        LSTATUS status = RegOpenKeyExA(hKey, lpSubKey, 0, KEY_QUERY_VALUE, &key);
        if (status != ERROR_SUCCESS)
            return status;
    }
    DWORD cb = lpcbData ? (DWORD)*lpcbData : 0;
    LSTATUS status = RegQueryValueExA(key, NULL, NULL, NULL, (LPBYTE)lpData, lpcbData ? &cb : NULL);
    if (status == ERROR_FILE_NOT_FOUND) { /* a key without a default value reads as "" */
        status = ERROR_SUCCESS;
        cb = 1;
        if (lpData)
            *lpData = '\0';
    }
    if (lpcbData && (status == ERROR_SUCCESS || status == ERROR_MORE_DATA))
        *lpcbData = (LONG)cb;
    if (key != hKey)
        RegCloseKey(key);
    return status;
}

LSTATUS WINAPI RegQueryValueW(HKEY hKey, LPCWSTR lpSubKey, LPWSTR lpData, PLONG lpcbData)
{
    HKEY key = hKey;
    if (lpSubKey && *lpSubKey) {
        LSTATUS status = RegOpenKeyExW(hKey, lpSubKey, 0, KEY_QUERY_VALUE, &key);
        if (status != ERROR_SUCCESS)
            return status;
    }
    DWORD cb = lpcbData ? (DWORD)*lpcbData : 0;
    LSTATUS status = RegQueryValueExW(key, NULL, NULL, NULL, (LPBYTE)lpData, lpcbData ? &cb : NULL);
    if (status == ERROR_FILE_NOT_FOUND) {
        status = ERROR_SUCCESS;
        cb = sizeof(WCHAR);
        if (lpData)
            *lpData = 0;
    }
    if (lpcbData && (status == ERROR_SUCCESS || status == ERROR_MORE_DATA))
        *lpcbData = (LONG)cb;
    if (key != hKey)
        RegCloseKey(key);
    return status;
}

/* cbData is ignored: the string's own length counts, as documented. */
LSTATUS WINAPI RegSetValueA(HKEY hKey, LPCSTR lpSubKey, DWORD dwType, LPCSTR lpData, DWORD cbData)
{
    (void)cbData;
    if (dwType != REG_SZ || !lpData)
        return ERROR_INVALID_PARAMETER;
    HKEY key = hKey;
    if (lpSubKey && *lpSubKey) {
        LSTATUS status =
            RegCreateKeyExA(hKey, lpSubKey, 0, NULL, 0, KEY_SET_VALUE, NULL, &key, NULL);
        if (status != ERROR_SUCCESS)
            return status;
    }
    LSTATUS status =
        RegSetValueExA(key, NULL, 0, REG_SZ, (const BYTE *)lpData, (DWORD)strlen(lpData) + 1);
    if (key != hKey)
        RegCloseKey(key);
    return status;
}

LSTATUS WINAPI RegSetValueW(HKEY hKey, LPCWSTR lpSubKey, DWORD dwType, LPCWSTR lpData, DWORD cbData)
{
    (void)cbData;
    if (dwType != REG_SZ || !lpData)
        return ERROR_INVALID_PARAMETER;
    HKEY key = hKey;
    if (lpSubKey && *lpSubKey) {
        LSTATUS status =
            RegCreateKeyExW(hKey, lpSubKey, 0, NULL, 0, KEY_SET_VALUE, NULL, &key, NULL);
        if (status != ERROR_SUCCESS)
            return status;
    }
    LSTATUS status = RegSetValueExW(key, NULL, 0, REG_SZ, (const BYTE *)lpData,
                                    (DWORD)((wcslen(lpData) + 1) * sizeof(WCHAR)));
    if (key != hKey)
        RegCloseKey(key);
    return status;
}

LSTATUS WINAPI RegOpenCurrentUser(REGSAM samDesired, PHKEY phkResult)
{
    return RegOpenKeyExA(HKEY_CURRENT_USER, NULL, 0, samDesired, phkResult);
}
