/* <httpErrors> as IIS's CustomErrorModule applies it to an error response (status 400
 * and above): errorMode chooses between the detailed page and the custom one,
 * existingResponse whether a response a module or extension produced stays, and the
 * <error> entry for the status (or defaultPath) how the custom page is made: a file,
 * a URL run as a child request, or a redirect. */
#include "protocol/protocol.h"

#include <ctype.h>
#include <string.h>

/* A custom page: how it is made and where it is, in the request's arena (a child
 * request may look sections up and so change the cache). */
typedef struct error_page {
    long mode;
    const char *path;
    const char *language_prefix; /* prefixLanguageFilePath ("" if none) */
} error_page;

/* Loopback clients are local (DetailedLocalOnly shows them the detailed page). */
static int client_is_local(const w3_request *req)
{
    const char *ip = req->conn->remote_addr;
    if (strncmp(ip, "::ffff:", 7) == 0)
        ip += 7;
    return strncmp(ip, "127.", 4) == 0 || strcmp(ip, "::1") == 0;
}

/* Whether a module or extension produced the response's entity itself (the server's
 * handler and the engine leave theirs to be replaced, as IIS's own modules do). */
static int has_existing_response(const w3_request *req)
{
    return req->resp_touched && req->resp_body.len + req->resp_file_bytes > 0;
}

/* The text in the request's arena ("" if absent or out of memory). */
static const char *arena_text(w3_request *req, const char *text)
{
    const char *copy = text != NULL ? w3e_strdup(req->arena, text) : NULL;
    return copy != NULL ? copy : "";
}

/* The <error> for the status: the one naming its substatus, else the first for any
 * substatus (-1); NULL if there is none. */
static const w3e_error_entry *find_entry(const w3_request *req, const w3e_errors_section *section)
{
    const w3e_error_entry *any = NULL;
    for (size_t i = 0; i < section->entry_count; i++) {
        const w3e_error_entry *entry = &section->entries[i];
        if (entry->status != (long)req->status)
            continue;
        if (entry->substatus == (long)req->substatus)
            return entry;
        if (entry->substatus == -1 && any == NULL)
            any = entry;
    }
    return any;
}

/* %NAME% environment variables expanded, in the request's arena. */
static const char *expand(w3_request *req, const char *text)
{
    DWORD n = ExpandEnvironmentStringsA(text, NULL, 0);
    char *out = n > 0 ? w3e_arena_alloc(req->arena, n) : NULL;
    if (out == NULL || ExpandEnvironmentStringsA(text, out, n) == 0)
        return text;
    return out;
}

static int is_absolute(const char *path)
{
    return path[0] == '/' || path[0] == '\\' || (path[0] != '\0' && path[1] == ':');
}

/* a/b[/c] with '/' separators, which the embedder's file output and Win32 both take
 * (configuration files write '\\'). */
static const char *join(w3_request *req, const char *a, const char *b, const char *c)
{
    w3e_buf out = {0};
    w3e_buf_puts(req->arena, &out, a);
    if (b != NULL) {
        w3e_buf_puts(req->arena, &out, "/");
        w3e_buf_puts(req->arena, &out, b);
    }
    if (c != NULL) {
        w3e_buf_puts(req->arena, &out, "/");
        w3e_buf_puts(req->arena, &out, c);
    }
    if (out.data == NULL)
        return "";
    char *text = (char *)w3e_buf_str(&out);
    for (char *p = text; *p != '\0'; p++)
        if (*p == '\\')
            *p = '/';
    return text;
}

/* The first language the client asks for ("en-US" in "en-US,en;q=0.5"); NULL if it
 * names none (only letters, digits and '-': a language tag is never a path). */
static const char *client_language(w3_request *req)
{
    const char *accept = w3e_headers_get(req->arena, &req->headers, "Accept-Language");
    if (accept == NULL)
        return NULL;
    size_t n = strcspn(accept, ",; ");
    if (n == 0 || n > 31)
        return NULL;
    for (size_t i = 0; i < n; i++)
        if (!isalnum((unsigned char)accept[i]) && accept[i] != '-')
            return NULL;
    char *tag = w3e_arena_alloc(req->arena, n + 1);
    if (tag == NULL)
        return NULL;
    memcpy(tag, accept, n);
    tag[n] = '\0';
    return tag;
}

/* The body becomes the file's bytes; 0 if there is no such file. */
static int send_file(w3_request *req, const char *file)
{
    WIN32_FILE_ATTRIBUTE_DATA info;
    if (!GetFileAttributesExA(file, GetFileExInfoStandard, &info) ||
        (info.dwFileAttributes & FILE_ATTRIBUTE_DIRECTORY))
        return 0;
    unsigned long long size = ((unsigned long long)info.nFileSizeHigh << 32) | info.nFileSizeLow;
    w3e_error_page_set(req, "");
    return w3_response_send_file(req, file, 0, size);
}

/* responseMode="File": prefixLanguageFilePath\<language>\path (the client's language,
 * then en-US), or the path itself, relative to the site's root if it is not absolute. */
static int page_from_file(w3_request *req, const error_page *page)
{
    const char *path = expand(req, page->path);
    if (page->language_prefix[0] != '\0') {
        const char *prefix = expand(req, page->language_prefix);
        const char *language = client_language(req);
        return (language != NULL && send_file(req, join(req, prefix, language, path))) ||
               send_file(req, join(req, prefix, "en-US", path));
    }
    if (!is_absolute(path))
        return send_file(req, join(req, req->conn->server->cfg.document_root, path, NULL));
    return send_file(req, join(req, path, NULL, NULL));
}

/* responseMode="ExecuteURL": the URL runs as a child request (without custom errors
 * of its own); its entity answers, with the error's status. */
static int page_from_url(w3_request *req, const error_page *page)
{
    if (page->path[0] != '/')
        return 0;
    w3_request *child = w3e_child_clone(req, W3E_CLONE_BASICS | W3E_CLONE_HEADERS);
    if (child == NULL)
        return 0;
    child->url = w3e_strdup(child->arena, page->path);
    child->raw_url = child->url;
    if (!w3e_ieq(child->method, "HEAD"))
        child->method = "GET";
    int ok =
        child->url != NULL &&
        w3e_child_execute(child, W3E_EXEC_DISABLE_CUSTOM_ERROR | W3E_EXEC_BUFFER_RESPONSE, NULL) &&
        child->status < 400 && w3e_body_load_files(child);
    if (ok) {
        const char *type = w3e_headers_get(child->arena, &child->resp_headers, "Content-Type");
        w3e_error_page_set(req, "");
        if (type != NULL)
            w3e_headers_set(req->arena, &req->resp_headers, "Content-Type", type);
        ok = w3e_buf_append(req->arena, &req->resp_body, child->resp_body.data,
                            child->resp_body.len);
    }
    w3e_child_release(child);
    return ok;
}

/* responseMode="Redirect": 302 to the path. */
static int page_by_redirect(w3_request *req, const error_page *page)
{
    if (page->path[0] == '\0' || w3e_has_crlf(page->path))
        return 0;
    req->status = 302;
    req->reason = "Found";
    req->substatus = 0;
    w3e_error_page_set(req, "<html><head><title>Object moved</title></head><body>"
                            "<h2>Object moved</h2></body></html>\r\n");
    w3e_headers_set(req->arena, &req->resp_headers, "Location", page->path);
    return 1;
}

static int custom_page(w3_request *req, const error_page *page)
{
    switch (page->mode) {
    case W3E_RESPONSE_EXECUTE_URL:
        return page_from_url(req, page);
    case W3E_RESPONSE_REDIRECT:
        return page_by_redirect(req, page);
    default:
        return page_from_file(req, page);
    }
}

void w3e_custom_errors_apply(w3_request *req)
{
    if (req->status < 400)
        return;
    const w3e_errors_section *section = w3e_errors_section_for(req);
    if (section == NULL)
        return;
    long existing = section->existing_response, mode = section->error_mode;
    int keep = has_existing_response(req) &&
               (existing == W3E_EXISTING_PASS_THROUGH ||
                (existing == W3E_EXISTING_AUTO && req->try_skip_custom_errors));
    if (keep) {
        /* the module's own entity answers */
    } else if (mode == W3E_ERRORS_DETAILED ||
               (mode == W3E_ERRORS_DETAILED_LOCAL_ONLY && client_is_local(req))) {
        w3e_error_page_detailed(req);
    } else {
        const w3e_error_entry *entry = find_entry(req, section);
        error_page page = {section->default_response_mode, "", ""};
        if (entry != NULL) {
            page.mode = entry->response_mode;
            page.path = arena_text(req, entry->path);
            page.language_prefix = arena_text(req, entry->language_prefix);
        } else {
            page.path = arena_text(req, section->default_path);
        }
        if (page.path[0] == '\0' || !custom_page(req, &page))
            w3e_error_page_custom(req);
    }
}
