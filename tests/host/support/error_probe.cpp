/* A content handler for w3host's error-page tests: below /probe/ it answers 500 with an
 * entity of its own ("probe body"), asking IIS to leave it alone
 * (SetStatus's fTrySkipCustomErrors) for /probe/skip and not for /probe/plain. Other
 * URLs go on to the static file handler. */
#include <windows.h>
#include <httpserv.h>

#include <wchar.h>

class ErrorProbe : public CHttpModule
{
  public:
    REQUEST_NOTIFICATION_STATUS OnExecuteRequestHandler(IHttpContext *context,
                                                        IHttpEventProvider *) override
    {
        PCWSTR url = context->GetScriptName();
        if (url == NULL || wcsncmp(url, L"/probe/", 7) != 0)
            return RQ_NOTIFICATION_CONTINUE;
        BOOL skip = wcscmp(url + 7, L"skip") == 0;
        IHttpResponse *response = context->GetResponse();
        response->SetStatus(500, "Probe Error", 0, S_OK, NULL, skip);
        response->SetHeader(HttpHeaderContentType, "text/plain", 10, TRUE);
        static char body[] = "probe body";
        HTTP_DATA_CHUNK chunk;
        chunk.DataChunkType = HttpDataChunkFromMemory;
        chunk.FromMemory.pBuffer = body;
        chunk.FromMemory.BufferLength = sizeof body - 1;
        DWORD sent = 0;
        response->WriteEntityChunks(&chunk, 1, FALSE, FALSE, &sent);
        return RQ_NOTIFICATION_FINISH_REQUEST;
    }
};

class ErrorProbeFactory : public IHttpModuleFactory
{
  public:
    HRESULT GetHttpModule(CHttpModule **module, IModuleAllocator *) override
    {
        *module = new ErrorProbe;
        return S_OK;
    }
    VOID Terminate() override { delete this; }
};

HRESULT WINAPI RegisterModule(DWORD, IHttpModuleRegistrationInfo *info, IHttpServer *)
{
    return info->SetRequestNotifications(new ErrorProbeFactory, RQ_EXECUTE_REQUEST_HANDLER, 0);
}
