/* The module table: loading native modules (RegisterModule), the calling order of each
 * notification (priority, then configuration order), non-deterministic and global
 * notifications, shutdown. */
#include "module.h"

#include <string.h>

#include <w3compat.h>

unsigned w3e_bit_index(DWORD bit)
{
    unsigned i = 0;
    while (i < 31 && !(bit & (1u << i)))
        i++;
    return i;
}

int w3e_rank_from_alias(const WCHAR *alias)
{
    static const char *const names[] = {"FIRST", "HIGH", "MEDIUM", "LOW", "LAST"};
    if (alias == NULL)
        return -1;
    for (int r = 0; r < 5; r++) {
        const char *n = names[r];
        size_t i = 0;
        while (n[i] != '\0' && alias[i] != 0 && w3e_upper((char)alias[i]) == n[i] &&
               alias[i] < 0x80)
            i++;
        if (n[i] == '\0' && alias[i] == 0)
            return r;
    }
    return -1;
}

const char *w3e_notification_name(DWORD notification, int post)
{
    static const char *const deterministic[] = {"BEGIN_REQUEST",
                                                "AUTHENTICATE_REQUEST",
                                                "AUTHORIZE_REQUEST",
                                                "RESOLVE_REQUEST_CACHE",
                                                "MAP_REQUEST_HANDLER",
                                                "ACQUIRE_REQUEST_STATE",
                                                "PRE_EXECUTE_REQUEST_HANDLER",
                                                "EXECUTE_REQUEST_HANDLER",
                                                "RELEASE_REQUEST_STATE",
                                                "UPDATE_REQUEST_CACHE",
                                                "LOG_REQUEST",
                                                "END_REQUEST"};
    static const char *const post_names[] = {"POST_BEGIN_REQUEST",
                                             "POST_AUTHENTICATE_REQUEST",
                                             "POST_AUTHORIZE_REQUEST",
                                             "POST_RESOLVE_REQUEST_CACHE",
                                             "POST_MAP_REQUEST_HANDLER",
                                             "POST_ACQUIRE_REQUEST_STATE",
                                             "POST_PRE_EXECUTE_REQUEST_HANDLER",
                                             "POST_EXECUTE_REQUEST_HANDLER",
                                             "POST_RELEASE_REQUEST_STATE",
                                             "POST_UPDATE_REQUEST_CACHE",
                                             "POST_LOG_REQUEST",
                                             "POST_END_REQUEST"};
    unsigned i = w3e_bit_index(notification);
    if (i < 12)
        return post ? post_names[i] : deterministic[i];
    switch (notification) {
    case 0x10000000:
        return "CUSTOM_NOTIFICATION";
    case 0x20000000:
        return "SEND_RESPONSE";
    case 0x40000000:
        return "READ_ENTITY";
    case 0x80000000:
        return "MAP_PATH";
    default:
        return "UNKNOWN";
    }
}

w3e_module *w3e_module_new(w3_server *server, const char *name, const char *path,
                           const w3e_module_class *cls)
{
    w3e_module *m = w3e_arena_alloc(server->arena, sizeof *m);
    w3e_module **grown = NULL;
    if (m == NULL || (m->name = w3e_strdup(server->arena, name)) == NULL ||
        (m->path = w3e_strdup(server->arena, path)) == NULL ||
        (grown = w3e_grow_by_one(server->modules, server->module_count, sizeof *grown)) == NULL)
        return NULL;
    server->modules = grown;
    m->cls = cls;
    m->registration_server = server;
    memset(m->request_rank, W3E_MEDIUM, sizeof m->request_rank);
    memset(m->global_rank, W3E_MEDIUM, sizeof m->global_rank);
    m->index = server->module_count;
    server->modules[server->module_count++] = m;
    return m;
}

int w3e_modules_freeze(w3_server *server)
{
    if (server->order != NULL)
        return 1;
    unsigned n = server->module_count;
    w3e_module ***order = w3e_arena_alloc(server->arena, sizeof(w3e_module **) * 32);
    if (order == NULL)
        return 0;
    for (unsigned bit = 0; bit < 32; bit++) {
        w3e_module **list = w3e_arena_alloc(server->arena, sizeof(w3e_module *) * n);
        if (list == NULL)
            return 0;
        unsigned count = 0;
        for (int rank = W3E_FIRST; rank <= W3E_LAST; rank++)
            for (unsigned i = 0; i < n; i++) {
                w3e_module *m = server->modules[i];
                DWORD mask = m->request_mask | m->post_mask;
                if ((mask & (1u << bit)) && m->request_rank[bit] == rank)
                    list[count++] = m;
            }
        order[bit] = list;
        server->order_count[bit] = count;
    }
    server->order = order;
    return 1;
}

void w3e_modules_unload(w3_server *server)
{
    for (unsigned i = 0; i < server->module_count; i++) {
        w3e_module *m = server->modules[i];
        if (m->cls->terminate != NULL)
            m->cls->terminate(m);
    }
    for (unsigned i = 0; i < server->module_count; i++)
        if (server->modules[i]->dll != NULL)
            FreeLibrary(server->modules[i]->dll);
    server->module_count = 0;
}

/* The handler call in progress on this thread, for W3ReportNotOverridden. */
static _Thread_local struct dispatch {
    w3e_module *module;
    DWORD notification;
    int post;
    int global;
} current;

static void not_overridden(const char *handler)
{
    w3e_module *m = current.module;
    if (m == NULL) {
        OutputDebugStringA(handler);
        return;
    }
    DWORD *logged = current.global ? &m->global_not_overridden_logged : &m->not_overridden_logged;
    DWORD bit = current.global
                    ? current.notification
                    : 1u << ((w3e_bit_index(current.notification) + (current.post ? 16 : 0)) % 32);
    if (*logged & bit)
        return;
    *logged |= bit;
    w3e_log(m->registration_server, W3_LOG_ERROR,
            "module '%s' subscribed to %s but does not override %s; the request continues", m->name,
            current.global ? "a global notification"
                           : w3e_notification_name(current.notification, current.post),
            handler ? handler : "its handler");
}

void w3e_modules_install_reporter(void)
{
    W3SetNotOverriddenReporter(not_overridden);
}

DWORD w3e_call_request(w3e_module *m, void *instance, w3_request *req, DWORD notification, int post,
                       void *event)
{
    struct dispatch saved = current;
    current = (struct dispatch){m, notification, post, 0};
    DWORD status = m->cls->request(m, instance, req, notification, post, event);
    current = saved;
    return status;
}

DWORD w3e_call_completion(w3e_module *m, void *instance, w3_request *req, DWORD notification,
                          int post, DWORD bytes, HRESULT hr)
{
    struct dispatch saved = current;
    current = (struct dispatch){m, notification, post, 0};
    DWORD status = m->cls->completion(m, instance, req, notification, post, bytes, hr);
    current = saved;
    return status;
}

static DWORD call_global(w3e_module *m, DWORD notification, void *event)
{
    struct dispatch saved = current;
    current = (struct dispatch){m, notification, 0, 1};
    DWORD status = m->cls->global(m, notification, event);
    current = saved;
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
    int reverse = notification == 0x20000000; /* RQ_SEND_RESPONSE */
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

/* Logs why the module was not loaded, unloads its DLL (if loaded) and sets `error`. */
static int refuse(w3_server *server, const char *name, const char *path, HMODULE dll, DWORD error,
                  const char *reason)
{
    w3e_log(server, W3_LOG_ERROR, "module '%s' (%s) not loaded: %s (error %lu)", name, path, reason,
            (unsigned long)error);
    if (dll != NULL)
        FreeLibrary(dll);
    SetLastError(error);
    return 0;
}

/* Loads the module and calls RegisterModule; with !for_requests its request
 * notifications are dropped after registration, so no request creates an instance of
 * it (the factory is still terminated at shutdown, as registered). */
static int load_module(w3_server *server, const char *name, const char *path, int for_requests)
{
    if (server == NULL || name == NULL || path == NULL || name[0] == '\0' || path[0] == '\0') {
        SetLastError(ERROR_INVALID_PARAMETER);
        return 0;
    }
    if (server->order != NULL || !server->accepting_filters)
        return refuse(server, name, path, NULL, ERROR_INVALID_STATE,
                      "modules load before the first connection");
    HMODULE dll = LoadLibraryA(path);
    if (dll == NULL)
        return refuse(server, name, path, NULL, GetLastError(), "the file could not be loaded");
    FARPROC entry = GetProcAddress(dll, "RegisterModule");
    if (entry == NULL)
        return refuse(server, name, path, dll, ERROR_PROC_NOT_FOUND,
                      "it does not export RegisterModule");
    w3e_module *m = w3e_module_new(server, name, path, &w3e_native_module_class);
    if (m == NULL) {
        FreeLibrary(dll);
        SetLastError(ERROR_NOT_ENOUGH_MEMORY);
        return 0;
    }
    m->dll = dll;
    if (!w3e_native_register(server, m, entry)) {
        DWORD error = GetLastError();
        server->module_count--; /* the table entry goes; its arena memory stays */
        FreeLibrary(dll);
        SetLastError(error);
        return 0;
    }
    if (!for_requests)
        m->request_mask = m->post_mask = 0;
    return 1;
}

int w3_server_add_module(w3_server *server, const char *name, const char *path)
{
    return load_module(server, name, path, 1);
}

int w3_server_add_global_module(w3_server *server, const char *name, const char *path)
{
    return load_module(server, name, path, 0);
}

unsigned w3_server_module_count(const w3_server *server)
{
    return server ? server->module_count - 1 : 0; /* the filter module is built in */
}
