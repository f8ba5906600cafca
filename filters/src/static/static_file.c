/* The static file handler: maps a URL below the root to a file and answers with it. */
#include "w3static.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <windows.h>

#include "static_file.h"
#include "base/text.h"
#include "core/request.h"
#include "static_content.h"
#include "static_file_cache.h"
#include "static_file_listing.h"
#include "static_folder.h"

#define PATH_MAX_BYTES 4096

struct w3_static {
    char *root;
    char **default_documents;
    size_t default_document_count;
    int directory_browse;
    w3s_file_cache *cache;
};

w3_static *w3_static_create(const w3_static_config *cfg)
{
    w3_static *files = calloc(1, sizeof *files);
    if (files == NULL)
        return NULL;
    files->root = w3e_heap_strdup(cfg->root != NULL ? cfg->root : ".");
    files->default_documents = calloc(cfg->default_document_count + 1, sizeof(char *));
    files->directory_browse = cfg->directory_browse;
    files->cache = w3s_file_cache_create();
    if (files->root == NULL || files->default_documents == NULL || files->cache == NULL) {
        w3_static_destroy(files);
        return NULL;
    }
    for (size_t i = 0; i < cfg->default_document_count; i++) {
        files->default_documents[i] = w3e_heap_strdup(cfg->default_documents[i]);
        if (files->default_documents[i] == NULL) {
            w3_static_destroy(files);
            return NULL;
        }
        files->default_document_count++;
    }
    return files;
}

void w3_static_destroy(w3_static *files)
{
    if (files == NULL)
        return;
    for (size_t i = 0; i < files->default_document_count; i++)
        free(files->default_documents[i]);
    free(files->default_documents);
    free(files->root);
    w3s_file_cache_destroy(files->cache);
    free(files);
}

/* a, b and c one after the other into out, as much as fits (with its NUL); returns the
 * whole length, as snprintf does. Per request, without printf. */
static size_t join(char *out, size_t size, const char *a, const char *b, const char *c)
{
    const char *parts[3] = {a, b, c};
    size_t total = 0;
    for (int i = 0; i < 3; i++) {
        size_t n = strlen(parts[i]);
        if (total < size) {
            size_t room = size - 1 - total;
            memcpy(out + total, parts[i], n < room ? n : room);
        }
        total += n;
    }
    out[total < size ? total : size - 1] = '\0';
    return total;
}

/* A physical path as the file output and the file functions take it: on POSIX the
 * engine's '\' separators become '/' (the embedder may open it without compat). */
static size_t native_path(char *out, size_t size, const char *physical)
{
    size_t n = join(out, size, physical, "", "");
#ifndef _WIN32
    for (char *c = out; *c != '\0'; c++)
        if (*c == '\\')
            *c = '/';
#endif
    return n;
}

static void answer_error(w3_response *resp, unsigned status, const char *reason)
{
    char body[128];
    int n = snprintf(body, sizeof body, "%u %s\r\n", status, reason);
    w3_response_set_status(resp, status, reason);
    w3_response_add_header(resp, "Content-Type", "text/plain");
    w3_response_write(resp, body, (size_t)n);
}

static const char *reason_of(unsigned status)
{
    switch (status) {
    case 400:
        return "Bad Request";
    case 404:
        return "Not Found";
    case 414:
        return "URI Too Long";
    default:
        return "Error";
    }
}

static int is_not_modified(w3_request *req, const char *etag, long long mtime)
{
    const char *inm = w3_request_header(req, "If-None-Match");
    if (inm != NULL)
        return w3s_etag_matches(inm, etag);
    const char *ims = w3_request_header(req, "If-Modified-Since");
    long long since;
    return ims != NULL && w3e_parse_http_date(ims, &since) == 0 && mtime <= since;
}

/* <clientCache>: Cache-Control (the mode's directive, then cacheControlCustom's) and
 * Expires. */
static void add_cache_headers(w3_response *resp, const w3s_content *content)
{
    enum w3s_cache_mode mode = w3s_cache_mode(content);
    const char *custom = w3s_cache_custom(content);
    char control[512] = "";
    if (mode == W3S_DISABLE_CACHE)
        snprintf(control, sizeof control, "no-cache");
    else if (mode == W3S_USE_MAX_AGE)
        snprintf(control, sizeof control, "max-age=%llu", w3s_cache_max_age(content));
    /* cacheControlCustom may hold several directives, one per line. */
    for (const char *p = custom; *p != '\0';) {
        size_t n = strcspn(p, "\r\n"), len = strlen(control);
        if (n > 0)
            snprintf(control + len, sizeof control - len, "%s%.*s", len > 0 ? ", " : "", (int)n, p);
        p += n + strspn(p + n, "\r\n");
    }
    if (control[0] != '\0')
        w3_response_add_header(resp, "Cache-Control", control);
    if (mode == W3S_USE_EXPIRES && w3s_cache_expires(content)[0] != '\0')
        w3_response_add_header(resp, "Expires", w3s_cache_expires(content));
}

static void serve_file(w3_request *req, w3_response *resp, const char *path,
                       const w3s_file_facts *facts, int head)
{
    const w3s_content *content = w3s_content_for(req);
    const char *type = w3s_content_type(content, path);
    if (type == NULL) { /* IIS: 404.3, no MIME map for the extension */
        answer_error(resp, 404, "Not Found");
        req->substatus = 3;
        return;
    }
    const char *etag = facts->etag;
    char number[64];
    w3_response_add_header(resp, "Content-Type", type);
    w3_response_add_header(resp, "Last-Modified", facts->modified);
    w3_response_add_header(resp, "Accept-Ranges", "bytes");
    if (w3s_sets_etag(content))
        w3_response_add_header(resp, "ETag", etag);
    add_cache_headers(resp, content);
    if (is_not_modified(req, etag, facts->mtime)) {
        w3_response_set_status(resp, 304, "Not Modified");
        return;
    }
    unsigned long long first = 0, last = facts->size == 0 ? 0 : facts->size - 1;
    const char *if_range = w3_request_header(req, "If-Range");
    enum w3s_range_result range = W3S_RANGE_NONE;
    if (if_range == NULL || strcmp(if_range, etag) == 0)
        range = w3s_parse_range(w3_request_header(req, "Range"), facts->size, &first, &last);
    if (range == W3S_RANGE_UNSATISFIABLE) {
        snprintf(number, sizeof number, "bytes */%llu", facts->size);
        w3_response_add_header(resp, "Content-Range", number);
        answer_error(resp, 416, "Range Not Satisfiable");
        return;
    }
    if (range == W3S_RANGE_OK) {
        w3_response_set_status(resp, 206, "Partial Content");
        snprintf(number, sizeof number, "bytes %llu-%llu/%llu", first, last, facts->size);
        w3_response_add_header(resp, "Content-Range", number);
    }
    unsigned long long length = facts->size == 0 ? 0 : last + 1 - first;
    if (head || length == 0) {
        snprintf(number, sizeof number, "%llu", length);
        w3_response_add_header(resp, "Content-Length", number);
        return;
    }
    /* The file is read when the response goes out: by the engine, or by the embedder
     * (w3_conn_set_file_output) off its event loop. */
    if (!w3_response_send_file(resp, path, first, length))
        answer_error(resp, 500, "Internal Server Error");
}

static void redirect_to_slash(w3_request *req, w3_response *resp)
{
    const char *url = w3_request_url(req);
    const char *query = strchr(url, '?');
    size_t path_len = query != NULL ? (size_t)(query - url) : strlen(url);
    char *location = malloc(strlen(url) + 2);
    if (location == NULL) {
        answer_error(resp, 500, "Internal Server Error");
        return;
    }
    memcpy(location, url, path_len);
    location[path_len] = '/';
    strcpy(location + path_len + 1, query != NULL ? query : "");
    w3_response_set_status(resp, 301, "Moved Permanently");
    w3_response_add_header(resp, "Location", location);
    free(location);
}

/* The default document `name` in the folder `path` (`base` bytes long) as Windows' file
 * system finds it, without regard to case. The name as listed comes from the file cache;
 * only when the folder holds it in another case does FindFirstFile search the folder (it
 * matches names so on every system and gives the name the folder holds). */
static int find_document(w3_static *files, char *path, size_t base, const char *name,
                         w3s_file_facts *facts)
{
    if (strpbrk(name, "*?") != NULL) /* wildcards: no one file's name */
        return 0;
    snprintf(path + base, PATH_MAX_BYTES - base, "/%s", name);
    if (w3s_file_facts_of(files->cache, path, facts))
        return !facts->is_directory;
    WIN32_FIND_DATAA found;
    HANDLE search = FindFirstFileA(path, &found);
    if (search == INVALID_HANDLE_VALUE)
        return 0;
    FindClose(search);
    size_t folder = base + 1, at = strlen(name);
    while (at > 0 && name[at - 1] != '/' && name[at - 1] != '\\')
        at--;
    folder += at; /* the name's own folders, if it has any */
    snprintf(path + folder, PATH_MAX_BYTES - folder, "%s", found.cFileName);
    return w3s_file_facts_of(files->cache, path, facts) && !facts->is_directory;
}

static void serve_directory(w3_static *files, w3_request *req, w3_response *resp, char *path,
                            const char *url_path, int head)
{
    /* The folder's <defaultDocument> and <directoryBrowse>, else the handler's own. */
    const char *const *documents = (const char *const *)files->default_documents;
    size_t document_count = files->default_document_count;
    int browse = files->directory_browse;
    const w3s_folder *folder = w3s_folder_for(req);
    if (folder != NULL) {
        w3s_folder_documents(folder, &documents, &document_count);
        browse = w3s_folder_browses(folder);
    }
    size_t base = strlen(path);
    for (size_t i = 0; i < document_count; i++) {
        w3s_file_facts doc;
        if (find_document(files, path, base, documents[i], &doc)) {
            serve_file(req, resp, path, &doc, head);
            return;
        }
    }
    path[base] = '\0';
    if (!browse) { /* IIS: 403.14, "Directory listing denied" */
        answer_error(resp, 403, "Forbidden");
        req->substatus = 14;
        return;
    }
    w3_response_add_header(resp, "Content-Type", "text/html; charset=utf-8");
    if (!w3s_write_listing(resp, path, url_path))
        answer_error(resp, 500, "Internal Server Error");
}

/* The file of `relative` (a normalised URL path without its '/'): below the folder of the
 * site's virtual directory that maps it, else below the handler's root. */
static size_t file_path(const w3_static *files, const w3_request *req, const char *relative,
                        char *path, size_t size)
{
    char url[PATH_MAX_BYTES + 1];
    join(url, sizeof url, "/", relative, "");
    size_t matched;
    const w3_virtual_dir *v = w3_request_virtual_dir(req, url, &matched);
    if (v != NULL)
        return join(path, size, v->physical_path, url + matched, "");
    return join(path, size, files->root, relative[0] != '\0' ? "/" : "", relative);
}

void w3_static_handler(void *ctx, w3_request *req, w3_response *resp)
{
    w3_static *files = ctx;
    const char *method = w3_request_method(req);
    int head = strcmp(method, "HEAD") == 0;
    if (!head && strcmp(method, "GET") != 0) {
        w3_response_add_header(resp, "Allow", "GET, HEAD");
        answer_error(resp, 405, "Method Not Allowed");
        return;
    }
    char relative[PATH_MAX_BYTES];
    int dir_slash;
    unsigned status =
        w3s_normalise_path(w3_request_url(req), relative, sizeof relative, &dir_slash);
    if (status != 0) {
        answer_error(resp, status, reason_of(status));
        return;
    }
    char path[PATH_MAX_BYTES];
    int rewritten;
    size_t n;
    const char *mapped = w3_request_physical_path(req, &rewritten);
    if (rewritten) /* a URL_MAP filter or RQ_MAP_PATH module chose the file */
        n = native_path(path, sizeof path, mapped);
    else
        n = file_path(files, req, relative, path, sizeof path);
    if (n >= sizeof path - 256) {
        answer_error(resp, 414, "URI Too Long");
        return;
    }
    w3s_file_facts facts;
    if (!w3s_file_facts_of(files->cache, path, &facts)) {
        answer_error(resp, 404, "Not Found");
        return;
    }
    if (!facts.is_directory) {
        if (dir_slash) { /* "file.txt/" names no file */
            answer_error(resp, 404, "Not Found");
            return;
        }
        serve_file(req, resp, path, &facts, head);
    } else if (!dir_slash) {
        redirect_to_slash(req, resp);
    } else {
        char url_path[PATH_MAX_BYTES + 2];
        snprintf(url_path, sizeof url_path, "/%s%s", relative, relative[0] != '\0' ? "/" : "");
        serve_directory(files, req, resp, path, url_path, head);
    }
}
