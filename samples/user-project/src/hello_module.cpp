// An IIS native module: answers GET /hello?name=NAME with "Hello, NAME!" (text/plain),
// and lets every other request go on to the next handler.
#include <windows.h>
#include <httpserv.h>

#include <stdio.h>
#include <string.h>

class HelloModule : public CHttpModule
{
  public:
    REQUEST_NOTIFICATION_STATUS OnExecuteRequestHandler(IHttpContext *context,
                                                        IHttpEventProvider *) override
    {
        const HTTP_REQUEST *raw = context->GetRequest()->GetRawHttpRequest();
        char url[512];
        snprintf(url, sizeof url, "%.*s", (int)raw->RawUrlLength, raw->pRawUrl);
        if (strncmp(url, "/hello", 6) != 0 || (url[6] != '\0' && url[6] != '?'))
            return RQ_NOTIFICATION_CONTINUE;
        const char *name = strstr(url, "name=");
        char text[600];
        snprintf(text, sizeof text, "Hello, %.*s!", name ? (int)strcspn(name + 5, "&") : 5,
                 name ? name + 5 : "world");

        IHttpResponse *response = context->GetResponse();
        response->SetHeader(HttpHeaderContentType, "text/plain", 10, TRUE);
        HTTP_DATA_CHUNK chunk;
        chunk.DataChunkType = HttpDataChunkFromMemory;
        chunk.FromMemory.pBuffer = text;
        chunk.FromMemory.BufferLength = (ULONG)strlen(text);
        DWORD sent;
        response->WriteEntityChunks(&chunk, 1, FALSE, FALSE, &sent);
        return RQ_NOTIFICATION_FINISH_REQUEST;
    }
};

class HelloFactory : public IHttpModuleFactory
{
  public:
    HRESULT GetHttpModule(CHttpModule **module, IModuleAllocator *) override
    {
        *module = new HelloModule;
        return S_OK;
    }
    VOID Terminate() override { delete this; }
};

HRESULT WINAPI RegisterModule(DWORD, IHttpModuleRegistrationInfo *info, IHttpServer *)
{
    return info->SetRequestNotifications(new HelloFactory, RQ_EXECUTE_REQUEST_HANDLER, 0);
}
