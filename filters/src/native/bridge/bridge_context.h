/* The bridge's request-level objects: IHttpConnection, IHttpRequest, IHttpResponse,
 * IHttpUser, IModuleAllocator, IHttpContext, and the base of request event providers. */
#ifndef W3E_BRIDGE_CONTEXT_H
#define W3E_BRIDGE_CONTEXT_H

#include "bridge_server.h"

namespace w3b
{

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

/* IMetadataInfo of a request: the configuration path of its URL, which modules give
 * IAppHostAdminManager::GetAdminSection, and its virtual directory. */
class Metadata : public IMetadataInfo
{
  public:
    explicit Metadata(w3_request *r) : req_(r) {}
    PCWSTR GetMetaPath() const override;
    PCWSTR GetVrPath() const override;
    IHttpTokenEntry *GetVrToken() override { return NULL; }
    IHttpModuleContextContainer *GetModuleContextContainer() override;

  private:
    w3_request *req_;
};

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
    IMetadataInfo *GetMetadata() override { return &metadata_; }
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
    Metadata metadata_;

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
