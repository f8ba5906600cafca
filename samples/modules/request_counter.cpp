/* A global module: counts requests in GL_PRE_BEGIN_REQUEST, before they enter the
 * pipeline, and tells each client its number in an X-Request-Number header. */
#include <windows.h>
#include <httpserv.h>

#include <stdio.h>

class RequestCounter : public CGlobalModule
{
  public:
    GLOBAL_NOTIFICATION_STATUS OnGlobalPreBeginRequest(IPreBeginRequestProvider *provider) override
    {
        LONG n = InterlockedIncrement(&requests_);
        char text[16];
        int len = snprintf(text, sizeof text, "%ld", (long)n);
        provider->GetHttpContext()->GetResponse()->SetHeader("X-Request-Number", text, (USHORT)len,
                                                             TRUE);
        return GL_NOTIFICATION_CONTINUE;
    }

    /* Created by the module, freed here (IIS calls Terminate at shutdown). */
    VOID Terminate() override { delete this; }

  private:
    volatile LONG requests_ = 0;
};

HRESULT WINAPI RegisterModule(DWORD, IHttpModuleRegistrationInfo *info, IHttpServer *)
{
    return info->SetGlobalNotifications(new RequestCounter, GL_PRE_BEGIN_REQUEST);
}
