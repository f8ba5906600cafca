/* Module context containers: a request-level stored context counts the notifications
 * the module saw for the request, a connection-level one the requests on the
 * connection; both are reported as response headers and freed by the server
 * (CleanupStoredContext) when their request or connection ends. */
#include <windows.h>
#include <httpserv.h>

#include <stdio.h>

static HTTP_MODULE_ID module_id;

class Counter : public IHttpConnectionStoredContext
{
  public:
    VOID CleanupStoredContext() override { delete this; }
    VOID NotifyDisconnect() override {}
    unsigned count = 0;
};

class CounterModule : public CHttpModule
{
  public:
    REQUEST_NOTIFICATION_STATUS OnBeginRequest(IHttpContext *context, IHttpEventProvider *) override
    {
        Counter *request = new Counter;
        if (FAILED(context->GetModuleContextContainer()->SetModuleContext(request, module_id)))
            delete request;
        IHttpConnectionModuleContextContainer *connection =
            context->GetConnection()->GetModuleContextContainer();
        Counter *requests =
            static_cast<Counter *>(connection->GetConnectionModuleContext(module_id));
        if (requests == NULL) {
            requests = new Counter;
            if (FAILED(connection->SetConnectionModuleContext(requests, module_id))) {
                delete requests;
                requests = NULL;
            }
        }
        if (requests != NULL)
            requests->count++;
        return count(context);
    }

    REQUEST_NOTIFICATION_STATUS OnAuthenticateRequest(IHttpContext *context,
                                                      IAuthenticationProvider *) override
    {
        return count(context);
    }

    REQUEST_NOTIFICATION_STATUS OnExecuteRequestHandler(IHttpContext *context,
                                                        IHttpEventProvider *) override
    {
        return count(context);
    }

    REQUEST_NOTIFICATION_STATUS OnSendResponse(IHttpContext *context,
                                               ISendResponseProvider *) override
    {
        char text[16];
        Counter *request = static_cast<Counter *>(
            context->GetModuleContextContainer()->GetModuleContext(module_id));
        Counter *requests = static_cast<Counter *>(
            context->GetConnection()->GetModuleContextContainer()->GetConnectionModuleContext(
                module_id));
        IHttpResponse *response = context->GetResponse();
        if (request != NULL) {
            int n = snprintf(text, sizeof text, "%u", request->count);
            response->SetHeader("X-Notifications-Seen", text, (USHORT)n, TRUE);
        }
        if (requests != NULL) {
            int n = snprintf(text, sizeof text, "%u", requests->count);
            response->SetHeader("X-Connection-Requests", text, (USHORT)n, TRUE);
        }
        return RQ_NOTIFICATION_CONTINUE;
    }

  private:
    static REQUEST_NOTIFICATION_STATUS count(IHttpContext *context)
    {
        Counter *c = static_cast<Counter *>(
            context->GetModuleContextContainer()->GetModuleContext(module_id));
        if (c != NULL)
            c->count++;
        return RQ_NOTIFICATION_CONTINUE;
    }
};

class CounterFactory : public IHttpModuleFactory
{
  public:
    HRESULT GetHttpModule(CHttpModule **module, IModuleAllocator *) override
    {
        *module = new CounterModule;
        return S_OK;
    }
    VOID Terminate() override { delete this; }
};

HRESULT WINAPI RegisterModule(DWORD, IHttpModuleRegistrationInfo *info, IHttpServer *)
{
    module_id = info->GetId();
    return info->SetRequestNotifications(new CounterFactory,
                                         RQ_BEGIN_REQUEST | RQ_AUTHENTICATE_REQUEST |
                                             RQ_EXECUTE_REQUEST_HANDLER | RQ_SEND_RESPONSE,
                                         0);
}
