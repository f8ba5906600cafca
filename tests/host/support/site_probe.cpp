/* A module for w3host's site tests: a request whose path ends in "/probe" is answered
 * with what the site looks like from inside, one NAME=VALUE a line: the server variables
 * that follow the site (INSTANCE_ID, INSTANCE_NAME, SERVER_NAME, APPL_MD_PATH,
 * APPL_PHYSICAL_PATH) and IHttpSite's GetSiteId and GetSiteName. Other requests go on. */
#include <windows.h>
#include <httpserv.h>

#include <stdio.h>
#include <string.h>

static void add_line(char *out, size_t size, const char *name, const char *value)
{
    size_t used = strlen(out);
    snprintf(out + used, size - used, "%s=%s\n", name, value != NULL ? value : "(none)");
}

class SiteProbe : public CHttpModule
{
  public:
    REQUEST_NOTIFICATION_STATUS OnBeginRequest(IHttpContext *context, IHttpEventProvider *) override
    {
        PCSTR url = context->GetRequest()->GetRawHttpRequest()->pRawUrl;
        size_t len = strcspn(url, "?");
        if (len < 6 || strncmp(url + len - 6, "/probe", 6) != 0)
            return RQ_NOTIFICATION_CONTINUE;
        const size_t size = 4096; /* valid until the response is sent, as IIS requires */
        char *body = static_cast<char *>(context->AllocateRequestMemory(size));
        if (body == NULL)
            return RQ_NOTIFICATION_CONTINUE;
        body[0] = '\0';
        static const char *const names[] = {"INSTANCE_ID", "INSTANCE_NAME", "SERVER_NAME",
                                            "APPL_MD_PATH", "APPL_PHYSICAL_PATH"};
        for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
            PCSTR value = NULL;
            DWORD cch = 0;
            if (FAILED(context->GetServerVariable(names[i], &value, &cch)))
                value = NULL;
            add_line(body, size, names[i], value);
        }
        IHttpSite *site = context->GetSite();
        char number[16], name[256] = "";
        snprintf(number, sizeof number, "%lu", (unsigned long)site->GetSiteId());
        WideCharToMultiByte(CP_UTF8, 0, site->GetSiteName(), -1, name, sizeof name, NULL, NULL);
        add_line(body, size, "SiteId", number);
        add_line(body, size, "SiteName", name);
        IHttpResponse *response = context->GetResponse();
        response->SetHeader(HttpHeaderContentType, "text/plain", 10, TRUE);
        HTTP_DATA_CHUNK chunk;
        chunk.DataChunkType = HttpDataChunkFromMemory;
        chunk.FromMemory.pBuffer = body;
        chunk.FromMemory.BufferLength = (ULONG)strlen(body);
        DWORD sent = 0;
        response->WriteEntityChunks(&chunk, 1, FALSE, FALSE, &sent);
        return RQ_NOTIFICATION_FINISH_REQUEST;
    }
};

class SiteProbeFactory : public IHttpModuleFactory
{
  public:
    HRESULT GetHttpModule(CHttpModule **module, IModuleAllocator *) override
    {
        *module = new SiteProbe;
        return *module ? S_OK : E_OUTOFMEMORY;
    }
    VOID Terminate() override { delete this; }
};

HRESULT WINAPI RegisterModule(DWORD, IHttpModuleRegistrationInfo *info, IHttpServer *)
{
    return info->SetRequestNotifications(new SiteProbeFactory, RQ_BEGIN_REQUEST, 0);
}
