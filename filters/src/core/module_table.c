/* The module table: modules in configuration order, the calling order of each
 * notification (priority, then configuration order), names and ranks, shutdown. */
#include "core.h"

#include <string.h>

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
    if (i < sizeof deterministic / sizeof deterministic[0])
        return post ? post_names[i] : deterministic[i];
    switch (notification) {
    case W3E_RQ_CUSTOM_NOTIFICATION:
        return "CUSTOM_NOTIFICATION";
    case W3E_RQ_SEND_RESPONSE:
        return "SEND_RESPONSE";
    case W3E_RQ_READ_ENTITY:
        return "READ_ENTITY";
    case W3E_RQ_MAP_PATH:
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
    if (!w3e_pipeline_plan(server)) {
        server->order = NULL;
        return 0;
    }
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

unsigned w3_server_module_count(const w3_server *server)
{
    unsigned count = 0; /* built-in modules (IsapiFilterModule, IsapiModule) have no path */
    for (unsigned i = 0; server != NULL && i < server->module_count; i++)
        count += server->modules[i]->path[0] != '\0';
    return count;
}

int w3_server_module_time(const w3_server *server, unsigned index, const char **name,
                          unsigned long long *ns, unsigned long long *calls)
{
    if (server == NULL || index >= server->module_count)
        return 0;
    w3e_module *m = server->modules[index];
    *name = m->name;
    *ns = (unsigned long long)InterlockedCompareExchange64(&m->time.ns, 0, 0);
    *calls = (unsigned long long)InterlockedCompareExchange64(&m->time.calls, 0, 0);
    return 1;
}
