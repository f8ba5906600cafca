/* Reads a POST body with IHttpRequest::ReadEntityBody (synchronously, in pieces) and
 * answers with its size and a checksum. */
#include <windows.h>
#include <httpserv.h>

#include <stdio.h>
#include <string.h>

class PostReader : public CHttpModule
{
  public:
    REQUEST_NOTIFICATION_STATUS OnExecuteRequestHandler(IHttpContext *context,
                                                        IHttpEventProvider *provider) override
    {
        IHttpRequest *request = context->GetRequest();
        if (strcmp(request->GetHttpMethod(), "POST") != 0)
            return RQ_NOTIFICATION_CONTINUE;
        char buffer[16]; /* small on purpose: the body arrives in several reads */
        unsigned long total = 0, sum = 0;
        for (;;) {
            DWORD got = 0;
            HRESULT hr = request->ReadEntityBody(buffer, sizeof buffer, FALSE, &got, NULL);
            if (hr == HRESULT_FROM_WIN32(ERROR_HANDLE_EOF))
                break;
            if (FAILED(hr)) {
                provider->SetErrorStatus(hr);
                context->GetResponse()->SetStatus(500, "Server Error", 0, hr);
                return RQ_NOTIFICATION_FINISH_REQUEST;
            }
            for (DWORD i = 0; i < got; i++)
                sum = (sum * 31 + (unsigned char)buffer[i]) % 65521;
            total += got;
        }
        char text[64];
        int n = snprintf(text, sizeof text, "received %lu bytes, checksum %lu", total, sum);
        IHttpResponse *response = context->GetResponse();
        response->SetHeader(HttpHeaderContentType, "text/plain", 10, TRUE);
        HTTP_DATA_CHUNK chunk;
        chunk.DataChunkType = HttpDataChunkFromMemory;
        chunk.FromMemory.pBuffer = text;
        chunk.FromMemory.BufferLength = (ULONG)n;
        DWORD sent;
        response->WriteEntityChunks(&chunk, 1, FALSE, FALSE, &sent);
        return RQ_NOTIFICATION_FINISH_REQUEST;
    }
};

class PostReaderFactory : public IHttpModuleFactory
{
  public:
    HRESULT GetHttpModule(CHttpModule **module, IModuleAllocator *) override
    {
        *module = new PostReader;
        return S_OK;
    }
    VOID Terminate() override { delete this; }
};

HRESULT WINAPI RegisterModule(DWORD, IHttpModuleRegistrationInfo *info, IHttpServer *)
{
    return info->SetRequestNotifications(new PostReaderFactory, RQ_EXECUTE_REQUEST_HANDLER, 0);
}
