/* The benchmark's native module, shaped like a real one: in the handler it reads a server
 * variable, keeps a request context (allocated, then freed by the server at the end of
 * the request), sets a response header and writes a body that depends on the request. */
#include <windows.h>
#include <httpserv.h>

#include <string.h>

static HTTP_MODULE_ID module_id;

class RequestNote : public IHttpStoredContext
{
  public:
    VOID CleanupStoredContext() override { delete this; }
    char client[64];
};

class RealisticModule : public CHttpModule
{
  public:
    REQUEST_NOTIFICATION_STATUS OnExecuteRequestHandler(IHttpContext *context,
                                                        IHttpEventProvider *provider) override
    {
        PCSTR addr = NULL;
        DWORD len = 0;
        if (FAILED(context->GetServerVariable("REMOTE_ADDR", &addr, &len)) || len >= 64) {
            addr = "unknown";
            len = (DWORD)strlen(addr);
        }
        RequestNote *note = new RequestNote;
        memcpy(note->client, addr, len);
        note->client[len] = '\0';
        if (FAILED(context->GetModuleContextContainer()->SetModuleContext(note, module_id)))
            delete note;

        IHttpResponse *response = context->GetResponse();
        HRESULT hr = response->SetHeader("X-Client", addr, (USHORT)len, TRUE);
        if (SUCCEEDED(hr))
            hr = response->SetHeader(HttpHeaderContentType, "text/plain", 10, TRUE);
        static const char hello[] = "Hello, ";
        HTTP_DATA_CHUNK chunks[3];
        chunks[0].DataChunkType = HttpDataChunkFromMemory;
        chunks[0].FromMemory.pBuffer = (PVOID)hello;
        chunks[0].FromMemory.BufferLength = sizeof hello - 1;
        chunks[1].DataChunkType = HttpDataChunkFromMemory;
        chunks[1].FromMemory.pBuffer = (PVOID)addr;
        chunks[1].FromMemory.BufferLength = len;
        chunks[2].DataChunkType = HttpDataChunkFromMemory;
        chunks[2].FromMemory.pBuffer = (PVOID) "\n";
        chunks[2].FromMemory.BufferLength = 1;
        DWORD sent = 0;
        if (SUCCEEDED(hr))
            hr = response->WriteEntityChunks(chunks, 3, FALSE, FALSE, &sent);
        if (FAILED(hr))
            provider->SetErrorStatus(hr);
        return RQ_NOTIFICATION_FINISH_REQUEST;
    }
};

class RealisticFactory : public IHttpModuleFactory
{
  public:
    HRESULT GetHttpModule(CHttpModule **module, IModuleAllocator *) override
    {
        *module = new RealisticModule;
        return S_OK;
    }
    VOID Terminate() override { delete this; }
};

HRESULT WINAPI RegisterModule(DWORD, IHttpModuleRegistrationInfo *info, IHttpServer *)
{
    module_id = info->GetId();
    return info->SetRequestNotifications(new RealisticFactory, RQ_EXECUTE_REQUEST_HANDLER, 0);
}
