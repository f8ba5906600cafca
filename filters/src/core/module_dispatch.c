/* Calling modules: the handler call in progress, a module's instance for a request,
 * non-deterministic request notifications and global notifications. */
#include "core.h"

/* The handler call in progress on this thread, for W3ReportNotOverridden: the caller's
 * own record of it, NULL outside a call. A pointer, so that a call sets and restores
 * one word of thread-local storage. Every extension call does: in an ELF shared
 * library the initial-exec model makes that a plain move instead of two calls to
 * __tls_get_addr (the engine is loaded with its program; one word of the static TLS
 * surplus covers a later dlopen). */
#if defined(__ELF__)
#define W3E_FAST_TLS __attribute__((tls_model("initial-exec")))
#else
#define W3E_FAST_TLS
#endif
static _Thread_local const w3e_dispatch *current W3E_FAST_TLS;

const w3e_dispatch *w3e_dispatch_current(void)
{
    static const w3e_dispatch none = {NULL, 0, 0, 0};
    return current != NULL ? current : &none;
}

DWORD w3e_call_request(w3e_module *m, void *instance, w3_request *req, DWORD notification, int post,
                       void *event)
{
    const w3e_dispatch call = {m, notification, post, 0}, *outer = current;
    current = &call;
    w3e_call_timer timer;
    w3e_call_timer_start(&timer, req->conn->server->cfg.time_extensions);
    DWORD status = m->cls->request(m, instance, req, notification, post, event);
    w3e_call_timer_stop(&timer, &m->time);
    current = outer;
    return status;
}

DWORD w3e_call_completion(w3e_module *m, void *instance, w3_request *req, DWORD notification,
                          int post, DWORD bytes, HRESULT hr)
{
    const w3e_dispatch call = {m, notification, post, 0}, *outer = current;
    current = &call;
    w3e_call_timer timer;
    w3e_call_timer_start(&timer, req->conn->server->cfg.time_extensions);
    DWORD status = m->cls->completion(m, instance, req, notification, post, bytes, hr);
    w3e_call_timer_stop(&timer, &m->time);
    current = outer;
    return status;
}

static DWORD call_global(w3e_module *m, DWORD notification, void *event)
{
    const w3e_dispatch call = {m, notification, 0, 1}, *outer = current;
    current = &call;
    w3e_call_timer timer;
    w3e_call_timer_start(&timer, m->registration_server->cfg.time_extensions);
    DWORD status = m->cls->global(m, notification, event);
    w3e_call_timer_stop(&timer, &m->time);
    current = outer;
    return status;
}

void *w3e_module_instance(w3e_module *m, w3_request *req)
{
    w3e_module_state *st = &req->mods[m->index];
    if (!st->created) {
        st->created = 1;
        if (m->cls->create != NULL && !m->cls->create(m, req, &st->instance))
            st->instance = NULL;
    }
    return st->instance;
}

DWORD w3e_modules_notify(w3_request *req, DWORD notification, void *event)
{
    w3_server *server = req->conn->server;
    if (server->order == NULL || req->mods == NULL || req->pipe.done)
        return W3E_RQ_CONTINUE;
    unsigned bit = w3e_bit_index(notification);
    w3e_module **list = server->order[bit];
    unsigned n = server->order_count[bit];
    /* Higher priorities run earlier, except for RQ_SEND_RESPONSE, where they run later
     * (closer to the client). */
    int reverse = notification == W3E_RQ_SEND_RESPONSE;
    DWORD saved = req->pipe.current_notification;
    int saved_post = req->pipe.current_post;
    w3e_module *saved_module = req->pipe.current_module;
    DWORD result = W3E_RQ_CONTINUE;
    for (unsigned k = 0; k < n && result == W3E_RQ_CONTINUE; k++) {
        w3e_module *m = list[reverse ? n - 1 - k : k];
        if (!(m->request_mask & notification) || (req->mods[m->index].disabled & notification))
            continue;
        void *instance = w3e_module_instance(m, req);
        if (m->cls->create != NULL && instance == NULL)
            continue;
        req->pipe.current_notification = notification;
        req->pipe.current_post = 0;
        req->pipe.current_module = m;
        DWORD status = w3e_call_request(m, instance, req, notification, 0, event);
        if (status == W3E_RQ_FINISH)
            result = W3E_RQ_FINISH;
        else if (status == W3E_RQ_PENDING)
            w3e_log(server, W3_LOG_ERROR,
                    "module '%s' returned RQ_NOTIFICATION_PENDING from %s, which completes "
                    "synchronously here; treated as RQ_NOTIFICATION_CONTINUE",
                    m->name, w3e_notification_name(notification, 0));
    }
    req->pipe.current_notification = saved;
    req->pipe.current_post = saved_post;
    req->pipe.current_module = saved_module;
    return result;
}

DWORD w3e_modules_global(w3_server *server, DWORD notification, void *event)
{
    unsigned bit = w3e_bit_index(notification);
    unsigned first = 0;
    while (first < server->module_count && !(server->modules[first]->global_mask & notification))
        first++;
    if (first == server->module_count)
        return W3E_GL_CONTINUE; /* some are raised per request: mostly nobody listens */
    for (int rank = W3E_FIRST; rank <= W3E_LAST; rank++)
        for (unsigned i = 0; i < server->module_count; i++) {
            w3e_module *m = server->modules[i];
            if (!(m->global_mask & notification) || m->global_rank[bit] != rank ||
                m->cls->global == NULL)
                continue;
            if (call_global(m, notification, event) == W3E_GL_HANDLED)
                return W3E_GL_HANDLED;
        }
    return W3E_GL_CONTINUE;
}
