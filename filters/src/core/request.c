/* Request objects: creation in their own pool, the views the handler gets. */
#include "core.h"
#include "physical_path.h"

#include <string.h>

/* No memory for a new request (the host memory manager refuses task-critical pages
 * first): the client gets a 503 that needs no request memory, the connection closes,
 * and the server goes on serving the others. */
static w3_request *refuse_unavailable(w3_conn *conn)
{
    static const char response[] = "HTTP/1.1 503 Service Unavailable\r\n"
                                   "Content-Length: 0\r\n"
                                   "Connection: close\r\n\r\n";
    if (!conn->wants_close) {
        w3e_log(conn->server, W3_LOG_ERROR,
                "request refused with 503: no memory for a new request (error %lu)",
                (unsigned long)GetLastError());
        conn->output(conn->output_ctx, response, sizeof response - 1);
        conn->wants_close = 1;
    }
    return NULL;
}

/* The parser's buffers get their first room in one block, so that a usual request
 * grows none of them (each growth is an allocation and a copy). */
static void start_buffers(w3_request *req)
{
    enum { PIECE = 64, ALL_RAW = 256 };
    w3e_buf *pieces[] = {&req->method_in, &req->url_in, &req->version_in, &req->field_in,
                         &req->value_in};
    size_t count = sizeof pieces / sizeof pieces[0];
    char *block = w3e_arena_alloc_unfilled(req->arena, count * PIECE + ALL_RAW);
    if (block == NULL)
        return; /* they grow when used */
    for (size_t i = 0; i < count; i++, block += PIECE) {
        pieces[i]->data = block;
        pieces[i]->data[0] = '\0';
        pieces[i]->cap = PIECE;
    }
    req->all_raw.data = block;
    req->all_raw.data[0] = '\0';
    req->all_raw.cap = ALL_RAW;
}

w3_request *w3e_request_begin(w3_conn *conn)
{
    /* A request may need the connection pool (IHttpConnection, AllocMem): it is there
     * for the request's whole life, or the request is refused now. */
    if (!w3e_conn_arena_ready(conn))
        return refuse_unavailable(conn);
    w3e_arena *arena = w3e_arena_create(&conn->server->mem, W3E_REQUEST_LIFETIME);
    if (arena == NULL)
        return refuse_unavailable(conn);
    w3_request *req = w3e_arena_alloc(arena, sizeof *req);
    if (req == NULL) {
        w3e_arena_destroy(arena);
        return refuse_unavailable(conn);
    }
    req->conn = conn;
    req->arena = arena;
    start_buffers(req);
    req->method = "";
    req->raw_url = "";
    req->url = "";
    req->version = "";
    req->physical_path = "";
    req->status = 200;
    req->reason = "OK";
    req->start_tick = GetTickCount64();
    return req;
}

void w3e_request_end(w3_request *req)
{
    w3e_children_release(req); /* clones a module did not release */
    w3e_pipeline_abandon(req);
    w3e_ext_request_end(req);
    w3_conn *conn = req->parent == NULL ? req->conn : NULL; /* req is in its arena */
    w3e_arena_destroy(req->arena);
    if (conn != NULL)
        w3e_conn_arena_release_unused(conn);
}

const char *w3e_request_query(const w3_request *req)
{
    const char *q = strchr(req->url, '?');
    return q ? q + 1 : "";
}

const char *w3e_request_path(w3_request *req)
{
    const char *q = strchr(req->url, '?');
    if (q == NULL)
        return req->url;
    const char *path = w3e_strndup(req->arena, req->url, (size_t)(q - req->url));
    return path ? path : "";
}

const char *w3_request_method(const w3_request *req)
{
    return req ? req->method : NULL;
}

const char *w3_request_url(const w3_request *req)
{
    return req ? req->url : NULL;
}

const char *w3_request_header(w3_request *req, const char *name)
{
    if (req == NULL || name == NULL)
        return NULL;
    return w3e_headers_get(req->arena, &req->headers, name);
}

const void *w3_request_body(const w3_request *req, size_t *len)
{
    if (req == NULL)
        return NULL;
    if (len != NULL)
        *len = req->body.len;
    return w3e_buf_str(&req->body);
}

const char *w3_request_user(const w3_request *req)
{
    return req ? req->user : NULL;
}

const w3_virtual_dir *w3_request_virtual_dir(const w3_request *req, const char *url_path,
                                             size_t *matched)
{
    *matched = 0;
    return req != NULL ? w3e_virtual_dir_find(req->conn->server, url_path, matched) : NULL;
}

const char *w3_request_physical_path(const w3_request *req, int *rewritten)
{
    if (rewritten != NULL)
        *rewritten = req != NULL && req->physical_path_rewritten;
    return req ? req->physical_path : NULL;
}

int w3_request_server_variable(w3_request *req, const char *name, void *buf, unsigned int *size)
{
    if (req == NULL || size == NULL) {
        SetLastError(ERROR_INVALID_PARAMETER);
        return 0;
    }
    DWORD cb = *size;
    BOOL ok = w3e_server_variable(req->conn, name, buf, &cb);
    *size = cb;
    return ok;
}

int w3_response_set_status(w3_response *resp, unsigned status, const char *reason)
{
    if (resp == NULL || status < 100 || status > 999 || (reason && w3e_has_crlf(reason)))
        return 0;
    char *r = w3e_strdup(resp->arena, reason ? reason : "");
    if (r == NULL)
        return 0;
    resp->status = status;
    resp->reason = r;
    return 1;
}

int w3_response_add_header(w3_response *resp, const char *name, const char *value)
{
    if (resp == NULL || name == NULL || value == NULL || name[0] == '\0' ||
        strpbrk(name, ":\r\n") != NULL || w3e_has_crlf(value))
        return 0;
    return w3e_headers_add(resp->arena, &resp->resp_headers, name, value);
}

int w3_response_write(w3_response *resp, const void *data, size_t len)
{
    if (resp == NULL || (data == NULL && len != 0))
        return 0;
    return w3e_buf_append(resp->arena, &resp->resp_body, data, len);
}
