/* The harness tests' native module. "/module" is answered by the module itself;
 * "/async/N" is answered after a worker thread waited N ms and posted the completion
 * (IHttpContext::PostCompletion); every other URL goes on to the server's handler. */
#include <windows.h>
#include <httpserv.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

namespace
{

void write_text(IHttpResponse *response, const char *text)
{
    response->SetHeader(HttpHeaderContentType, "text/plain", 10, TRUE);
    HTTP_DATA_CHUNK chunk;
    chunk.DataChunkType = HttpDataChunkFromMemory;
    chunk.FromMemory.pBuffer = const_cast<char *>(text);
    chunk.FromMemory.BufferLength = (ULONG)strlen(text);
    DWORD sent;
    response->WriteEntityChunks(&chunk, 1, FALSE, FALSE, &sent);
}

class ProbeModule : public CHttpModule
{
  public:
    /* A request whose connection closed ends without OnAsyncCompletion: the worker is
     * joined here, before the server may unload the module. */
    ~ProbeModule()
    {
        if (worker_ != NULL) {
            WaitForSingleObject(worker_, INFINITE);
            CloseHandle(worker_);
        }
    }

    REQUEST_NOTIFICATION_STATUS OnExecuteRequestHandler(IHttpContext *context,
                                                        IHttpEventProvider *) override
    {
        const HTTP_REQUEST *raw = context->GetRequest()->GetRawHttpRequest();
        char url[256];
        snprintf(url, sizeof url, "%.*s", (int)raw->RawUrlLength, raw->pRawUrl);
        if (strcmp(url, "/module") == 0) {
            write_text(context->GetResponse(), "module");
            return RQ_NOTIFICATION_FINISH_REQUEST;
        }
        if (strncmp(url, "/async/", 7) != 0)
            return RQ_NOTIFICATION_CONTINUE;
        context_ = context;
        delay_ms_ = (DWORD)strtoul(url + 7, NULL, 10);
        worker_ = CreateThread(NULL, 0, work, this, 0, NULL);
        return worker_ != NULL ? RQ_NOTIFICATION_PENDING : RQ_NOTIFICATION_CONTINUE;
    }

    REQUEST_NOTIFICATION_STATUS OnAsyncCompletion(IHttpContext *context, DWORD, BOOL,
                                                  IHttpEventProvider *,
                                                  IHttpCompletionInfo *) override
    {
        WaitForSingleObject(worker_, INFINITE); /* it has posted and is about to return */
        CloseHandle(worker_);
        worker_ = NULL;
        char text[64];
        snprintf(text, sizeof text, "async after %lu ms", (unsigned long)delay_ms_);
        write_text(context->GetResponse(), text);
        return RQ_NOTIFICATION_FINISH_REQUEST;
    }

  private:
    static DWORD WINAPI work(void *arg)
    {
        ProbeModule *self = static_cast<ProbeModule *>(arg);
        Sleep(self->delay_ms_);
        self->context_->PostCompletion(0);
        return 0;
    }

    IHttpContext *context_ = NULL;
    HANDLE worker_ = NULL;
    DWORD delay_ms_ = 0;
};

class ProbeFactory : public IHttpModuleFactory
{
  public:
    HRESULT GetHttpModule(CHttpModule **module, IModuleAllocator *) override
    {
        *module = new ProbeModule;
        return S_OK;
    }
    VOID Terminate() override { delete this; }
};

} // namespace

HRESULT WINAPI RegisterModule(DWORD, IHttpModuleRegistrationInfo *info, IHttpServer *)
{
    return info->SetRequestNotifications(new ProbeFactory, RQ_EXECUTE_REQUEST_HANDLER, 0);
}
