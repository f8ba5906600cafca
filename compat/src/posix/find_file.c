/* FindFirstFile / FindNextFile / FindClose over a snapshot of a directory's matching
 * names, taken when the search starts. */
#include <windows.h>

#include <ctype.h>
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>

#include "file_info.h"
#include "handle.h"
#include "text_conv.h"
#include "win_path.h"

struct find {
    struct w3_object obj;
    DIR *dir;
    char **names;
    size_t count, next;
};

static void destroy_find(struct w3_object *obj)
{
    struct find *f = (struct find *)obj;
    for (size_t i = 0; i < f->count; i++)
        free(f->names[i]);
    free(f->names);
    if (f->dir)
        closedir(f->dir);
    free(f);
}

static const struct w3_object_ops find_ops = {destroy_find, NULL};

/* Windows wildcards, case-insensitively: '*' any run of characters, '?' one. */
static int matches(const char *mask, const char *name)
{
    const char *star = NULL, *resume = NULL;
    while (*name) {
        if (*mask == '*') {
            star = mask++;
            resume = name;
        } else if (*mask == '?' ||
                   (*mask && tolower((unsigned char)*mask) == tolower((unsigned char)*name))) {
            mask++;
            name++;
        } else if (star) {
            mask = star + 1;
            name = ++resume;
        } else {
            return 0;
        }
    }
    while (*mask == '*')
        mask++;
    return *mask == '\0';
}

/* "." and ".." first, as Windows lists them, then by name without regard to case. */
static int compare_names(const void *a, const void *b)
{
    const char *x = *(char *const *)a, *y = *(char *const *)b;
    int rank_x = strcmp(x, ".") == 0 ? 0 : strcmp(x, "..") == 0 ? 1 : 2;
    int rank_y = strcmp(y, ".") == 0 ? 0 : strcmp(y, "..") == 0 ? 1 : 2;
    if (rank_x != rank_y)
        return rank_x - rank_y;
    int c = strcasecmp(x, y);
    return c ? c : strcmp(x, y);
}

static BOOL add_name(struct find *f, const char *name, size_t *capacity)
{
    if (f->count == *capacity) {
        size_t bigger = *capacity ? *capacity * 2 : 16;
        char **names = realloc(f->names, bigger * sizeof *names);
        if (!names)
            return FALSE;
        f->names = names;
        *capacity = bigger;
    }
    if (!(f->names[f->count] = strdup(name)))
        return FALSE;
    f->count++;
    return TRUE;
}

/* Discards a search that cannot start: NULL with the last error set to error. */
static struct find *abandon(struct find *f, DWORD error)
{
    SetLastError(error);
    destroy_find(&f->obj);
    return NULL;
}

/* Starts a search for path (directory part + mask). NULL with the last error set. */
static struct find *start_find(char *path)
{
    char *slash = strrchr(path, '/');
    const char *dir_name = ".";
    const char *mask = path;
    if (slash) {
        *slash = '\0';
        dir_name = slash == path ? "/" : path;
        mask = slash + 1;
    }
    if (!*mask) {
        SetLastError(ERROR_FILE_NOT_FOUND);
        return NULL;
    }
    if (strcmp(mask, "*.*") == 0)
        mask = "*";

    struct find *f = calloc(1, sizeof *f);
    if (!f) {
        SetLastError(ERROR_NOT_ENOUGH_MEMORY);
        return NULL;
    }
    w3_object_init(&f->obj, &find_ops);
    if (!(f->dir = opendir(dir_name)))
        return abandon(f, errno == ENOENT ? ERROR_PATH_NOT_FOUND /* the directory is missing */
                                          : w3_error_from_errno(errno, NULL));
    size_t capacity = 0;
    struct stat st;
    if (!strpbrk(mask, "*?") && fstatat(dirfd(f->dir), mask, &st, 0) == 0) {
        /* A name without wildcards that exists as written: the directory need not be
         * read (other case variants can only exist on a case-sensitive file system). */
        return add_name(f, mask, &capacity) ? f : abandon(f, ERROR_NOT_ENOUGH_MEMORY);
    }
    struct dirent *entry;
    while ((entry = readdir(f->dir)))
        if (matches(mask, entry->d_name) && !add_name(f, entry->d_name, &capacity))
            return abandon(f, ERROR_NOT_ENOUGH_MEMORY);
    if (f->count == 0)
        return abandon(f, ERROR_FILE_NOT_FOUND);
    qsort(f->names, f->count, sizeof *f->names, compare_names);
    return f;
}

/* The next entry that still exists: its name and status. */
static const char *next_entry(struct find *f, struct stat *st)
{
    while (f->next < f->count) {
        const char *name = f->names[f->next++];
        if (fstatat(dirfd(f->dir), name, st, 0) == 0 ||
            fstatat(dirfd(f->dir), name, st, AT_SYMLINK_NOFOLLOW) == 0)
            return name;
    }
    SetLastError(ERROR_NO_MORE_FILES);
    return NULL;
}

#define FILL_COMMON(data, st)                                                                      \
    do {                                                                                           \
        WIN32_FILE_ATTRIBUTE_DATA common;                                                          \
        w3_attribute_data_of_stat((st), &common);                                                  \
        memset((data), 0, sizeof *(data));                                                         \
        (data)->dwFileAttributes = common.dwFileAttributes;                                        \
        (data)->ftCreationTime = common.ftCreationTime;                                            \
        (data)->ftLastAccessTime = common.ftLastAccessTime;                                        \
        (data)->ftLastWriteTime = common.ftLastWriteTime;                                          \
        (data)->nFileSizeHigh = common.nFileSizeHigh;                                              \
        (data)->nFileSizeLow = common.nFileSizeLow;                                                \
    } while (0)

static BOOL next_a(struct find *f, LPWIN32_FIND_DATAA data)
{
    struct stat st;
    const char *name = next_entry(f, &st);
    if (!name)
        return FALSE;
    FILL_COMMON(data, &st);
    strncpy(data->cFileName, name, MAX_PATH - 1);
    return TRUE;
}

static BOOL next_w(struct find *f, LPWIN32_FIND_DATAW data)
{
    struct stat st;
    const char *name = next_entry(f, &st);
    if (!name)
        return FALSE;
    WCHAR *wide = w3_utf8_to_wide(name);
    if (!wide)
        return FALSE;
    FILL_COMMON(data, &st);
    wcsncpy(data->cFileName, wide, MAX_PATH - 1);
    free(wide);
    return TRUE;
}

/* Opens a handle for f after its first entry has been delivered. */
static HANDLE open_search(struct find *f, BOOL first_ok)
{
    if (!first_ok) {
        abandon(f, ERROR_FILE_NOT_FOUND);
        return INVALID_HANDLE_VALUE;
    }
    HANDLE h = w3_handle_open(&f->obj);
    return h ? h : INVALID_HANDLE_VALUE;
}

HANDLE WINAPI FindFirstFileA(LPCSTR lpFileName, LPWIN32_FIND_DATAA lpFindFileData)
{
    char *path = w3_posix_path_a(lpFileName);
    if (!path)
        return INVALID_HANDLE_VALUE;
    struct find *f = start_find(path);
    free(path);
    return f ? open_search(f, next_a(f, lpFindFileData)) : INVALID_HANDLE_VALUE;
}

HANDLE WINAPI FindFirstFileW(LPCWSTR lpFileName, LPWIN32_FIND_DATAW lpFindFileData)
{
    char *path = w3_posix_path_w(lpFileName);
    if (!path)
        return INVALID_HANDLE_VALUE;
    struct find *f = start_find(path);
    free(path);
    return f ? open_search(f, next_w(f, lpFindFileData)) : INVALID_HANDLE_VALUE;
}

BOOL WINAPI FindNextFileA(HANDLE hFindFile, LPWIN32_FIND_DATAA lpFindFileData)
{
    struct find *f = (struct find *)w3_handle_lookup(hFindFile, &find_ops);
    if (!f)
        return FALSE;
    BOOL ok = next_a(f, lpFindFileData);
    w3_object_release(&f->obj);
    return ok;
}

BOOL WINAPI FindNextFileW(HANDLE hFindFile, LPWIN32_FIND_DATAW lpFindFileData)
{
    struct find *f = (struct find *)w3_handle_lookup(hFindFile, &find_ops);
    if (!f)
        return FALSE;
    BOOL ok = next_w(f, lpFindFileData);
    w3_object_release(&f->obj);
    return ok;
}

BOOL WINAPI FindClose(HANDLE hFindFile)
{
    struct find *f = (struct find *)w3_handle_lookup(hFindFile, &find_ops);
    if (!f)
        return FALSE;
    w3_object_release(&f->obj);
    return CloseHandle(hFindFile);
}
