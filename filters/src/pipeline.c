/* The request pipeline in IIS order (spec Decision 5): PREPROC_HEADERS, URL_MAP,
 * AUTHENTICATION, AUTH_COMPLETE, (ACCESS_DENIED), the handler, SEND_RESPONSE,
 * SEND_RAW_DATA, LOG, END_OF_REQUEST. READ_RAW_DATA runs per read in conn.c. */
#include "engine.h"

#include <stdio.h>
#include <string.h>

static void log_fields(w3_request *req, HTTP_FILTER_LOG *lg)
{
    w3_server *server = req->conn->server;
    char line[2048];
#define FIELD(s) ((s) != NULL && (s)[0] != '\0' ? (s) : "-")
    snprintf(line, sizeof line, "%s %s %s %s %s %s %lu %lu %lu %lu %lu",
             FIELD(lg->pszClientHostName), FIELD(lg->pszClientUserName), FIELD(lg->pszServerName),
             FIELD(lg->pszOperation), FIELD(lg->pszTarget), FIELD(lg->pszParameters),
             (unsigned long)lg->dwHttpStatus, (unsigned long)lg->dwWin32Status,
             (unsigned long)lg->dwBytesSent, (unsigned long)lg->dwBytesRecvd,
             (unsigned long)lg->msTimeForProcessing);
#undef FIELD
    if (server->cfg.log != NULL)
        server->cfg.log(server->cfg.log_ctx, W3_LOG_REQUEST, line);
}

/* LOG then END_OF_REQUEST, once per request. */
static void complete(w3_request *req)
{
    if (req->completed)
        return;
    req->completed = 1;
    w3_conn *conn = req->conn;
    char server_name[256];
    DWORD cb = sizeof server_name;
    if (!w3e_server_variable(conn, "SERVER_NAME", server_name, &cb))
        server_name[0] = '\0';
    HTTP_FILTER_LOG lg = {
        conn->remote_addr,
        req->user,
        server_name,
        req->method,
        w3e_request_path(req),
        w3e_request_query(req),
        req->status,
        req->win32_status,
        (DWORD)req->bytes_sent,
        (DWORD)req->bytes_recvd,
        (DWORD)(GetTickCount64() - req->start_tick),
    };
    w3e_notify(conn, SF_NOTIFY_LOG, &lg);
    log_fields(req, &lg);
    w3e_notify(conn, SF_NOTIFY_END_OF_REQUEST, NULL);
    if (!req->keep_alive)
        conn->wants_close = 1;
}

void w3e_pipeline_fail(w3_request *req, unsigned status)
{
    if (!req->response_sent && status != 0) {
        w3e_response_error(req, status);
        w3e_response_send(req);
    }
    complete(req);
}

static void deny(w3_request *req, DWORD reason)
{
    req->denied = 1;
    req->denied_reason = reason;
    w3e_response_error(req, 401);
    w3e_response_send(req);
    complete(req);
}

/* Acts on a notification chain's outcome; nonzero if the request goes on. */
static int go_on(w3_request *req, enum w3e_outcome outcome)
{
    switch (outcome) {
    case W3E_CONTINUE:
    case W3E_READ_NEXT:
        return 1;
    case W3E_ERROR:
        if (req->win32_status == ERROR_ACCESS_DENIED && !req->response_sent)
            deny(req, SF_DENIED_FILTER);
        else
            w3e_pipeline_fail(req, 500);
        return 0;
    case W3E_FINISHED:
        req->keep_alive = 0;
        complete(req);
        return 0;
    case W3E_FINISHED_KEEP_CONN:
        /* Decision 4: kept only if the filter's own response is well framed. */
        if (!req->filter_framed)
            req->keep_alive = 0;
        complete(req);
        return 0;
    }
    return 0;
}

static int map_url(w3_request *req)
{
    w3_server *server = req->conn->server;
    const char *path = w3e_request_path(req);
    size_t need = strlen(server->cfg.document_root) + strlen(path) + 1;
    DWORD cb = (DWORD)(need > MAX_PATH ? need : MAX_PATH);
    char *buf = w3e_arena_alloc(req->arena, cb);
    if (buf == NULL)
        return 0;
    snprintf(buf, cb, "%s%s", server->cfg.document_root, path);
    HTTP_FILTER_URL_MAP map = {path, buf, cb};
    enum w3e_outcome outcome = w3e_notify(req->conn, SF_NOTIFY_URL_MAP, &map);
    buf[cb - 1] = '\0';
    req->physical_path = buf;
    return go_on(req, outcome);
}

/* Basic credentials from the Authorization header, if any. */
static void read_credentials(w3_request *req)
{
    const char *auth = w3e_headers_get(req->arena, &req->headers, "Authorization");
    if (auth == NULL || !w3e_ieqn(auth, "Basic ", 6))
        return;
    char decoded[SF_MAX_USERNAME + SF_MAX_PASSWORD];
    const char *b64 = auth + 6;
    if (!w3e_base64_decode(b64, strlen(b64), decoded, sizeof decoded))
        return;
    char *colon = strchr(decoded, ':');
    if (colon == NULL)
        return;
    *colon = '\0';
    size_t user_len = strlen(decoded), password_len = strlen(colon + 1);
    if (user_len >= sizeof req->user || password_len >= sizeof req->password)
        return; /* longer than IIS's buffers: not credentials it would accept */
    memcpy(req->user, decoded, user_len + 1);
    memcpy(req->password, colon + 1, password_len + 1);
    memcpy(req->auth_type, "Basic", sizeof "Basic");
}

static int authenticate(w3_request *req)
{
    w3_server *server = req->conn->server;
    read_credentials(req);
    HTTP_FILTER_AUTHENT au = {req->user, sizeof req->user, req->password, sizeof req->password};
    enum w3e_outcome outcome = w3e_notify(req->conn, SF_NOTIFY_AUTHENTICATION, &au);
    req->user[sizeof req->user - 1] = '\0';
    req->password[sizeof req->password - 1] = '\0';
    if (!go_on(req, outcome))
        return 0;

    HTTP_FILTER_AUTH_COMPLETE_INFO info = {0};
    w3e_fill_auth_complete_fns(&info);
    info.HttpStatus = req->status;
    if (!go_on(req, w3e_notify(req->conn, SF_NOTIFY_AUTH_COMPLETE, &info)))
        return 0;

    if (req->user[0] == '\0') {
        if (server->cfg.deny_anonymous) {
            deny(req, SF_DENIED_LOGON | SF_DENIED_BY_CONFIG);
            return 0;
        }
    } else if (server->cfg.logon != NULL &&
               !server->cfg.logon(server->cfg.logon_ctx, req->user, req->password)) {
        req->user[0] = '\0';
        deny(req, SF_DENIED_LOGON);
        return 0;
    }
    return 1;
}

void w3e_pipeline_headers_done(w3_request *req)
{
    llhttp_t *parser = &req->conn->parser;
    char version[16];
    snprintf(version, sizeof version, "HTTP/%u.%u", (unsigned)parser->http_major,
             (unsigned)parser->http_minor);
    req->method = (char *)w3e_buf_str(&req->method_in);
    req->raw_url = (char *)w3e_buf_str(&req->url_in);
    req->url = req->raw_url;
    req->version = w3e_strdup(req->arena, version);
    if (req->version == NULL) {
        w3e_pipeline_fail(req, 500);
        return;
    }
    req->headers_done = 1;

    HTTP_FILTER_PREPROC_HEADERS pre = {0};
    w3e_fill_request_header_fns(&pre);
    pre.HttpStatus = req->status;
    if (!go_on(req, w3e_notify(req->conn, SF_NOTIFY_PREPROC_HEADERS, &pre)))
        return;
    if (!map_url(req))
        return;
    if (!authenticate(req))
        return;
    /* A client waiting for leave to send its body gets it once the request is accepted. */
    const char *expect = w3e_headers_get(req->arena, &req->headers, "Expect");
    if (expect != NULL && w3e_ieq(expect, "100-continue") && !req->response_sent &&
        (parser->content_length > 0 || (parser->flags & F_CHUNKED)))
        w3e_conn_send(req->conn, "HTTP/1.1 100 Continue\r\n\r\n", 25);
}

void w3e_pipeline_message_done(w3_request *req)
{
    if (req->completed)
        return;
    w3_server *server = req->conn->server;
    if (server->cfg.handler != NULL) {
        server->cfg.handler(server->cfg.handler_ctx, req, req);
    } else {
        w3e_response_error(req, 404);
    }
    if (req->status == 401) {
        req->denied = 1;
        req->denied_reason = SF_DENIED_APPLICATION;
    }
    w3e_response_send(req);
    complete(req);
}
