/* A typical IIS native module, written as the IIS walkthroughs write them, built here
 * unchanged with -Wall -Wextra -Werror as a Linux .so and a MinGW .dll. Building it is
 * the test; loading and running it needs the request pipeline. */
#define _WINSOCKAPI_
#include <windows.h>
#include <sal.h>
#include <httpserv.h>

static HTTP_MODULE_ID g_pModuleId = NULL;

// Counts the requests of one connection in a module context.
class CRequestCountContext : public IHttpStoredContext
{
  public:
    CRequestCountContext() : m_cRequests(0) {}

    VOID CleanupStoredContext() { delete this; }

    DWORD m_cRequests;
};

class CHelloWorldModule : public CHttpModule
{
  public:
    REQUEST_NOTIFICATION_STATUS
    OnBeginRequest(IN IHttpContext *pHttpContext, IN IHttpEventProvider *pProvider)
    {
        UNREFERENCED_PARAMETER(pProvider);

        IHttpResponse *pHttpResponse = pHttpContext->GetResponse();
        if (pHttpResponse == NULL) {
            return RQ_NOTIFICATION_CONTINUE;
        }

        IHttpModuleContextContainer *pContainer =
            pHttpContext->GetConnection()->GetModuleContextContainer();
        CRequestCountContext *pCount =
            (CRequestCountContext *)pContainer->GetModuleContext(g_pModuleId);
        if (pCount == NULL) {
            pCount = new CRequestCountContext;
            if (FAILED(pContainer->SetModuleContext(pCount, g_pModuleId))) {
                pCount->CleanupStoredContext();
                return RQ_NOTIFICATION_CONTINUE;
            }
        }
        pCount->m_cRequests++;

        pHttpResponse->Clear();
        pHttpResponse->SetHeader(HttpHeaderContentType, "text/plain", (USHORT)strlen("text/plain"),
                                 TRUE);

        PCSTR pszBuffer = "Hello World!";
        HTTP_DATA_CHUNK dataChunk;
        dataChunk.DataChunkType = HttpDataChunkFromMemory;
        dataChunk.FromMemory.pBuffer = (PVOID)pszBuffer;
        dataChunk.FromMemory.BufferLength = (USHORT)strlen(pszBuffer);

        DWORD cbSent;
        HRESULT hr = pHttpResponse->WriteEntityChunks(&dataChunk, 1, FALSE, TRUE, &cbSent);
        if (FAILED(hr)) {
            pHttpResponse->SetStatus(500, "Server Error", 0, hr);
        }
        return RQ_NOTIFICATION_FINISH_REQUEST;
    }
};

class CHelloWorldFactory : public IHttpModuleFactory
{
  public:
    HRESULT
    GetHttpModule(OUT CHttpModule **ppModule, IN IModuleAllocator *pAllocator)
    {
        UNREFERENCED_PARAMETER(pAllocator);

        CHelloWorldModule *pModule = new CHelloWorldModule;
        if (!pModule) {
            return HRESULT_FROM_WIN32(ERROR_NOT_ENOUGH_MEMORY);
        }
        *ppModule = pModule;
        return S_OK;
    }

    void Terminate() { delete this; }
};

HRESULT
__stdcall RegisterModule(DWORD dwServerVersion, IHttpModuleRegistrationInfo *pModuleInfo,
                         IHttpServer *pGlobalInfo)
{
    UNREFERENCED_PARAMETER(dwServerVersion);
    UNREFERENCED_PARAMETER(pGlobalInfo);

    g_pModuleId = pModuleInfo->GetId();

    return pModuleInfo->SetRequestNotifications(new CHelloWorldFactory, RQ_BEGIN_REQUEST, 0);
}
