/* A module for the operations endpoint's tests: at each GL_HEALTH_CHECK it calls
 * IHttpServer::ReportUnhealthy when the worker's environment has W3HOST_TEST_UNHEALTHY
 * (its value is the reason), and counts the checks it saw in the response header
 * "X-Health-Probe-Checks"; each request raises the server's performance counter 3 by 1
 * and the site's counter 5 by 2 (IHttpPerfCounterInfo). */
#include <windows.h>
#include <httpserv.h>

#include <stdio.h>
#include <string.h>

static IHttpServer *server;
static volatile LONG checks;

class HealthSide : public CGlobalModule
{
  public:
    GLOBAL_NOTIFICATION_STATUS OnGlobalHealthCheck() override
    {
        InterlockedIncrement(&checks);
        char reason[128];
        DWORD n = GetEnvironmentVariableA("W3HOST_TEST_UNHEALTHY", reason, sizeof reason);
        if (n > 0 && n < sizeof reason) {
            WCHAR wide[128];
            MultiByteToWideChar(CP_ACP, 0, reason, -1, wide, 128);
            server->ReportUnhealthy(wide, E_FAIL);
        }
        return GL_NOTIFICATION_CONTINUE;
    }

    VOID Terminate() override { delete this; }
};

class CountMark : public CHttpModule
{
  public:
    REQUEST_NOTIFICATION_STATUS OnBeginRequest(IHttpContext *context, IHttpEventProvider *) override
    {
        server->GetPerfCounterInfo()->IncrementCounter(3);
        context->GetSite()->GetPerfCounterInfo()->IncrementCounter(5, 2);
        char text[16];
        int len = snprintf(text, sizeof text, "%ld", (long)checks);
        context->GetResponse()->SetHeader("X-Health-Probe-Checks", text, (USHORT)len, TRUE);
        return RQ_NOTIFICATION_CONTINUE;
    }
};

class CountMarkFactory : public IHttpModuleFactory
{
  public:
    HRESULT GetHttpModule(CHttpModule **module, IModuleAllocator *) override
    {
        *module = new CountMark;
        return *module ? S_OK : E_OUTOFMEMORY;
    }
    VOID Terminate() override { delete this; }
};

HRESULT WINAPI RegisterModule(DWORD, IHttpModuleRegistrationInfo *info, IHttpServer *http_server)
{
    server = http_server;
    HRESULT hr = info->SetGlobalNotifications(new HealthSide, GL_HEALTH_CHECK);
    if (SUCCEEDED(hr))
        hr = info->SetRequestNotifications(new CountMarkFactory, RQ_BEGIN_REQUEST, 0);
    return hr;
}
