/* Asynchronous work: the content handler hands the request to a worker thread and
 * returns RQ_NOTIFICATION_PENDING; the worker computes the answer and calls
 * PostCompletion; the server then calls OnAsyncCompletion on its own thread, where the
 * response is written. The module waits there for its worker to end, so that no
 * thread still runs the module's code once the request is over (and the server may
 * unload the module). */
#include <windows.h>
#include <httpserv.h>

#include <stdio.h>

class AsyncModule : public CHttpModule
{
  public:
    REQUEST_NOTIFICATION_STATUS OnExecuteRequestHandler(IHttpContext *context,
                                                        IHttpEventProvider *) override
    {
        context_ = context;
        worker_ = CreateThread(NULL, 0, work, this, 0, NULL);
        if (worker_ == NULL)
            return RQ_NOTIFICATION_CONTINUE; /* the usual handler answers instead */
        return RQ_NOTIFICATION_PENDING;
    }

    REQUEST_NOTIFICATION_STATUS OnAsyncCompletion(IHttpContext *context, DWORD, BOOL,
                                                  IHttpEventProvider *,
                                                  IHttpCompletionInfo *info) override
    {
        WaitForSingleObject(worker_, INFINITE); /* it has posted: it is about to return */
        CloseHandle(worker_);
        worker_ = NULL;
        IHttpResponse *response = context->GetResponse();
        response->SetHeader(HttpHeaderContentType, "text/plain", 10, TRUE);
        HTTP_DATA_CHUNK chunk;
        chunk.DataChunkType = HttpDataChunkFromMemory;
        chunk.FromMemory.pBuffer = answer_;
        chunk.FromMemory.BufferLength = info->GetCompletionBytes();
        DWORD sent;
        response->WriteEntityChunks(&chunk, 1, FALSE, FALSE, &sent);
        return RQ_NOTIFICATION_CONTINUE;
    }

  private:
    static DWORD WINAPI work(void *arg)
    {
        AsyncModule *self = static_cast<AsyncModule *>(arg);
        unsigned long long sum = 0;
        for (unsigned i = 1; i <= 1000; i++)
            sum += i;
        int n = snprintf(self->answer_, sizeof self->answer_, "sum 1..1000 = %llu", sum);
        self->context_->PostCompletion((DWORD)n);
        return 0;
    }

    IHttpContext *context_ = NULL;
    HANDLE worker_ = NULL;
    char answer_[64];
};

class AsyncFactory : public IHttpModuleFactory
{
  public:
    HRESULT GetHttpModule(CHttpModule **module, IModuleAllocator *) override
    {
        *module = new AsyncModule;
        return S_OK;
    }
    VOID Terminate() override { delete this; }
};

HRESULT WINAPI RegisterModule(DWORD, IHttpModuleRegistrationInfo *info, IHttpServer *)
{
    return info->SetRequestNotifications(new AsyncFactory, RQ_EXECUTE_REQUEST_HANDLER, 0);
}
