/* Request-level bridge objects: IHttpContext, IHttpConnection, IHttpUser. */
#include "bridge_context.h"

#include <string.h>

extern "C" {
#include "core/physical_path.h"
}

namespace w3b
{

Context::Context(w3_request *r)
    : allocator(r), req_(r), request_(r), response_(r), user_(r),
      container_(r->conn->server, r->arena), trace_(r->conn->server, r), metadata_(r),
      named(r->arena)
{
}

Context *context_of(w3_request *req)
{
    if (req->bridge == NULL) {
        void *p = w3e_arena_alloc(req->arena, sizeof(Context));
        if (p == NULL)
            return NULL;
        req->bridge = new (p) Context(req);
    }
    return static_cast<Context *>(req->bridge);
}

VOID *Connection::AllocateMemory(DWORD cb)
{
    /* Request lifetime, as IIS documents it (Decision 1). */
    return conn_->req != NULL ? w3e_arena_alloc(conn_->req->arena, cb) : NULL;
}

IHttpConnection *Context::GetConnection()
{
    w3_conn *conn = req_->conn;
    if (conn->bridge == NULL) {
        w3e_arena *arena = w3e_conn_arena(conn);
        void *p = arena != NULL ? w3e_arena_alloc(arena, sizeof(Connection)) : NULL;
        if (p == NULL)
            return NULL;
        conn->bridge = new (p) Connection(conn);
    }
    return static_cast<Connection *>(conn->bridge);
}

HRESULT User::IsInRole(PCWSTR, BOOL *in_role)
{
    if (in_role != NULL)
        *in_role = FALSE;
    return W3B_NOT_SUPPORTED(req_->conn->server, "IHttpUser::IsInRole");
}

VOID Context::IndicateCompletion(REQUEST_NOTIFICATION_STATUS status)
{
    if (FAILED(w3e_post_completion(req_, 2, 0, S_OK, (DWORD)status)))
        W3B_NOT_SUPPORTED(req_->conn->server,
                          "IHttpContext::IndicateCompletion (the embedder has no post callback)");
}

HRESULT Context::PostCompletion(DWORD cb)
{
    return w3e_post_completion(req_, 1, cb, S_OK, 0);
}

VOID Context::DisableNotifications(DWORD notifications, DWORD post_notifications)
{
    w3e_module *m = req_->pipe.current_module;
    if (m == NULL || req_->mods == NULL)
        return;
    /* Deterministic notifications only, for the calling module and this request. */
    req_->mods[m->index].disabled |= notifications & W3E_RQ_DETERMINISTIC;
    req_->mods[m->index].disabled_post |= post_notifications & W3E_RQ_DETERMINISTIC;
}

BOOL Context::GetIsLastNotification(REQUEST_NOTIFICATION_STATUS)
{
    return w3e_pipeline_is_last(req_);
}

HRESULT Context::GetServerVariable(PCSTR name, PCSTR *value, DWORD *cch)
{
    if (value != NULL)
        *value = NULL;
    return w3e_mreq_server_variable(req_, name, value, cch);
}

HRESULT Context::GetServerVariable(PCSTR name, PCWSTR *value, DWORD *cch)
{
    const char *v = NULL;
    if (value == NULL)
        return HRESULT_FROM_WIN32(ERROR_INVALID_PARAMETER);
    *value = NULL;
    HRESULT hr = w3e_mreq_server_variable(req_, name, &v, NULL);
    if (FAILED(hr))
        return hr;
    *value = wide(req_->arena, v, cch);
    return *value ? S_OK : HRESULT_FROM_WIN32(ERROR_NOT_ENOUGH_MEMORY);
}

HRESULT Context::SetServerVariable(PCSTR name, PCWSTR value)
{
    char *v = narrow(req_->arena, value, (DWORD)-1);
    if (value == NULL)
        return HRESULT_FROM_WIN32(ERROR_INVALID_PARAMETER);
    return v ? w3e_mreq_set_server_variable(req_, name, v)
             : HRESULT_FROM_WIN32(ERROR_NOT_ENOUGH_MEMORY);
}

PCWSTR Context::GetPhysicalPath(DWORD *cch)
{
    return wide(req_->arena, req_->physical_path, cch);
}

PCWSTR Context::GetScriptName(DWORD *cch) const
{
    return wide(req_->arena, w3e_request_path(req_), cch);
}

HRESULT Context::MapPath(PCWSTR url, PWSTR physical, DWORD *cb)
{
    if (url == NULL || cb == NULL)
        return HRESULT_FROM_WIN32(ERROR_INVALID_PARAMETER);
    char *u = narrow(req_->arena, url, (DWORD)-1);
    DWORD size = 0;
    char *path = u ? w3e_map_url(req_->arena, req_->conn->server, u, &size) : NULL;
    if (path == NULL)
        return HRESULT_FROM_WIN32(ERROR_NOT_ENOUGH_MEMORY);
    w3e_map_path_event ev = {u, path, size};
    w3e_modules_notify(req_, RQ_MAP_PATH, &ev);
    ev.physical[ev.physical_size - 1] = '\0';
    DWORD cch = 0;
    PCWSTR w = wide(req_->arena, ev.physical, &cch);
    if (w == NULL)
        return HRESULT_FROM_WIN32(ERROR_NOT_ENOUGH_MEMORY);
    DWORD need = (cch + 1) * (DWORD)sizeof(WCHAR);
    if (physical == NULL || *cb < need) {
        *cb = need;
        return HRESULT_FROM_WIN32(ERROR_INSUFFICIENT_BUFFER);
    }
    memcpy(physical, w, need);
    *cb = need;
    return S_OK;
}

HRESULT Context::NotifyCustomNotification(ICustomNotificationProvider *provider,
                                          BOOL *completion_expected)
{
    if (provider == NULL)
        return HRESULT_FROM_WIN32(ERROR_INVALID_PARAMETER);
    if (completion_expected != NULL)
        *completion_expected = FALSE; /* subscribers run now, on this thread */
    w3e_custom_event ev = {provider};
    w3e_modules_notify(req_, RQ_CUSTOM_NOTIFICATION, &ev);
    return S_OK;
}

HRESULT Context::GetCurrentExecutionStats(DWORD *notification, DWORD *start, PCWSTR *module,
                                          DWORD *module_start, DWORD *async,
                                          DWORD *async_start) const
{
    if (notification != NULL)
        *notification = req_->pipe.current_notification;
    if (start != NULL)
        *start = (DWORD)req_->start_tick;
    if (module != NULL)
        *module =
            req_->pipe.current_module ? wide(req_->arena, req_->pipe.current_module->name) : NULL;
    if (module_start != NULL)
        *module_start = (DWORD)req_->start_tick;
    if (async != NULL)
        *async = req_->pipe.pending ? req_->pipe.pending_notification : 0;
    if (async_start != NULL)
        *async_start = 0;
    return S_OK;
}

HRESULT Context::GetServerVarChanges(DWORD, DWORD *, DWORD *, PCSTR **, PCWSTR **, DWORD *,
                                     DWORD **)
{
    return W3B_NOT_SUPPORTED(req_->conn->server, "IHttpContext::GetServerVarChanges");
}

HRESULT Context::CancelIo()
{
    return W3B_NOT_SUPPORTED(req_->conn->server, "IHttpContext::CancelIo");
}

HRESULT Context::MapHandler(DWORD, PCWSTR, PCWSTR, PCSTR, IScriptMapInfo **map, BOOL)
{
    if (map != NULL)
        *map = NULL;
    return W3B_NOT_SUPPORTED(req_->conn->server, "IHttpContext::MapHandler");
}

HRESULT Context::GetExtendedInterface(HTTP_CONTEXT_INTERFACE_VERSION, PVOID *out)
{
    if (out != NULL)
        *out = NULL;
    return W3B_NOT_SUPPORTED(req_->conn->server, "IHttpContext::GetExtendedInterface");
}

INamedContextContainer *Context::GetNamedContextContainer()
{
    return &named;
}

VOID Context::EnableFullDuplex()
{
    W3B_NOT_SUPPORTED(req_->conn->server, "IHttpContext3::EnableFullDuplex");
}

HRESULT Context::InheritServerVariable(PCSTR, BOOL)
{
    return W3B_NOT_SUPPORTED(req_->conn->server, "IHttpContext3::InheritServerVariable");
}

HRESULT Context::PostCompletion(DWORD, LPOVERLAPPED_COMPLETION_ROUTINE, VOID *)
{
    return W3B_NOT_SUPPORTED(req_->conn->server,
                             "IHttpContext3::PostCompletion with a completion routine");
}

PCWSTR Metadata::GetMetaPath() const
{
    w3_server *server = req_->conn->server;
    return wide(req_->arena,
                config_path_of(req_->arena, server->cfg.site_name, w3e_request_path(req_)));
}

PCWSTR Metadata::GetVrPath() const
{
    return wide(req_->arena, req_->conn->server->cfg.document_root);
}

IHttpModuleContextContainer *Metadata::GetModuleContextContainer()
{
    return &server_of(req_->conn->server)->application.container();
}

} // namespace w3b
