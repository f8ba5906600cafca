/* A global module for w3host's tests: counts GL_HEALTH_CHECK notifications and tells
 * every client the count so far in an X-Health-Checks header (GL_PRE_BEGIN_REQUEST),
 * and writes "global_probe: stop listening" to stderr on GL_STOP_LISTENING. */
#include <windows.h>
#include <httpserv.h>

#include <stdio.h>

class GlobalProbe : public CGlobalModule
{
  public:
    GLOBAL_NOTIFICATION_STATUS OnGlobalHealthCheck() override
    {
        InterlockedIncrement(&checks_);
        return GL_NOTIFICATION_CONTINUE;
    }

    GLOBAL_NOTIFICATION_STATUS OnGlobalStopListening(IGlobalStopListeningProvider *) override
    {
        fputs("global_probe: stop listening\n", stderr);
        fflush(stderr);
        return GL_NOTIFICATION_CONTINUE;
    }

    GLOBAL_NOTIFICATION_STATUS OnGlobalPreBeginRequest(IPreBeginRequestProvider *provider) override
    {
        char text[16];
        int len =
            snprintf(text, sizeof text, "%ld", (long)InterlockedCompareExchange(&checks_, 0, 0));
        provider->GetHttpContext()->GetResponse()->SetHeader("X-Health-Checks", text, (USHORT)len,
                                                             TRUE);
        return GL_NOTIFICATION_CONTINUE;
    }

    VOID Terminate() override { delete this; }

  private:
    volatile LONG checks_ = 0;
};

HRESULT WINAPI RegisterModule(DWORD, IHttpModuleRegistrationInfo *info, IHttpServer *)
{
    return info->SetGlobalNotifications(new GlobalProbe,
                                        GL_HEALTH_CHECK | GL_STOP_LISTENING | GL_PRE_BEGIN_REQUEST);
}
