/* A module with both sides for w3host's tests: its CGlobalModule marks every response
 * with "X-Global-Probe: ran" (GL_PRE_BEGIN_REQUEST), its CHttpModule with
 * "X-Request-Probe: ran" (RQ_BEGIN_REQUEST); the request goes on to the static files. */
#include <windows.h>
#include <httpserv.h>

static void mark(IHttpContext *context, PCSTR header)
{
    context->GetResponse()->SetHeader(header, "ran", 3, TRUE);
}

class GlobalSide : public CGlobalModule
{
  public:
    GLOBAL_NOTIFICATION_STATUS OnGlobalPreBeginRequest(IPreBeginRequestProvider *provider) override
    {
        mark(provider->GetHttpContext(), "X-Global-Probe");
        return GL_NOTIFICATION_CONTINUE;
    }

    VOID Terminate() override { delete this; }
};

class RequestSide : public CHttpModule
{
  public:
    REQUEST_NOTIFICATION_STATUS OnBeginRequest(IHttpContext *context, IHttpEventProvider *) override
    {
        mark(context, "X-Request-Probe");
        return RQ_NOTIFICATION_CONTINUE;
    }
};

class RequestSideFactory : public IHttpModuleFactory
{
  public:
    HRESULT GetHttpModule(CHttpModule **module, IModuleAllocator *) override
    {
        *module = new RequestSide;
        return *module ? S_OK : E_OUTOFMEMORY;
    }
    VOID Terminate() override { delete this; }
};

HRESULT WINAPI RegisterModule(DWORD, IHttpModuleRegistrationInfo *info, IHttpServer *)
{
    HRESULT hr = info->SetGlobalNotifications(new GlobalSide, GL_PRE_BEGIN_REQUEST);
    if (SUCCEEDED(hr))
        hr = info->SetRequestNotifications(new RequestSideFactory, RQ_BEGIN_REQUEST, 0);
    return hr;
}
