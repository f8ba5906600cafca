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

/* SERVER_NAME: the Host header without its port, else the configured name. */
static const char *server_name(w3_request *req)
{
    const char *host = req ? w3e_headers_get(req->arena, &req->headers, "Host") : NULL;
    if (host == NULL || host[0] == '\0')
        return req->conn->server->cfg.server_name;
    const char *end = host[0] == '[' ? strchr(host, ']') : NULL;
    const char *colon = strchr(end ? end : host, ':');
    return colon ? w3e_strndup(req->arena, host, (size_t)(colon - host)) : host;
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

static const char *connection_variable(w3_conn *conn, w3e_arena *arena, const char *name)
{
    w3_server *server = conn->server;
    if (w3e_ieq(name, "REMOTE_ADDR") || w3e_ieq(name, "REMOTE_HOST"))
        return conn->remote_addr;
    if (w3e_ieq(name, "REMOTE_PORT"))
        return w3e_utoa(arena, conn->remote_port);
    if (w3e_ieq(name, "LOCAL_ADDR") || w3e_ieq(name, "SERVER_ADDR"))
        return conn->local_addr;
    if (w3e_ieq(name, "SERVER_PORT"))
        return w3e_utoa(arena, conn->local_port);
    if (w3e_ieq(name, "SERVER_PORT_SECURE"))
        return conn->secure ? "1" : "0";
    /* IIS 7+ answers in lower case; IIS 6's documentation shows ON/OFF. */
    if (w3e_ieq(name, "HTTPS"))
        return conn->secure ? "on" : "off";
    const char *tls = w3e_tls_variable(conn, arena, name);
    if (tls != NULL)
        return tls;
    if (w3e_ieq(name, "INSTANCE_ID"))
        return w3e_utoa(arena, server->cfg.instance_id);
    if (w3e_ieq(name, "SERVER_SOFTWARE"))
        return W3E_SERVER_SOFTWARE;
    if (w3e_ieq(name, "GATEWAY_INTERFACE"))
        return "CGI/1.1";
    if (w3e_ieq(name, "INSTANCE_NAME"))
        return server->cfg.site_name;
    if (w3e_ieq(name, "APPL_PHYSICAL_PATH") || w3e_ieq(name, "DOCUMENT_ROOT")) {
        const char *physical;
        application_of(conn, &physical);
        return w3e_physical_root(arena, physical);
    }
    if (w3e_ieq(name, "INSTANCE_META_PATH")) {
        char text[64];
        snprintf(text, sizeof text, "/LM/W3SVC/%u", server->cfg.instance_id);
        return w3e_strdup(arena, text);
    }
    if (w3e_ieq(name, "APPL_MD_PATH")) {
        const char *physical, *app = application_of(conn, &physical);
        w3e_buf text = {0};
        char site[40];
        snprintf(site, sizeof site, "/LM/W3SVC/%u/ROOT", server->cfg.instance_id);
        w3e_buf_puts(arena, &text, site);
        if (strcmp(app, "/") != 0)
            w3e_buf_puts(arena, &text, app);
        return w3e_buf_str(&text);
    }
    return NULL;
}

/* Variables of the request; NULL if unknown. *no_data set when the request has not got
 * that far (before PREPROC_HEADERS). */
static const char *request_variable(w3_request *req, const char *name, int *no_data)
{
    static const char *const per_request[] = {"ALL_HTTP",
                                              "ALL_RAW",
                                              "URL",
                                              "QUERY_STRING",
                                              "REQUEST_METHOD",
                                              "HTTP_METHOD",
                                              "HTTP_URL",
                                              "HTTP_VERSION",
                                              "UNENCODED_URL",
                                              "REQUEST_URI",
                                              "SERVER_NAME",
                                              "SERVER_PROTOCOL",
                                              "CONTENT_LENGTH",
                                              "CONTENT_TYPE",
                                              "PATH_INFO",
                                              "PATH_TRANSLATED",
                                              "SCRIPT_NAME",
                                              "SCRIPT_FILENAME",
                                              "REQUEST_FILENAME",
                                              "SCRIPT_TRANSLATED",
                                              "AUTH_TYPE",
                                              "AUTH_USER",
                                              "AUTH_PASSWORD",
                                              "REMOTE_USER",
                                              "LOGON_USER",
                                              "UNMAPPED_REMOTE_USER"};
    int known = 0;
    for (size_t i = 0; i < sizeof per_request / sizeof per_request[0]; i++)
        known |= w3e_ieq(name, per_request[i]);
    int prefixed = w3e_ieqn(name, "HTTP_", 5) || w3e_ieqn(name, "HEADER_", 7);
    if (!known && !prefixed)
        return NULL;
    if (req == NULL || !req->headers_done) {
        *no_data = 1;
        return NULL;
    }
    if (w3e_ieq(name, "ALL_HTTP"))
        return all_http(req);
    if (w3e_ieq(name, "ALL_RAW"))
        return w3e_buf_str(&req->all_raw);
    if (w3e_ieq(name, "URL") && req->original_url != NULL) {
        /* IHttpRequest::SetUrl: later stages see the new URL, URL keeps the original. */
        const char *q = strchr(req->original_url, '?');
        return q ? w3e_strndup(req->arena, req->original_url, (size_t)(q - req->original_url))
                 : req->original_url;
    }
    if (w3e_ieq(name, "URL") || w3e_ieq(name, "PATH_INFO") || w3e_ieq(name, "SCRIPT_NAME"))
        return w3e_request_path(req);
    if (w3e_ieq(name, "QUERY_STRING"))
        return w3e_request_query(req);
    if (w3e_ieq(name, "REQUEST_METHOD") || w3e_ieq(name, "HTTP_METHOD"))
        return req->method;
    if (w3e_ieq(name, "HTTP_URL") || w3e_ieq(name, "UNENCODED_URL") || w3e_ieq(name, "REQUEST_URI"))
        return req->raw_url;
    if (w3e_ieq(name, "HTTP_VERSION") || w3e_ieq(name, "SERVER_PROTOCOL"))
        return req->version;
    if (w3e_ieq(name, "SERVER_NAME"))
        return server_name(req);
    if (w3e_ieq(name, "CONTENT_LENGTH")) {
        const char *v = w3e_headers_get(req->arena, &req->headers, "Content-Length");
        return v ? v : "0";
    }
    if (w3e_ieq(name, "CONTENT_TYPE")) {
        const char *v = w3e_headers_get(req->arena, &req->headers, "Content-Type");
        return v ? v : "";
    }
    if (w3e_ieq(name, "PATH_TRANSLATED") || w3e_ieq(name, "SCRIPT_FILENAME") ||
        w3e_ieq(name, "REQUEST_FILENAME") || w3e_ieq(name, "SCRIPT_TRANSLATED"))
        return req->physical_path;
    if (w3e_ieq(name, "AUTH_TYPE"))
        return req->user[0] ? req->auth_type : "";
    if (w3e_ieq(name, "AUTH_PASSWORD"))
        return req->password;
    if (w3e_ieq(name, "AUTH_USER") || w3e_ieq(name, "REMOTE_USER") || w3e_ieq(name, "LOGON_USER") ||
        w3e_ieq(name, "UNMAPPED_REMOTE_USER"))
        return req->user;
    if (w3e_ieqn(name, "HEADER_", 7))
        return w3e_headers_get(req->arena, &req->headers, name + 7);
    return http_header(req, name + 5);
}

/* The variable's value, or NULL with the error to report. */
static const char *lookup(w3_conn *conn, const char *name, DWORD *error)
{
    w3_request *req = conn->req;
    int no_data = 0;
    const char *value = connection_variable(conn, req ? req->arena : conn->arena, name);
    if (value == NULL)
        value = request_variable(req, name, &no_data);
    if (value == NULL)
        *error = no_data ? ERROR_NO_DATA : ERROR_INVALID_INDEX;
    return value;
}

/* UNICODE_<var>: the value as WCHARs; sizes count bytes, the terminating NUL included. */
static BOOL unicode_variable(w3_conn *conn, const char *name, LPVOID buf, LPDWORD size)
{
    DWORD error = ERROR_INVALID_INDEX;
    const char *value = NULL;
    if (!w3e_ieqn(name, "HTTP_", 5) && !w3e_ieqn(name, "HEADER_", 7))
        value = lookup(conn, name, &error);
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
    const char *value = lookup(conn, name, &error);
    if (value == NULL) {
        SetLastError(error);
        return FALSE;
    }
    return w3e_copy_out(value, buf, size);
}
