/* ServerSupportFunction of ISAPI extensions: response headers, redirects, URL mapping,
 * keep-alive, the end of a pending session, health; the asynchronous operations are in
 * extension_async.c and extension_exec.c. What is not implemented fails with
 * ERROR_NOT_SUPPORTED; unknown requests with ERROR_INVALID_PARAMETER, as on IIS. */
#include "extension_host.h"

#include <stdlib.h>
#include <string.h>

#include "core/physical_path.h"

static BOOL fail(DWORD error)
{
    SetLastError(error);
    return FALSE;
}

BOOL w3e_ext_send_header(w3e_ext_call *call, const char *status, size_t status_len,
                         const char *headers, size_t headers_len)
{
    w3_request *req = call->req;
    if (status == NULL)
        status = "200 OK", status_len = 6;
    char *line = w3e_strndup(req->arena, status, status_len);
    char *text = w3e_strndup(req->arena, headers != NULL ? headers : "", headers_len);
    if (line == NULL || text == NULL)
        return fail(ERROR_NOT_ENOUGH_MEMORY);
    if (call->header_sent || w3e_has_crlf(line) || strlen(line) < 3 || line[0] < '1' ||
        line[0] > '5' || line[1] < '0' || line[1] > '9' || line[2] < '0' || line[2] > '9' ||
        (line[3] != '\0' && line[3] != ' '))
        return fail(ERROR_INVALID_PARAMETER);
    /* The bytes after the blank line are the start of the body. */
    char *blank = strncmp(text, "\r\n", 2) == 0 ? text : strstr(text, "\r\n\r\n");
    const char *body = "";
    if (blank != NULL) {
        body = blank == text ? text + 2 : blank + 4;
        blank[blank == text ? 0 : 2] = '\0';
    }
    w3e_headers parsed = {0};
    if (!w3e_parse_header_lines(req->arena, text, &parsed))
        return fail(ERROR_INVALID_PARAMETER);
    w3_response_set_status(req, (unsigned)atoi(line), line[3] == ' ' ? line + 4 : "");
    for (w3e_header *h = parsed.first; h != NULL; h = h->next)
        w3_response_add_header(req, h->name, h->value);
    if (body[0] != '\0' && !w3_response_write(req, body, strlen(body)))
        return fail(ERROR_NOT_ENOUGH_MEMORY);
    call->header_sent = 1;
    return TRUE;
}

static BOOL redirect(w3e_ext_call *call, const char *url)
{
    if (url == NULL || url[0] == '\0' || w3e_has_crlf(url) || call->header_sent)
        return fail(ERROR_INVALID_PARAMETER);
    w3_response_set_status(call->req, 302, "Object Moved");
    w3_response_add_header(call->req, "Location", url);
    w3_response_add_header(call->req, "Content-Length", "0");
    call->header_sent = 1;
    return TRUE;
}

/* The physical path of url as URL_MAP filters and RQ_MAP_PATH modules leave it. */
static const char *map_url(w3e_ext_call *call, const char *url)
{
    w3_request *req = call->req;
    DWORD cb;
    char *path = w3e_map_url(req->arena, req->conn->server, url, &cb);
    if (path == NULL)
        return NULL;
    w3e_map_path_event ev = {url, path, cb};
    w3e_modules_notify(req, W3E_RQ_MAP_PATH, &ev);
    ev.physical[ev.physical_size - 1] = '\0';
    return ev.physical;
}

/* HSE_REQ_MAP_URL_TO_PATH: the URL in, its path out, in the same buffer. */
static BOOL map_in_place(w3e_ext_call *call, char *buffer, DWORD *size)
{
    if (buffer == NULL || size == NULL)
        return fail(ERROR_INVALID_PARAMETER);
    const char *url = w3e_strdup(call->req->arena, buffer);
    const char *path = url != NULL ? map_url(call, url) : NULL;
    if (path == NULL)
        return fail(ERROR_NOT_ENOUGH_MEMORY);
    DWORD need = (DWORD)strlen(path) + 1;
    if (*size < need) {
        *size = need;
        return fail(ERROR_INSUFFICIENT_BUFFER);
    }
    memcpy(buffer, path, need);
    *size = need;
    return TRUE;
}

/* HSE_REQ_MAP_URL_TO_PATH_EX: the path and what matched, for the root application. */
static BOOL map_ex(w3e_ext_call *call, const char *url, HSE_URL_MAPEX_INFO *info)
{
    if (url == NULL || info == NULL)
        return fail(ERROR_INVALID_PARAMETER);
    const char *path = map_url(call, url);
    if (path == NULL)
        return fail(ERROR_NOT_ENOUGH_MEMORY);
    if (strlen(path) >= MAX_PATH)
        return fail(ERROR_INSUFFICIENT_BUFFER);
    strcpy(info->lpszPath, path);
    info->dwFlags = HSE_URL_FLAGS_READ | HSE_URL_FLAGS_SCRIPT;
    const char *root =
        w3e_physical_root(call->req->arena, call->req->conn->server->cfg.document_root);
    info->cchMatchingPath = root != NULL ? (DWORD)strlen(root) - 1 : 0;
    info->cchMatchingURL = 0; /* the root application's URL is "" */
    return TRUE;
}

/* Logged, and kept for the embedder (w3_server_unhealthy): the first reason stays. */
static BOOL report_unhealthy(w3e_ext_call *call, const char *reason)
{
    w3_server *server = call->req->conn->server;
    w3e_ext_host *host = w3e_ext_host_of(server);
    if (reason == NULL)
        reason = "";
    w3e_log(server, W3_LOG_ERROR, "ISAPI extension '%s' reports the worker unhealthy: %s",
            call->ext->name, reason);
    if (InterlockedCompareExchange(&host->unhealthy, 1, 0) == 0) {
        lstrcpynA(host->reason, reason, (int)sizeof host->reason);
        InterlockedExchange(&host->unhealthy, 2);
    }
    return TRUE;
}

/* There are no Windows access tokens to give. */
static BOOL impersonation_token(HANDLE *token)
{
    if (token == NULL)
        return fail(ERROR_INVALID_PARAMETER);
    *token = NULL;
    return fail(ERROR_NOT_SUPPORTED);
}

/* After HSE_STATUS_PENDING: the pipeline resumes on the server's thread. */
static BOOL done_with_session(w3e_ext_call *call, const DWORD *status)
{
    call->done_status = status != NULL ? *status : HSE_STATUS_SUCCESS;
    /* Inside HttpExtensionProc or a completion the host sees it when they return. */
    if (InterlockedExchange(&call->done, 1) == 2 && !call->in_completion &&
        FAILED(w3e_post_completion(call->req, 1, 0, S_OK, W3E_RQ_CONTINUE)))
        return fail(ERROR_NOT_SUPPORTED);
    return TRUE;
}

BOOL WINAPI w3e_ext_server_support(HCONN conn, DWORD request, LPVOID buffer, LPDWORD size,
                                   LPDWORD data_type)
{
    w3e_ext_call *call = w3e_ext_call_of(conn);
    if (call == NULL)
        return FALSE;
    switch (request) {
    case HSE_REQ_SEND_RESPONSE_HEADER: {
        const char *headers = (const char *)data_type;
        return w3e_ext_send_header(call, buffer, buffer ? strlen(buffer) : 0, headers,
                                   headers ? strlen(headers) : 0);
    }
    case HSE_REQ_SEND_RESPONSE_HEADER_EX: {
        HSE_SEND_HEADER_EX_INFO *info = buffer;
        if (info == NULL)
            return fail(ERROR_INVALID_PARAMETER);
        if (!w3e_ext_send_header(call, info->pszStatus, info->pszStatus ? info->cchStatus : 0,
                                 info->pszHeader, info->pszHeader ? info->cchHeader : 0))
            return FALSE;
        call->keep_conn = info->fKeepConn != FALSE;
        return TRUE;
    }
    case HSE_REQ_SEND_URL_REDIRECT_RESP:
    case HSE_REQ_SEND_URL: /* "identical to HSE_REQ_SEND_URL_REDIRECT_RESP" since IIS 6 */
        return redirect(call, buffer);
    case HSE_REQ_MAP_URL_TO_PATH:
        return map_in_place(call, buffer, size);
    case HSE_REQ_MAP_URL_TO_PATH_EX:
        return map_ex(call, buffer, (HSE_URL_MAPEX_INFO *)data_type);
    case HSE_REQ_IS_KEEP_CONN:
        if (buffer == NULL)
            return fail(ERROR_INVALID_PARAMETER);
        *(BOOL *)buffer = call->req->keep_alive ? TRUE : FALSE;
        return TRUE;
    case HSE_REQ_DONE_WITH_SESSION:
        return done_with_session(call, buffer);
    case HSE_REQ_IO_COMPLETION:
        call->io_fn = (PFN_HSE_IO_COMPLETION)buffer;
        call->io_ctx = data_type;
        return TRUE;
    case HSE_REQ_TRANSMIT_FILE:
        return w3e_ext_transmit_file(call, buffer);
    case HSE_REQ_ASYNC_READ_CLIENT:
        return w3e_ext_async_read(call, buffer, size);
    case HSE_REQ_EXEC_URL:
        return w3e_ext_exec_url(call, buffer);
    case HSE_REQ_GET_EXEC_URL_STATUS:
        return w3e_ext_exec_status(call, buffer);
    case HSE_REQ_SET_FLUSH_FLAG: /* the BOOL is the pointer's value; see write_client */
        call->flush = buffer != NULL;
        return TRUE;
    case HSE_REQ_REPORT_UNHEALTHY:
        return report_unhealthy(call, buffer);
    case HSE_REQ_GET_IMPERSONATION_TOKEN:
        return impersonation_token(buffer);
    case HSE_REQ_EXEC_UNICODE_URL:
        return w3e_ext_exec_unicode_url(call, buffer);
    default:
        return fail(ERROR_INVALID_PARAMETER);
    }
}
