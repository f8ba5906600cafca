/* The request log: RQ_LOG_REQUEST's HTTP_FILTER_LOG record, and what the embedder gets
 * after it (a record, or the W3_LOG_REQUEST line). */
#include "core.h"

#include <stdio.h>
#include <string.h>

/* The record's readers: SF_NOTIFY_LOG filters, and the embedder's log of a client's
 * request. */
static int record_wanted(w3_request *req)
{
    const w3_server_config *cfg = &req->conn->server->cfg;
    return w3e_ext_wants(req->conn, W3E_TAP_LOG_RECORD) ||
           (req->parent == NULL && (cfg->request_log != NULL || cfg->log != NULL));
}

void w3e_request_log_fill(w3_request *req)
{
    if (!record_wanted(req))
        return;
    w3_conn *conn = req->conn;
    /* SERVER_NAME of the connection's request, as GetServerVariable gives it into a
     * buffer of 256 bytes (a longer name is left out). */
    const char *server_name =
        conn->req != NULL && conn->req->headers_done ? w3e_server_name(conn->req) : NULL;
    if (server_name == NULL || strlen(server_name) >= 256)
        server_name = "";
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
    req->log_rec = lg;
}

static void write_line(w3_server *server, const HTTP_FILTER_LOG *lg)
{
    char line[2048];
#define FIELD(s) ((s) != NULL && (s)[0] != '\0' ? (s) : "-")
    snprintf(line, sizeof line, "%s %s %s %s %s %s %lu %lu %lu %lu %lu",
             FIELD(lg->pszClientHostName), FIELD(lg->pszClientUserName), FIELD(lg->pszServerName),
             FIELD(lg->pszOperation), FIELD(lg->pszTarget), FIELD(lg->pszParameters),
             (unsigned long)lg->dwHttpStatus, (unsigned long)lg->dwWin32Status,
             (unsigned long)lg->dwBytesSent, (unsigned long)lg->dwBytesRecvd,
             (unsigned long)lg->msTimeForProcessing);
#undef FIELD
    server->cfg.log(server->cfg.log_ctx, W3_LOG_REQUEST, line);
}

static const char *text(const char *s)
{
    return s != NULL ? s : "";
}

/* The request headers the record holds, found in one pass over the headers; a name
 * sent on several lines gets its lines joined, as w3e_headers_get does. */
static void logged_headers(w3_request *req, w3_log_record *rec)
{
    static const struct {
        const char *name;
        size_t len;
    } names[] = {{"User-Agent", 10}, {"Referer", 7}, {"Cookie", 6}, {"Host", 4}};
    const char **values[] = {&rec->user_agent, &rec->referer, &rec->cookie, &rec->host};
    for (size_t i = 0; i < 4; i++)
        *values[i] = NULL;
    for (const w3e_header *e = req->headers.first; e != NULL; e = e->next) {
        size_t i; /* the one name of that length */
        switch (e->name_len) {
        case 10:
            i = 0;
            break;
        case 7:
            i = 1;
            break;
        case 6:
            i = 2;
            break;
        case 4:
            i = 3;
            break;
        default:
            continue;
        }
        if (memcmp(e->name, names[i].name, names[i].len) != 0 &&
            !w3e_ieqn(e->name, names[i].name, names[i].len))
            continue;
        *values[i] = *values[i] == NULL ? e->value
                                        : w3e_headers_get_n(req->arena, &req->headers,
                                                            names[i].name, names[i].len);
    }
    for (size_t i = 0; i < 4; i++)
        *values[i] = text(*values[i]);
}

/* IIS logs the Win32 code of the error a module reported (IHttpResponse::SetStatus's
 * hrErrorToReport) when nothing else set one. */
static unsigned long win32_status(const w3_request *req, const HTTP_FILTER_LOG *lg)
{
    HRESULT hr = req->error_status;
    if (lg->dwWin32Status == 0 && FAILED(hr) && HRESULT_FACILITY(hr) == FACILITY_WIN32)
        return (unsigned long)HRESULT_CODE(hr);
    return lg->dwWin32Status;
}

/* The 64-bit count unless a filter changed the 32-bit one in SF_NOTIFY_LOG. */
static unsigned long long byte_count(unsigned long long counted, DWORD logged)
{
    return logged == (DWORD)counted ? counted : logged;
}

static void write_record(w3_request *req, const HTTP_FILTER_LOG *lg)
{
    w3_conn *conn = req->conn;
    const char *date, *time;
    w3e_log_date_time(conn->server, &date, &time);
    w3_log_record rec = {
        .date = date,
        .time = time,
        .client_addr = text(lg->pszClientHostName),
        .client_port = conn->remote_port,
        .server_addr = conn->local_addr,
        .server_port = conn->local_port,
        .server_name = text(lg->pszServerName),
        .method = text(lg->pszOperation),
        .uri_stem = text(lg->pszTarget),
        .uri_query = text(lg->pszParameters),
        .username = text(lg->pszClientUserName),
        .status = (unsigned)lg->dwHttpStatus,
        .substatus = req->substatus,
        .win32_status = win32_status(req, lg),
        .bytes_sent = byte_count(req->bytes_sent, lg->dwBytesSent),
        .bytes_received = byte_count(req->bytes_recvd, lg->dwBytesRecvd),
        .time_taken_ms = (unsigned long)lg->msTimeForProcessing,
        .site_name = text(conn->server->cfg.site_name),
        .protocol_version = text(req->version),
        .site_id = conn->server->cfg.instance_id,
    };
    logged_headers(req, &rec);
    w3_server *server = conn->server;
    server->cfg.request_log(server->cfg.request_log_ctx, &rec);
}

void w3e_request_log_write(w3_request *req)
{
    w3_server *server = req->conn->server;
    if (server->cfg.request_log != NULL)
        write_record(req, &req->log_rec);
    else if (server->cfg.log != NULL)
        write_line(server, &req->log_rec);
}
