/* Global notifications the engine and the embedder raise: the application's start,
 * module resolution and stop, GL_PRE_BEGIN_REQUEST, and the embedder's w3_server_*
 * calls (stop listening, health check, cache and thread cleanup). */
#include "bridge_context.h"

#include <stdio.h>

namespace w3b
{

class ApplicationProvider : public IHttpApplicationResolveModulesProvider
{
  public:
    explicit ApplicationProvider(w3_server *s) : server_(s) {}
    VOID SetErrorStatus(HRESULT) override {}
    IHttpApplication *GetApplication() override { return &server_of(server_)->application; }
    HRESULT RegisterModule(HTTP_MODULE_ID, IHttpModuleFactory *, PCWSTR, PCWSTR, PCWSTR, DWORD,
                           DWORD) override
    {
        return W3B_NOT_SUPPORTED(server_, "IHttpApplicationResolveModulesProvider::RegisterModule");
    }
    HRESULT SetPriorityForRequestNotification(PCWSTR, DWORD, PCWSTR) override
    {
        return W3B_NOT_SUPPORTED(
            server_, "IHttpApplicationResolveModulesProvider::SetPriorityForRequestNotification");
    }

  private:
    w3_server *server_;
};

class StopListeningProvider : public IGlobalStopListeningProvider
{
  public:
    explicit StopListeningProvider(BOOL drain) : drain_(drain) {}
    VOID SetErrorStatus(HRESULT) override {}
    BOOL DrainRequestsGracefully() const override { return drain_; }

  private:
    BOOL drain_;
};

class ThreadCleanupProvider : public IGlobalThreadCleanupProvider
{
  public:
    explicit ThreadCleanupProvider(w3_server *s) : server_(s) {}
    VOID SetErrorStatus(HRESULT) override {}
    IHttpApplication *GetApplication() override { return &server_of(server_)->application; }

  private:
    w3_server *server_;
};

class PreBeginProvider : public RequestEvent<IPreBeginRequestProvider>
{
  public:
    using RequestEvent::RequestEvent;
    IHttpContext *GetHttpContext() override { return context_of(req_); }
};

} // namespace w3b

using namespace w3b;

extern "C" void w3e_bridge_application_event(w3_server *server, DWORD notification)
{
    ApplicationProvider provider(server);
    w3e_modules_global(server, notification, &provider);
}

extern "C" DWORD w3e_bridge_pre_begin(w3_request *req)
{
    PreBeginProvider provider(req);
    return w3e_modules_global(req->conn->server, GL_PRE_BEGIN_REQUEST, &provider);
}

void w3_server_stop_listening(w3_server *server, int drain)
{
    if (server == NULL)
        return;
    server->stopping = 1;
    StopListeningProvider provider(drain != 0);
    w3e_modules_global(server, GL_STOP_LISTENING, &provider);
}

void w3_server_health_check(w3_server *server)
{
    if (server != NULL)
        w3e_modules_global(server, GL_HEALTH_CHECK, NULL);
}

int w3_server_check_health(w3_server *server, char *reason, size_t reason_size)
{
    if (reason_size > 0)
        reason[0] = '\0';
    if (server == NULL)
        return 1;
    server->unhealthy = 0;
    w3e_modules_global(server, GL_HEALTH_CHECK, NULL);
    /* An ISAPI extension's HSE_REQ_REPORT_UNHEALTHY holds until the worker goes. */
    const char *extension_reason = w3_server_unhealthy(server);
    if (server->unhealthy && reason_size > 0)
        snprintf(reason, reason_size, "%s", server->unhealthy_reason);
    else if (extension_reason != NULL && reason_size > 0)
        snprintf(reason, reason_size, "%s", extension_reason);
    return !server->unhealthy && extension_reason == NULL;
}

void w3_server_cache_cleanup(w3_server *server)
{
    if (server != NULL)
        w3e_modules_global(server, GL_CACHE_CLEANUP, NULL);
}

void w3_server_thread_cleanup(w3_server *server)
{
    if (server == NULL)
        return;
    ThreadCleanupProvider provider(server);
    w3e_modules_global(server, GL_THREAD_CLEANUP, &provider);
}
