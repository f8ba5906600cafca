/* The recorder module: one DLL, registered under several names. What each name
 * subscribes to comes from module_bridge; every handler records its call in the shared
 * log and runs the test's hook. */
#include <windows.h>
#include <httpserv.h>

#include <stdio.h>
#include <string.h>

#include "filter_bridge.h"
#include "module_bridge.h"

static const char *rq_name(DWORD n, BOOL post)
{
    static const char *const pre[] = {"BEGIN_REQUEST",
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
    static char post_name[64];
    for (unsigned i = 0; i < 12; i++)
        if (n == (1u << i)) {
            if (!post)
                return pre[i];
            snprintf(post_name, sizeof post_name, "POST_%s", pre[i]);
            return post_name;
        }
    switch (n) {
    case RQ_SEND_RESPONSE:
        return "SEND_RESPONSE";
    case RQ_MAP_PATH:
        return "MAP_PATH";
    case RQ_READ_ENTITY:
        return "READ_ENTITY";
    case RQ_CUSTOM_NOTIFICATION:
        return "CUSTOM_NOTIFICATION";
    default:
        return "?";
    }
}

static REQUEST_NOTIFICATION_STATUS record(const char *name, const char *what, DWORD n, BOOL post,
                                          IHttpContext *ctx, void *provider)
{
    char entry[128];
    snprintf(entry, sizeof entry, "%s:%s", name, what);
    bridge_record(entry);
    const mb_config *c = mb_find(name);
    if (c != NULL && c->hook != NULL)
        return (REQUEST_NOTIFICATION_STATUS)c->hook(name, n, post, ctx, provider);
    return RQ_NOTIFICATION_CONTINUE;
}

class RecorderModule : public CHttpModule
{
  public:
    explicit RecorderModule(const char *name) : name_(name) {}

#define HANDLER(method, provider, bit, post)                                                       \
    REQUEST_NOTIFICATION_STATUS method(IHttpContext *ctx, provider *p) override                    \
    {                                                                                              \
        return record(name_, rq_name(bit, post), bit, post, ctx, p);                               \
    }
    HANDLER(OnBeginRequest, IHttpEventProvider, RQ_BEGIN_REQUEST, FALSE)
    HANDLER(OnPostBeginRequest, IHttpEventProvider, RQ_BEGIN_REQUEST, TRUE)
    HANDLER(OnAuthenticateRequest, IAuthenticationProvider, RQ_AUTHENTICATE_REQUEST, FALSE)
    HANDLER(OnPostAuthenticateRequest, IHttpEventProvider, RQ_AUTHENTICATE_REQUEST, TRUE)
    HANDLER(OnAuthorizeRequest, IHttpEventProvider, RQ_AUTHORIZE_REQUEST, FALSE)
    HANDLER(OnPostAuthorizeRequest, IHttpEventProvider, RQ_AUTHORIZE_REQUEST, TRUE)
    HANDLER(OnResolveRequestCache, IHttpEventProvider, RQ_RESOLVE_REQUEST_CACHE, FALSE)
    HANDLER(OnPostResolveRequestCache, IHttpEventProvider, RQ_RESOLVE_REQUEST_CACHE, TRUE)
    HANDLER(OnMapRequestHandler, IMapHandlerProvider, RQ_MAP_REQUEST_HANDLER, FALSE)
    HANDLER(OnPostMapRequestHandler, IHttpEventProvider, RQ_MAP_REQUEST_HANDLER, TRUE)
    HANDLER(OnAcquireRequestState, IHttpEventProvider, RQ_ACQUIRE_REQUEST_STATE, FALSE)
    HANDLER(OnPostAcquireRequestState, IHttpEventProvider, RQ_ACQUIRE_REQUEST_STATE, TRUE)
    HANDLER(OnPreExecuteRequestHandler, IHttpEventProvider, RQ_PRE_EXECUTE_REQUEST_HANDLER, FALSE)
    HANDLER(OnPostPreExecuteRequestHandler, IHttpEventProvider, RQ_PRE_EXECUTE_REQUEST_HANDLER,
            TRUE)
    HANDLER(OnExecuteRequestHandler, IHttpEventProvider, RQ_EXECUTE_REQUEST_HANDLER, FALSE)
    HANDLER(OnPostExecuteRequestHandler, IHttpEventProvider, RQ_EXECUTE_REQUEST_HANDLER, TRUE)
    HANDLER(OnReleaseRequestState, IHttpEventProvider, RQ_RELEASE_REQUEST_STATE, FALSE)
    HANDLER(OnPostReleaseRequestState, IHttpEventProvider, RQ_RELEASE_REQUEST_STATE, TRUE)
    HANDLER(OnUpdateRequestCache, IHttpEventProvider, RQ_UPDATE_REQUEST_CACHE, FALSE)
    HANDLER(OnPostUpdateRequestCache, IHttpEventProvider, RQ_UPDATE_REQUEST_CACHE, TRUE)
    HANDLER(OnLogRequest, IHttpEventProvider, RQ_LOG_REQUEST, FALSE)
    HANDLER(OnPostLogRequest, IHttpEventProvider, RQ_LOG_REQUEST, TRUE)
    HANDLER(OnEndRequest, IHttpEventProvider, RQ_END_REQUEST, FALSE)
    HANDLER(OnPostEndRequest, IHttpEventProvider, RQ_END_REQUEST, TRUE)
    HANDLER(OnSendResponse, ISendResponseProvider, RQ_SEND_RESPONSE, FALSE)
    HANDLER(OnMapPath, IMapPathProvider, RQ_MAP_PATH, FALSE)
    HANDLER(OnReadEntity, IReadEntityProvider, RQ_READ_ENTITY, FALSE)
    HANDLER(OnCustomRequestNotification, ICustomNotificationProvider, RQ_CUSTOM_NOTIFICATION, FALSE)
#undef HANDLER

    REQUEST_NOTIFICATION_STATUS OnAsyncCompletion(IHttpContext *ctx, DWORD n, BOOL post,
                                                  IHttpEventProvider *,
                                                  IHttpCompletionInfo *info) override
    {
        char what[96];
        snprintf(what, sizeof what, "ASYNC_COMPLETION(%s,%lu)", rq_name(n, post),
                 (unsigned long)info->GetCompletionBytes());
        return record(name_, what, n, post, ctx, info);
    }

    VOID Dispose() override
    {
        mb_count("dispose");
        delete this;
    }

  private:
    const char *name_;
};

class RecorderFactory : public IHttpModuleFactory
{
  public:
    explicit RecorderFactory(const char *name) { snprintf(name_, sizeof name_, "%s", name); }
    HRESULT GetHttpModule(CHttpModule **module, IModuleAllocator *) override
    {
        mb_count("create");
        *module = new RecorderModule(name_);
        return S_OK;
    }
    VOID Terminate() override
    {
        mb_count("terminate");
        delete this;
    }
    const char *name() const { return name_; }

  private:
    char name_[64];
};

class RecorderGlobal : public CGlobalModule
{
  public:
    explicit RecorderGlobal(const char *name) { snprintf(name_, sizeof name_, "%s", name); }
#define GL_HANDLER(method, params, args, what)                                                     \
    GLOBAL_NOTIFICATION_STATUS method params override                                              \
    {                                                                                              \
        return global(what, args);                                                                 \
    }
    GL_HANDLER(OnGlobalStopListening, (IGlobalStopListeningProvider * p), p, "GL_STOP_LISTENING")
    GL_HANDLER(OnGlobalCacheCleanup, (VOID), nullptr, "GL_CACHE_CLEANUP")
    GL_HANDLER(OnGlobalCacheOperation, (ICacheProvider * p), p, "GL_CACHE_OPERATION")
    GL_HANDLER(OnGlobalHealthCheck, (VOID), nullptr, "GL_HEALTH_CHECK")
    GL_HANDLER(OnGlobalConfigurationChange, (IGlobalConfigurationChangeProvider * p), p,
               "GL_CONFIGURATION_CHANGE")
    GL_HANDLER(OnGlobalFileChange, (IGlobalFileChangeProvider * p), p, "GL_FILE_CHANGE")
    GL_HANDLER(OnGlobalPreBeginRequest, (IPreBeginRequestProvider * p), p, "GL_PRE_BEGIN_REQUEST")
    GL_HANDLER(OnGlobalApplicationStart, (IHttpApplicationStartProvider * p), p,
               "GL_APPLICATION_START")
    GL_HANDLER(OnGlobalApplicationResolveModules, (IHttpApplicationResolveModulesProvider * p), p,
               "GL_APPLICATION_RESOLVE_MODULES")
    GL_HANDLER(OnGlobalApplicationStop, (IHttpApplicationStopProvider * p), p,
               "GL_APPLICATION_STOP")
    GL_HANDLER(OnGlobalTraceEvent, (IGlobalTraceEventProvider * p), p, "GL_TRACE_EVENT")
    GL_HANDLER(OnGlobalCustomNotification, (ICustomNotificationProvider * p), p,
               "GL_CUSTOM_NOTIFICATION")
    GL_HANDLER(OnGlobalThreadCleanup, (IGlobalThreadCleanupProvider * p), p, "GL_THREAD_CLEANUP")
#undef GL_HANDLER
    VOID Terminate() override
    {
        mb_count("global_terminate");
        delete this;
    }

  private:
    GLOBAL_NOTIFICATION_STATUS global(const char *what, void *provider)
    {
        char entry[128];
        snprintf(entry, sizeof entry, "%s:%s", name_, what);
        bridge_record(entry);
        const mb_config *c = mb_find(name_);
        if (c != NULL && c->hook != NULL)
            return (GLOBAL_NOTIFICATION_STATUS)c->hook(name_, 0, FALSE, NULL, provider);
        return GL_NOTIFICATION_CONTINUE;
    }
    char name_[64];
};

HRESULT WINAPI RegisterModule(DWORD version, IHttpModuleRegistrationInfo *info, IHttpServer *server)
{
    mb_set_server(server);
    char name[64];
    PCWSTR wname = info->GetName();
    size_t i = 0;
    for (; wname[i] != 0 && i + 1 < sizeof name; i++)
        name[i] = (char)wname[i];
    name[i] = '\0';
    char entry[128];
    snprintf(entry, sizeof entry, "%s:REGISTER(%lu,%s)", name, (unsigned long)version,
             info->GetId() != NULL ? "id" : "null-id");
    bridge_record(entry);
    const mb_config *c = mb_find(name);
    if (c == NULL)
        return E_FAIL;
    if (FAILED(c->register_hr))
        return c->register_hr;
    HRESULT hr = S_OK;
    if (c->request != 0 || c->post != 0) {
        RecorderFactory *factory = new RecorderFactory(name);
        hr = info->SetRequestNotifications(factory, c->request, c->post);
        if (FAILED(hr)) {
            delete factory;
            return hr;
        }
        if (c->priority != NULL)
            hr = info->SetPriorityForRequestNotification(c->request | c->post, c->priority);
    }
    if (SUCCEEDED(hr) && c->global != 0) {
        RecorderGlobal *global = new RecorderGlobal(name);
        hr = info->SetGlobalNotifications(global, c->global);
        if (FAILED(hr)) {
            delete global;
            return hr;
        }
        if (c->priority != NULL)
            hr = info->SetPriorityForGlobalNotification(c->global, c->priority);
    }
    if (SUCCEEDED(hr) && c->register_hr == S_FALSE) {
        /* The test asks what a second registration of the same kind gives. */
        RecorderFactory *again = new RecorderFactory(name);
        RecorderGlobal *global_again = new RecorderGlobal(name);
        HRESULT hr1 = info->SetRequestNotifications(again, RQ_END_REQUEST, 0);
        HRESULT hr2 = info->SetGlobalNotifications(global_again, GL_HEALTH_CHECK);
        HRESULT hr3 = info->SetPriorityForRequestNotification(RQ_BEGIN_REQUEST, L"SOMETIMES");
        snprintf(entry, sizeof entry, "%s:AGAIN(%08lx,%08lx,%08lx)", name,
                 (unsigned long)(DWORD)hr1, (unsigned long)(DWORD)hr2, (unsigned long)(DWORD)hr3);
        bridge_record(entry);
        if (FAILED(hr1))
            delete again;
        if (FAILED(hr2))
            delete global_again;
        hr = S_OK;
    }
    return hr;
}
