/* SearchPath: a file looked for in the given directories (';'-separated), or in the
 * executable's directory, the current directory and then $PATH (':'-separated). */
#include <windows.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "text_conv.h"
#include "win_path.h"

static BOOL is_file(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0 && !S_ISDIR(st.st_mode);
}

/* dir/name, malloc'd, when that file exists; NULL otherwise. */
static char *try_in(const char *dir, size_t dir_len, const char *name)
{
    size_t size = dir_len + strlen(name) + 2;
    char *path = malloc(size);
    if (!path)
        return NULL;
    if (dir_len == 0)
        snprintf(path, size, "%s", name);
    else
        snprintf(path, size, "%.*s%s%s", (int)dir_len, dir, dir[dir_len - 1] == '/' ? "" : "/",
                 name);
    if (is_file(path))
        return path;
    free(path);
    return NULL;
}

/* Tries each directory of list (separated by sep). */
static char *try_list(const char *list, char sep, const char *name)
{
    while (list && *list) {
        const char *end = strchr(list, sep);
        size_t len = end ? (size_t)(end - list) : strlen(list);
        char *found = len ? try_in(list, len, name) : NULL;
        if (found)
            return found;
        list = end ? end + 1 : NULL;
    }
    return NULL;
}

static char *search(const char *dirs, const char *name)
{
    char exe[4096], *found;
    ssize_t n;

    if (strchr(name, '/'))
        return is_file(name) ? realpath(name, NULL) : NULL;
    if (dirs)
        return try_list(dirs, ';', name);
    n = readlink("/proc/self/exe", exe, sizeof exe - 1);
    if (n > 0) {
        exe[n] = '\0';
        *strrchr(exe, '/') = '\0';
        if ((found = try_in(exe, strlen(exe), name)))
            return found;
    }
    if ((found = try_in(".", 1, name)))
        return found;
    return try_list(getenv("PATH"), ':', name);
}

/* The found file's absolute path, malloc'd; NULL with the last error set. */
static char *search_path(char *dirs, char *name, const char *extension)
{
    char *full = NULL, *found = NULL, *absolute = NULL;
    const char *base;

    if (!name) {
        free(dirs);
        return NULL;
    }
    base = strrchr(name, '/') ? strrchr(name, '/') + 1 : name;
    /* The extension is added only to a name that has none. */
    if (extension && *extension && !strchr(base, '.')) {
        full = malloc(strlen(name) + strlen(extension) + 1);
        if (full)
            sprintf(full, "%s%s", name, extension);
    } else {
        full = strdup(name);
    }
    if (full)
        found = search(dirs, full);
    if (found) {
        absolute = realpath(found, NULL);
        if (!absolute) {
            absolute = found;
            found = NULL;
        }
    } else {
        SetLastError(full ? ERROR_FILE_NOT_FOUND : ERROR_NOT_ENOUGH_MEMORY);
    }
    free(found);
    free(full);
    free(name);
    free(dirs);
    return absolute;
}

DWORD WINAPI SearchPathA(LPCSTR lpPath, LPCSTR lpFileName, LPCSTR lpExtension, DWORD nBufferLength,
                         LPSTR lpBuffer, LPSTR *lpFilePart)
{
    char *found = search_path(lpPath ? w3_forward_slashes(lpPath) : NULL,
                              w3_posix_path_a(lpFileName), lpExtension);
    DWORD len;

    if (!found)
        return 0;
    len = (DWORD)strlen(found);
    if (!lpBuffer || len >= nBufferLength) {
        free(found);
        return len + 1;
    }
    memcpy(lpBuffer, found, len + 1);
    if (lpFilePart)
        *lpFilePart = strrchr(lpBuffer, '/') + 1;
    free(found);
    return len;
}

DWORD WINAPI SearchPathW(LPCWSTR lpPath, LPCWSTR lpFileName, LPCWSTR lpExtension,
                         DWORD nBufferLength, LPWSTR lpBuffer, LPWSTR *lpFilePart)
{
    char *path = lpPath ? w3_wide_to_utf8(lpPath) : NULL;
    char *extension = lpExtension ? w3_wide_to_utf8(lpExtension) : NULL;
    char *dirs = path ? w3_forward_slashes(path) : NULL;
    char *found = search_path(dirs, w3_posix_path_w(lpFileName), extension);
    WCHAR *wide;
    DWORD len = 0;

    free(path);
    free(extension);
    if (!found)
        return 0;
    wide = w3_utf8_to_wide(found);
    free(found);
    if (!wide) {
        SetLastError(ERROR_NOT_ENOUGH_MEMORY);
        return 0;
    }
    len = (DWORD)wcslen(wide);
    if (!lpBuffer || len >= nBufferLength) {
        free(wide);
        return len + 1;
    }
    memcpy(lpBuffer, wide, (len + 1) * sizeof(WCHAR));
    if (lpFilePart)
        *lpFilePart = wcsrchr(lpBuffer, L'/') + 1;
    free(wide);
    return len;
}
