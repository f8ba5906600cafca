/* GetFinalPathNameByHandle: the path of the file behind a handle, read from the
 * descriptor's /proc/self/fd link. POSIX has no volumes, so every VOLUME_NAME_* flag
 * gives the same absolute POSIX path (no "\\?\" prefix), and FILE_NAME_OPENED is
 * FILE_NAME_NORMALIZED: the kernel keeps the one name with symbolic links resolved. */
#include <windows.h>

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <wchar.h>

#include "file_handle.h"
#include "text_conv.h"
#include "win_path.h"

#define W3_FINAL_PATH_FLAGS                                                                        \
    (FILE_NAME_OPENED | VOLUME_NAME_GUID | VOLUME_NAME_NT | VOLUME_NAME_NONE)

/* A malloc'd copy of the path of the file behind h, or NULL with the last error set. */
static char *final_path(HANDLE h, DWORD flags)
{
    struct w3_object *ref;
    char link[64], *path = NULL;
    size_t size = 256;
    int fd;

    if (flags & ~(DWORD)W3_FINAL_PATH_FLAGS) {
        SetLastError(ERROR_INVALID_PARAMETER);
        return NULL;
    }
    fd = w3_file_descriptor(h, &ref);
    if (fd < 0)
        return NULL;
    snprintf(link, sizeof link, "/proc/self/fd/%d", fd);
    for (;;) {
        char *bigger = realloc(path, size);
        ssize_t n;
        if (!bigger) {
            SetLastError(ERROR_NOT_ENOUGH_MEMORY);
            break;
        }
        path = bigger;
        n = readlink(link, path, size);
        if (n < 0) {
            SetLastError(w3_error_from_errno(errno, NULL));
            break;
        }
        if ((size_t)n < size) {
            path[n] = '\0';
            /* A pipe or socket links to "pipe:[N]": no file name to give. */
            if (path[0] == '/') {
                w3_object_release(ref);
                return path;
            }
            SetLastError(ERROR_INVALID_HANDLE);
            break;
        }
        size *= 2;
    }
    w3_object_release(ref);
    free(path);
    return NULL;
}

/* The length without the NUL when it fits; else, as Wine does (the documentation says
 * the size with the NUL, which only the W function gives), the length without it. */
DWORD WINAPI GetFinalPathNameByHandleA(HANDLE hFile, LPSTR lpszFilePath, DWORD cchFilePath,
                                       DWORD dwFlags)
{
    char *path = final_path(hFile, dwFlags);
    DWORD len;

    if (!path)
        return 0;
    len = (DWORD)strlen(path);
    if (!lpszFilePath || len >= cchFilePath) {
        free(path);
        return len;
    }
    memcpy(lpszFilePath, path, len + 1);
    free(path);
    return len;
}

/* As documented: the length without the NUL when it fits, else the size needed with
 * the NUL. */
DWORD WINAPI GetFinalPathNameByHandleW(HANDLE hFile, LPWSTR lpszFilePath, DWORD cchFilePath,
                                       DWORD dwFlags)
{
    char *path = final_path(hFile, dwFlags);
    WCHAR *wide;
    DWORD len;

    if (!path)
        return 0;
    wide = w3_utf8_to_wide(path);
    free(path);
    if (!wide) {
        SetLastError(ERROR_NOT_ENOUGH_MEMORY);
        return 0;
    }
    len = (DWORD)wcslen(wide);
    if (!lpszFilePath || len >= cchFilePath) {
        free(wide);
        return len + 1;
    }
    wmemcpy(lpszFilePath, wide, len + 1);
    free(wide);
    return len;
}
