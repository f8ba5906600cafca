/* A module that subscribes to notifications without overriding their handlers: the
 * default handlers of CHttpModule and CGlobalModule run. */
#include <windows.h>
#include <httpserv.h>

class LazyModule : public CHttpModule
{
};

class LazyFactory : public IHttpModuleFactory
{
  public:
    HRESULT GetHttpModule(CHttpModule **module, IModuleAllocator *) override
    {
        *module = new LazyModule;
        return S_OK;
    }
    VOID Terminate() override { delete this; }
};

class LazyGlobal : public CGlobalModule
{
  public:
    VOID Terminate() override { delete this; }
};

HRESULT WINAPI RegisterModule(DWORD, IHttpModuleRegistrationInfo *info, IHttpServer *)
{
    HRESULT hr = info->SetRequestNotifications(new LazyFactory, RQ_BEGIN_REQUEST, RQ_BEGIN_REQUEST);
    if (SUCCEEDED(hr))
        hr = info->SetGlobalNotifications(new LazyGlobal, GL_HEALTH_CHECK);
    return hr;
}
