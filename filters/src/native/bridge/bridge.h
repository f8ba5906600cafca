/* The C++ bridge: httpserv.h's interfaces over the engine. Each method forwards to an
 * engine function (native/native.h) or reads an engine field; methods with no meaning
 * here return a documented HRESULT and log once (not_supported). */
#ifndef W3E_BRIDGE_H
#define W3E_BRIDGE_H

#include <windows.h>
#include <httpfilt.h>
#include <httpserv.h>
#include <httptrace.h>

#include <new>

/* llhttp names its parser kinds HTTP_REQUEST and HTTP_RESPONSE, which http.h uses for
 * its structures: inside the bridge, llhttp's get other names. */
#define HTTP_REQUEST W3E_LLHTTP_REQUEST
#define HTTP_RESPONSE W3E_LLHTTP_RESPONSE
extern "C" {
#include "native/native.h"
}
#undef HTTP_REQUEST
#undef HTTP_RESPONSE

namespace w3b
{

/* Logs once per call site that a method is not supported; returns E_NOTIMPL. */
HRESULT not_supported(w3_server *server, volatile LONG *logged, const char *what);
#define W3B_NOT_SUPPORTED(server, what)                                                            \
    ([&]() {                                                                                       \
        static volatile LONG logged_;                                                              \
        return ::w3b::not_supported((server), &logged_, (what));                                   \
    }())

/* Text conversions into an arena (UTF-8 <-> WCHAR). */
PCWSTR wide(w3e_arena *arena, const char *s, DWORD *cch = NULL);
char *narrow(w3e_arena *arena, PCWSTR s, DWORD cch);
/* A copy of s in the arena; NULL for NULL or when out of memory. */
PCWSTR copy_wide(w3e_arena *arena, PCWSTR s);

/* An asynchronous call (async nonzero) that completed now: its completion of `bytes`
 * goes to OnAsyncCompletion and *pending becomes TRUE, if the embedder can post it. */
void complete_async(w3_request *req, BOOL async, DWORD bytes, BOOL *pending);

/* The user name and authentication type of `user` become the request's (those too long
 * for the request's fields are left out). */
void take_user(w3_request *req, IHttpUser *user);

/* IHttpModuleContextContainer for one lifetime: slots by module index. */
class ContextContainer : public IHttpConnectionModuleContextContainer
{
  public:
    ContextContainer(w3_server *server, w3e_arena *arena);
    IHttpStoredContext *GetModuleContext(HTTP_MODULE_ID moduleId) override;
    HRESULT SetModuleContext(IHttpStoredContext *context, HTTP_MODULE_ID moduleId) override;
    IHttpConnectionStoredContext *GetConnectionModuleContext(HTTP_MODULE_ID moduleId) override;
    HRESULT SetConnectionModuleContext(IHttpConnectionStoredContext *context,
                                       HTTP_MODULE_ID moduleId) override;
    /* CleanupStoredContext of every stored context, once. */
    void Cleanup(bool disconnect = false);

  private:
    IHttpStoredContext **slots_;
    bool *connection_;
    unsigned count_;
};

/* INamedContextContainer of a request (IHttpContext3): stored contexts by name. */
class NamedContainer : public INamedContextContainer
{
  public:
    explicit NamedContainer(w3e_arena *arena) : arena_(arena) {}
    IHttpStoredContext *GetNamedContext(LPCWSTR name) override;
    HRESULT SetNamedContext(IHttpStoredContext *context, LPCWSTR name) override;
    /* CleanupStoredContext of every stored context, once. */
    void Cleanup();

  private:
    struct entry {
        entry *next;
        PCWSTR name;
        IHttpStoredContext *context;
    };
    w3e_arena *arena_;
    entry *first_ = NULL;
};

/* HTTP_MODULE_ID of a module: its index + 1, never NULL (Decision 17). */
inline HTTP_MODULE_ID module_id(const w3e_module *m)
{
    return reinterpret_cast<HTTP_MODULE_ID>(static_cast<UINT_PTR>(m->index) + 1);
}

/* IHttpTraceContext: events a module raises go to the global modules subscribed to
 * GL_TRACE_EVENT (there is no ETW here). */
class TraceContext : public IHttpTraceContext
{
  public:
    TraceContext(w3_server *s, w3_request *r);
    HRESULT GetTraceConfiguration(HTTP_TRACE_CONFIGURATION *config) override;
    HRESULT SetTraceConfiguration(HTTP_MODULE_ID, HTTP_TRACE_CONFIGURATION *, DWORD) override;
    HRESULT RaiseTraceEvent(HTTP_TRACE_EVENT *event) override;
    LPCGUID GetTraceActivityId() override { return &activity_; }
    HRESULT QuickTrace(PCWSTR data1, PCWSTR data2, HRESULT hr, UCHAR level) override;

  private:
    w3_server *server_;
    w3_request *req_; /* NULL at server level */
    GUID activity_;
};

/* Performance counters by index (0 to W3B_PERF_COUNTER_COUNT - 1), 64-bit, updated
 * with interlocked adds; an index out of range is ignored and logged once. */
enum { W3B_PERF_COUNTER_COUNT = 64 };
class PerfCounters : public IHttpPerfCounterInfo
{
  public:
    explicit PerfCounters(w3_server *s) : server_(s), values_() {}
    VOID IncrementCounter(DWORD index, DWORD value = 1) override;
    VOID DecrementCounter(DWORD index, DWORD value = 1) override;
    LONG64 value(DWORD index);

  private:
    void add(DWORD index, LONG64 delta);
    w3_server *server_;
    volatile LONG64 values_[W3B_PERF_COUNTER_COUNT];
};

/* IHttpServer::GetFileInfo: a reference-counted IHttpFileInfo for a physical path. */
HRESULT open_file_info(w3_server *server, PCWSTR path, PCWSTR vr_path, HANDLE vr_token,
                       IHttpFileInfo **info);

class Site : public IHttpSite
{
  public:
    explicit Site(w3_server *s)
        : server_(s), container_(s, s->arena), name_(wide(s->arena, "Default Web Site")),
          counters_(s)
    {
    }
    DWORD GetSiteId() const override { return server_->cfg.instance_id; }
    PCWSTR GetSiteName() const override { return name_; }
    IHttpModuleContextContainer *GetModuleContextContainer() override { return &container_; }
    IHttpPerfCounterInfo *GetPerfCounterInfo() override;
    ContextContainer &container() { return container_; }
    PerfCounters &counters() { return counters_; }

  private:
    w3_server *server_;
    ContextContainer container_;
    PCWSTR name_;
    PerfCounters counters_;
};

/* The server's one application: the site's root. */
class Application : public IHttpApplication
{
  public:
    explicit Application(w3_server *s)
        : container_(s, s->arena), path_(wide(s->arena, s->cfg.document_root)),
          id_(wide(s->arena, "/LM/W3SVC/1/ROOT")),
          config_path_(wide(s->arena, "MACHINE/WEBROOT/APPHOST/Default Web Site"))
    {
    }
    PCWSTR GetApplicationPhysicalPath() const override { return path_; }
    PCWSTR GetApplicationId() const override { return id_; }
    PCWSTR GetAppConfigPath() const override { return config_path_; }
    IHttpModuleContextContainer *GetModuleContextContainer() override { return &container_; }
    ContextContainer &container() { return container_; }

  private:
    ContextContainer container_;
    PCWSTR path_, id_, config_path_;
};

class Server : public IHttpServer2
{
  public:
    explicit Server(w3_server *s)
        : server_(s), app_pool_(wide(s->arena, s->cfg.app_pool_name)), trace_(s, NULL),
          counters_(s), site(s), application(s)
    {
    }
    BOOL IsCommandLineLaunch() const override { return TRUE; }
    PCWSTR GetAppPoolName() const override { return app_pool_; }
    HRESULT AssociateWithThreadPool(HANDLE, LPOVERLAPPED_COMPLETION_ROUTINE) override;
    VOID IncrementThreadCount() override {}
    VOID DecrementThreadCount() override {}
    VOID ReportUnhealthy(PCWSTR reason, HRESULT hr) override;
    VOID RecycleProcess(PCWSTR reason) override;
    IAppHostAdminManager *GetAdminManager() const override;
    HRESULT GetFileInfo(PCWSTR, HANDLE, PSID, PCWSTR, HANDLE, BOOL, IHttpFileInfo **,
                        IHttpTraceContext *) override;
    HRESULT FlushKernelCache(PCWSTR) override;
    HRESULT DoCacheOperation(CACHE_OPERATION, IHttpCacheKey *, IHttpCacheSpecificData **,
                             IHttpTraceContext *) override;
    GLOBAL_NOTIFICATION_STATUS NotifyCustomNotification(ICustomNotificationProvider *) override;
    IHttpPerfCounterInfo *GetPerfCounterInfo() override;
    VOID RecycleApplication(PCWSTR) override;
    VOID NotifyConfigurationChange(PCWSTR path) override;
    VOID NotifyFileChange(PCWSTR file) override;
    IDispensedHttpModuleContextContainer *DispenseContainer() override;
    HRESULT AddFragmentToCache(HTTP_DATA_CHUNK *, PCWSTR) override;
    HRESULT ReadFragmentFromCache(PCWSTR, BYTE *, DWORD, DWORD *) override;
    HRESULT RemoveFragmentFromCache(PCWSTR) override;
    HRESULT GetWorkerProcessSettings(IWpfSettings **) override;
    HRESULT GetProtocolManagerCustomInterface(PCWSTR, PCWSTR, DWORD, PVOID *) override;
    BOOL SatisfiesPrecondition(PCWSTR, BOOL *) const override;
    IHttpTraceContext *GetTraceContext() const override
    {
        return const_cast<TraceContext *>(&trace_);
    }
    HRESULT RegisterFileChangeMonitor(PCWSTR, HANDLE, IHttpFileMonitor **) override;
    HRESULT GetExtendedInterface(HTTP_SERVER_INTERFACE_VERSION, PVOID *) override;
    /* IHttpServer2 */
    HRESULT GetToken(PCWSTR, PCWSTR, DWORD, IHttpTokenEntry **, PCWSTR, PSOCKADDR,
                     IHttpTraceContext *) override;
    PCWSTR GetAppPoolConfigFile(DWORD *cch) const override;
    HRESULT GetExtendedInterface(const GUID &from, PVOID input, const GUID &to,
                                 PVOID *output) override;
    HRESULT GetMetadata(PCWSTR, PCWSTR, IReferencedMetadataInfo **) override;
    HRESULT GetWorkerProcessFramework(IWorkerProcessFramework **) override;

    w3_server *engine() const { return server_; }
    PerfCounters &counters() { return counters_; }

  private:
    w3_server *server_;
    PCWSTR app_pool_;
    TraceContext trace_;
    PerfCounters counters_;

  public:
    Site site;
    Application application;
};

inline Server *server_of(w3_server *s)
{
    return static_cast<Server *>(s->bridge);
}

class Connection : public IHttpConnection
{
  public:
    explicit Connection(w3_conn *c) : conn_(c), container_(c->server, c->arena) {}
    BOOL IsConnected() const override { return !conn_->closing && !conn_->wants_close; }
    VOID *AllocateMemory(DWORD cb) override;
    IHttpConnectionModuleContextContainer *GetModuleContextContainer() override
    {
        return &container_;
    }
    ContextContainer &container() { return container_; }

  private:
    w3_conn *conn_;
    ContextContainer container_;
};

class Context;

class Request : public IHttpRequest
{
  public:
    explicit Request(w3_request *r) : req_(r) {}
    HTTP_REQUEST *GetRawHttpRequest() override;
    const HTTP_REQUEST *GetRawHttpRequest() const override;
    PCSTR GetHeader(PCSTR name, USHORT *cch) const override;
    PCSTR GetHeader(HTTP_HEADER_ID id, USHORT *cch) const override;
    HRESULT SetHeader(PCSTR name, PCSTR value, USHORT cch, BOOL replace) override;
    HRESULT SetHeader(HTTP_HEADER_ID id, PCSTR value, USHORT cch, BOOL replace) override;
    HRESULT DeleteHeader(PCSTR name) override;
    HRESULT DeleteHeader(HTTP_HEADER_ID id) override;
    PCSTR GetHttpMethod() const override { return req_->method; }
    HRESULT SetHttpMethod(PCSTR method) override { return w3e_mreq_set_method(req_, method); }
    HRESULT SetUrl(PCWSTR url, DWORD cch, BOOL reset_query) override;
    HRESULT SetUrl(PCSTR url, DWORD cch, BOOL reset_query) override;
    BOOL GetUrlChanged() const override { return req_->original_url != NULL; }
    PCWSTR GetForwardedUrl() const override;
    PSOCKADDR GetLocalAddress() const override;
    PSOCKADDR GetRemoteAddress() const override;
    HRESULT ReadEntityBody(VOID *buf, DWORD cb, BOOL async, DWORD *received,
                           BOOL *pending) override;
    HRESULT InsertEntityBody(VOID *buf, DWORD cb) override
    {
        return w3e_mreq_insert_body(req_, buf, cb);
    }
    DWORD GetRemainingEntityBytes() override { return w3e_mreq_remaining(req_); }
    VOID GetHttpVersion(USHORT *major, USHORT *minor) const override;
    HRESULT GetClientCertificate(HTTP_SSL_CLIENT_CERT_INFO **, BOOL *) override;
    HRESULT NegotiateClientCertificate(BOOL, BOOL *) override;
    DWORD GetSiteId() const override { return req_->conn->server->cfg.instance_id; }
    HRESULT GetHeaderChanges(DWORD, DWORD *, PCSTR *, DWORD *, PCSTR **, PCSTR **, DWORD *, DWORD *,
                             DWORD **) override;

  private:
    w3_request *req_;
    mutable HTTP_REQUEST raw_;
    mutable SOCKADDR_STORAGE local_, remote_;
};

class Response : public IHttpResponse
{
  public:
    explicit Response(w3_request *r) : req_(r) {}
    HTTP_RESPONSE *GetRawHttpResponse() override;
    const HTTP_RESPONSE *GetRawHttpResponse() const override;
    IHttpCachePolicy *GetCachePolicy() override { return NULL; }
    HRESULT SetStatus(USHORT status, PCSTR reason, USHORT sub, HRESULT hr,
                      IAppHostConfigException *, BOOL) override;
    HRESULT SetHeader(PCSTR name, PCSTR value, USHORT cch, BOOL replace) override;
    HRESULT SetHeader(HTTP_HEADER_ID id, PCSTR value, USHORT cch, BOOL replace) override;
    HRESULT DeleteHeader(PCSTR name) override { return w3e_mresp_delete_header(req_, name); }
    HRESULT DeleteHeader(HTTP_HEADER_ID id) override;
    PCSTR GetHeader(PCSTR name, USHORT *cch) const override;
    PCSTR GetHeader(HTTP_HEADER_ID id, USHORT *cch) const override;
    VOID Clear() override { w3e_mresp_clear(req_); }
    VOID ClearHeaders() override { w3e_mresp_clear_headers(req_); }
    VOID SetNeedDisconnect() override { req_->keep_alive = 0; }
    VOID ResetConnection() override;
    VOID DisableKernelCache(ULONG) override {}
    BOOL GetKernelCacheEnabled() const override { return FALSE; }
    VOID SuppressHeaders() override { req_->headers_suppressed = 1; }
    BOOL GetHeadersSuppressed() const override { return req_->headers_suppressed; }
    HRESULT Flush(BOOL async, BOOL more, DWORD *sent, BOOL *pending) override;
    HRESULT Redirect(PCSTR url, BOOL reset_status, BOOL include_query) override
    {
        return w3e_mresp_redirect(req_, url, reset_status, include_query);
    }
    HRESULT WriteEntityChunkByReference(HTTP_DATA_CHUNK *chunk, LONG position) override;
    HRESULT WriteEntityChunks(HTTP_DATA_CHUNK *chunks, DWORD n, BOOL async, BOOL more, DWORD *sent,
                              BOOL *pending) override;
    VOID DisableBuffering() override { req_->buffering_disabled = 1; }
    VOID GetStatus(USHORT *status, USHORT *sub, PCSTR *reason, USHORT *, HRESULT *, PCWSTR *,
                   DWORD *, IAppHostConfigException **, BOOL *) override;
    HRESULT SetErrorDescription(PCWSTR text, DWORD cch, BOOL html_encode) override;
    PCWSTR GetErrorDescription(DWORD *cch) override;
    HRESULT GetHeaderChanges(DWORD, DWORD *, PCSTR *, DWORD *, PCSTR **, PCSTR **, DWORD *, DWORD *,
                             DWORD **) override;
    VOID CloseConnection() override { ResetConnection(); }

  private:
    HRESULT write_chunk(const HTTP_DATA_CHUNK *chunk, int prepend);
    w3_request *req_;
    PCWSTR error_description_ = NULL;
    DWORD error_description_len_ = 0;
};

class User : public IHttpUser
{
  public:
    explicit User(w3_request *r) : req_(r) {}
    PCWSTR GetRemoteUserName() override { return wide(req_->arena, req_->user); }
    PCWSTR GetUserName() override { return wide(req_->arena, req_->user); }
    PCWSTR GetAuthenticationType() override { return wide(req_->arena, req_->auth_type); }
    PCWSTR GetPassword() override { return wide(req_->arena, req_->password); }
    HANDLE GetImpersonationToken() override { return NULL; }
    HANDLE GetPrimaryToken() override { return NULL; }
    VOID ReferenceUser() override {}
    VOID DereferenceUser() override {}
    BOOL SupportsIsInRole() override { return FALSE; }
    HRESULT IsInRole(PCWSTR, BOOL *) override;
    PVOID GetUserVariable(PCSTR) override { return NULL; }

  private:
    w3_request *req_;
};

class ModuleAllocator : public IModuleAllocator
{
  public:
    explicit ModuleAllocator(w3_request *r) : req_(r) {}
    VOID *AllocateMemory(DWORD cb) override { return w3e_arena_alloc(req_->arena, cb); }

  private:
    w3_request *req_;
};

class Context : public IHttpContext4
{
  public:
    explicit Context(w3_request *r);
    IHttpSite *GetSite() override { return &server_of(req_->conn->server)->site; }
    IHttpApplication *GetApplication() override
    {
        return &server_of(req_->conn->server)->application;
    }
    IHttpConnection *GetConnection() override;
    IHttpRequest *GetRequest() override { return &request_; }
    IHttpResponse *GetResponse() override { return &response_; }
    BOOL GetResponseHeadersSent() const override { return req_->response_sent; }
    IHttpUser *GetUser() const override { return const_cast<User *>(&user_); }
    IHttpModuleContextContainer *GetModuleContextContainer() override { return &container_; }
    VOID IndicateCompletion(REQUEST_NOTIFICATION_STATUS status) override;
    HRESULT PostCompletion(DWORD cb) override;
    VOID DisableNotifications(DWORD notifications, DWORD post_notifications) override;
    BOOL GetNextNotification(REQUEST_NOTIFICATION_STATUS, DWORD *, BOOL *, CHttpModule **,
                             IHttpEventProvider **) override;
    BOOL GetIsLastNotification(REQUEST_NOTIFICATION_STATUS status) override;
    HRESULT ExecuteRequest(BOOL, IHttpContext *, DWORD, IHttpUser *, BOOL *) override;
    DWORD GetExecuteFlags() const override { return req_->execute_flags; }
    HRESULT GetServerVariable(PCSTR name, PCWSTR *value, DWORD *cch) override;
    HRESULT GetServerVariable(PCSTR name, PCSTR *value, DWORD *cch) override;
    HRESULT SetServerVariable(PCSTR name, PCWSTR value) override;
    VOID *AllocateRequestMemory(DWORD cb) override { return w3e_arena_alloc(req_->arena, cb); }
    IHttpUrlInfo *GetUrlInfo() override { return NULL; }
    IMetadataInfo *GetMetadata() override { return NULL; }
    PCWSTR GetPhysicalPath(DWORD *cch) override;
    PCWSTR GetScriptName(DWORD *cch) const override;
    PCWSTR GetScriptTranslated(DWORD *cch) override { return GetPhysicalPath(cch); }
    IScriptMapInfo *GetScriptMap() const override { return NULL; }
    VOID SetRequestHandled() override { req_->resp_touched = 1; }
    IHttpFileInfo *GetFileInfo() const override { return NULL; }
    HRESULT MapPath(PCWSTR url, PWSTR physical, DWORD *cb) override;
    HRESULT NotifyCustomNotification(ICustomNotificationProvider *provider,
                                     BOOL *completion_expected) override;
    IHttpContext *GetParentContext() const override;
    IHttpContext *GetRootContext() const override;
    HRESULT CloneContext(DWORD, IHttpContext **) override;
    HRESULT ReleaseClonedContext() override;
    HRESULT GetCurrentExecutionStats(DWORD *, DWORD *, PCWSTR *, DWORD *, DWORD *,
                                     DWORD *) const override;
    IHttpTraceContext *GetTraceContext() const override
    {
        return const_cast<TraceContext *>(&trace_);
    }
    HRESULT GetServerVarChanges(DWORD, DWORD *, DWORD *, PCSTR **, PCWSTR **, DWORD *,
                                DWORD **) override;
    HRESULT CancelIo() override;
    HRESULT MapHandler(DWORD, PCWSTR, PCWSTR, PCSTR, IScriptMapInfo **, BOOL) override;
    HRESULT GetExtendedInterface(HTTP_CONTEXT_INTERFACE_VERSION, PVOID *) override;
    /* IHttpContext2..4 */
    IHttpUser *GetOriginalUser() const override { return GetUser(); }
    INamedContextContainer *GetNamedContextContainer() override;
    VOID EnableFullDuplex() override;
    HRESULT InheritServerVariable(PCSTR, BOOL) override;
    HRESULT PostCompletion(DWORD cb, LPOVERLAPPED_COMPLETION_ROUTINE routine,
                           VOID *context) override;
    ULONGLONG GetRequestStartTime() override { return req_->start_tick; }
    ULONGLONG GetRequestElapsedTime() override { return GetTickCount64() - req_->start_tick; }

    w3_request *engine() const { return req_; }
    ModuleAllocator allocator;
    ContextContainer &container() { return container_; }

  private:
    w3_request *req_;
    Request request_;
    Response response_;
    User user_;
    ContextContainer container_;
    TraceContext trace_;

  public:
    NamedContainer named;
};

/* The request's bridge objects, created on first use in the request's pool. */
Context *context_of(w3_request *req);

/* A request notification's provider (an IHttpEventProvider of kind I), on the stack of
 * the call: SetErrorStatus records the module's error on the request. */
template <class I> class RequestEvent : public I
{
  public:
    explicit RequestEvent(w3_request *r) : req_(r) {}
    VOID SetErrorStatus(HRESULT hr) override { req_->error_status = hr; }

  protected:
    w3_request *req_;
};

} // namespace w3b

#endif
