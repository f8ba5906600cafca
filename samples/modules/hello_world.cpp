/* Hello world: answers every request from RQ_BEGIN_REQUEST and ends it there. */
#include <windows.h>
#include <httpserv.h>

#include <string.h>

class HelloModule : public CHttpModule
{
  public:
    REQUEST_NOTIFICATION_STATUS OnBeginRequest(IHttpContext *context,
                                               IHttpEventProvider *provider) override
    {
        static const char text[] = "Hello World";
        IHttpResponse *response = context->GetResponse();
        response->Clear();
        HRESULT hr = response->SetHeader(HttpHeaderContentType, "text/plain",
                                         (USHORT)strlen("text/plain"), TRUE);
        HTTP_DATA_CHUNK chunk;
        chunk.DataChunkType = HttpDataChunkFromMemory;
        chunk.FromMemory.pBuffer = (PVOID)text;
        chunk.FromMemory.BufferLength = (ULONG)strlen(text);
        DWORD sent = 0;
        if (SUCCEEDED(hr))
            hr = response->WriteEntityChunks(&chunk, 1, FALSE, FALSE, &sent);
        if (FAILED(hr))
            provider->SetErrorStatus(hr);
        return RQ_NOTIFICATION_FINISH_REQUEST;
    }
};

class HelloFactory : public IHttpModuleFactory
{
  public:
    HRESULT GetHttpModule(CHttpModule **module, IModuleAllocator *) override
    {
        *module = new HelloModule;
        return *module ? S_OK : E_OUTOFMEMORY;
    }
    VOID Terminate() override { delete this; }
};

HRESULT WINAPI RegisterModule(DWORD, IHttpModuleRegistrationInfo *info, IHttpServer *)
{
    return info->SetRequestNotifications(new HelloFactory, RQ_BEGIN_REQUEST, 0);
}
