/* Server variables (GetServerVariable): computed on demand from the connection and its
 * current request, copied out under the ISAPI buffer contract. */
#include "core.h"
#include "physical_path.h"

#include <stdio.h>
#include <string.h>

/* HTTP_<NAME>: '_' in the variable stands for '-' or '_' in the header name. */
static int http_name_matches(const char *var, const char *header)
{
    for (; *var != '\0' && *header != '\0'; var++, header++) {
        char h = *header == '-' ? '_' : w3e_upper(*header);
        if (w3e_upper(*var) != h)
            return 0;
    }
    return *var == '\0' && *header == '\0';
}

static const char *http_header(w3_request *req, const char *var)
{
    const char *found = NULL;
    w3e_buf joined = {0};
    for (const w3e_header *h = req->headers.first; h != NULL; h = h->next) {
        if (!http_name_matches(var, h->name))
            continue;
        if (found != NULL) {
            if (joined.len == 0)
                w3e_buf_puts(req->arena, &joined, found);
            w3e_buf_puts(req->arena, &joined, ", ");
            w3e_buf_puts(req->arena, &joined, h->value);
        }
        found = h->value;
    }
    return joined.len ? joined.data : found;
}

static const char *all_http(w3_request *req)
{
    w3e_buf out = {0};
    w3e_buf_puts(req->arena, &out, "");
    for (const w3e_header *h = req->headers.first; h != NULL; h = h->next) {
        w3e_buf_puts(req->arena, &out, "HTTP_");
        for (const char *c = h->name; *c; c++) {
            char u = *c == '-' ? '_' : w3e_upper(*c);
            w3e_buf_append(req->arena, &out, &u, 1);
        }
        w3e_buf_puts(req->arena, &out, ":");
        w3e_buf_puts(req->arena, &out, h->value);
        w3e_buf_puts(req->arena, &out, "\n");
    }
    return w3e_buf_str(&out);
}

const char *w3e_server_name(w3_request *req)
{
    const char *host = req ? w3e_headers_get(req->arena, &req->headers, "Host") : NULL;
    if (host == NULL || host[0] == '\0')
        return req->conn->server->cfg.server_name;
    const char *end = host[0] == '[' ? strchr(host, ']') : NULL;
    const char *colon = strchr(end ? end : host, ':');
    return colon ? w3e_strndup(req->arena, host, (size_t)(colon - host)) : host;
}

/* The variables the server knows by name (besides HTTP_<header> and HEADER_<header>):
 * a name is looked up once, in a hash table of this list, and the value is made by a
 * switch on its id, not by comparing it with every name in turn. */
enum var_id {
    V_ALL_HTTP,
    V_ALL_RAW,
    V_APPL_MD_PATH,
    V_APPL_PHYSICAL_PATH,
    V_AUTH_PASSWORD,
    V_AUTH_TYPE,
    V_AUTH_USER,
    V_CONTENT_LENGTH,
    V_CONTENT_TYPE,
    V_DOCUMENT_ROOT,
    V_GATEWAY_INTERFACE,
    V_HTTPS,
    V_HTTP_METHOD,
    V_HTTP_URL,
    V_HTTP_VERSION,
    V_INSTANCE_ID,
    V_INSTANCE_META_PATH,
    V_INSTANCE_NAME,
    V_LOCAL_ADDR,
    V_LOGON_USER,
    V_PATH_INFO,
    V_PATH_TRANSLATED,
    V_QUERY_STRING,
    V_REMOTE_ADDR,
    V_REMOTE_HOST,
    V_REMOTE_PORT,
    V_REMOTE_USER,
    V_REQUEST_FILENAME,
    V_REQUEST_METHOD,
    V_REQUEST_URI,
    V_SCRIPT_FILENAME,
    V_SCRIPT_NAME,
    V_SCRIPT_TRANSLATED,
    V_SERVER_ADDR,
    V_SERVER_NAME,
    V_SERVER_PORT,
    V_SERVER_PORT_SECURE,
    V_SERVER_PROTOCOL,
    V_SERVER_SOFTWARE,
    V_UNENCODED_URL,
    V_UNMAPPED_REMOTE_USER,
    V_URL,
    V_COUNT
};

/* Indexed by var_id. */
static const char *const var_names[V_COUNT] = {"ALL_HTTP",
                                               "ALL_RAW",
                                               "APPL_MD_PATH",
                                               "APPL_PHYSICAL_PATH",
                                               "AUTH_PASSWORD",
                                               "AUTH_TYPE",
                                               "AUTH_USER",
                                               "CONTENT_LENGTH",
                                               "CONTENT_TYPE",
                                               "DOCUMENT_ROOT",
                                               "GATEWAY_INTERFACE",
                                               "HTTPS",
                                               "HTTP_METHOD",
                                               "HTTP_URL",
                                               "HTTP_VERSION",
                                               "INSTANCE_ID",
                                               "INSTANCE_META_PATH",
                                               "INSTANCE_NAME",
                                               "LOCAL_ADDR",
                                               "LOGON_USER",
                                               "PATH_INFO",
                                               "PATH_TRANSLATED",
                                               "QUERY_STRING",
                                               "REMOTE_ADDR",
                                               "REMOTE_HOST",
                                               "REMOTE_PORT",
                                               "REMOTE_USER",
                                               "REQUEST_FILENAME",
                                               "REQUEST_METHOD",
                                               "REQUEST_URI",
                                               "SCRIPT_FILENAME",
                                               "SCRIPT_NAME",
                                               "SCRIPT_TRANSLATED",
                                               "SERVER_ADDR",
                                               "SERVER_NAME",
                                               "SERVER_PORT",
                                               "SERVER_PORT_SECURE",
                                               "SERVER_PROTOCOL",
                                               "SERVER_SOFTWARE",
                                               "UNENCODED_URL",
                                               "UNMAPPED_REMOTE_USER",
                                               "URL"};

/* name (any case) is known (upper case). */
static int is_upper_of(const char *name, const char *known)
{
    for (;; name++, known++) {
        char c = *name >= 'a' && *name <= 'z' ? (char)(*name - 'a' + 'A') : *name;
        if (c != *known)
            return 0;
        if (c == '\0')
            return 1;
    }
}

/* The hash of a name of n bytes, blind to ASCII case: its length and three of its bytes
 * tell the known names apart well enough, and cost the same for a long name. */
static unsigned name_hash(const char *name, size_t n)
{
    if (n == 0)
        return 0;
    unsigned first = (unsigned char)name[0] | 0x20, last = (unsigned char)name[n - 1] | 0x20,
             middle = (unsigned char)name[n / 2] | 0x20;
    return (unsigned)n + 31u * first + 7u * last + 3u * middle;
}

/* Open addressing: var_id + 1 in each used slot, at most a third of them used. */
#define VAR_SLOTS 128
_Static_assert(V_COUNT * 3 <= VAR_SLOTS, "VAR_SLOTS is too small for the names");
static unsigned char var_slots[VAR_SLOTS];
static unsigned char var_lengths[V_COUNT];
static INIT_ONCE var_slots_once = INIT_ONCE_STATIC_INIT;

static BOOL CALLBACK fill_var_slots(PINIT_ONCE once, PVOID param, PVOID *ctx)
{
    (void)once, (void)param, (void)ctx;
    for (unsigned id = 0; id < V_COUNT; id++) {
        size_t n = strlen(var_names[id]);
        var_lengths[id] = (unsigned char)n;
        unsigned slot = name_hash(var_names[id], n) % VAR_SLOTS;
        while (var_slots[slot] != 0)
            slot = (slot + 1) % VAR_SLOTS;
        var_slots[slot] = (unsigned char)(id + 1);
    }
    return TRUE;
}

/* The id of a known variable name (any case); V_COUNT if it is none of them. Names
 * mostly come in upper case, as known: memcmp first, the case-blind compare after. */
static enum var_id var_id_of(const char *name)
{
    InitOnceExecuteOnce(&var_slots_once, fill_var_slots, NULL, NULL);
    size_t n = strlen(name);
    for (unsigned slot = name_hash(name, n) % VAR_SLOTS; var_slots[slot] != 0;
         slot = (slot + 1) % VAR_SLOTS) {
        unsigned id = var_slots[slot] - 1u;
        if (var_lengths[id] == n &&
            (memcmp(name, var_names[id], n) == 0 || is_upper_of(name, var_names[id])))
            return (enum var_id)id;
    }
    return V_COUNT;
}

/* The application of the connection's current request: its URL path ("/" for the
 * root application) and the physical folder of its root. */
static const char *application_of(w3_conn *conn, const char **physical)
{
    w3_server *server = conn->server;
    *physical = server->cfg.document_root;
    const char *url =
        conn->req != NULL && conn->req->headers_done ? w3e_request_path(conn->req) : NULL;
    size_t matched;
    const w3_virtual_dir *v = url != NULL ? w3e_virtual_dir_find(server, url, &matched) : NULL;
    if (v == NULL || strcmp(v->application, "/") == 0)
        return "/";
    /* The application's root is the virtual directory whose path is the application's. */
    const w3_virtual_dir *root = w3e_virtual_dir_find(server, v->application, &matched);
    if (root != NULL && strlen(v->application) == matched)
        *physical = root->physical_path;
    return v->application;
}

/* The variables of the connection, there before any request; NULL for the others
 * (*of_request set) or when out of memory. */
static const char *connection_variable(w3_conn *conn, w3e_arena *arena, enum var_id id,
                                       int *of_request)
{
    w3_server *server = conn->server;
    switch (id) {
    case V_REMOTE_ADDR:
    case V_REMOTE_HOST:
        return conn->remote_addr;
    case V_REMOTE_PORT:
        return w3e_utoa(arena, conn->remote_port);
    case V_LOCAL_ADDR:
    case V_SERVER_ADDR:
        return conn->local_addr;
    case V_SERVER_PORT:
        return w3e_utoa(arena, conn->local_port);
    case V_SERVER_PORT_SECURE:
        return conn->secure ? "1" : "0";
    case V_HTTPS: /* IIS 7+ answers in lower case; IIS 6's documentation shows ON/OFF. */
        return conn->secure ? "on" : "off";
    case V_INSTANCE_ID:
        return w3e_utoa(arena, server->cfg.instance_id);
    case V_SERVER_SOFTWARE:
        return W3E_SERVER_SOFTWARE;
    case V_GATEWAY_INTERFACE:
        return "CGI/1.1";
    case V_INSTANCE_NAME:
        return server->cfg.site_name;
    case V_APPL_PHYSICAL_PATH:
    case V_DOCUMENT_ROOT: {
        const char *physical;
        application_of(conn, &physical);
        return w3e_physical_root(arena, physical);
    }
    case V_INSTANCE_META_PATH: {
        char text[64];
        snprintf(text, sizeof text, "/LM/W3SVC/%u", server->cfg.instance_id);
        return w3e_strdup(arena, text);
    }
    case V_APPL_MD_PATH: {
        const char *physical, *app = application_of(conn, &physical);
        w3e_buf text = {0};
        char site[40];
        snprintf(site, sizeof site, "/LM/W3SVC/%u/ROOT", server->cfg.instance_id);
        w3e_buf_puts(arena, &text, site);
        if (strcmp(app, "/") != 0)
            w3e_buf_puts(arena, &text, app);
        return w3e_buf_str(&text);
    }
    default:
        *of_request = 1;
        return NULL;
    }
}

/* The variables of a request whose headers have all come. */
static const char *request_variable(w3_request *req, enum var_id id)
{
    switch (id) {
    case V_ALL_HTTP:
        return all_http(req);
    case V_ALL_RAW:
        return w3e_buf_str(&req->all_raw);
    case V_URL:
        if (req->original_url != NULL) {
            /* IHttpRequest::SetUrl: later stages see the new URL, URL keeps the original. */
            const char *q = strchr(req->original_url, '?');
            return q ? w3e_strndup(req->arena, req->original_url, (size_t)(q - req->original_url))
                     : req->original_url;
        }
        return w3e_request_path(req);
    case V_PATH_INFO:
    case V_SCRIPT_NAME:
        return w3e_request_path(req);
    case V_QUERY_STRING:
        return w3e_request_query(req);
    case V_REQUEST_METHOD:
    case V_HTTP_METHOD:
        return req->method;
    case V_HTTP_URL:
    case V_UNENCODED_URL:
    case V_REQUEST_URI:
        return req->raw_url;
    case V_HTTP_VERSION:
    case V_SERVER_PROTOCOL:
        return req->version;
    case V_SERVER_NAME:
        return w3e_server_name(req);
    case V_CONTENT_LENGTH: {
        const char *v = w3e_headers_get(req->arena, &req->headers, "Content-Length");
        return v ? v : "0";
    }
    case V_CONTENT_TYPE: {
        const char *v = w3e_headers_get(req->arena, &req->headers, "Content-Type");
        return v ? v : "";
    }
    case V_PATH_TRANSLATED:
    case V_SCRIPT_FILENAME:
    case V_REQUEST_FILENAME:
    case V_SCRIPT_TRANSLATED:
        return req->physical_path;
    case V_AUTH_TYPE:
        return req->user[0] ? req->auth_type : "";
    case V_AUTH_PASSWORD:
        return req->password;
    case V_AUTH_USER:
    case V_REMOTE_USER:
    case V_LOGON_USER:
    case V_UNMAPPED_REMOTE_USER:
        return req->user;
    default:
        return NULL;
    }
}

const char *w3e_server_variable_text(w3_conn *conn, const char *name, DWORD *error)
{
    w3_request *req = conn->req;
    enum var_id id = var_id_of(name);
    int of_request = 0;
    w3e_arena *arena = req ? req->arena : w3e_conn_arena(conn);
    if (id != V_COUNT) {
        const char *value = connection_variable(conn, arena, id, &of_request);
        if (value != NULL)
            return value;
    } else {
        const char *tls = w3e_tls_variable(conn, arena, name); /* HTTPS_*, CERT_* */
        if (tls != NULL)
            return tls;
    }
    int prefixed = w3e_ieqn(name, "HTTP_", 5) || w3e_ieqn(name, "HEADER_", 7);
    if (id == V_COUNT ? !prefixed : !of_request) {
        *error = ERROR_INVALID_INDEX;
        return NULL;
    }
    if (req == NULL || !req->headers_done) {
        *error = ERROR_NO_DATA; /* the request has not got that far */
        return NULL;
    }
    const char *value;
    if (id != V_COUNT)
        value = request_variable(req, id);
    else if (w3e_ieqn(name, "HEADER_", 7))
        value = w3e_headers_get(req->arena, &req->headers, name + 7);
    else
        value = http_header(req, name + 5);
    if (value == NULL)
        *error = ERROR_INVALID_INDEX;
    return value;
}

/* UNICODE_<var>: the value as WCHARs; sizes count bytes, the terminating NUL included. */
static BOOL unicode_variable(w3_conn *conn, const char *name, LPVOID buf, LPDWORD size)
{
    DWORD error = ERROR_INVALID_INDEX;
    const char *value = NULL;
    if (!w3e_ieqn(name, "HTTP_", 5) && !w3e_ieqn(name, "HEADER_", 7))
        value = w3e_server_variable_text(conn, name, &error);
    if (value == NULL) {
        SetLastError(error);
        return FALSE;
    }
    if (buf == NULL && *size != 0) {
        SetLastError(ERROR_INVALID_PARAMETER);
        return FALSE;
    }
    int chars = MultiByteToWideChar(CP_UTF8, 0, value, -1, NULL, 0);
    if (chars <= 0)
        return FALSE;
    DWORD need = (DWORD)chars * (DWORD)sizeof(WCHAR);
    if (*size < need) {
        *size = need;
        SetLastError(ERROR_INSUFFICIENT_BUFFER);
        return FALSE;
    }
    if (MultiByteToWideChar(CP_UTF8, 0, value, -1, buf, chars) != chars)
        return FALSE;
    *size = need;
    return TRUE;
}

BOOL w3e_server_variable(w3_conn *conn, const char *name, LPVOID buf, LPDWORD size)
{
    if (conn == NULL || name == NULL || size == NULL) {
        SetLastError(ERROR_INVALID_PARAMETER);
        return FALSE;
    }
    if (w3e_ieqn(name, "UNICODE_", 8))
        return unicode_variable(conn, name + 8, buf, size);
    DWORD error;
    const char *value = w3e_server_variable_text(conn, name, &error);
    if (value == NULL) {
        SetLastError(error);
        return FALSE;
    }
    return w3e_copy_out(value, buf, size);
}
