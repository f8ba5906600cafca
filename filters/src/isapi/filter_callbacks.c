/* HTTP_FILTER_CONTEXT callbacks: GetServerVariable, AddResponseHeaders, WriteClient,
 * AllocMem and ServerSupportFunction with every SF_REQ_* type. */
#include "isapi.h"

#include <stdio.h>
#include <string.h>

w3e_slot *w3e_slot_from_pfc(HTTP_FILTER_CONTEXT *pfc)
{
    /* Only pfc->ServerContext is read until the context is known to be ours: the slot
     * it names must hold this very context. */
    w3e_slot *slot = pfc != NULL ? pfc->ServerContext : NULL;
    if (slot == NULL || &slot->pfc != pfc || slot->magic != W3E_SLOT_MAGIC) {
        SetLastError(ERROR_INVALID_PARAMETER);
        return NULL;
    }
    return slot;
}

/* The slot's current request, or NULL with ERROR_INVALID_PARAMETER. */
static w3_request *request_of(HTTP_FILTER_CONTEXT *pfc)
{
    w3e_slot *slot = w3e_slot_from_pfc(pfc);
    if (slot == NULL)
        return NULL;
    if (slot->conn->req == NULL)
        SetLastError(ERROR_INVALID_PARAMETER);
    return slot->conn->req;
}

static BOOL fail(DWORD error)
{
    SetLastError(error);
    return FALSE;
}

BOOL w3e_filter_unsupported(w3e_slot *slot, unsigned bit, const char *what)
{
    w3e_filter *f = slot->filter;
    if (!(f->unsupported_logged & (1u << bit))) {
        f->unsupported_logged |= 1u << bit;
        w3e_log(slot->conn->server, W3_LOG_ERROR,
                "ISAPI filter '%s' (%s) called %s, which this server does not support", f->name,
                f->path, what);
    }
    return fail(ERROR_NOT_SUPPORTED);
}

static BOOL WINAPI get_server_variable(HTTP_FILTER_CONTEXT *pfc, LPSTR name, LPVOID buf,
                                       LPDWORD size)
{
    w3e_slot *slot = w3e_slot_from_pfc(pfc);
    if (slot == NULL)
        return FALSE;
    return w3e_server_variable(slot->conn, name, buf, size);
}

int w3e_parse_header_lines(w3e_arena *arena, const char *text, w3e_headers *into)
{
    while (*text != '\0') {
        const char *eol = strstr(text, "\r\n");
        size_t len = eol ? (size_t)(eol - text) : strlen(text);
        if (len == 0) { /* the blank line that ends a header block */
            text += eol ? 2 : 0;
            if (*text != '\0')
                return 0;
            break;
        }
        const char *colon = memchr(text, ':', len);
        if (colon == NULL || colon == text || memchr(text, '\r', len) || memchr(text, '\n', len))
            return 0;
        char *name = w3e_strndup(arena, text, (size_t)(colon - text));
        const char *v = colon + 1;
        while (v < text + len && (*v == ' ' || *v == '\t'))
            v++;
        char *value = w3e_strndup(arena, v, (size_t)(text + len - v));
        if (name == NULL || value == NULL || !w3e_headers_add(arena, into, name, value))
            return 0;
        text += len + (eol ? 2 : 0);
    }
    return 1;
}

static BOOL WINAPI add_response_headers(HTTP_FILTER_CONTEXT *pfc, LPSTR headers, DWORD reserved)
{
    (void)reserved;
    w3_request *req = request_of(pfc);
    if (req == NULL)
        return FALSE;
    if (headers == NULL || req->send_response_started)
        return fail(ERROR_INVALID_PARAMETER);
    w3e_headers parsed = {0};
    if (!w3e_parse_header_lines(req->arena, headers, &parsed))
        return fail(ERROR_INVALID_PARAMETER);
    for (w3e_header *h = parsed.first; h != NULL; h = h->next)
        if (!w3e_headers_add(req->arena, &req->added_headers, h->name, h->value))
            return fail(ERROR_NOT_ENOUGH_MEMORY);
    return TRUE;
}

/* Content-Length or chunked Transfer-Encoding among the lines. */
static int is_framed(w3e_arena *arena, const w3e_headers *h)
{
    const char *te = w3e_headers_get(arena, h, "Transfer-Encoding");
    return w3e_headers_has(h, "Content-Length") || (te != NULL && strstr(te, "chunked") != NULL);
}

static BOOL WINAPI write_client(HTTP_FILTER_CONTEXT *pfc, LPVOID buf, LPDWORD size, DWORD reserved)
{
    (void)reserved;
    w3e_slot *slot = w3e_slot_from_pfc(pfc);
    if (slot == NULL)
        return FALSE;
    if (size == NULL || (buf == NULL && *size != 0))
        return fail(ERROR_INVALID_PARAMETER);
    w3_request *req = slot->conn->req;
    if (req != NULL && !req->response_sent && *size > 5 && memcmp(buf, "HTTP/", 5) == 0) {
        /* A filter writing a whole response: note how it is framed (Decision 4). */
        const char *text = w3e_strndup(req->arena, buf, *size);
        const char *head_end = text ? strstr(text, "\r\n\r\n") : NULL;
        const char *first_eol = text ? strstr(text, "\r\n") : NULL;
        w3e_headers h = {0};
        if (head_end != NULL && first_eol != NULL) {
            char *lines =
                w3e_strndup(req->arena, first_eol + 2, (size_t)(head_end + 2 - (first_eol + 2)));
            if (lines != NULL && w3e_parse_header_lines(req->arena, lines, &h))
                req->filter_framed = is_framed(req->arena, &h);
        }
        req->response_sent = 1;
    }
    w3e_conn_send(slot->conn, buf, *size);
    if (req != NULL)
        req->bytes_sent += *size;
    return TRUE;
}

static VOID *WINAPI alloc_mem(HTTP_FILTER_CONTEXT *pfc, DWORD size, DWORD reserved)
{
    (void)reserved;
    w3e_slot *slot = w3e_slot_from_pfc(pfc);
    if (slot == NULL)
        return NULL;
    w3_conn *conn = slot->conn;
    w3e_arena *arena = w3e_conn_arena(conn);
    void *p = arena == NULL ? NULL
                            : w3e_arena_alloc_tagged(arena, size ? size : 1, slot->filter->name,
                                                     conn->req ? conn->req->url : "");
    if (p == NULL)
        SetLastError(ERROR_NOT_ENOUGH_MEMORY);
    return p;
}

/* SF_REQ_SEND_RESPONSE_HEADER: status line (pData, NULL = "200 OK"), Server, Date, the
 * headers of AddResponseHeaders (as IIS 7+, where they are already in the response),
 * then ul1 as given: its blank line ends the header, bytes after it are the start of the
 * body (a legacy idiom). Without a blank line in ul1 the server ends the header. Only
 * CR or LF inside the status is refused (response splitting). */
static BOOL send_response_header(w3e_slot *slot, const char *status, const char *extra)
{
    w3_request *req = slot->conn->req;
    if (req == NULL || req->response_sent)
        return fail(ERROR_INVALID_PARAMETER);
    if (status == NULL)
        status = "200 OK";
    if (w3e_has_crlf(status))
        return fail(ERROR_INVALID_PARAMETER);
    if (extra == NULL)
        extra = "";
    const char *blank = strncmp(extra, "\r\n", 2) == 0 ? extra : strstr(extra, "\r\n\r\n");
    size_t lines_len = blank == NULL ? strlen(extra) : (size_t)(blank - extra);
    const char *ending = blank != NULL ? ""
                         : lines_len == 0 || (lines_len >= 2 && extra[lines_len - 1] == '\n')
                             ? "\r\n"
                             : "\r\n\r\n";
    w3e_buf head = {0};
    int ok = w3e_buf_puts(req->arena, &head, "HTTP/1.1 ") &&
             w3e_buf_puts(req->arena, &head, status) &&
             w3e_buf_puts(req->arena, &head, "\r\nServer: " W3E_SERVER_SOFTWARE "\r\n") &&
             w3e_buf_puts(req->arena, &head, "Date: ") &&
             w3e_buf_puts(req->arena, &head, w3e_http_date(req->conn->server)) &&
             w3e_buf_puts(req->arena, &head, "\r\n") &&
             w3e_headers_write(req->arena, &req->added_headers, &head) &&
             w3e_buf_puts(req->arena, &head, extra) && w3e_buf_puts(req->arena, &head, ending);
    if (!ok)
        return fail(ERROR_NOT_ENOUGH_MEMORY);
    /* Framing (Decision 4) from the header lines, when they parse. */
    char *lines = w3e_strndup(req->arena, extra, lines_len + (blank != NULL ? 2 : 0));
    w3e_headers parsed = {0};
    req->filter_framed = is_framed(req->arena, &req->added_headers) ||
                         (lines != NULL && w3e_parse_header_lines(req->arena, lines, &parsed) &&
                          is_framed(req->arena, &parsed));
    req->added_headers.first = req->added_headers.last = NULL;
    w3e_response_set_status_line(req, status);
    req->response_sent = 1;
    w3e_conn_send(slot->conn, head.data, head.len);
    req->bytes_sent += head.len;
    return TRUE;
}

/* SF_REQ_NORMALIZE_URL: %xx decoded, '\' made '/', "." and ".." segments resolved, in
 * place. A path that climbs above the root is refused. */
static BOOL normalize_url(char *url)
{
    if (url == NULL)
        return fail(ERROR_INVALID_PARAMETER);
    char *out = url;
    for (const char *in = url; *in != '\0'; in++) {
        char c = *in;
        if (c == '%' && w3e_hex_digit(in[1]) >= 0 && w3e_hex_digit(in[2]) >= 0) {
            c = (char)(w3e_hex_digit(in[1]) * 16 + w3e_hex_digit(in[2]));
            in += 2;
        }
        *out++ = c == '\\' ? '/' : c;
    }
    *out = '\0';
    /* Resolve dot segments over the decoded path. */
    char *w = url;
    const char *r = url;
    while (*r != '\0') {
        if (r[0] == '/' && r[1] == '.' && (r[2] == '/' || r[2] == '\0')) {
            r += 2;
            if (*r == '\0')
                *w++ = '/';
            continue;
        }
        if (r[0] == '/' && r[1] == '.' && r[2] == '.' && (r[3] == '/' || r[3] == '\0')) {
            if (w == url)
                return fail(ERROR_INVALID_PARAMETER);
            while (w > url && *--w != '/')
                ;
            r += 3;
            if (*r == '\0')
                *w++ = '/';
            continue;
        }
        *w++ = *r++;
    }
    *w = '\0';
    return TRUE;
}

/* SF_PROPERTY_SSL_CTXT: IIS 6's documentation calls only SF_PROPERTY_INSTANCE_NUM_ID
 * valid, and filters pass a CtxtHandle or a pointer for the Schannel context. There is
 * no SSPI here: one pointer-sized value (what either buffer holds) identifies the
 * connection's TLS facts, non-NULL on a secure connection, which is what filters test;
 * QueryContextAttributes on it is not available. */
static BOOL ssl_context(const w3_conn *conn, PVOID data)
{
    if (data == NULL)
        return fail(ERROR_INVALID_PARAMETER);
    *(const void **)data = conn->tls;
    return conn->tls != NULL ? TRUE : fail(ERROR_NO_DATA);
}

static BOOL WINAPI server_support_function(HTTP_FILTER_CONTEXT *pfc, enum SF_REQ_TYPE req_type,
                                           PVOID data, ULONG_PTR ul1, ULONG_PTR ul2)
{
    (void)ul2;
    w3e_slot *slot = w3e_slot_from_pfc(pfc);
    if (slot == NULL)
        return FALSE;
    w3_request *req = slot->conn->req;
    switch (req_type) {
    case SF_REQ_SEND_RESPONSE_HEADER:
        return send_response_header(slot, data, (const char *)ul1);
    case SF_REQ_ADD_HEADERS_ON_DENIAL:
        if (req == NULL || data == NULL ||
            !w3e_parse_header_lines(req->arena, data, &req->denial_headers))
            return fail(ERROR_INVALID_PARAMETER);
        return TRUE;
    case SF_REQ_SET_NEXT_READ_SIZE:
        if (req == NULL || ul1 == 0 || ul1 > 0xFFFFFFFFu)
            return fail(ERROR_INVALID_PARAMETER);
        return TRUE; /* ignored: bytes arrive as the front end feeds them */
    case SF_REQ_SET_PROXY_INFO:
        /* Accepted and not acted on: there is no response cache to tell. */
        return req != NULL ? TRUE : fail(ERROR_INVALID_PARAMETER);
    case SF_REQ_GET_CONNID:
        return w3e_filter_unsupported(slot, SF_REQ_GET_CONNID, "SF_REQ_GET_CONNID");
    case SF_REQ_SET_CERTIFICATE_INFO:
        return w3e_filter_unsupported(slot, SF_REQ_SET_CERTIFICATE_INFO,
                                      "SF_REQ_SET_CERTIFICATE_INFO");
    case SF_REQ_GET_PROPERTY:
        if (ul1 == SF_PROPERTY_SSL_CTXT)
            return ssl_context(slot->conn, data);
        if (ul1 != SF_PROPERTY_INSTANCE_NUM_ID || data == NULL)
            return fail(ERROR_INVALID_PARAMETER);
        /* Before PREPROC_HEADERS the instance is not known yet. */
        *(DWORD *)data = req != NULL && req->headers_done ? slot->conn->server->cfg.instance_id : 0;
        return TRUE;
    case SF_REQ_NORMALIZE_URL:
        return normalize_url(data);
    case SF_REQ_DISABLE_NOTIFICATIONS:
        slot->disabled |= (DWORD)ul1;
        return TRUE;
    }
    return fail(ERROR_INVALID_PARAMETER);
}

void w3e_fill_context_fns(HTTP_FILTER_CONTEXT *pfc)
{
    pfc->GetServerVariable = get_server_variable;
    pfc->AddResponseHeaders = add_response_headers;
    pfc->WriteClient = write_client;
    pfc->AllocMem = alloc_mem;
    pfc->ServerSupportFunction = server_support_function;
}
