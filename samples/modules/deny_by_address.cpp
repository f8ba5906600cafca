/* Finishes requests early: clients from a denied network get 403 in RQ_BEGIN_REQUEST,
 * and no later stage (nor the content handler) runs for them. */
#include <windows.h>
#include <httpserv.h>

#include <string.h>

/* Denied networks, as address prefixes (192.0.2.0/24 is TEST-NET-1). */
static const char *const denied[] = {"192.0.2.", "198.51.100."};

class DenyModule : public CHttpModule
{
  public:
    REQUEST_NOTIFICATION_STATUS OnBeginRequest(IHttpContext *context, IHttpEventProvider *) override
    {
        PCSTR address = NULL;
        DWORD length = 0;
        if (FAILED(context->GetServerVariable("REMOTE_ADDR", &address, &length)))
            return RQ_NOTIFICATION_CONTINUE;
        for (const char *prefix : denied) {
            if (strncmp(address, prefix, strlen(prefix)) == 0) {
                static const char body[] = "<h1>403 Forbidden</h1>";
                IHttpResponse *response = context->GetResponse();
                response->Clear();
                response->SetStatus(403, "Forbidden", 6); /* 403.6: IP address rejected */
                response->SetHeader(HttpHeaderContentType, "text/html", 9, TRUE);
                HTTP_DATA_CHUNK chunk;
                chunk.DataChunkType = HttpDataChunkFromMemory;
                chunk.FromMemory.pBuffer = (PVOID)body;
                chunk.FromMemory.BufferLength = sizeof body - 1;
                DWORD sent;
                response->WriteEntityChunks(&chunk, 1, FALSE, FALSE, &sent);
                return RQ_NOTIFICATION_FINISH_REQUEST;
            }
        }
        return RQ_NOTIFICATION_CONTINUE;
    }
};

class DenyFactory : public IHttpModuleFactory
{
  public:
    HRESULT GetHttpModule(CHttpModule **module, IModuleAllocator *) override
    {
        *module = new DenyModule;
        return S_OK;
    }
    VOID Terminate() override { delete this; }
};

HRESULT WINAPI RegisterModule(DWORD, IHttpModuleRegistrationInfo *info, IHttpServer *)
{
    HRESULT hr = info->SetRequestNotifications(new DenyFactory, RQ_BEGIN_REQUEST, 0);
    if (SUCCEEDED(hr)) /* ahead of other modules' BEGIN_REQUEST */
        hr = info->SetPriorityForRequestNotification(RQ_BEGIN_REQUEST, PRIORITY_ALIAS_FIRST);
    return hr;
}
