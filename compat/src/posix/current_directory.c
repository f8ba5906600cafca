/* The current directory, and full path names. Paths are POSIX paths ('/' separated);
 * '\' is accepted on input as everywhere in compat. */
#include <windows.h>

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <wchar.h>

#include "text_conv.h"
#include "win_path.h"

/* Windows' buffer contract for a result string (UTF-8 here): the length without the NUL
 * when it fits, else the size needed with it and the buffer untouched. */
static DWORD give_a(const char *s, LPSTR buffer, DWORD size)
{
    DWORD len = (DWORD)strlen(s);
    if (!buffer || len >= size)
        return len + 1;
    memcpy(buffer, s, len + 1);
    return len;
}

static DWORD give_w(const char *s, LPWSTR buffer, DWORD size)
{
    WCHAR *wide = w3_utf8_to_wide(s);
    DWORD len;
    if (!wide) {
        SetLastError(ERROR_NOT_ENOUGH_MEMORY);
        return 0;
    }
    len = (DWORD)wcslen(wide);
    if (!buffer || len >= size) {
        free(wide);
        return len + 1;
    }
    wmemcpy(buffer, wide, len + 1);
    free(wide);
    return len;
}

/* The current directory, malloc'd; NULL with the last error set. */
static char *current_directory(void)
{
    char *cwd = getcwd(NULL, 0);
    if (!cwd)
        SetLastError(errno == ENOMEM ? ERROR_NOT_ENOUGH_MEMORY : w3_error_from_errno(errno, NULL));
    return cwd;
}

DWORD WINAPI GetCurrentDirectoryA(DWORD nBufferLength, LPSTR lpBuffer)
{
    char *cwd = current_directory();
    DWORD n = cwd ? give_a(cwd, lpBuffer, nBufferLength) : 0;
    free(cwd);
    return n;
}

DWORD WINAPI GetCurrentDirectoryW(DWORD nBufferLength, LPWSTR lpBuffer)
{
    char *cwd = current_directory();
    DWORD n = cwd ? give_w(cwd, lpBuffer, nBufferLength) : 0;
    free(cwd);
    return n;
}

static BOOL set_current_directory(char *path)
{
    BOOL ok = FALSE;
    if (!path)
        return FALSE;
    if (chdir(path) == 0)
        ok = TRUE;
    else
        SetLastError(errno == ENOTDIR ? ERROR_DIRECTORY : w3_error_from_errno(errno, path));
    free(path);
    return ok;
}

BOOL WINAPI SetCurrentDirectoryA(LPCSTR lpPathName)
{
    return set_current_directory(w3_posix_path_a(lpPathName));
}

BOOL WINAPI SetCurrentDirectoryW(LPCWSTR lpPathName)
{
    return set_current_directory(w3_posix_path_w(lpPathName));
}

/* path made absolute against the current directory, with "." and ".." components and
 * repeated separators resolved by name (the file system is not asked), malloc'd. */
static char *full_path(const char *path)
{
    char *cwd = NULL, *joined, *out;
    size_t size, len = 0, path_len = strlen(path);

    if (path[0] != '/' && !(cwd = current_directory()))
        return NULL;
    size = path_len + (cwd ? strlen(cwd) : 0) + 3;
    joined = malloc(size);
    out = malloc(size);
    if (!joined || !out) {
        free(cwd);
        free(joined);
        free(out);
        SetLastError(ERROR_NOT_ENOUGH_MEMORY);
        return NULL;
    }
    snprintf(joined, size, "%s/%s", cwd ? cwd : "", path);
    free(cwd);
    for (char *p = joined; *p;) {
        char *end = strchr(p, '/');
        size_t n = end ? (size_t)(end - p) : strlen(p);
        if (n == 0 || (n == 1 && p[0] == '.')) {
            /* nothing */
        } else if (n == 2 && p[0] == '.' && p[1] == '.') {
            while (len > 0 && out[len - 1] != '/')
                len--;
            if (len > 0)
                len--; /* the separator before the removed component */
        } else {
            out[len++] = '/';
            memcpy(out + len, p, n);
            len += n;
        }
        p += n;
        if (*p == '/')
            p++;
    }
    /* A trailing separator names a directory and is kept, as Windows keeps it. */
    if (len == 0 || path[path_len - 1] == '/')
        out[len++] = '/';
    out[len] = '\0';
    free(joined);
    return out;
}

DWORD WINAPI GetFullPathNameA(LPCSTR lpFileName, DWORD nBufferLength, LPSTR lpBuffer,
                              LPSTR *lpFilePart)
{
    char *path = w3_posix_path_a(lpFileName), *full;
    DWORD n;

    if (!path)
        return 0;
    full = full_path(path);
    free(path);
    if (!full)
        return 0;
    n = give_a(full, lpBuffer, nBufferLength);
    if (lpFilePart && lpBuffer && n < nBufferLength) {
        char *slash = strrchr(lpBuffer, '/');
        *lpFilePart = slash && slash[1] ? slash + 1 : NULL;
    }
    free(full);
    return n;
}

DWORD WINAPI GetFullPathNameW(LPCWSTR lpFileName, DWORD nBufferLength, LPWSTR lpBuffer,
                              LPWSTR *lpFilePart)
{
    char *path = w3_posix_path_w(lpFileName), *full;
    DWORD n;

    if (!path)
        return 0;
    full = full_path(path);
    free(path);
    if (!full)
        return 0;
    n = give_w(full, lpBuffer, nBufferLength);
    if (lpFilePart && lpBuffer && n < nBufferLength) {
        WCHAR *slash = wcsrchr(lpBuffer, L'/');
        *lpFilePart = slash && slash[1] ? slash + 1 : NULL;
    }
    free(full);
    return n;
}
