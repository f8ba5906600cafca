/* What the static file handler knows of a file, kept per handler by physical path (IIS's
 * file cache, nginx's open_file_cache): one stat per path and second at most, the ETag
 * and Last-Modified texts formatted once per version of the file. */
#ifndef W3E_STATIC_FILE_CACHE_H
#define W3E_STATIC_FILE_CACHE_H

typedef struct w3s_file_facts {
    int is_directory;
    unsigned long long size;
    long long mtime;   /* seconds since 1970 */
    char etag[48];     /* "\"<mtime hex>:<size hex>\"" */
    char modified[32]; /* the HTTP date of mtime */
} w3s_file_facts;

/* A bounded number of entries; a new path takes the place of the one it hashes to. */
#define W3S_FILE_CACHE_ENTRIES 512
/* An entry older than this is checked again with a stat before it is used: a changed
 * file is served fresh at most this long after the change (nginx:
 * open_file_cache_valid). */
#define W3S_FILE_CACHE_VALID_MS 1000

typedef struct w3s_file_cache w3s_file_cache;

w3s_file_cache *w3s_file_cache_create(void);
void w3s_file_cache_destroy(w3s_file_cache *cache);

/* The facts of the file or directory at `path` (a native path); 0 when there is none
 * (a missing name is not kept: it is looked up every time). */
int w3s_file_facts_of(w3s_file_cache *cache, const char *path, w3s_file_facts *facts);

#endif
