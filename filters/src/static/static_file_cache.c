/* The static file handler's file facts, cached by physical path (see
 * static_file_cache.h). Entries sit in a fixed table indexed by the path's hash; the
 * stat that refreshes one runs outside the lock. */
#include "static_file_cache.h"

#include <stdlib.h>
#include <string.h>

#include <windows.h>

#include "base/http_date.h"

typedef struct cache_entry {
    char *path; /* NULL: a free slot */
    unsigned hash;
    ULONGLONG checked; /* GetTickCount64 of the last stat */
    w3s_file_facts facts;
} cache_entry;

struct w3s_file_cache {
    CRITICAL_SECTION lock;
    cache_entry entries[W3S_FILE_CACHE_ENTRIES];
};

w3s_file_cache *w3s_file_cache_create(void)
{
    w3s_file_cache *cache = calloc(1, sizeof *cache);
    if (cache != NULL)
        InitializeCriticalSection(&cache->lock);
    return cache;
}

void w3s_file_cache_destroy(w3s_file_cache *cache)
{
    if (cache == NULL)
        return;
    for (size_t i = 0; i < W3S_FILE_CACHE_ENTRIES; i++)
        free(cache->entries[i].path);
    DeleteCriticalSection(&cache->lock);
    free(cache);
}

/* FNV-1a. */
static unsigned hash_of(const char *path)
{
    unsigned h = 2166136261u;
    for (const unsigned char *p = (const unsigned char *)path; *p != '\0'; p++)
        h = (h ^ *p) * 16777619u;
    return h;
}

/* One stat: attributes, size and time of the name, and the texts made from them. */
static int stat_file(const char *path, w3s_file_facts *facts)
{
    WIN32_FILE_ATTRIBUTE_DATA data;
    if (!GetFileAttributesExA(path, GetFileExInfoStandard, &data))
        return 0;
    facts->is_directory = (data.dwFileAttributes & FILE_ATTRIBUTE_DIRECTORY) != 0;
    facts->size = ((unsigned long long)data.nFileSizeHigh << 32) | data.nFileSizeLow;
    facts->mtime =
        w3e_filetime_to_unix(((unsigned long long)data.ftLastWriteTime.dwHighDateTime << 32) |
                             data.ftLastWriteTime.dwLowDateTime);
    w3e_format_etag(facts->mtime, facts->size, facts->etag, sizeof facts->etag);
    w3e_format_http_date(facts->mtime, facts->modified, sizeof facts->modified);
    return 1;
}

int w3s_file_facts_of(w3s_file_cache *cache, const char *path, w3s_file_facts *facts)
{
    unsigned hash = hash_of(path);
    cache_entry *e = &cache->entries[hash % W3S_FILE_CACHE_ENTRIES];
    ULONGLONG now = GetTickCount64();
    EnterCriticalSection(&cache->lock);
    int fresh = e->path != NULL && e->hash == hash && now - e->checked < W3S_FILE_CACHE_VALID_MS &&
                strcmp(e->path, path) == 0;
    if (fresh)
        *facts = e->facts;
    LeaveCriticalSection(&cache->lock);
    if (fresh)
        return 1;

    int found = stat_file(path, facts);
    size_t len = strlen(path) + 1;
    char *copy = found ? malloc(len) : NULL;
    if (copy != NULL)
        memcpy(copy, path, len);
    EnterCriticalSection(&cache->lock);
    char *old = NULL;
    if (copy != NULL) { /* the path takes the slot (the one there is evicted) */
        old = e->path;
        e->path = copy;
        e->hash = hash;
        e->checked = now;
        e->facts = *facts;
    } else if (e->path != NULL && e->hash == hash && strcmp(e->path, path) == 0) {
        old = e->path; /* gone (or no memory to keep it): forgotten */
        e->path = NULL;
    }
    LeaveCriticalSection(&cache->lock);
    free(old);
    return found;
}
