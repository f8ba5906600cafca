/* Connections: bytes in (READ_RAW_DATA, then llhttp), bytes out, END_OF_NET_SESSION. */
#include "core.h"

#include <string.h>

static w3_request *current(llhttp_t *p)
{
    w3_conn *conn = p->data;
    if (conn->req == NULL && (conn->req = w3e_request_begin(conn)) != NULL)
        conn->request_count++;
    return conn->req;
}

/* Request line and header bytes count against max_header_bytes: going over in the
 * request line is 414 (URI Too Long), in the headers 431 (RFC 6585). */
static int append_head(llhttp_t *p, w3e_buf *(*field)(w3_request *), const char *at, size_t len)
{
    w3_conn *conn = p->data;
    w3_request *req = current(p);
    if (req == NULL)
        return -1;
    req->header_bytes += len;
    if (req->header_bytes > conn->server->cfg.max_header_bytes) {
        int in_headers = field(req) == &req->field_in || field(req) == &req->value_in;
        conn->refuse_status = in_headers ? 431 : 414;
        return -1;
    }
    return w3e_buf_append(req->arena, field(req), at, len) ? 0 : -1;
}

#define APPEND_CB(fn, member)                                                                      \
    static w3e_buf *fn##_buf(w3_request *req)                                                      \
    {                                                                                              \
        return &req->member;                                                                       \
    }                                                                                              \
    static int fn(llhttp_t *p, const char *at, size_t len)                                         \
    {                                                                                              \
        return append_head(p, fn##_buf, at, len);                                                  \
    }
APPEND_CB(on_method, method_in)
APPEND_CB(on_url, url_in)
APPEND_CB(on_version, version_in)
APPEND_CB(on_header_field, field_in)

static w3e_buf *value_in_buf(w3_request *req)
{
    return &req->value_in;
}

/* A value piece right after a line break is an obs-fold continuation line (llhttp joins
 * it to the previous header): RFC 9112 lets a server reject it, and a front end that
 * unfolds differently from a back end is a smuggling vector. */
static int on_header_value(llhttp_t *p, const char *at, size_t len)
{
    w3_conn *conn = p->data;
    char before = at > conn->parse_base ? at[-1] : conn->parse_prev;
    if (before == '\n' && len != 0 && (at[0] == ' ' || at[0] == '\t')) {
        conn->refuse_status = 400;
        return -1;
    }
    return append_head(p, value_in_buf, at, len);
}

static int on_body(llhttp_t *p, const char *at, size_t len)
{
    w3_conn *conn = p->data;
    w3_request *req = current(p);
    if (req == NULL)
        return -1;
    if (req->pipe.done)
        return 0; /* answered early (denied, finished): the rest of the body is dropped */
    if (req->body.len + len > conn->server->cfg.max_body_bytes) {
        conn->refuse_status = 413;
        return -1;
    }
    return w3e_buf_append(req->arena, &req->body, at, len) ? 0 : -1;
}

static int on_header_value_complete(llhttp_t *p)
{
    w3_conn *conn = p->data;
    w3_request *req = current(p);
    if (req == NULL)
        return -1;
    if (++req->header_count > conn->server->cfg.max_header_count) {
        conn->refuse_status = 431;
        return -1;
    }
    const char *name = w3e_buf_str(&req->field_in);
    const char *value = w3e_buf_str(&req->value_in);
    size_t name_len = req->field_in.len, value_len = req->value_in.len;
    int ok = w3e_headers_add_n(req->arena, &req->headers, name, name_len, value, value_len) &&
             w3e_buf_reserve(req->arena, &req->all_raw, name_len + value_len + 4);
    if (ok) { /* ALL_RAW: the line as received (the room is there) */
        char *raw = req->all_raw.data + req->all_raw.len;
        memcpy(raw, name, name_len);
        raw += name_len;
        *raw++ = ':';
        *raw++ = ' ';
        memcpy(raw, value, value_len);
        raw += value_len;
        *raw++ = '\r';
        *raw++ = '\n';
        *raw = '\0';
        req->all_raw.len += name_len + value_len + 4;
    }
    req->field_in.len = 0;
    req->value_in.len = 0;
    return ok ? 0 : -1;
}

static int on_headers_complete(llhttp_t *p)
{
    w3_conn *conn = p->data;
    if (current(p) == NULL)
        return -1;
    conn->pause = W3E_PAUSE_HEADERS;
    return HPE_PAUSED;
}

static int on_message_complete(llhttp_t *p)
{
    w3_conn *conn = p->data;
    conn->pause = W3E_PAUSE_MESSAGE;
    return HPE_PAUSED;
}

/* One set of parser callbacks serves every connection (llhttp keeps a pointer to it). */
static const llhttp_settings_t parser_settings = {
    .on_method = on_method,
    .on_url = on_url,
    .on_version = on_version,
    .on_header_field = on_header_field,
    .on_header_value = on_header_value,
    .on_header_value_complete = on_header_value_complete,
    .on_headers_complete = on_headers_complete,
    .on_body = on_body,
    .on_message_complete = on_message_complete,
};

/* Both addresses in one block (conn->local_addr owns it). */
static int keep_addresses(w3_conn *conn, const char *local, const char *remote)
{
    local = local != NULL ? local : "127.0.0.1";
    remote = remote != NULL ? remote : "127.0.0.1";
    size_t local_size = strlen(local) + 1, remote_size = strlen(remote) + 1;
    char *both = w3e_alloc(local_size + remote_size);
    if (both == NULL)
        return 0;
    memcpy(both, local, local_size);
    memcpy(both + local_size, remote, remote_size);
    conn->local_addr = both;
    conn->remote_addr = both + local_size;
    return 1;
}

/* What w3_conn_open made before it failed. */
static void conn_discard(w3_conn *conn)
{
    w3e_arena_destroy(conn->arena);
    w3e_free(conn->local_addr);
    w3e_free(conn->slots);
    w3e_free(conn);
}

w3_conn *w3_conn_open(w3_server *server, const w3_conn_info *info, w3_output_fn output,
                      void *output_ctx)
{
    if (server == NULL || info == NULL || output == NULL)
        return NULL;
    w3_conn *conn = w3e_alloc(sizeof *conn);
    if (conn == NULL)
        return NULL;
    conn->server = server;
    if (!keep_addresses(conn, info->local_addr, info->remote_addr)) {
        conn_discard(conn);
        return NULL;
    }
    conn->local_port = info->local_port;
    conn->remote_port = info->remote_port;
    conn->secure = info->secure != 0;
    conn->output = output;
    conn->output_ctx = output_ctx;
    if (!w3e_ext_conn_open(conn)) {
        conn_discard(conn);
        return NULL;
    }

    llhttp_init(&conn->parser, HTTP_REQUEST, &parser_settings);
    conn->parser.data = conn;

    server->configuring = 0;
    server->open_conns++;
    if (!w3e_modules_freeze(server)) {
        server->open_conns--;
        conn_discard(conn);
        return NULL;
    }
    return conn;
}

/* The pool is made for a request and given back after it unless something was put in
 * it, so that an idle keep-alive connection holds none of its pages. */
int w3e_conn_arena_ready(w3_conn *conn)
{
    if (conn->arena == NULL && !conn->closed)
        conn->arena = w3e_arena_create(&conn->server->mem, W3E_CONNECTION_LIFETIME);
    return conn->arena != NULL;
}

w3e_arena *w3e_conn_arena(w3_conn *conn)
{
    if (!w3e_conn_arena_ready(conn))
        return NULL;
    conn->arena_kept = 1;
    return conn->arena;
}

void w3e_conn_arena_release_unused(w3_conn *conn)
{
    if (conn->arena_kept)
        return;
    w3e_arena_destroy(conn->arena);
    conn->arena = NULL;
}

void w3e_conn_send(w3_conn *conn, const void *data, size_t len)
{
    if (len != 0)
        conn->output(conn->output_ctx, data, len);
}

/* Keeps bytes for later: the request is pending (RQ_NOTIFICATION_PENDING). */
static void keep(w3_conn *conn, unsigned char **buf, size_t *buf_len, const void *data, size_t len)
{
    if (len == 0)
        return;
    unsigned char *grown = w3e_alloc(*buf_len + len);
    if (grown == NULL) {
        conn->wants_close = 1;
        return;
    }
    if (*buf_len)
        memcpy(grown, *buf, *buf_len);
    memcpy(grown + *buf_len, data, len);
    w3e_free(*buf);
    *buf = grown;
    *buf_len += len;
}

static int blocked(const w3_conn *conn)
{
    return conn->req != NULL && conn->req->pipe.pending;
}

/* Runs llhttp over the bytes, stopping at each end of headers and end of message to
 * run the pipeline outside the parser's callbacks. */
static void parse(w3_conn *conn, const char *data, size_t len)
{
    while (!conn->wants_close) {
        if (blocked(conn)) {
            keep(conn, &conn->backlog, &conn->backlog_len, data, len);
            return;
        }
        conn->parse_base = data;
        llhttp_errno_t err = llhttp_execute(&conn->parser, data, len);
        if (err == HPE_OK) {
            if (conn->req != NULL)
                conn->req->bytes_recvd += len;
            if (len != 0)
                conn->parse_prev = data[len - 1];
            if (w3e_conn_http09(conn)) {
                w3e_pipeline_fail(conn->req, 400);
                conn->wants_close = 1;
            }
            return;
        }
        if (err != HPE_PAUSED) {
            if (conn->req == NULL)
                conn->req = w3e_request_begin(conn);
            if (conn->req != NULL)
                w3e_pipeline_fail(conn->req, conn->refuse_status ? conn->refuse_status : 400);
            conn->wants_close = 1;
            return;
        }
        size_t used = (size_t)(llhttp_get_error_pos(&conn->parser) - data);
        if (conn->req != NULL)
            conn->req->bytes_recvd += used;
        if (used != 0)
            conn->parse_prev = data[used - 1];
        data += used;
        len -= used;
        llhttp_resume(&conn->parser);
        enum w3e_pause pause = conn->pause;
        conn->pause = W3E_PAUSE_NONE;
        if (pause == W3E_PAUSE_HEADERS) {
            conn->req->keep_alive = w3e_conn_may_keep_alive(conn);
            if (!w3e_conn_host_present_if_required(conn)) {
                w3e_pipeline_fail(conn->req, 400);
                conn->wants_close = 1;
                return;
            }
            if (!w3e_conn_host_served(conn)) {
                w3e_response_invalid_hostname(conn->req);
                w3e_pipeline_answer(conn->req);
                conn->wants_close = 1;
                return;
            }
            if (conn->parser.content_length > conn->server->cfg.max_body_bytes &&
                !(conn->parser.flags & F_CHUNKED)) {
                /* Refused before the body is read: the connection cannot be reused.
                 * IIS: 413.1, over maxAllowedContentLength. */
                conn->req->substatus = 1;
                w3e_pipeline_fail(conn->req, 413);
                conn->wants_close = 1;
                return;
            }
            w3e_pipeline_headers_done(conn->req);
        } else if (pause == W3E_PAUSE_MESSAGE) {
            w3e_pipeline_message_done(conn->req);
            if (!blocked(conn)) {
                w3e_request_end(conn->req);
                conn->req = NULL;
            }
        }
    }
}

static int feed(w3_conn *conn, const void *data, size_t len);

int w3_conn_feed(w3_conn *conn, const void *data, size_t len)
{
    if (conn == NULL || (data == NULL && len != 0))
        return 1;
    if (conn->wants_close)
        return 1;
    if (len == 0)
        return 0;
    if (blocked(conn) || conn->raw_backlog_len != 0) {
        keep(conn, &conn->raw_backlog, &conn->raw_backlog_len, data, len);
        return conn->wants_close;
    }
    return feed(conn, data, len);
}

void w3e_conn_continue(w3_conn *conn)
{
    w3_request *req = conn->req;
    if (req != NULL && !req->pipe.pending && req->pipe.done && req->pipe.message_complete) {
        w3e_request_end(req);
        conn->req = NULL;
    }
    if (blocked(conn))
        return;
    if (conn->backlog_len != 0) {
        unsigned char *bytes = conn->backlog;
        size_t len = conn->backlog_len;
        conn->backlog = NULL;
        conn->backlog_len = 0;
        parse(conn, (const char *)bytes, len);
        w3e_free(bytes);
    }
    if (!blocked(conn) && conn->raw_backlog_len != 0 && !conn->wants_close) {
        unsigned char *bytes = conn->raw_backlog;
        size_t len = conn->raw_backlog_len;
        conn->raw_backlog = NULL;
        conn->raw_backlog_len = 0;
        feed(conn, bytes, len);
        w3e_free(bytes);
    }
}

static int feed(w3_conn *conn, const void *data, size_t len)
{
    if (!w3e_ext_wants(conn, W3E_TAP_READ_RAW_DATA)) {
        parse(conn, data, len);
        return conn->wants_close;
    }

    /* READ_RAW_DATA sees the bytes (and any kept back by READ_NEXT) before parsing,
     * in a buffer the filters may edit or replace. */
    if (conn->req == NULL && (conn->req = w3e_request_begin(conn)) == NULL) {
        conn->wants_close = 1;
        return 1;
    }
    size_t total = conn->held_len + len;
    unsigned char *bytes = w3e_alloc(total);
    if (bytes == NULL) {
        conn->wants_close = 1;
        return 1;
    }
    if (conn->held_len)
        memcpy(bytes, conn->held, conn->held_len);
    memcpy(bytes + conn->held_len, data, len);
    w3e_free(conn->held);
    conn->held = NULL;
    conn->held_len = 0;

    /* The filters' copy outlives the request that is current now: a read can carry the
     * end of one request and the start of the next. */
    unsigned char *copy = w3e_alloc(total);
    if (copy == NULL) {
        w3e_free(bytes);
        conn->wants_close = 1;
        return 1;
    }
    memcpy(copy, bytes, total);
    HTTP_FILTER_RAW_DATA raw = {copy, (DWORD)total, (DWORD)total, 0};
    enum w3e_outcome outcome = w3e_ext_raw_data(conn, W3E_TAP_READ_RAW_DATA, &raw);
    if (outcome == W3E_READ_NEXT) {
        conn->held = bytes;
        conn->held_len = total;
        w3e_free(copy);
        return 0;
    }
    w3e_free(bytes);
    if (outcome == W3E_CONTINUE && raw.pvInData != NULL)
        parse(conn, raw.pvInData, raw.cbInData);
    else if (outcome == W3E_ERROR)
        w3e_pipeline_fail(conn->req, 500);
    else if (outcome != W3E_CONTINUE)
        w3e_pipeline_fail(conn->req, 0); /* FINISHED: the filter answered */
    if (outcome != W3E_CONTINUE)
        conn->wants_close = 1;
    w3e_free(copy);
    return conn->wants_close;
}

int w3_conn_wants_close(const w3_conn *conn)
{
    return conn == NULL || conn->wants_close;
}

/* Ends the request in progress and the connection; the structure itself stays while
 * posts are outstanding (w3_conn_resume frees it). */
void w3e_conn_finish_close(w3_conn *conn)
{
    if (conn->req != NULL) {
        w3e_pipeline_abandon(conn->req);
        w3e_request_end(conn->req);
        conn->req = NULL;
    }
    w3e_ext_conn_close(conn);
    w3e_free(conn->held);
    w3e_free(conn->backlog);
    w3e_free(conn->raw_backlog);
    conn->held = conn->backlog = conn->raw_backlog = NULL;
    conn->server->open_conns--;
    w3e_arena_destroy(conn->arena);
    conn->arena = NULL;
    w3e_free(conn->slots);
    conn->slots = NULL;
    w3e_free(conn->local_addr);
    conn->local_addr = conn->remote_addr = NULL;
    conn->closed = 1;
}

static void discard(void *ctx, const void *data, size_t len)
{
    (void)ctx;
    (void)data;
    (void)len;
}

static void discard_file(void *ctx, const char *path, unsigned long long offset,
                         unsigned long long length)
{
    (void)ctx;
    (void)path;
    (void)offset;
    (void)length;
}

int w3_conn_receiving_body(const w3_conn *conn)
{
    const w3_request *req = conn->req;
    return !conn->wants_close && req != NULL && req->headers_done && !req->pipe.message_complete;
}

void *w3_conn_context(const w3_conn *conn)
{
    return conn->output_ctx;
}

/* The embedder's side of the connection is gone: nothing more goes to it. */
static void detach_embedder(w3_conn *conn)
{
    conn->output = discard;
    conn->file_output = discard_file;
    conn->output_ctx = NULL;
}

void w3_conn_close(w3_conn *conn)
{
    if (conn == NULL || conn->closing)
        return;
    conn->closing = 1;
    conn->wants_close = 1;
    /* A module still works for the request (PENDING) and will complete through the
     * embedder's post: the request stays alive until then, as IIS keeps it. */
    if (blocked(conn) && conn->server->cfg.post != NULL) {
        detach_embedder(conn);
        return;
    }
    w3e_conn_finish_close(conn);
    if (InterlockedCompareExchange(&conn->posts, 0, 0) == 0)
        w3e_free(conn);
    else
        detach_embedder(conn); /* freed by the w3_conn_resume of the last post */
}
