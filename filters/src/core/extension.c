/* Calling the extension kinds' hooks (extension.h). */
#include "core.h"

/* The kinds that have each per-request hook, NULL-terminated, made once per server: a
 * request calls those without looking at the others. */
struct w3e_ext_hooks {
    const w3e_extension **pre_begin, **request_end, **response_ready, **wants, **raw_data;
};

static int has_pre_begin(const w3e_extension *e)
{
    return e->pre_begin != NULL;
}

static int has_request_end(const w3e_extension *e)
{
    return e->request_end != NULL;
}

static int has_response_ready(const w3e_extension *e)
{
    return e->response_ready != NULL;
}

static int has_wants(const w3e_extension *e)
{
    return e->wants != NULL;
}

static int has_raw_data(const w3e_extension *e)
{
    return e->raw_data != NULL;
}

/* The kinds that have a hook, in list order or reversed. */
static const w3e_extension **with_hook(w3_server *server, size_t count,
                                       int (*has)(const w3e_extension *), int reversed)
{
    const w3e_extension **list = w3e_arena_alloc(server->arena, sizeof *list * (count + 1));
    if (list == NULL)
        return NULL;
    size_t n = 0;
    for (size_t k = 0; k < count; k++) {
        const w3e_extension *e = w3e_extensions[reversed ? count - 1 - k : k];
        if (has(e))
            list[n++] = e;
    }
    list[n] = NULL;
    return list;
}

static int make_hooks(w3_server *server)
{
    size_t count = 0;
    while (w3e_extensions[count] != NULL)
        count++;
    w3e_ext_hooks *h = w3e_arena_alloc(server->arena, sizeof *h);
    if (h == NULL || !(h->pre_begin = with_hook(server, count, has_pre_begin, 0)) ||
        !(h->request_end = with_hook(server, count, has_request_end, 1)) ||
        !(h->response_ready = with_hook(server, count, has_response_ready, 0)) ||
        !(h->wants = with_hook(server, count, has_wants, 0)) ||
        !(h->raw_data = with_hook(server, count, has_raw_data, 0)))
        return 0;
    server->ext_hooks = h;
    return 1;
}

int w3e_ext_server_init(w3_server *server)
{
    if (!make_hooks(server))
        return 0;
    for (const w3e_extension *const *e = w3e_extensions; *e != NULL; e++)
        if ((*e)->server_init != NULL && !(*e)->server_init(server))
            return 0;
    return 1;
}

void w3e_ext_server_free(w3_server *server)
{
    for (const w3e_extension *const *e = w3e_extensions; *e != NULL; e++)
        if ((*e)->server_free != NULL)
            (*e)->server_free(server);
}

void w3e_ext_application_event(w3_server *server, DWORD notification)
{
    for (const w3e_extension *const *e = w3e_extensions; *e != NULL; e++)
        if ((*e)->application_event != NULL)
            (*e)->application_event(server, notification);
}

int w3e_ext_conn_open(w3_conn *conn)
{
    for (const w3e_extension *const *e = w3e_extensions; *e != NULL; e++)
        if ((*e)->conn_open != NULL && !(*e)->conn_open(conn))
            return 0;
    return 1;
}

void w3e_ext_conn_close(w3_conn *conn)
{
    for (const w3e_extension *const *e = w3e_extensions; *e != NULL; e++)
        if ((*e)->end_of_net_session != NULL)
            (*e)->end_of_net_session(conn);
    for (const w3e_extension *const *e = w3e_extensions; *e != NULL; e++)
        if ((*e)->conn_end != NULL)
            (*e)->conn_end(conn);
}

DWORD w3e_ext_pre_begin(w3_request *req)
{
    for (const w3e_extension **e = req->conn->server->ext_hooks->pre_begin; *e != NULL; e++)
        if ((*e)->pre_begin(req) == W3E_GL_HANDLED)
            return W3E_GL_HANDLED;
    return W3E_GL_CONTINUE;
}

void w3e_ext_request_end(w3_request *req)
{
    for (const w3e_extension **e = req->conn->server->ext_hooks->request_end; *e != NULL; e++)
        (*e)->request_end(req);
}

void w3e_ext_response_ready(w3_request *req, int whole)
{
    for (const w3e_extension **e = req->conn->server->ext_hooks->response_ready; *e != NULL; e++)
        (*e)->response_ready(req, whole);
}

int w3e_ext_wants(w3_conn *conn, enum w3e_tap tap)
{
    for (const w3e_extension **e = conn->server->ext_hooks->wants; *e != NULL; e++)
        if ((*e)->wants(conn, tap))
            return 1;
    return 0;
}

enum w3e_outcome w3e_ext_raw_data(w3_conn *conn, enum w3e_tap tap, HTTP_FILTER_RAW_DATA *raw)
{
    for (const w3e_extension **e = conn->server->ext_hooks->raw_data; *e != NULL; e++) {
        enum w3e_outcome outcome = (*e)->raw_data(conn, tap, raw);
        if (outcome != W3E_CONTINUE)
            return outcome;
    }
    return W3E_CONTINUE;
}
