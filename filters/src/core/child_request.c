/* Child requests (IHttpContext::CloneContext, ExecuteRequest, ReleaseClonedContext).
 * A child lives in a request pool of its own and shares its parent's connection; while
 * it runs it is the connection's current request, so server variables and
 * IHttpConnection see it. The ISAPI filter host does not run for it: filters follow the
 * client's request on the connection, and a child never reaches the client by itself. */
#include "core.h"
#include "module_path.h"

#include <string.h>

/* Headers W3E_CLONE_NO_PRECONDITION leaves out ("If-" ones, Range) and those
 * W3E_CLONE_NO_DAV leaves out (WebDAV's). */
static int is_precondition(const char *name)
{
    return w3e_ieqn(name, "If-", 3) || w3e_ieq(name, "Range") ||
           w3e_ieq(name, "Unless-Modified-Since");
}

static int is_dav(const char *name)
{
    static const char *const dav[] = {"DAV",       "Depth",      "Destination", "If",
                                      "Overwrite", "Lock-Token", "Timeout",     "Translate"};
    for (size_t i = 0; i < sizeof dav / sizeof dav[0]; i++)
        if (w3e_ieq(name, dav[i]))
            return 1;
    return 0;
}

static int copy_headers(w3e_arena *arena, w3e_headers *to, const w3e_headers *from, DWORD flags)
{
    for (const w3e_header *h = from->first; h != NULL; h = h->next) {
        if ((flags & W3E_CLONE_NO_PRECONDITION) && is_precondition(h->name))
            continue;
        if ((flags & W3E_CLONE_NO_DAV) && is_dav(h->name))
            continue;
        if (!w3e_headers_add(arena, to, h->name, h->value))
            return 0;
    }
    return 1;
}

static int clone_fields(w3_request *child, const w3_request *parent, DWORD flags)
{
    w3e_arena *a = child->arena;
    child->method = w3e_strdup(a, (flags & W3E_CLONE_BASICS) ? parent->method : "GET");
    child->url = w3e_strdup(a, (flags & W3E_CLONE_BASICS) ? parent->url : "/");
    child->version = w3e_strdup(a, parent->version);
    if (child->method == NULL || child->url == NULL || child->version == NULL)
        return 0;
    child->raw_url = child->url;
    if ((flags & W3E_CLONE_HEADERS) && !copy_headers(a, &child->headers, &parent->headers, flags))
        return 0;
    if ((flags & W3E_CLONE_ENTITY) &&
        !w3e_buf_append(a, &child->body, w3e_buf_str(&parent->body), parent->body.len))
        return 0;
    if ((flags & W3E_CLONE_SERVER_VARIABLE) &&
        !copy_headers(a, &child->server_vars, &parent->server_vars, 0))
        return 0;
    memcpy(child->auth_type, parent->auth_type, sizeof child->auth_type);
    memcpy(child->user, parent->user, sizeof child->user);
    memcpy(child->password, parent->password, sizeof child->password);
    child->keep_alive = parent->keep_alive;
    return 1;
}

w3_request *w3e_child_clone(w3_request *parent, DWORD clone_flags)
{
    w3_conn *conn = parent->conn;
    w3_server *server = conn->server;
    w3e_arena *arena = w3e_arena_create(&server->mem, W3E_REQUEST_LIFETIME);
    if (arena == NULL)
        return NULL;
    w3_request *child = w3e_arena_alloc(arena, sizeof *child);
    if (child != NULL) {
        child->conn = conn;
        child->arena = arena;
        child->physical_path = "";
        child->status = 200;
        child->reason = "OK";
        child->start_tick = GetTickCount64();
        child->headers_done = 1;
        child->pipe.started = 1;
        child->pipe.message_complete = 1; /* the entity is what was cloned */
        child->mods = w3e_arena_alloc(arena, sizeof(w3e_module_state) * server->module_count);
    }
    if (child == NULL || child->mods == NULL || !clone_fields(child, parent, clone_flags)) {
        w3e_arena_destroy(arena);
        return NULL;
    }
    child->parent = parent;
    child->next_child = parent->children;
    parent->children = child;
    return child;
}

int w3e_child_execute(w3_request *child, DWORD flags, w3e_module *caller)
{
    w3_conn *conn = child->conn;
    w3_server *server = conn->server;
    child->execute_flags = flags;
    /* [0] is the ISAPI filter host: not for child requests (see the top). */
    child->mods[0].disabled = child->mods[0].disabled_post = 0xFFFFFFFFu;
    w3e_modules_apply_path(child); /* the modules of the child's URL */
    if ((flags & W3E_EXEC_IGNORE_CURRENT_INTERCEPTOR) && caller != NULL &&
        caller->index < server->module_count)
        child->mods[caller->index].disabled = child->mods[caller->index].disabled_post =
            0xFFFFFFFFu;
    w3_request *current = conn->req;
    conn->req = child;
    w3e_pipeline_run(child);
    conn->req = current;
    return child->pipe.done;
}

static int has_earlier(const w3e_headers *h, const w3e_header *at)
{
    for (const w3e_header *e = h->first; e != at; e = e->next)
        if (w3e_ieq(e->name, at->name))
            return 1;
    return 0;
}

static void deliver_head(w3_request *child, w3_request *parent)
{
    child->child_headers_delivered = 1;
    if ((child->execute_flags & W3E_EXEC_NO_HEADERS) || parent->response_sent || parent->streaming)
        return;
    parent->status = child->status;
    parent->reason = w3e_strdup(parent->arena, child->reason);
    if (parent->reason == NULL)
        parent->reason = "";
    for (const w3e_header *h = child->resp_headers.first; h != NULL; h = h->next) {
        if (w3e_ieq(h->name, "Content-Length") || w3e_ieq(h->name, "Transfer-Encoding"))
            continue; /* the parent's framing counts the whole response */
        if (!has_earlier(&child->resp_headers, h))
            w3e_headers_remove(&parent->resp_headers, h->name);
        w3e_headers_add(parent->arena, &parent->resp_headers, h->name, h->value);
    }
}

void w3e_child_deliver(w3_request *child)
{
    w3_request *parent = child->parent;
    if (parent == NULL || (child->execute_flags & W3E_EXEC_BUFFER_RESPONSE))
        return;
    if (!child->child_headers_delivered)
        deliver_head(child, parent);
    if (!w3e_body_load_files(child) ||
        (child->resp_body.len != 0 && !w3e_buf_append(parent->arena, &parent->resp_body,
                                                      child->resp_body.data, child->resp_body.len)))
        w3e_log(child->conn->server, W3_LOG_ERROR, "child request: its response is lost");
    w3e_body_clear(child);
    parent->resp_touched = 1;
}

void w3e_child_release(w3_request *child)
{
    w3_request *parent = child->parent;
    w3e_children_release(child);
    for (w3_request **p = &parent->children; *p != NULL; p = &(*p)->next_child)
        if (*p == child) {
            *p = child->next_child;
            break;
        }
    w3e_pipeline_abandon(child);
    w3e_ext_request_end(child);
    w3e_arena_destroy(child->arena);
}

void w3e_children_release(w3_request *req)
{
    while (req->children != NULL)
        w3e_child_release(req->children);
}
