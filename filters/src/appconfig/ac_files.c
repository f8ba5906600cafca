/* Parsed configuration files, each read again when its modification time or size
 * changes, so a change is seen by the next request (IIS watches the files instead). */
#include "appconfig.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct cached_file {
    char *path;
    long long mtime, size;
    ac_node *tree; /* NULL if the file was missing or malformed */
    int missing;
    char error[512]; /* why it could not be read */
} cached_file;

struct ac_files {
    CRITICAL_SECTION lock;
    cached_file *entries;
    size_t count;
};

ac_files *ac_files_new(void)
{
    ac_files *files = calloc(1, sizeof *files);
    if (files != NULL)
        InitializeCriticalSection(&files->lock);
    return files;
}

void ac_files_free(ac_files *files)
{
    if (files == NULL)
        return;
    for (size_t i = 0; i < files->count; i++) {
        free(files->entries[i].path);
        ac_node_free(files->entries[i].tree);
    }
    free(files->entries);
    DeleteCriticalSection(&files->lock);
    free(files);
}

void ac_files_lock(ac_files *files)
{
    EnterCriticalSection(&files->lock);
}

void ac_files_unlock(ac_files *files)
{
    LeaveCriticalSection(&files->lock);
}

/* The file's identity for the cache (its write time in 100-ns units): -1 if it is no
 * file. */
static long long stat_file(const char *path, long long *size)
{
    WIN32_FILE_ATTRIBUTE_DATA data;
    if (!GetFileAttributesExA(path, GetFileExInfoStandard, &data) ||
        (data.dwFileAttributes & FILE_ATTRIBUTE_DIRECTORY))
        return -1;
    *size = (long long)(((ULONGLONG)data.nFileSizeHigh << 32) | data.nFileSizeLow);
    return (long long)(((ULONGLONG)data.ftLastWriteTime.dwHighDateTime << 32) |
                       data.ftLastWriteTime.dwLowDateTime);
}

/* The entry of `path`; a new one only for a file that exists (create nonzero), so that
 * requests for made-up folders do not grow the cache. */
static cached_file *entry_for(ac_files *files, const char *path, int create)
{
    for (size_t i = 0; i < files->count; i++)
        if (strcmp(files->entries[i].path, path) == 0)
            return &files->entries[i];
    if (!create)
        return NULL;
    cached_file *more = realloc(files->entries, (files->count + 1) * sizeof *more);
    char *copy = _strdup(path);
    if (more == NULL || copy == NULL) {
        if (more != NULL)
            files->entries = more;
        free(copy);
        return NULL;
    }
    files->entries = more;
    cached_file *entry = &more[files->count++];
    memset(entry, 0, sizeof *entry);
    entry->path = copy;
    entry->mtime = -2; /* never read */
    return entry;
}

const ac_node *ac_files_get(ac_files *files, const char *path, int *missing, char *err,
                            size_t err_size)
{
    long long size = 0, mtime = stat_file(path, &size);
    cached_file *entry = entry_for(files, path, mtime != -1);
    *missing = mtime == -1;
    if (entry == NULL) {
        if (!*missing)
            snprintf(err, err_size, "%s: out of memory", path);
        return NULL;
    }
    if (mtime != entry->mtime || size != entry->size) {
        ac_node_free(entry->tree);
        entry->tree = NULL;
        entry->mtime = mtime;
        entry->size = size;
        entry->missing = mtime == -1;
        entry->error[0] = '\0';
        if (!entry->missing)
            entry->tree = ac_parse_file(path, entry->error, sizeof entry->error);
    }
    *missing = entry->missing;
    if (entry->tree == NULL && !entry->missing)
        snprintf(err, err_size, "%s", entry->error);
    return entry->tree;
}
