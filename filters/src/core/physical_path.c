/* URL paths to physical paths the way IIS writes them. */
#include "physical_path.h"

#include <string.h>

#include "base/text.h"
#include "server.h"

/* Length of root without its trailing separators (a lone "/" or "\" is kept empty). */
static size_t root_length(const char *root)
{
    size_t len = strlen(root);
    while (len > 0 && (root[len - 1] == '/' || root[len - 1] == '\\'))
        len--;
    return len;
}

static void backslashes(char *s)
{
    for (; *s != '\0'; s++)
        if (*s == '/')
            *s = '\\';
}

/* Copies n bytes with '/' turned into '\\'. */
static size_t copy_backslashed(char *out, const char *from, size_t n)
{
    for (size_t i = 0; i < n; i++)
        out[i] = from[i] == '/' ? '\\' : from[i];
    return n;
}

char *w3e_physical_path(w3e_arena *arena, const char *root, const char *url_path, DWORD *size)
{
    size_t base = root_length(root), url_len = strlen(url_path);
    size_t need = base + 1 + url_len + 1;
    if (need < MAX_PATH)
        need = MAX_PATH;
    /* Not filled: what follows the path's NUL is the room a URL_MAP filter may use. */
    char *out = w3e_arena_alloc_unfilled(arena, need);
    if (out == NULL)
        return NULL;
    size_t n = copy_backslashed(out, root, base);
    if (url_path[0] != '/')
        out[n++] = '\\';
    for (const char *p = url_path; *p != '\0'; p++) {
        char c = *p;
        int hi = c == '%' ? w3e_hex_digit(p[1]) : -1, lo = hi < 0 ? -1 : w3e_hex_digit(p[2]);
        /* An escape that would put a control character in a file name stays as sent. */
        if (lo >= 0 && hi * 16 + lo >= 0x20) {
            c = (char)(hi * 16 + lo);
            p += 2;
        }
        out[n++] = c == '/' ? '\\' : c;
    }
    out[n] = '\0';
    *size = (DWORD)need;
    return out;
}

const w3_virtual_dir *w3e_virtual_dir_find(const w3_server *server, const char *url_path,
                                           size_t *matched)
{
    const w3_virtual_dir *best = NULL;
    size_t best_len = 0;
    for (size_t i = 0; i < server->cfg.virtual_dir_count; i++) {
        const w3_virtual_dir *v = &server->cfg.virtual_dirs[i];
        size_t len = strlen(v->path);
        char next = len <= strlen(url_path) ? url_path[len] : 'x';
        if (len > best_len && w3e_ieqn(url_path, v->path, len) && (next == '\0' || next == '/')) {
            best = v;
            best_len = len;
        }
    }
    *matched = best_len;
    return best;
}

char *w3e_map_url(w3e_arena *arena, const w3_server *server, const char *url_path, DWORD *size)
{
    size_t matched;
    const w3_virtual_dir *v = w3e_virtual_dir_find(server, url_path, &matched);
    if (v == NULL)
        return w3e_physical_path(arena, server->cfg.document_root, url_path, size);
    return w3e_physical_path(arena, v->physical_path, url_path + matched, size);
}

const char *w3e_physical_root(w3e_arena *arena, const char *root)
{
    size_t base = root_length(root);
    char *out = w3e_arena_alloc(arena, base + 2);
    if (out == NULL)
        return NULL;
    memcpy(out, root, base);
    out[base] = '\\';
    out[base + 1] = '\0';
    backslashes(out);
    return out;
}
