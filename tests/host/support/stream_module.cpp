/* A content handler for w3host's tests that streams: it writes a part, flushes it to the
 * client (IHttpResponse::Flush) before it has written the rest, then writes a second
 * part. No Content-Length is known when the first part goes: HTTP/1.1 clients get a
 * chunked response, HTTP/1.0 clients one that ends when the connection closes. */
#include <windows.h>
#include <httpserv.h>

static HRESULT write_text(IHttpResponse *response, const char *text, DWORD length)
{
    HTTP_DATA_CHUNK chunk;
    chunk.DataChunkType = HttpDataChunkFromMemory;
    chunk.FromMemory.pBuffer = (PVOID)text;
    chunk.FromMemory.BufferLength = length;
    DWORD sent = 0;
    return response->WriteEntityChunks(&chunk, 1, FALSE, TRUE, &sent);
}

class StreamModule : public CHttpModule
{
  public:
    REQUEST_NOTIFICATION_STATUS OnExecuteRequestHandler(IHttpContext *context,
                                                        IHttpEventProvider *) override
    {
        IHttpResponse *response = context->GetResponse();
        response->SetHeader(HttpHeaderContentType, "text/plain", 10, TRUE);
        DWORD sent = 0;
        if (FAILED(write_text(response, "first part\n", 11)) ||
            FAILED(response->Flush(FALSE, TRUE, &sent)) ||
            FAILED(write_text(response, "second part\n", 12)))
            response->SetStatus(500, "Internal Server Error");
        return RQ_NOTIFICATION_FINISH_REQUEST;
    }
};

class StreamFactory : public IHttpModuleFactory
{
  public:
    HRESULT GetHttpModule(CHttpModule **module, IModuleAllocator *) override
    {
        *module = new StreamModule;
        return S_OK;
    }
    VOID Terminate() override { delete this; }
};

HRESULT WINAPI RegisterModule(DWORD, IHttpModuleRegistrationInfo *info, IHttpServer *)
{
    return info->SetRequestNotifications(new StreamFactory, RQ_EXECUTE_REQUEST_HANDLER, 0);
}
