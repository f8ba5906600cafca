/* The cache of compiled sections (config_cache.h): a small table per server, keyed by
 * kind and configuration path, each entry stamped with the configuration system's
 * number for the files its path reads; a stale entry is made again. The table is
 * emptied when it is full (a site has few folders with settings of their own; a crawl
 * over many URLs only costs a rebuild). */
#include "core/config_cache.h"

#include <string.h>

#include "core/conn.h"
#include "core/request.h"
#include "core/server.h"

#define CACHE_ENTRIES 256

typedef struct cache_entry {
    const w3e_section_kind *kind;
    unsigned long long hash, stamp;
    char *path;
    void *compiled;
} cache_entry;

struct w3e_config_cache {
    cache_entry entries[CACHE_ENTRIES];
    size_t count;
};

static unsigned long long hash_text(const char *text)
{
    unsigned long long h = 1469598103934665603ull; /* FNV-1a */
    for (; *text != '\0'; text++)
        h = (h ^ (unsigned char)*text) * 1099511628211ull;
    return h;
}

const char *w3e_config_path(w3_request *req)
{
    static const char prefix[] = "MACHINE/WEBROOT/APPHOST/";
    const char *site = req->conn->server->cfg.site_name;
    const char *url = w3e_request_path(req);
    if (site == NULL)
        site = "Default Web Site";
    if (url == NULL)
        url = "";
    size_t site_len = strlen(site), url_len = strlen(url);
    char *path = w3e_arena_alloc(req->arena, sizeof prefix + site_len + url_len);
    if (path != NULL) {
        memcpy(path, prefix, sizeof prefix - 1);
        memcpy(path + sizeof prefix - 1, site, site_len);
        memcpy(path + sizeof prefix - 1 + site_len, url, url_len + 1);
    }
    return path;
}

static void drop(cache_entry *entry)
{
    entry->kind->free(entry->compiled);
    w3e_free(entry->path);
}

void *w3e_section_for(w3_request *req, const w3e_section_kind *kind)
{
    w3_server *server = req->conn->server;
    if (server->admin_manager == NULL || server->config_stamp == NULL)
        return NULL;
    const char *path = w3e_config_path(req);
    if (path == NULL)
        return NULL;
    if (server->config_cache == NULL) {
        server->config_cache = w3e_alloc(sizeof *server->config_cache);
        if (server->config_cache == NULL)
            return NULL;
        memset(server->config_cache, 0, sizeof *server->config_cache);
    }
    struct w3e_config_cache *cache = server->config_cache;
    unsigned long long hash = hash_text(path), stamp = server->config_stamp(server, path);
    cache_entry *entry = NULL;
    for (size_t i = 0; i < cache->count && entry == NULL; i++)
        if (cache->entries[i].hash == hash && cache->entries[i].kind == kind &&
            strcmp(cache->entries[i].path, path) == 0)
            entry = &cache->entries[i];
    if (entry != NULL && entry->stamp == stamp)
        return entry->compiled;
    void *compiled = kind->make(server->admin_manager, path);
    if (compiled == NULL)
        return NULL;
    if (entry != NULL) {
        kind->free(entry->compiled);
    } else {
        if (cache->count == CACHE_ENTRIES) {
            for (size_t i = 0; i < cache->count; i++)
                drop(&cache->entries[i]);
            cache->count = 0;
        }
        char *copy = w3e_alloc(strlen(path) + 1);
        if (copy == NULL) {
            kind->free(compiled);
            return NULL;
        }
        strcpy(copy, path);
        entry = &cache->entries[cache->count++];
        entry->kind = kind;
        entry->hash = hash;
        entry->path = copy;
    }
    entry->stamp = stamp;
    entry->compiled = compiled;
    return compiled;
}

void w3e_config_cache_free(w3_server *server)
{
    struct w3e_config_cache *cache = server->config_cache;
    if (cache == NULL)
        return;
    for (size_t i = 0; i < cache->count; i++)
        drop(&cache->entries[i]);
    w3e_free(cache);
    server->config_cache = NULL;
}
