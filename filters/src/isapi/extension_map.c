/* Which extension a request goes to: the mappings in configuration order (URL pattern
 * and verbs), a handler's scriptProcessor or the .dll the URL names under the site
 * (IIS's ISAPI-dll handler), each loaded at its first request, and
 * <isapiCgiRestriction>, whose refusal is IIS's 404.2. Also the public calls that fill
 * them from <handlers> and <isapiCgiRestriction>. */
#include "extension_host.h"

#include <string.h>

#include "core/physical_path.h"

/* The URL path after the extension's when `path` is mapped to `pattern` ("" when the
 * whole path is the extension's), or NULL when it is not mapped. Script maps ("*",
 * "*.ext", a file name) give the whole path as path info, as IIS does. */
static const char *match(const char *pattern, const char *path)
{
    size_t plen = strlen(pattern), len = strlen(path);
    if (strcmp(pattern, "*") == 0)
        return path;
    if (pattern[0] == '*') /* "*.ext" */
        return len >= plen - 1 && w3e_ieq(path + len - (plen - 1), pattern + 1) ? path : NULL;
    if (pattern[0] != '/') { /* a file name: the last segment */
        const char *name = strrchr(path, '/');
        return w3e_ieq(name != NULL ? name + 1 : path, pattern) ? path : NULL;
    }
    if (pattern[plen - 1] == '*')
        return w3e_ieqn(path, pattern, plen - 1) ? path : NULL;
    if (!w3e_ieqn(path, pattern, plen) || (path[plen] != '\0' && path[plen] != '/'))
        return NULL;
    return path + plen;
}

/* ISAPI-dll: the end of the first segment of `path` with the extension of `pattern`
 * ("*.dll"), after which comes the path info; NULL if there is none. */
static const char *dll_in_url(const char *pattern, const char *path)
{
    size_t ext_len = strlen(pattern + 1);
    for (const char *seg = path; seg != NULL && *seg != '\0';) {
        const char *next = strchr(seg + 1, '/');
        const char *end = next != NULL ? next : seg + strlen(seg);
        if ((size_t)(end - seg) > ext_len && w3e_ieqn(end - ext_len, pattern + 1, ext_len))
            return end;
        seg = next;
    }
    return NULL;
}

/* verb="GET,HEAD,POST" (methods are case-sensitive) or "*". */
static int verb_listed(const char *verbs, const char *method)
{
    if (verbs == NULL || strcmp(verbs, "*") == 0)
        return 1;
    size_t len = strlen(method);
    for (const char *v = verbs; *v != '\0';) {
        v += strspn(v, ", ");
        size_t n = strcspn(v, ", ");
        if (n == len && strncmp(v, method, len) == 0)
            return 1;
        v += n;
    }
    return 0;
}

/* Paths compare as Windows compares them: in any case, '/' and '\' alike. */
static int same_path(const char *a, const char *b)
{
    for (; *a != '\0' && *b != '\0'; a++, b++) {
        char x = *a == '/' ? '\\' : w3e_upper(*a), y = *b == '/' ? '\\' : w3e_upper(*b);
        if (x != y)
            return 0;
    }
    return *a == *b;
}

static int allowed(const w3e_ext_host *host, const char *path)
{
    for (const w3e_ext_restriction *r = host->restrictions; r != NULL; r = r->next)
        if (same_path(r->path, path))
            return r->allowed;
    return host->not_listed_allowed;
}

static int is_file(const char *path)
{
    DWORD attrs = GetFileAttributesA(path);
    return attrs != INVALID_FILE_ATTRIBUTES && !(attrs & FILE_ATTRIBUTE_DIRECTORY);
}

static void answer(w3e_ext_target *t, unsigned status, unsigned substatus)
{
    t->ext = NULL;
    t->status = status;
    t->substatus = substatus;
}

/* The extension at `file`: 404.2 when the restriction list refuses it, 404 when there
 * is no such file, 500 when it does not load. */
static void load_target(w3_request *req, const w3e_ext_host *host, int gated, const char *file,
                        w3e_ext_target *t)
{
    if (gated && !allowed(host, file))
        return answer(t, 404, 2);
    if (!is_file(file))
        return answer(t, 404, 0);
    const char *name = file + strlen(file);
    while (name > file && name[-1] != '\\' && name[-1] != '/')
        name--;
    t->ext = w3e_ext_load(req->conn->server, name, file);
    if (t->ext == NULL)
        answer(t, 500, 0);
}

int w3e_ext_route(w3_request *req, w3e_ext_host *host, w3e_ext_target *t)
{
    const char *path = w3e_request_path(req);
    const char *root = req->conn->server->cfg.document_root;
    memset(t, 0, sizeof *t);
    for (const w3e_ext_map *map = host->maps; map != NULL; map = map->next) {
        if (!verb_listed(map->verbs, req->method))
            continue;
        DWORD cb;
        if (map->ext == NULL && map->processor == NULL) {
            const char *end = dll_in_url(map->pattern, path);
            if (end == NULL)
                continue;
            const char *url = w3e_strndup(req->arena, path, (size_t)(end - path));
            const char *file = url != NULL ? w3e_physical_path(req->arena, root, url, &cb) : NULL;
            t->path_info = end;
            if (file == NULL)
                answer(t, 500, 0);
            else
                load_target(req, host, map->gated, file, t);
            return 1;
        }
        t->path_info = match(map->pattern, path);
        if (t->path_info == NULL)
            continue;
        if (map->require_file) {
            const char *file = w3e_physical_path(req->arena, root, path, &cb);
            if (file == NULL || !is_file(file)) {
                answer(t, 404, 0);
                return 1;
            }
        }
        if (map->ext != NULL)
            t->ext = map->ext;
        else
            load_target(req, host, map->gated, map->processor, t);
        return 1;
    }
    return 0;
}

/* The host of a server still being configured; NULL with the error set otherwise. */
static w3e_ext_host *configurable(w3_server *server)
{
    w3e_ext_host *host = server != NULL ? w3e_ext_host_of(server) : NULL;
    if (host == NULL || !server->configuring) {
        SetLastError(server == NULL ? ERROR_INVALID_PARAMETER : ERROR_INVALID_STATE);
        return NULL;
    }
    return host;
}

int w3_server_add_isapi_handler(w3_server *server, const char *path, const char *verbs,
                                const char *script_processor, int require_file)
{
    int site_dll = script_processor == NULL || script_processor[0] == '\0';
    if (path == NULL || path[0] == '\0' ||
        (site_dll && (path[0] != '*' || path[1] != '.' || path[2] == '\0'))) {
        SetLastError(ERROR_INVALID_PARAMETER);
        return 0;
    }
    w3e_ext_host *host = configurable(server);
    w3e_ext_map *map = host != NULL ? w3e_arena_alloc(server->arena, sizeof *map) : NULL;
    if (map == NULL)
        return 0;
    memset(map, 0, sizeof *map);
    map->pattern = w3e_strdup(server->arena, path);
    map->verbs = verbs != NULL ? w3e_strdup(server->arena, verbs) : NULL;
    map->processor = site_dll ? NULL : w3e_strdup(server->arena, script_processor);
    map->gated = 1;
    map->require_file = require_file != 0;
    if (map->pattern == NULL || (verbs != NULL && map->verbs == NULL) ||
        (!site_dll && map->processor == NULL)) {
        SetLastError(ERROR_NOT_ENOUGH_MEMORY);
        return 0;
    }
    w3e_ext_add_map(server, map);
    return 1;
}

int w3_server_restrict_isapi(w3_server *server, const char *path, int allow)
{
    if (path == NULL || path[0] == '\0') {
        SetLastError(ERROR_INVALID_PARAMETER);
        return 0;
    }
    w3e_ext_host *host = configurable(server);
    w3e_ext_restriction *r = host != NULL ? w3e_arena_alloc(server->arena, sizeof *r) : NULL;
    if (r == NULL || (r->path = w3e_strdup(server->arena, path)) == NULL) {
        if (host != NULL)
            SetLastError(ERROR_NOT_ENOUGH_MEMORY);
        return 0;
    }
    r->allowed = allow != 0;
    r->next = host->restrictions;
    host->restrictions = r;
    return 1;
}

int w3_server_allow_unlisted_isapi(w3_server *server, int allow)
{
    w3e_ext_host *host = configurable(server);
    if (host == NULL)
        return 0;
    host->not_listed_allowed = allow != 0;
    return 1;
}
