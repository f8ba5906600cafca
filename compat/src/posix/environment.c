#include <windows.h>

#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "text_conv.h"

extern char **environ;

/* getenv/setenv are not thread-safe; compat's callers at least do not race each other. */
static pthread_mutex_t env_lock = PTHREAD_MUTEX_INITIALIZER;

/* Windows compares variable names without regard to case. Returns the entry of environ
 * whose name equals `name` that way, or NULL. Call with env_lock held. */
static const char *find_entry(const char *name)
{
    size_t len = strlen(name);
    for (char **e = environ; e && *e; e++)
        if (strncasecmp(*e, name, len) == 0 && (*e)[len] == '=')
            return *e;
    return NULL;
}

static int valid_name(const char *name)
{
    return name && *name && !strchr(name, '=');
}

DWORD WINAPI GetEnvironmentVariableA(LPCSTR lpName, LPSTR lpBuffer, DWORD nSize)
{
    const char *entry, *value;
    size_t len;

    if (!lpName) {
        SetLastError(ERROR_ENVVAR_NOT_FOUND);
        return 0;
    }
    pthread_mutex_lock(&env_lock);
    entry = find_entry(lpName);
    if (!entry) {
        pthread_mutex_unlock(&env_lock);
        SetLastError(ERROR_ENVVAR_NOT_FOUND);
        return 0;
    }
    value = entry + strlen(lpName) + 1;
    len = strlen(value);
    if (len >= nSize || !lpBuffer) {
        pthread_mutex_unlock(&env_lock);
        return (DWORD)len + 1; /* the size needed, NUL included */
    }
    memcpy(lpBuffer, value, len + 1);
    pthread_mutex_unlock(&env_lock);
    return (DWORD)len;
}

BOOL WINAPI SetEnvironmentVariableA(LPCSTR lpName, LPCSTR lpValue)
{
    const char *existing;
    int failed = 0;

    if (!valid_name(lpName)) {
        SetLastError(ERROR_INVALID_PARAMETER);
        return FALSE;
    }
    pthread_mutex_lock(&env_lock);
    /* Replace a variable spelt with other case, as Windows treats it as the same one. */
    existing = find_entry(lpName);
    if (existing) {
        char *old_name = strndup(existing, strlen(lpName));
        failed = !old_name || unsetenv(old_name) != 0;
        free(old_name);
    }
    if (!failed && lpValue)
        failed = setenv(lpName, lpValue, 1) != 0;
    pthread_mutex_unlock(&env_lock);
    if (failed) {
        SetLastError(ERROR_NOT_ENOUGH_MEMORY);
        return FALSE;
    }
    return TRUE;
}

/* The W forms convert to UTF-8 and back; the environment itself holds UTF-8. */
DWORD WINAPI GetEnvironmentVariableW(LPCWSTR lpName, LPWSTR lpBuffer, DWORD nSize)
{
    char *name = w3_wide_to_utf8(lpName);
    char *value = NULL;
    DWORD size, result = 0;
    int cch;

    if (!name) {
        SetLastError(lpName ? ERROR_NOT_ENOUGH_MEMORY : ERROR_ENVVAR_NOT_FOUND);
        return 0;
    }
    size = GetEnvironmentVariableA(name, NULL, 0);
    if (size > 0 && (value = malloc(size)) != NULL &&
        GetEnvironmentVariableA(name, value, size) == size - 1) {
        cch = MultiByteToWideChar(CP_UTF8, 0, value, -1, NULL, 0);
        if ((DWORD)cch > nSize || !lpBuffer)
            result = (DWORD)cch;
        else
            result = (DWORD)MultiByteToWideChar(CP_UTF8, 0, value, -1, lpBuffer, cch) - 1;
    } else if (size > 0) {
        SetLastError(ERROR_NOT_ENOUGH_MEMORY);
    }
    free(value);
    free(name);
    return result;
}

BOOL WINAPI SetEnvironmentVariableW(LPCWSTR lpName, LPCWSTR lpValue)
{
    char *name = w3_wide_to_utf8(lpName);
    char *value = w3_wide_to_utf8(lpValue);
    BOOL ok = FALSE;

    if (!lpName)
        SetLastError(ERROR_INVALID_PARAMETER);
    else if (!name || (lpValue && !value))
        SetLastError(ERROR_NOT_ENOUGH_MEMORY);
    else
        ok = SetEnvironmentVariableA(name, value);
    free(name);
    free(value);
    return ok;
}
