/* Request-level bridge objects: IHttpContext, IHttpConnection, IHttpUser, the event
 * providers, and the native-module class the pipeline calls (w3e_native_module_class). */
#include "bridge.h"

#include <string.h>

namespace w3b
{

Context::Context(w3_request *r)
    : allocator(r), req_(r), request_(r), response_(r), user_(r),
      container_(r->conn->server, r->arena), trace_(r->conn->server, r), named(r->arena)
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
        void *p = w3e_arena_alloc(conn->arena, sizeof(Connection));
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
    const char *root = req_->conn->server->cfg.document_root;
    size_t size = (u ? strlen(u) : 0) + strlen(root) + MAX_PATH;
    char *path = static_cast<char *>(w3e_arena_alloc(req_->arena, size));
    if (u == NULL || path == NULL)
        return HRESULT_FROM_WIN32(ERROR_NOT_ENOUGH_MEMORY);
    strcpy(path, root);
    strcat(path, u);
    w3e_map_path_event ev = {u, path, (DWORD)size};
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

/* Event providers: one per kind of notification. */
typedef RequestEvent<IHttpEventProvider> EventProvider;

class AuthenticationProvider : public RequestEvent<IAuthenticationProvider>
{
  public:
    using RequestEvent::RequestEvent;
    VOID SetUser(IHttpUser *user) override
    {
        if (user != NULL)
            take_user(req_, user);
    }
};

class MapHandlerProvider : public RequestEvent<IMapHandlerProvider>
{
  public:
    using RequestEvent::RequestEvent;
    HRESULT SetScriptName(PCWSTR, DWORD) override
    {
        return W3B_NOT_SUPPORTED(req_->conn->server, "IMapHandlerProvider::SetScriptName");
    }
    VOID SetScriptMap(IScriptMapInfo *) override
    {
        W3B_NOT_SUPPORTED(req_->conn->server, "IMapHandlerProvider::SetScriptMap");
    }
    VOID SetFileInfo(IHttpFileInfo *) override
    {
        W3B_NOT_SUPPORTED(req_->conn->server, "IMapHandlerProvider::SetFileInfo");
    }
};

class MapPathProvider : public RequestEvent<IMapPathProvider>
{
  public:
    MapPathProvider(w3_request *r, w3e_map_path_event *ev) : RequestEvent(r), ev_(ev) {}
    PCWSTR GetUrl() const override { return wide(req_->arena, ev_->url); }
    PCWSTR GetPhysicalPath() const override { return wide(req_->arena, ev_->physical); }
    HRESULT SetPhysicalPath(PCWSTR path, DWORD cch) override
    {
        char *p = narrow(req_->arena, path, cch);
        if (path == NULL)
            return HRESULT_FROM_WIN32(ERROR_INVALID_PARAMETER);
        if (p == NULL)
            return HRESULT_FROM_WIN32(ERROR_NOT_ENOUGH_MEMORY);
        ev_->physical = p;
        ev_->physical_size = (DWORD)strlen(p) + 1;
        return S_OK;
    }

  private:
    w3e_map_path_event *ev_;
};

class SendResponseProvider : public RequestEvent<ISendResponseProvider>
{
  public:
    using RequestEvent::RequestEvent;
    BOOL GetHeadersBeingSent() const override { return !req_->response_sent; }
    DWORD GetFlags() const override { return flags_; }
    VOID SetFlags(DWORD flags) override { flags_ = flags; }
    HTTP_LOG_DATA *GetLogData() const override { return NULL; }
    HRESULT SetLogData(HTTP_LOG_DATA *) override
    {
        return W3B_NOT_SUPPORTED(req_->conn->server, "ISendResponseProvider::SetLogData");
    }
    BOOL GetReadyToLogData() const override { return FALSE; }

  private:
    DWORD flags_ = 0;
};

class ReadEntityProvider : public RequestEvent<IReadEntityProvider>
{
  public:
    ReadEntityProvider(w3_request *r, w3e_read_entity_event *ev) : RequestEvent(r), ev_(ev) {}
    VOID GetEntity(PVOID *buffer, DWORD *data, DWORD *size) override
    {
        if (buffer != NULL)
            *buffer = ev_->buffer;
        if (data != NULL)
            *data = ev_->data;
        if (size != NULL)
            *size = ev_->size;
    }
    VOID SetEntity(PVOID buffer, DWORD data, DWORD size) override
    {
        ev_->buffer = buffer;
        ev_->data = data;
        ev_->size = size;
    }

  private:
    w3e_read_entity_event *ev_;
};

class CompletionInfo : public IHttpCompletionInfo
{
  public:
    CompletionInfo(DWORD bytes, HRESULT hr) : bytes_(bytes), hr_(hr) {}
    DWORD GetCompletionBytes() const override { return bytes_; }
    HRESULT GetCompletionStatus() const override { return hr_; }

  private:
    DWORD bytes_;
    HRESULT hr_;
};

BOOL Context::GetNextNotification(REQUEST_NOTIFICATION_STATUS status, DWORD *notification,
                                  BOOL *post, CHttpModule **module, IHttpEventProvider **provider)
{
    if (notification == NULL || post == NULL || module == NULL || provider == NULL)
        return FALSE;
    *notification = 0;
    *post = FALSE;
    *module = NULL;
    *provider = NULL;
    w3e_module *m = req_->pipe.current_module;
    if (m == NULL || req_->mods == NULL || m->cls != &w3e_native_module_class)
        return FALSE;
    /* The provider must outlive the call: request memory, the size of any of the three. */
    static_assert(sizeof(MapHandlerProvider) == sizeof(AuthenticationProvider) &&
                      sizeof(EventProvider) == sizeof(AuthenticationProvider),
                  "GetNextNotification's providers");
    void *memory = w3e_arena_alloc(req_->arena, sizeof(AuthenticationProvider));
    DWORD next = 0;
    int next_post = 0;
    if (memory == NULL || !w3e_pipeline_next(req_, (DWORD)status, &next, &next_post))
        return FALSE;
    if (next == RQ_AUTHENTICATE_REQUEST && !next_post)
        *provider = new (memory) AuthenticationProvider(req_);
    else if (next == RQ_MAP_REQUEST_HANDLER && !next_post)
        *provider = new (memory) MapHandlerProvider(req_);
    else
        *provider = new (memory) EventProvider(req_);
    *notification = next;
    *post = next_post;
    *module = static_cast<CHttpModule *>(req_->mods[m->index].instance);
    return TRUE;
}

} // namespace w3b

using namespace w3b;

static int native_create(w3e_module *m, w3_request *req, void **instance)
{
    Context *ctx = context_of(req);
    CHttpModule *module = NULL;
    if (ctx == NULL || m->factory == NULL)
        return 0;
    HRESULT hr =
        static_cast<IHttpModuleFactory *>(m->factory)->GetHttpModule(&module, &ctx->allocator);
    if (FAILED(hr) || module == NULL) {
        w3e_log(req->conn->server, W3_LOG_ERROR,
                "module '%s': GetHttpModule failed (0x%08lx); the request goes on without it",
                m->name, (unsigned long)(DWORD)hr);
        return 0;
    }
    *instance = module;
    return 1;
}

static DWORD native_request(w3e_module *m, void *instance, w3_request *req, DWORD n, int post,
                            void *event)
{
    (void)m;
    CHttpModule *mod = static_cast<CHttpModule *>(instance);
    Context *ctx = context_of(req);
    if (ctx == NULL) {
        w3e_response_error(req, 500); /* out of memory for the module's view */
        return RQ_NOTIFICATION_FINISH_REQUEST;
    }
    EventProvider base(req);
    switch (n) {
#define PAIR(bit, pre, after)                                                                      \
    case bit:                                                                                      \
        return post ? mod->after(ctx, &base) : mod->pre(ctx, &base);
        PAIR(RQ_BEGIN_REQUEST, OnBeginRequest, OnPostBeginRequest)
        PAIR(RQ_AUTHORIZE_REQUEST, OnAuthorizeRequest, OnPostAuthorizeRequest)
        PAIR(RQ_RESOLVE_REQUEST_CACHE, OnResolveRequestCache, OnPostResolveRequestCache)
        PAIR(RQ_ACQUIRE_REQUEST_STATE, OnAcquireRequestState, OnPostAcquireRequestState)
        PAIR(RQ_PRE_EXECUTE_REQUEST_HANDLER, OnPreExecuteRequestHandler,
             OnPostPreExecuteRequestHandler)
        PAIR(RQ_EXECUTE_REQUEST_HANDLER, OnExecuteRequestHandler, OnPostExecuteRequestHandler)
        PAIR(RQ_RELEASE_REQUEST_STATE, OnReleaseRequestState, OnPostReleaseRequestState)
        PAIR(RQ_UPDATE_REQUEST_CACHE, OnUpdateRequestCache, OnPostUpdateRequestCache)
        PAIR(RQ_LOG_REQUEST, OnLogRequest, OnPostLogRequest)
        PAIR(RQ_END_REQUEST, OnEndRequest, OnPostEndRequest)
#undef PAIR
    case RQ_AUTHENTICATE_REQUEST: {
        if (post)
            return mod->OnPostAuthenticateRequest(ctx, &base);
        AuthenticationProvider p(req);
        return mod->OnAuthenticateRequest(ctx, &p);
    }
    case RQ_MAP_REQUEST_HANDLER: {
        if (post)
            return mod->OnPostMapRequestHandler(ctx, &base);
        MapHandlerProvider p(req);
        return mod->OnMapRequestHandler(ctx, &p);
    }
    case RQ_SEND_RESPONSE: {
        SendResponseProvider p(req);
        return mod->OnSendResponse(ctx, &p);
    }
    case RQ_MAP_PATH: {
        MapPathProvider p(req, static_cast<w3e_map_path_event *>(event));
        return mod->OnMapPath(ctx, &p);
    }
    case RQ_READ_ENTITY: {
        ReadEntityProvider p(req, static_cast<w3e_read_entity_event *>(event));
        return mod->OnReadEntity(ctx, &p);
    }
    case RQ_CUSTOM_NOTIFICATION:
        return mod->OnCustomRequestNotification(
            ctx, static_cast<ICustomNotificationProvider *>(
                     static_cast<w3e_custom_event *>(event)->provider));
    default:
        return RQ_NOTIFICATION_CONTINUE;
    }
}

static DWORD native_completion(w3e_module *, void *instance, w3_request *req, DWORD n, int post,
                               DWORD bytes, HRESULT hr)
{
    CHttpModule *mod = static_cast<CHttpModule *>(instance);
    EventProvider base(req);
    CompletionInfo info(bytes, hr);
    return mod->OnAsyncCompletion(context_of(req), n, post, &base, &info); /* made on creation */
}

static void native_dispose(w3e_module *, void *instance)
{
    static_cast<CHttpModule *>(instance)->Dispose();
}

static DWORD native_global(w3e_module *m, DWORD n, void *event)
{
    CGlobalModule *g = static_cast<CGlobalModule *>(m->global_module);
    switch (n) {
    case GL_STOP_LISTENING:
        return g->OnGlobalStopListening(static_cast<IGlobalStopListeningProvider *>(event));
    case GL_CACHE_CLEANUP:
        return g->OnGlobalCacheCleanup();
    case GL_CACHE_OPERATION:
        return g->OnGlobalCacheOperation(static_cast<ICacheProvider *>(event));
    case GL_HEALTH_CHECK:
        return g->OnGlobalHealthCheck();
    case GL_CONFIGURATION_CHANGE:
        return g->OnGlobalConfigurationChange(
            static_cast<IGlobalConfigurationChangeProvider *>(event));
    case GL_FILE_CHANGE:
        return g->OnGlobalFileChange(static_cast<IGlobalFileChangeProvider *>(event));
    case GL_PRE_BEGIN_REQUEST:
        return g->OnGlobalPreBeginRequest(static_cast<IPreBeginRequestProvider *>(event));
    case GL_APPLICATION_START:
        return g->OnGlobalApplicationStart(static_cast<IHttpApplicationStartProvider *>(event));
    case GL_APPLICATION_RESOLVE_MODULES:
        return g->OnGlobalApplicationResolveModules(
            static_cast<IHttpApplicationResolveModulesProvider *>(event));
    case GL_APPLICATION_STOP:
        return g->OnGlobalApplicationStop(static_cast<IHttpApplicationStopProvider *>(event));
    case GL_TRACE_EVENT:
        return g->OnGlobalTraceEvent(static_cast<IGlobalTraceEventProvider *>(event));
    case GL_CUSTOM_NOTIFICATION:
        return g->OnGlobalCustomNotification(static_cast<ICustomNotificationProvider *>(event));
    case GL_THREAD_CLEANUP:
        return g->OnGlobalThreadCleanup(static_cast<IGlobalThreadCleanupProvider *>(event));
    default:
        return GL_NOTIFICATION_CONTINUE;
    }
}

static void native_terminate(w3e_module *m)
{
    if (m->factory != NULL)
        static_cast<IHttpModuleFactory *>(m->factory)->Terminate();
    if (m->global_module != NULL)
        static_cast<CGlobalModule *>(m->global_module)
            ->Terminate(); /* frees itself (Decision 14) */
    m->factory = NULL;
    m->global_module = NULL;
}

extern "C" const w3e_module_class w3e_native_module_class = {
    native_create,  native_request, native_completion,
    native_dispose, native_global,  native_terminate,
};

extern "C" void w3e_bridge_request_end(w3_request *req)
{
    Context *ctx = static_cast<Context *>(req->bridge);
    if (ctx != NULL) {
        ctx->container().Cleanup();
        ctx->named.Cleanup();
    }
    req->bridge = NULL;
}

extern "C" void w3e_bridge_conn_end(w3_conn *conn)
{
    Connection *c = static_cast<Connection *>(conn->bridge);
    if (c != NULL)
        c->container().Cleanup(true);
    conn->bridge = NULL;
}
