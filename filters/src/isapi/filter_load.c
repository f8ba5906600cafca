/* Loading ISAPI filters: LoadLibrary, the entry points, GetFilterVersion, the calling
 * order (priority, then configuration order), TerminateFilter at shutdown. */
#include "isapi.h"

#include <stdio.h>
#include <string.h>

#include "base/error_text.h"
#include "w3compat.h"

static unsigned priority_rank(DWORD flags)
{
    if (flags & SF_NOTIFY_ORDER_HIGH)
        return 0;
    if (flags & SF_NOTIFY_ORDER_MEDIUM)
        return 1;
    return 2; /* LOW, and no priority bit: SF_NOTIFY_ORDER_DEFAULT (Decision 2) */
}

static int refuse(w3_server *server, const char *name, const char *path, HMODULE module,
                  DWORD error, const char *reason)
{
    char text[600];
    w3e_log(server, W3_LOG_ERROR, "ISAPI filter '%s' (%s) not loaded: %s (%s)", name, path, reason,
            w3e_error_text(error, text, sizeof text));
    if (module != NULL)
        FreeLibrary(module);
    SetLastError(error);
    return 0;
}

/* Fills `lists` (32 of filter_count + 1 entries) with the filters of each notification
 * bit in calling order; SEND_RAW_DATA's highest priority runs closest to the client. */
static void index_by_notification(w3_server *server, w3e_filter **lists)
{
    unsigned n = server->filter_count;
    for (unsigned bit = 0; bit < 32; bit++) {
        DWORD type = 1u << bit;
        w3e_filter **list = lists + bit * (n + 1);
        for (unsigned k = 0; k < n; k++) {
            w3e_filter *f = server->filters[type == SF_NOTIFY_SEND_RAW_DATA ? n - 1 - k : k];
            if (f->flags & type)
                *list++ = f;
        }
        *list = NULL;
    }
    server->filters_by_notification = lists;
}

/* Inserts after every filter of the same or higher priority: a stable order. */
static void insert_in_order(w3_server *server, w3e_filter *f, w3e_filter **lists)
{
    unsigned rank = priority_rank(f->flags);
    unsigned at = server->filter_count;
    while (at > 0 && priority_rank(server->filters[at - 1]->flags) > rank)
        at--;
    memmove(&server->filters[at + 1], &server->filters[at],
            (server->filter_count - at) * sizeof server->filters[0]);
    server->filters[at] = f;
    server->filter_count++;
    server->filter_notifications |= f->flags;
    index_by_notification(server, lists);
    w3e_filter_module_update(server);
}

int w3_server_add_filter(w3_server *server, const char *name, const char *path)
{
    if (server == NULL || name == NULL || path == NULL || name[0] == '\0' || path[0] == '\0') {
        SetLastError(ERROR_INVALID_PARAMETER);
        return 0;
    }
    if (!server->configuring)
        return refuse(server, name, path, NULL, ERROR_INVALID_STATE,
                      "filters load before the first connection");

    HMODULE module = LoadLibraryA(path);
    if (module == NULL) {
        DWORD error = GetLastError();
        /* The loader's own words (dlerror's, or the system message), without the line end. */
        char reason[512];
        snprintf(reason, sizeof reason, "the file could not be loaded: %s",
                 W3GetLastLoaderMessage());
        size_t len = strlen(reason);
        while (len > 0 && (reason[len - 1] == '\r' || reason[len - 1] == '\n' ||
                           reason[len - 1] == ' ' || reason[len - 1] == '.'))
            reason[--len] = '\0';
        return refuse(server, name, path, NULL, error, reason);
    }
    w3e_filter_version_proc get_version =
        (w3e_filter_version_proc)(void (*)(void))GetProcAddress(module, "GetFilterVersion");
    w3e_filter_proc proc =
        (w3e_filter_proc)(void (*)(void))GetProcAddress(module, "HttpFilterProc");
    if (get_version == NULL)
        return refuse(server, name, path, module, ERROR_PROC_NOT_FOUND,
                      "it does not export GetFilterVersion");
    if (proc == NULL)
        return refuse(server, name, path, module, ERROR_PROC_NOT_FOUND,
                      "it does not export HttpFilterProc");

    HTTP_FILTER_VERSION version;
    memset(&version, 0, sizeof version);
    version.dwServerFilterVersion = HTTP_FILTER_REVISION;
    /* A filter that fails without setting an error still gets a reason in the log; one
     * that sets 0 (S_OK) asks for its failure not to be reported. */
    SetLastError(ERROR_INVALID_FUNCTION);
    if (!get_version(&version)) {
        DWORD error = GetLastError();
        if (error == 0) {
            FreeLibrary(module);
            SetLastError(ERROR_INVALID_FUNCTION);
            return 0;
        }
        return refuse(server, name, path, module, error, "GetFilterVersion returned FALSE");
    }

    w3e_filter *f = w3e_arena_alloc(server->arena, sizeof *f);
    w3e_filter **grown = NULL;
    w3e_filter **lists =
        w3e_arena_alloc(server->arena, sizeof *lists * 32 * (server->filter_count + 2));
    if (f == NULL || lists == NULL || (f->name = w3e_strdup(server->arena, name)) == NULL ||
        (f->path = w3e_strdup(server->arena, path)) == NULL ||
        (grown = w3e_grow_by_one(server->filters, server->filter_count, sizeof *grown)) == NULL)
        return refuse(server, name, path, module, ERROR_NOT_ENOUGH_MEMORY, "out of memory");
    server->filters = grown;

    f->module = module;
    f->proc = proc;
    f->terminate =
        (w3e_filter_terminate_proc)(void (*)(void))GetProcAddress(module, "TerminateFilter");
    f->flags = version.dwFlags;
    f->slot = server->filter_count;
    insert_in_order(server, f, lists);
    return 1;
}

void w3e_filters_unload(w3_server *server)
{
    for (unsigned i = 0; i < server->filter_count; i++) {
        w3e_filter *f = server->filters[i];
        if (f->terminate != NULL)
            f->terminate(0);
        FreeLibrary(f->module);
    }
    server->filter_count = 0;
    server->filter_notifications = 0;
    server->filters_by_notification = NULL;
    w3e_free(server->filters);
    server->filters = NULL;
}

unsigned w3_server_filter_count(const w3_server *server)
{
    return server ? server->filter_count : 0;
}

int w3_server_filter_time(const w3_server *server, unsigned index, const char **name,
                          unsigned long long *ns, unsigned long long *calls)
{
    if (server == NULL || index >= server->filter_count)
        return 0;
    w3e_filter *f = server->filters[index];
    *name = f->name;
    *ns = (unsigned long long)InterlockedCompareExchange64(&f->time.ns, 0, 0);
    *calls = (unsigned long long)InterlockedCompareExchange64(&f->time.calls, 0, 0);
    return 1;
}
