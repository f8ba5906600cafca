/* Header and cookie rewriting: on the way in, records the client address in
 * X-Forwarded-For; on the way out, marks every cookie HttpOnly and Secure, removes
 * X-Powered-By and adds X-Frame-Options. */
#include <windows.h>
#include <httpserv.h>

#include <new>
#include <string.h>

class SecureHeadersModule : public CHttpModule
{
  public:
    REQUEST_NOTIFICATION_STATUS OnBeginRequest(IHttpContext *context, IHttpEventProvider *) override
    {
        PCSTR address = NULL;
        DWORD length = 0;
        if (SUCCEEDED(context->GetServerVariable("REMOTE_ADDR", &address, &length)))
            context->GetRequest()->SetHeader("X-Forwarded-For", address, (USHORT)length, FALSE);
        return RQ_NOTIFICATION_CONTINUE;
    }

    REQUEST_NOTIFICATION_STATUS OnSendResponse(IHttpContext *context,
                                               ISendResponseProvider *) override
    {
        IHttpResponse *response = context->GetResponse();
        response->DeleteHeader("X-Powered-By");
        response->SetHeader("X-Frame-Options", "DENY", 4, TRUE);
        USHORT length = 0;
        PCSTR cookie = response->GetHeader(HttpHeaderSetCookie, &length);
        if (cookie != NULL && strstr(cookie, "HttpOnly") == NULL) {
            static const char flags[] = "; HttpOnly; Secure";
            char *hardened =
                static_cast<char *>(context->AllocateRequestMemory(length + sizeof flags));
            if (hardened != NULL) {
                memcpy(hardened, cookie, length);
                memcpy(hardened + length, flags, sizeof flags);
                response->SetHeader(HttpHeaderSetCookie, hardened,
                                    (USHORT)(length + sizeof flags - 1), TRUE);
            }
        }
        return RQ_NOTIFICATION_CONTINUE;
    }

    /* Allocated from IModuleAllocator: the server frees the memory with the request. */
    VOID Dispose() override { this->~SecureHeadersModule(); }
};

class SecureHeadersFactory : public IHttpModuleFactory
{
  public:
    HRESULT GetHttpModule(CHttpModule **module, IModuleAllocator *allocator) override
    {
        /* The module lives in request memory: Dispose must not delete it. */
        void *memory = allocator->AllocateMemory(sizeof(SecureHeadersModule));
        if (memory == NULL)
            return E_OUTOFMEMORY;
        *module = new (memory) SecureHeadersModule;
        return S_OK;
    }
    VOID Terminate() override { delete this; }
};

HRESULT WINAPI RegisterModule(DWORD, IHttpModuleRegistrationInfo *info, IHttpServer *)
{
    return info->SetRequestNotifications(new SecureHeadersFactory,
                                         RQ_BEGIN_REQUEST | RQ_SEND_RESPONSE, 0);
}
