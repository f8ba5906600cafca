/* A module built twice (w3host_version_a, w3host_version_b) for the recycling tests:
 * it marks every response "X-Module-Version: A" or "B", so that a test sees which DLL
 * the worker that answered had loaded. */
#include <windows.h>
#include <httpserv.h>

#include <string.h>

class VersionMark : public CHttpModule
{
  public:
    REQUEST_NOTIFICATION_STATUS OnBeginRequest(IHttpContext *context, IHttpEventProvider *) override
    {
        static const char version[] = W3_MODULE_VERSION;
        context->GetResponse()->SetHeader("X-Module-Version", version, (USHORT)strlen(version),
                                          TRUE);
        return RQ_NOTIFICATION_CONTINUE;
    }
};

class VersionMarkFactory : public IHttpModuleFactory
{
  public:
    HRESULT GetHttpModule(CHttpModule **module, IModuleAllocator *) override
    {
        *module = new VersionMark;
        return *module ? S_OK : E_OUTOFMEMORY;
    }
    VOID Terminate() override { delete this; }
};

HRESULT WINAPI RegisterModule(DWORD, IHttpModuleRegistrationInfo *info, IHttpServer *)
{
    return info->SetRequestNotifications(new VersionMarkFactory, RQ_BEGIN_REQUEST, 0);
}
