/* An asynchronous module for w3host's tests: the content handler hands the request to a
 * worker thread that sleeps for the number of milliseconds in the query string (?1500)
 * and posts its completion; the response "slow done" is written on the server's thread.
 * Long enough to outlast the host's timeouts and a shutdown deadline. */
#include <windows.h>
#include <httpserv.h>

#include <stdlib.h>

class SlowModule : public CHttpModule
{
  public:
    REQUEST_NOTIFICATION_STATUS OnExecuteRequestHandler(IHttpContext *context,
                                                        IHttpEventProvider *) override
    {
        PCSTR query = NULL;
        DWORD length = 0;
        if (SUCCEEDED(context->GetServerVariable("QUERY_STRING", &query, &length)) && length > 0)
            delay_ms_ = (DWORD)strtoul(query, NULL, 10);
        context_ = context;
        worker_ = CreateThread(NULL, 0, work, this, 0, NULL);
        return worker_ != NULL ? RQ_NOTIFICATION_PENDING : RQ_NOTIFICATION_CONTINUE;
    }

    REQUEST_NOTIFICATION_STATUS OnAsyncCompletion(IHttpContext *context, DWORD, BOOL,
                                                  IHttpEventProvider *,
                                                  IHttpCompletionInfo *) override
    {
        WaitForSingleObject(worker_, INFINITE);
        CloseHandle(worker_);
        worker_ = NULL;
        static char text[] = "slow done";
        IHttpResponse *response = context->GetResponse();
        response->SetHeader(HttpHeaderContentType, "text/plain", 10, TRUE);
        HTTP_DATA_CHUNK chunk;
        chunk.DataChunkType = HttpDataChunkFromMemory;
        chunk.FromMemory.pBuffer = text;
        chunk.FromMemory.BufferLength = sizeof text - 1;
        DWORD sent;
        response->WriteEntityChunks(&chunk, 1, FALSE, FALSE, &sent);
        return RQ_NOTIFICATION_CONTINUE;
    }

    /* A request ended while the worker runs (the client went away): wait for it. */
    VOID Dispose() override
    {
        if (worker_ != NULL) {
            WaitForSingleObject(worker_, INFINITE);
            CloseHandle(worker_);
        }
        delete this;
    }

  private:
    static DWORD WINAPI work(void *arg)
    {
        SlowModule *self = static_cast<SlowModule *>(arg);
        Sleep(self->delay_ms_);
        self->context_->PostCompletion(0);
        return 0;
    }

    IHttpContext *context_ = NULL;
    HANDLE worker_ = NULL;
    DWORD delay_ms_ = 0;
};

class SlowFactory : public IHttpModuleFactory
{
  public:
    HRESULT GetHttpModule(CHttpModule **module, IModuleAllocator *) override
    {
        *module = new SlowModule;
        return S_OK;
    }
    VOID Terminate() override { delete this; }
};

HRESULT WINAPI RegisterModule(DWORD, IHttpModuleRegistrationInfo *info, IHttpServer *)
{
    return info->SetRequestNotifications(new SlowFactory, RQ_EXECUTE_REQUEST_HANDLER, 0);
}
