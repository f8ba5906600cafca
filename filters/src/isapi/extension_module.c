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

/* The URL path after the extension's when `path` is mapped to `pattern` ("" when the
 * whole path is the extension's), or NULL when it is not mapped. Wildcards (a script
 * map) give the whole path as path info, as IIS does. */
static const char *match(const char *pattern, const char *path)
{
    size_t plen = strlen(pattern), len = strlen(path);
    if (strcmp(pattern, "*") == 0)
        return path;
    if (pattern[0] == '*') { /* "*.ext" */
        return len >= plen - 1 && w3e_ieq(path + len - (plen - 1), pattern + 1) ? path : NULL;
    }
    if (pattern[plen - 1] == '*')
        return w3e_ieqn(path, pattern, plen - 1) ? path : NULL;
    if (!w3e_ieqn(path, pattern, plen) || (path[plen] != '\0' && path[plen] != '/'))
        return NULL;
    return path + plen;
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
    const char *path = w3e_request_path(req), *path_info = NULL;
    w3e_isapi_ext *ext = m != NULL ? m->state : NULL;
    for (; ext != NULL && path_info == NULL; ext = path_info == NULL ? ext->next : ext)
        path_info = match(ext->pattern, path);
    if (ext == NULL || req->resp_touched || req->response_sent)
        return W3E_RQ_CONTINUE;
    w3e_ext_call *call = w3e_arena_alloc(req->arena, sizeof *call);
    if (call == NULL || (memset(call, 0, sizeof *call), call->req = req, call->ext = ext,
                         !w3e_ecb_fill(call, path_info))) {
        w3e_response_error(req, 500);
        return W3E_RQ_CONTINUE;
    }
    req->mods[m->index].instance = call;
    req->resp_touched = 1; /* the extension answers, whatever it writes */
    DWORD status = ext->proc(&call->ecb);
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
    for (w3e_isapi_ext *ext = m->state; ext != NULL; ext = ext->next) {
        if (ext->terminate != NULL)
            ext->terminate(HSE_TERM_MUST_UNLOAD);
        FreeLibrary(ext->module);
    }
    m->state = NULL;
}

/* Back on the server's thread after HSE_STATUS_PENDING: an asynchronous write's
 * completion (the extension may start another, or end the session in it), or
 * DONE_WITH_SESSION. */
static DWORD host_completion(w3e_module *m, void *instance, w3_request *req, DWORD notification,
                             int post, DWORD bytes, HRESULT hr)
{
    (void)m, (void)req, (void)notification, (void)post, (void)hr;
    w3e_ext_call *call = instance;
    if (call->io_outstanding) {
        call->io_outstanding = 0;
        InterlockedCompareExchange(&call->done, 0, 2); /* the extension runs again */
        call->in_completion = 1;
        if (call->io_fn != NULL)
            call->io_fn(&call->ecb, call->io_ctx, bytes, ERROR_SUCCESS);
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
    return w3e_module_new(server, "IsapiModule", "", &w3e_extension_module_class) != NULL;
}

const w3e_extension w3e_isapi_extension_host = {
    .name = "ISAPI extensions",
    .server_init = register_host,
};

static int refuse(w3_server *server, const char *name, const char *path, HMODULE module,
                  DWORD error, const char *reason)
{
    char text[600];
    w3e_log(server, W3_LOG_ERROR, "ISAPI extension '%s' (%s) not loaded: %s (%s)", name, path,
            reason, w3e_error_text(error, text, sizeof text));
    if (module != NULL)
        FreeLibrary(module);
    SetLastError(error);
    return 0;
}

int w3_server_add_extension(w3_server *server, const char *name, const char *path,
                            const char *url_pattern)
{
    if (server == NULL || name == NULL || path == NULL || url_pattern == NULL || !name[0] ||
        !path[0] || !url_pattern[0] || (url_pattern[0] != '/' && url_pattern[0] != '*')) {
        SetLastError(ERROR_INVALID_PARAMETER);
        return 0;
    }
    w3e_module *m = host_module(server);
    if (!server->configuring || m == NULL)
        return refuse(server, name, path, NULL, ERROR_INVALID_STATE,
                      "extensions load before the first connection");
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
        (ext->path = w3e_strdup(server->arena, path)) == NULL ||
        (ext->pattern = w3e_strdup(server->arena, url_pattern)) == NULL)
        return refuse(server, name, path, module, ERROR_NOT_ENOUGH_MEMORY, "out of memory");
    ext->module = module;
    ext->proc = proc;
    ext->terminate =
        (w3e_ext_terminate_proc)(void (*)(void))GetProcAddress(module, "TerminateExtension");
    ext->next = NULL;
    w3e_isapi_ext **tail = (w3e_isapi_ext **)&m->state;
    while (*tail != NULL)
        tail = &(*tail)->next;
    *tail = ext;
    m->request_mask |= W3E_RQ_EXECUTE_REQUEST_HANDLER;
    return 1;
}
