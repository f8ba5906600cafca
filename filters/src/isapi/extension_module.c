/* The ISAPI extension host as IIS's IsapiModule: a built-in module whose
 * EXECUTE_REQUEST_HANDLER calls HttpExtensionProc for the URLs mapped to an extension,
 * and the loading and unloading of the extensions. */
#include "extension_host.h"

#include <stdio.h>
#include <string.h>

#include "base/error_text.h"
#include "w3compat.h"

static w3e_module *host_module(w3_server *server)
{
    for (unsigned i = 0; i < server->module_count; i++)
        if (server->modules[i]->cls == &w3e_extension_module_class)
            return server->modules[i];
    return NULL;
}

w3e_ext_host *w3e_ext_host_of(w3_server *server)
{
    w3e_module *m = host_module(server);
    return m != NULL ? m->state : NULL;
}

const char *w3_server_unhealthy(w3_server *server)
{
    w3e_ext_host *host = server != NULL ? w3e_ext_host_of(server) : NULL;
    return host != NULL && InterlockedCompareExchange(&host->unhealthy, 0, 0) == 2 ? host->reason
                                                                                   : NULL;
}

/* What the return code does to the connection and the response. */
static void finish(w3e_ext_call *call, DWORD status)
{
    w3_request *req = call->req;
    if (status == HSE_STATUS_ERROR) {
        if (!call->header_sent)
            w3e_response_error(req, 500);
        req->keep_alive = 0;
    } else if (status == HSE_STATUS_SUCCESS && !call->keep_conn) {
        req->keep_alive = 0; /* "the server should disconnect the client" */
    }
}

static DWORD execute(w3_request *req)
{
    w3e_module *m = host_module(req->conn->server);
    w3e_ext_target t;
    if (m == NULL || req->resp_touched || req->response_sent || !w3e_ext_route(req, m->state, &t))
        return W3E_RQ_CONTINUE;
    if (t.ext == NULL) { /* refused (404.2), no such file, or not loaded */
        w3e_response_error(req, t.status);
        req->substatus = (unsigned short)t.substatus;
        return W3E_RQ_CONTINUE;
    }
    w3e_isapi_ext *ext = t.ext;
    w3e_ext_call *call = w3e_arena_alloc(req->arena, sizeof *call);
    if (call == NULL || (memset(call, 0, sizeof *call), call->req = req, call->ext = ext,
                         !w3e_ecb_fill(call, t.path_info))) {
        w3e_response_error(req, 500);
        return W3E_RQ_CONTINUE;
    }
    req->mods[m->index].instance = call;
    req->resp_touched = 1; /* the extension answers, whatever it writes */
    call->in_proc = 1;
    DWORD status = ext->proc(&call->ecb);
    call->in_proc = 0;
    if (status == HSE_STATUS_PENDING) {
        /* DONE_WITH_SESSION may already have come, from another thread. */
        if (InterlockedCompareExchange(&call->done, 2, 0) == 0)
            return W3E_RQ_PENDING;
        status = call->done_status;
    }
    finish(call, status);
    return W3E_RQ_CONTINUE;
}

static DWORD host_request(w3e_module *m, void *instance, w3_request *req, DWORD notification,
                          int post, void *event)
{
    (void)m;
    (void)instance;
    (void)event;
    return notification == W3E_RQ_EXECUTE_REQUEST_HANDLER && !post ? execute(req) : W3E_RQ_CONTINUE;
}

/* TerminateExtension, then unloading, in load order. */
static void host_terminate(w3e_module *m)
{
    w3e_ext_host *host = m->state;
    for (w3e_isapi_ext *ext = host->exts; ext != NULL; ext = ext->next) {
        if (ext->terminate != NULL)
            ext->terminate(HSE_TERM_MUST_UNLOAD);
        FreeLibrary(ext->module);
    }
    host->exts = NULL;
}

/* Back on the server's thread after HSE_STATUS_PENDING: an asynchronous operation's
 * completion (an EXEC_URL's child runs first; the extension may start another
 * operation, or end the session in it), or DONE_WITH_SESSION. */
static DWORD host_completion(w3e_module *m, void *instance, w3_request *req, DWORD notification,
                             int post, DWORD bytes, HRESULT hr)
{
    (void)req, (void)notification, (void)post, (void)hr;
    w3e_ext_call *call = instance;
    if (call->io_outstanding) {
        if (call->exec != NULL)
            w3e_ext_exec_run(call, m);
        call->io_outstanding = 0;
        InterlockedCompareExchange(&call->done, 0, 2); /* the extension runs again */
        call->in_completion = 1;
        call->op_fn(&call->ecb, call->op_ctx, bytes, call->op_error);
        call->in_completion = 0;
        if (InterlockedCompareExchange(&call->done, 2, 0) == 0)
            return W3E_RQ_PENDING;
    }
    finish(call, call->done_status);
    return W3E_RQ_CONTINUE;
}

const w3e_module_class w3e_extension_module_class = {
    NULL, host_request, host_completion, NULL, NULL, host_terminate,
};

static int register_host(w3_server *server)
{
    w3e_ext_host *host = w3e_arena_alloc(server->arena, sizeof *host);
    w3e_module *m = host != NULL
                        ? w3e_module_new(server, "IsapiModule", "", &w3e_extension_module_class)
                        : NULL;
    if (m == NULL)
        return 0;
    memset(host, 0, sizeof *host);
    m->state = host;
    return 1;
}

const w3e_extension w3e_isapi_extension_host = {
    .name = "ISAPI extensions",
    .server_init = register_host,
};

static w3e_isapi_ext *refuse(w3_server *server, const char *name, const char *path, HMODULE module,
                             DWORD error, const char *reason)
{
    char text[600];
    w3e_log(server, W3_LOG_ERROR, "ISAPI extension '%s' (%s) not loaded: %s (%s)", name, path,
            reason, w3e_error_text(error, text, sizeof text));
    if (module != NULL)
        FreeLibrary(module);
    SetLastError(error);
    return NULL;
}

w3e_isapi_ext *w3e_ext_load(w3_server *server, const char *name, const char *path)
{
    w3e_ext_host *host = w3e_ext_host_of(server);
    w3e_isapi_ext **tail = &host->exts;
    for (; *tail != NULL; tail = &(*tail)->next)
        if (strcmp((*tail)->path, path) == 0)
            return *tail;
    HMODULE module = LoadLibraryA(path);
    if (module == NULL) {
        DWORD error = GetLastError();
        char reason[512];
        snprintf(reason, sizeof reason, "the file could not be loaded: %s",
                 W3GetLastLoaderMessage());
        return refuse(server, name, path, NULL, error, reason);
    }
    w3e_ext_version_proc version =
        (w3e_ext_version_proc)(void (*)(void))GetProcAddress(module, "GetExtensionVersion");
    w3e_ext_proc proc = (w3e_ext_proc)(void (*)(void))GetProcAddress(module, "HttpExtensionProc");
    if (version == NULL || proc == NULL)
        return refuse(server, name, path, module, ERROR_PROC_NOT_FOUND,
                      version == NULL ? "it does not export GetExtensionVersion"
                                      : "it does not export HttpExtensionProc");
    HSE_VERSION_INFO info;
    memset(&info, 0, sizeof info);
    SetLastError(ERROR_SUCCESS);
    if (!version(&info)) {
        DWORD error = GetLastError();
        return refuse(server, name, path, module,
                      error != ERROR_SUCCESS ? error : ERROR_GEN_FAILURE,
                      "GetExtensionVersion returned FALSE");
    }
    w3e_isapi_ext *ext = w3e_arena_alloc(server->arena, sizeof *ext);
    if (ext == NULL || (ext->name = w3e_strdup(server->arena, name)) == NULL ||
        (ext->path = w3e_strdup(server->arena, path)) == NULL)
        return refuse(server, name, path, module, ERROR_NOT_ENOUGH_MEMORY, "out of memory");
    ext->module = module;
    ext->proc = proc;
    ext->terminate =
        (w3e_ext_terminate_proc)(void (*)(void))GetProcAddress(module, "TerminateExtension");
    ext->next = NULL;
    *tail = ext;
    return ext;
}

void w3e_ext_add_map(w3_server *server, w3e_ext_map *map)
{
    w3e_module *m = host_module(server);
    w3e_ext_map **tail = &((w3e_ext_host *)m->state)->maps;
    while (*tail != NULL)
        tail = &(*tail)->next;
    map->next = NULL;
    *tail = map;
    m->request_mask |= W3E_RQ_EXECUTE_REQUEST_HANDLER;
}

int w3_server_add_extension(w3_server *server, const char *name, const char *path,
                            const char *url_pattern)
{
    if (server == NULL || name == NULL || path == NULL || url_pattern == NULL || !name[0] ||
        !path[0] || !url_pattern[0] || (url_pattern[0] != '/' && url_pattern[0] != '*')) {
        SetLastError(ERROR_INVALID_PARAMETER);
        return 0;
    }
    if (!server->configuring || host_module(server) == NULL) {
        refuse(server, name, path, NULL, ERROR_INVALID_STATE,
               "extensions load before the first connection");
        return 0;
    }
    w3e_isapi_ext *ext = w3e_ext_load(server, name, path);
    if (ext == NULL)
        return 0;
    w3e_ext_map *map = w3e_arena_alloc(server->arena, sizeof *map);
    if (map == NULL || (memset(map, 0, sizeof *map),
                        (map->pattern = w3e_strdup(server->arena, url_pattern)) == NULL)) {
        SetLastError(ERROR_NOT_ENOUGH_MEMORY);
        return 0;
    }
    map->ext = ext;
    w3e_ext_add_map(server, map);
    return 1;
}
