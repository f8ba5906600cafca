/* io.h's _findfirst/_findnext/_findclose over compat's FindFirstFileA, which gives
 * the Windows wildcard rules (*, ?, *.* matching names without a dot). */
#include "../crt_internal.h"
#include "../time_units.h"

static time_t unix_time(const FILETIME *ft)
{
    ULONGLONG ticks = w3_ticks_of(ft);
    return ticks < W3_UNIX_EPOCH_AS_FILETIME
               ? 0
               : (time_t)((ticks - W3_UNIX_EPOCH_AS_FILETIME) / W3_TICKS_PER_SECOND);
}

static void fill(struct _finddata_t *out, const WIN32_FIND_DATAA *in)
{
    out->attrib = in->dwFileAttributes & (_A_RDONLY | _A_HIDDEN | _A_SYSTEM | _A_SUBDIR | _A_ARCH);
    out->time_create = unix_time(&in->ftCreationTime);
    out->time_access = unix_time(&in->ftLastAccessTime);
    out->time_write = unix_time(&in->ftLastWriteTime);
    out->size = in->nFileSizeLow;
    _Static_assert(sizeof out->name == sizeof in->cFileName, "both are MAX_PATH");
    memcpy(out->name, in->cFileName, sizeof out->name);
    out->name[sizeof out->name - 1] = '\0';
}

/* No match and a missing directory are ENOENT; a bad pattern is EINVAL. */
static void set_errno_from_last_error(void)
{
    DWORD e = GetLastError();
    errno = (e == ERROR_FILE_NOT_FOUND || e == ERROR_PATH_NOT_FOUND || e == ERROR_NO_MORE_FILES)
                ? ENOENT
                : EINVAL;
}

intptr_t __cdecl _findfirst(const char *pattern, struct _finddata_t *data)
{
    if (!pattern || !data) {
        w3_crt_invalid_parameter(EINVAL, "_findfirst");
        return -1;
    }
    WIN32_FIND_DATAA found;
    HANDLE h = FindFirstFileA(pattern, &found);
    if (h == INVALID_HANDLE_VALUE) {
        set_errno_from_last_error();
        return -1;
    }
    fill(data, &found);
    return (intptr_t)h;
}

int __cdecl _findnext(intptr_t handle, struct _finddata_t *data)
{
    if (handle == -1 || !data) {
        w3_crt_invalid_parameter(EINVAL, "_findnext");
        return -1;
    }
    WIN32_FIND_DATAA found;
    if (!FindNextFileA((HANDLE)handle, &found)) {
        set_errno_from_last_error();
        return -1;
    }
    fill(data, &found);
    return 0;
}

int __cdecl _findclose(intptr_t handle)
{
    if (handle == -1 || !FindClose((HANDLE)handle)) {
        errno = ENOENT;
        return -1;
    }
    return 0;
}
