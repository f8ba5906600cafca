/* Calling native modules: the event providers of request notifications, the
 * native-module class the pipeline calls (w3e_native_module_class), GetNextNotification,
 * and the request's and connection's bridge objects at their end. */
#include "bridge_context.h"

#include <string.h>

namespace w3b
{

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
    VOID *GetLogData() const override { return NULL; }
    HRESULT SetLogData(VOID *) override
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
