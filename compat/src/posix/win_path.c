#include "win_path.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "text_conv.h"

static char *to_posix(char *p)
{
    for (char *c = p; *c; c++)
        if (*c == '\\')
            *c = '/';
    return p;
}

char *w3_forward_slashes(const char *path)
{
    char *copy = strdup(path);
    if (!copy) {
        SetLastError(ERROR_NOT_ENOUGH_MEMORY);
        return NULL;
    }
    return to_posix(copy);
}

/* Whether a path argument is refused: NULL with ERROR_INVALID_PARAMETER, "" with
 * ERROR_PATH_NOT_FOUND. */
static BOOL refused(BOOL is_null, BOOL is_empty)
{
    if (is_null || is_empty)
        SetLastError(is_null ? ERROR_INVALID_PARAMETER : ERROR_PATH_NOT_FOUND);
    return is_null || is_empty;
}

char *w3_posix_path_a(LPCSTR path)
{
    return refused(!path, path && !*path) ? NULL : w3_forward_slashes(path);
}

char *w3_posix_path_w(LPCWSTR path)
{
    if (refused(!path, path && !*path))
        return NULL;
    char *utf8 = w3_wide_to_utf8(path);
    return utf8 ? to_posix(utf8) : NULL;
}

/* Whether the directory that would contain path exists. */
static int parent_exists(const char *path)
{
    const char *slash = strrchr(path, '/');
    if (!slash)
        return 1;
    size_t len = slash == path ? 1 : (size_t)(slash - path);
    char *dir = malloc(len + 1);
    if (!dir)
        return 1;
    memcpy(dir, path, len);
    dir[len] = '\0';
    struct stat st;
    int ok = stat(dir, &st) == 0 && S_ISDIR(st.st_mode);
    free(dir);
    return ok;
}

DWORD w3_error_from_errno(int err, const char *path)
{
    switch (err) {
    case 0:
        return ERROR_SUCCESS;
    case ENOENT:
        return path && !parent_exists(path) ? ERROR_PATH_NOT_FOUND : ERROR_FILE_NOT_FOUND;
    case ENOTDIR:
        return ERROR_PATH_NOT_FOUND;
    case EACCES:
    case EPERM:
    case EISDIR:
    case EROFS:
        return ERROR_ACCESS_DENIED;
    case EEXIST:
        return ERROR_FILE_EXISTS;
    case ENOTEMPTY:
        return ERROR_DIR_NOT_EMPTY;
    case EMFILE:
    case ENFILE:
        return ERROR_TOO_MANY_OPEN_FILES;
    case ENOSPC:
        return ERROR_DISK_FULL;
    case ENAMETOOLONG:
        return ERROR_FILENAME_EXCED_RANGE;
    case EBADF:
        return ERROR_INVALID_HANDLE;
    case ENOMEM:
        return ERROR_NOT_ENOUGH_MEMORY;
    case EBUSY:
        return ERROR_BUSY;
    case EINVAL:
        return ERROR_INVALID_PARAMETER;
    default:
        return ERROR_GEN_FAILURE;
    }
}
