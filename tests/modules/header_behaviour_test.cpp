/* What httpserv.h itself defines, beyond declarations: the constants' values, the
 * default handlers of CHttpModule and CGlobalModule (IIS's break into the debugger;
 * w3compat's must log and let the request continue), interface ids and
 * HttpGetExtendedInterface. */
#include <string.h>
#include <wchar.h>

#include <windows.h>
#include <httpserv.h>

#include "w3test.h"

W3_TEST(request_notification_masks)
{
    const DWORD deterministic[] = {RQ_BEGIN_REQUEST,
                                   RQ_AUTHENTICATE_REQUEST,
                                   RQ_AUTHORIZE_REQUEST,
                                   RQ_RESOLVE_REQUEST_CACHE,
                                   RQ_MAP_REQUEST_HANDLER,
                                   RQ_ACQUIRE_REQUEST_STATE,
                                   RQ_PRE_EXECUTE_REQUEST_HANDLER,
                                   RQ_EXECUTE_REQUEST_HANDLER,
                                   RQ_RELEASE_REQUEST_STATE,
                                   RQ_UPDATE_REQUEST_CACHE,
                                   RQ_LOG_REQUEST,
                                   RQ_END_REQUEST};
    /* The pipeline stages are consecutive bits, in pipeline order. */
    for (size_t i = 0; i < ARRAYSIZE(deterministic); i++)
        W3_CHECK_EQ(deterministic[i], 1u << i);
    W3_CHECK_EQ(RQ_SEND_RESPONSE_STATUS_AND_HEADERS, 0x08000000u);
    W3_CHECK_EQ(RQ_CUSTOM_NOTIFICATION, 0x10000000u);
    W3_CHECK_EQ(RQ_SEND_RESPONSE, 0x20000000u);
    W3_CHECK_EQ(RQ_READ_ENTITY, 0x40000000u);
    W3_CHECK_EQ(RQ_MAP_PATH, 0x80000000u);
}

W3_TEST(global_notification_masks)
{
    W3_CHECK_EQ(GL_STOP_LISTENING, 0x2u);
    W3_CHECK_EQ(GL_CACHE_CLEANUP, 0x4u);
    W3_CHECK_EQ(GL_CACHE_OPERATION, 0x10u);
    W3_CHECK_EQ(GL_HEALTH_CHECK, 0x20u);
    W3_CHECK_EQ(GL_CONFIGURATION_CHANGE, 0x40u);
    W3_CHECK_EQ(GL_FILE_CHANGE, 0x80u);
    W3_CHECK_EQ(GL_PRE_BEGIN_REQUEST, 0x100u);
    W3_CHECK_EQ(GL_APPLICATION_START, 0x200u);
    W3_CHECK_EQ(GL_APPLICATION_RESOLVE_MODULES, 0x400u);
    W3_CHECK_EQ(GL_APPLICATION_STOP, 0x800u);
    W3_CHECK_EQ(GL_RSCA_QUERY, 0x1000u);
    W3_CHECK_EQ(GL_TRACE_EVENT, 0x2000u);
    W3_CHECK_EQ(GL_CUSTOM_NOTIFICATION, 0x4000u);
    W3_CHECK_EQ(GL_THREAD_CLEANUP, 0x8000u);
    W3_CHECK_EQ(GL_APPLICATION_PRELOAD, 0x10000u);
    W3_CHECK_EQ(GL_SUSPEND_PROCESS, 0x20000u);
}

W3_TEST(status_enumerations)
{
    W3_CHECK_EQ(RQ_NOTIFICATION_CONTINUE, 0);
    W3_CHECK_EQ(RQ_NOTIFICATION_PENDING, 1);
    W3_CHECK_EQ(RQ_NOTIFICATION_FINISH_REQUEST, 2);
    W3_CHECK_EQ(GL_NOTIFICATION_CONTINUE, 0);
    W3_CHECK_EQ(GL_NOTIFICATION_HANDLED, 1);
    W3_CHECK_EQ(CACHE_OPERATION_RETRIEVE, 0);
    W3_CHECK_EQ(CACHE_OPERATION_ADD, 1);
    W3_CHECK_EQ(CACHE_OPERATION_DELETE, 2);
    W3_CHECK_EQ(CACHE_OPERATION_FLUSH_PREFIX, 3);
    W3_CHECK_EQ(CACHE_OPERATION_ENUM, 4);
    W3_CHECK_EQ(HTTP_SERVER_INTERFACE_V2, 0);
    W3_CHECK_EQ(HTTP_SERVER_INTERFACE_V3, 1);
}

W3_TEST(priority_aliases)
{
    W3_CHECK(wcscmp(PRIORITY_ALIAS_FIRST, L"FIRST") == 0);
    W3_CHECK(wcscmp(PRIORITY_ALIAS_HIGH, L"HIGH") == 0);
    W3_CHECK(wcscmp(PRIORITY_ALIAS_MEDIUM, L"MEDIUM") == 0);
    W3_CHECK(wcscmp(PRIORITY_ALIAS_LOW, L"LOW") == 0);
    W3_CHECK(wcscmp(PRIORITY_ALIAS_LAST, L"LAST") == 0);
    W3_CHECK_STR(MODULE_REGISTERMODULE, "RegisterModule");
}

/* A module that overrides nothing, and tells when it is destroyed. */
class bare_module : public CHttpModule
{
  public:
    explicit bare_module(bool *destroyed) : destroyed_(destroyed) {}
    ~bare_module() { *destroyed_ = true; }

  private:
    bool *destroyed_;
};

W3_TEST(default_request_handlers_continue)
{
    bool destroyed = false;
    CHttpModule *module = new bare_module(&destroyed);
    /* IIS's defaults would call DebugBreak here, which ends a process run without a
     * debugger; these must return and let the request continue. */
    W3_CHECK_EQ(module->OnBeginRequest(NULL, NULL), RQ_NOTIFICATION_CONTINUE);
    W3_CHECK_EQ(module->OnPostEndRequest(NULL, NULL), RQ_NOTIFICATION_CONTINUE);
    W3_CHECK_EQ(module->OnAuthenticateRequest(NULL, NULL), RQ_NOTIFICATION_CONTINUE);
    W3_CHECK_EQ(module->OnSendResponse(NULL, NULL), RQ_NOTIFICATION_CONTINUE);
    W3_CHECK_EQ(module->OnCustomRequestNotification(NULL, NULL), RQ_NOTIFICATION_CONTINUE);
    W3_CHECK_EQ(module->OnAsyncCompletion(NULL, RQ_BEGIN_REQUEST, FALSE, NULL, NULL),
                RQ_NOTIFICATION_CONTINUE);
    W3_CHECK(!destroyed);
    module->Dispose();
    W3_CHECK(destroyed);
}

class bare_global_module : public CGlobalModule
{
  public:
    explicit bare_global_module(int *terminated) : terminated_(terminated) {}
    VOID Terminate()
    {
        ++*terminated_;
        delete this;
    }

  private:
    int *terminated_;
};

W3_TEST(default_global_handlers_continue)
{
    int terminated = 0;
    CGlobalModule *module = new bare_global_module(&terminated);
    W3_CHECK_EQ(module->OnGlobalPreBeginRequest(NULL), GL_NOTIFICATION_CONTINUE);
    W3_CHECK_EQ(module->OnGlobalCacheCleanup(), GL_NOTIFICATION_CONTINUE);
    W3_CHECK_EQ(module->OnGlobalApplicationStart(NULL), GL_NOTIFICATION_CONTINUE);
    W3_CHECK_EQ(module->OnSuspendProcess(NULL), GL_NOTIFICATION_CONTINUE);
    module->Terminate();
    W3_CHECK_EQ(terminated, 1);
}

static bool guid_is(const GUID &g, unsigned long l, unsigned short w1, unsigned short w2,
                    const unsigned char *b)
{
    return g.Data1 == l && g.Data2 == w1 && g.Data3 == w2 && memcmp(g.Data4, b, 8) == 0;
}

W3_TEST(interface_ids)
{
    static const unsigned char ctx3[8] = {0xa3, 0x8e, 0xa4, 0xb7, 0x8a, 0xd8, 0x97, 0xfb};
    W3_CHECK(
        guid_is(w3compat_httpserv_iid<IHttpContext3>::value(), 0xbf53c022, 0xca4b, 0x4349, ctx3));
    static const unsigned char req2[8] = {0xa6, 0x6d, 0x19, 0x27, 0x7c, 0x33, 0xe6, 0x10};
    W3_CHECK(
        guid_is(w3compat_httpserv_iid<IHttpRequest2>::value(), 0xd9244ae1, 0x51f8, 0x4aa1, req2));
    /* The same ids answer __uuidof, as with MSVC (MinGW-w64's or compat's __CRT_UUID_DECL). */
    W3_CHECK(__uuidof(IHttpContext3) == w3compat_httpserv_iid<IHttpContext3>::value());
    IHttpRequest2 *request = NULL;
    W3_CHECK(__uuidof(request) == w3compat_httpserv_iid<IHttpRequest2>::value());
}

/* An IHttpServer2 that answers GetExtendedInterface only, recording what it was asked. */
class extended_interface_server : public IHttpServer2
{
  public:
    const GUID *asked_from = NULL;
    const GUID *asked_for = NULL;
    PVOID input = NULL;
    PVOID answer = NULL;

    HRESULT GetExtendedInterface(HTTP_SERVER_INTERFACE_VERSION version, PVOID *ppInterface)
    {
        if (version != HTTP_SERVER_INTERFACE_V2)
            return E_NOINTERFACE;
        *ppInterface = static_cast<IHttpServer2 *>(this);
        return S_OK;
    }
    HRESULT GetExtendedInterface(const GUID &Version1, PVOID pInput, const GUID &Version2,
                                 PVOID *ppOutput)
    {
        asked_from = &Version1;
        asked_for = &Version2;
        input = pInput;
        *ppOutput = answer;
        return S_OK;
    }

    BOOL IsCommandLineLaunch() const { return FALSE; }
    PCWSTR GetAppPoolName() const { return NULL; }
    HRESULT AssociateWithThreadPool(HANDLE, LPOVERLAPPED_COMPLETION_ROUTINE) { return E_NOTIMPL; }
    VOID IncrementThreadCount() {}
    VOID DecrementThreadCount() {}
    VOID ReportUnhealthy(PCWSTR, HRESULT) {}
    VOID RecycleProcess(PCWSTR) {}
    IAppHostAdminManager *GetAdminManager() const { return NULL; }
    HRESULT GetFileInfo(PCWSTR, HANDLE, PSID, PCWSTR, HANDLE, BOOL, IHttpFileInfo **,
                        IHttpTraceContext *)
    {
        return E_NOTIMPL;
    }
    HRESULT FlushKernelCache(PCWSTR) { return E_NOTIMPL; }
    HRESULT DoCacheOperation(CACHE_OPERATION, IHttpCacheKey *, IHttpCacheSpecificData **,
                             IHttpTraceContext *)
    {
        return E_NOTIMPL;
    }
    GLOBAL_NOTIFICATION_STATUS NotifyCustomNotification(ICustomNotificationProvider *)
    {
        return GL_NOTIFICATION_CONTINUE;
    }
    IHttpPerfCounterInfo *GetPerfCounterInfo() { return NULL; }
    VOID RecycleApplication(PCWSTR) {}
    VOID NotifyConfigurationChange(PCWSTR) {}
    VOID NotifyFileChange(PCWSTR) {}
    IDispensedHttpModuleContextContainer *DispenseContainer() { return NULL; }
    HRESULT AddFragmentToCache(HTTP_DATA_CHUNK *, PCWSTR) { return E_NOTIMPL; }
    HRESULT ReadFragmentFromCache(PCWSTR, BYTE *, DWORD, DWORD *) { return E_NOTIMPL; }
    HRESULT RemoveFragmentFromCache(PCWSTR) { return E_NOTIMPL; }
    HRESULT GetWorkerProcessSettings(IWpfSettings **) { return E_NOTIMPL; }
    HRESULT GetProtocolManagerCustomInterface(PCWSTR, PCWSTR, DWORD, PVOID *) { return E_NOTIMPL; }
    BOOL SatisfiesPrecondition(PCWSTR, BOOL *) const { return FALSE; }
    IHttpTraceContext *GetTraceContext() const { return NULL; }
    HRESULT RegisterFileChangeMonitor(PCWSTR, HANDLE, IHttpFileMonitor **) { return E_NOTIMPL; }
    HRESULT GetToken(PCWSTR, PCWSTR, DWORD, IHttpTokenEntry **, PCWSTR, PSOCKADDR,
                     IHttpTraceContext *)
    {
        return E_NOTIMPL;
    }
    PCWSTR GetAppPoolConfigFile(DWORD *) const { return NULL; }
    HRESULT GetMetadata(PCWSTR, PCWSTR, IReferencedMetadataInfo **) { return E_NOTIMPL; }
    HRESULT GetWorkerProcessFramework(IWorkerProcessFramework **) { return E_NOTIMPL; }
};

W3_TEST(http_get_extended_interface_asks_by_interface_id)
{
    extended_interface_server server;
    int marker, other;
    server.answer = &marker;
    IHttpContext *context = reinterpret_cast<IHttpContext *>(&other);
    IHttpContext3 *context3 = NULL;

    W3_CHECK_EQ_I(HttpGetExtendedInterface(&server, context, &context3), S_OK);
    W3_CHECK(context3 == reinterpret_cast<IHttpContext3 *>(&marker));
    W3_CHECK(server.input == context);
    W3_REQUIRE(server.asked_from != NULL && server.asked_for != NULL);
    W3_CHECK(*server.asked_from == w3compat_httpserv_iid<IHttpContext>::value());
    W3_CHECK(*server.asked_for == w3compat_httpserv_iid<IHttpContext3>::value());
}

/* A server that implements nothing: what IHttpServer itself defines is under test. */
class NoServer : public IHttpServer
{
  public:
    BOOL IsCommandLineLaunch(VOID) const override { return FALSE; }
    PCWSTR GetAppPoolName(VOID) const override { return NULL; }
    HRESULT AssociateWithThreadPool(HANDLE, LPOVERLAPPED_COMPLETION_ROUTINE) override
    {
        return E_NOTIMPL;
    }
    VOID IncrementThreadCount(VOID) override {}
    VOID DecrementThreadCount(VOID) override {}
    VOID ReportUnhealthy(PCWSTR, HRESULT) override {}
    VOID RecycleProcess(PCWSTR) override {}
    IAppHostAdminManager *GetAdminManager(VOID) const override { return NULL; }
    HRESULT GetFileInfo(PCWSTR, HANDLE, PSID, PCWSTR, HANDLE, BOOL, IHttpFileInfo **,
                        IHttpTraceContext *) override
    {
        return E_NOTIMPL;
    }
    HRESULT FlushKernelCache(PCWSTR) override { return E_NOTIMPL; }
    HRESULT DoCacheOperation(CACHE_OPERATION, IHttpCacheKey *, IHttpCacheSpecificData **,
                             IHttpTraceContext *) override
    {
        return E_NOTIMPL;
    }
    GLOBAL_NOTIFICATION_STATUS NotifyCustomNotification(ICustomNotificationProvider *) override
    {
        return GL_NOTIFICATION_CONTINUE;
    }
    IHttpPerfCounterInfo *GetPerfCounterInfo(VOID) override { return NULL; }
    VOID RecycleApplication(PCWSTR) override {}
    VOID NotifyConfigurationChange(PCWSTR) override {}
    VOID NotifyFileChange(PCWSTR) override {}
    IDispensedHttpModuleContextContainer *DispenseContainer(VOID) override { return NULL; }
    HRESULT AddFragmentToCache(HTTP_DATA_CHUNK *, PCWSTR) override { return E_NOTIMPL; }
    HRESULT ReadFragmentFromCache(PCWSTR, BYTE *, DWORD, DWORD *) override { return E_NOTIMPL; }
    HRESULT RemoveFragmentFromCache(PCWSTR) override { return E_NOTIMPL; }
    HRESULT GetWorkerProcessSettings(IWpfSettings **) override { return E_NOTIMPL; }
    HRESULT GetProtocolManagerCustomInterface(PCWSTR, PCWSTR, DWORD, PVOID *) override
    {
        return E_NOTIMPL;
    }
    BOOL SatisfiesPrecondition(PCWSTR, BOOL *) const override { return FALSE; }
    IHttpTraceContext *GetTraceContext(VOID) const override { return NULL; }
    HRESULT RegisterFileChangeMonitor(PCWSTR, HANDLE, IHttpFileMonitor **) override
    {
        return E_NOTIMPL;
    }
    HRESULT GetExtendedInterface(HTTP_SERVER_INTERFACE_VERSION, PVOID *) override
    {
        return E_NOTIMPL;
    }
};

W3_TEST(server_pre_release_members_report_none)
{
    NoServer server;
    IHttpServer *s = &server;
    WCHAR type[64];
    DWORD cch = ARRAYSIZE(type);
    W3_CHECK(s->GetConfigObject() == NULL);
    W3_CHECK_EQ((unsigned long)s->GetManagedType(1, L"/default.aspx", type, &cch),
                (unsigned long)HRESULT_FROM_WIN32(ERROR_NOT_SUPPORTED));
    W3_CHECK_EQ((unsigned long)s->GetManagedType(1, NULL, type, &cch), (unsigned long)E_INVALIDARG);
    W3_CHECK_EQ((unsigned long)s->GetManagedType(1, L"/", type, NULL), (unsigned long)E_INVALIDARG);
    /* Not virtual: IHttpServer's vtable is the 26 methods of IIS's header. */
    W3_CHECK_EQ(sizeof(IHttpServer), sizeof(void *));
}
