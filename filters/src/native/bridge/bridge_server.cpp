/* Server-level bridge objects: IHttpServer, the trace context, the providers of the
 * global notifications a module raises through the server (cache operations, trace
 * events, configuration and file changes, custom ones), dispensed containers. */
#include "bridge_context.h"

#include <stdio.h>
#include <string.h>
#include <wchar.h>

namespace w3b
{

HRESULT Server::AssociateWithThreadPool(HANDLE, LPOVERLAPPED_COMPLETION_ROUTINE)
{
    return W3B_NOT_SUPPORTED(server_, "IHttpServer::AssociateWithThreadPool");
}

VOID Server::ReportUnhealthy(PCWSTR reason, HRESULT hr)
{
    char *text = narrow(server_->arena, reason, (DWORD)-1);
    w3e_log(server_, W3_LOG_ERROR, "a module reports the worker unhealthy: %s (0x%08lx)",
            text ? text : "", (unsigned long)(DWORD)hr);
    server_->unhealthy = 1;
    snprintf(server_->unhealthy_reason, sizeof server_->unhealthy_reason, "%s (0x%08lx)",
             text ? text : "", (unsigned long)(DWORD)hr);
}

VOID Server::RecycleProcess(PCWSTR reason)
{
    char *text = narrow(server_->arena, reason, (DWORD)-1);
    w3e_log(server_, W3_LOG_ERROR, "a module asks for the worker to be recycled: %s",
            text ? text : "");
}

IAppHostAdminManager *Server::GetAdminManager() const
{
    /* As IIS's, the pointer is the server's: no reference is added for the caller. */
    return static_cast<IAppHostAdminManager *>(server_->admin_manager);
}

/* The user token and SID are not checked (files are opened as the server's user), and
 * fCache changes nothing: every call reads the file afresh. */
HRESULT Server::GetFileInfo(PCWSTR path, HANDLE, PSID, PCWSTR vr_path, HANDLE vr_token, BOOL,
                            IHttpFileInfo **info, IHttpTraceContext *)
{
    return open_file_info(server_, path, vr_path, vr_token, info);
}

HRESULT Server::FlushKernelCache(PCWSTR)
{
    return S_OK; /* there is no kernel cache to flush */
}

/* GL_CACHE_OPERATION: the cache is whatever global modules implement. */
class CacheProvider : public ICacheProvider
{
  public:
    CacheProvider(CACHE_OPERATION op, IHttpCacheKey *key, IHttpTraceContext *trace)
        : op_(op), key_(key), trace_(trace)
    {
    }
    VOID SetErrorStatus(HRESULT) override {}
    CACHE_OPERATION GetCacheOperation() const override { return op_; }
    IHttpCacheKey *GetCacheKey() const override { return key_; }
    IHttpCacheSpecificData *GetCacheRecord() const override { return record_; }
    VOID SetCacheRecord(IHttpCacheSpecificData *record) override { record_ = record; }
    IHttpTraceContext *GetTraceContext() const override { return trace_; }

  private:
    CACHE_OPERATION op_;
    IHttpCacheKey *key_;
    IHttpTraceContext *trace_;
    IHttpCacheSpecificData *record_ = NULL;
};

HRESULT Server::DoCacheOperation(CACHE_OPERATION op, IHttpCacheKey *key,
                                 IHttpCacheSpecificData **data, IHttpTraceContext *trace)
{
    if (key == NULL)
        return HRESULT_FROM_WIN32(ERROR_INVALID_PARAMETER);
    CacheProvider provider(op, key, trace);
    w3e_modules_global(server_, GL_CACHE_OPERATION, &provider);
    if (data != NULL)
        *data = provider.GetCacheRecord();
    return S_OK;
}

class TraceEventProvider : public IGlobalTraceEventProvider
{
  public:
    TraceEventProvider(HTTP_TRACE_EVENT *event, w3_request *req) : event_(event), req_(req) {}
    VOID SetErrorStatus(HRESULT) override {}
    HRESULT GetTraceEvent(HTTP_TRACE_EVENT **event) override
    {
        if (event == NULL)
            return HRESULT_FROM_WIN32(ERROR_INVALID_PARAMETER);
        *event = event_;
        return S_OK;
    }
    BOOL CheckSubscription(HTTP_MODULE_ID) override { return TRUE; }
    HRESULT GetCurrentHttpRequestContext(IHttpContext **context) override
    {
        if (context == NULL)
            return HRESULT_FROM_WIN32(ERROR_INVALID_PARAMETER);
        *context = req_ != NULL ? context_of(req_) : NULL;
        return req_ != NULL ? S_OK : HRESULT_FROM_WIN32(ERROR_NOT_FOUND);
    }

  private:
    HTTP_TRACE_EVENT *event_;
    w3_request *req_;
};

TraceContext::TraceContext(w3_server *s, w3_request *r) : server_(s), req_(r)
{
    static volatile LONG counter;
    memset(&activity_, 0, sizeof activity_);
    activity_.Data1 = (unsigned long)InterlockedIncrement(&counter);
    activity_.Data4[7] = 0x57; /* 'W': ids of this server's activities */
}

HRESULT TraceContext::GetTraceConfiguration(HTTP_TRACE_CONFIGURATION *config)
{
    if (config == NULL)
        return HRESULT_FROM_WIN32(ERROR_INVALID_PARAMETER);
    int subscribed = 0;
    for (unsigned i = 0; i < server_->module_count; i++)
        subscribed |= (server_->modules[i]->global_mask & GL_TRACE_EVENT) != 0;
    config->dwAreas = subscribed ? 0xFFFFFFFFu : 0;
    config->dwVerbosity = subscribed ? 5 : 0; /* TRACE_LEVEL_VERBOSE */
    config->fProviderEnabled = subscribed;
    return S_OK;
}

HRESULT TraceContext::SetTraceConfiguration(HTTP_MODULE_ID, HTTP_TRACE_CONFIGURATION *, DWORD)
{
    return W3B_NOT_SUPPORTED(server_, "IHttpTraceContext::SetTraceConfiguration");
}

HRESULT TraceContext::RaiseTraceEvent(HTTP_TRACE_EVENT *event)
{
    if (event == NULL)
        return HRESULT_FROM_WIN32(ERROR_INVALID_PARAMETER);
    TraceEventProvider provider(event, req_);
    w3e_modules_global(server_, GL_TRACE_EVENT, &provider);
    return S_OK;
}

static void text_item(HTTP_TRACE_EVENT_ITEM *item, PCWSTR name, PCWSTR text)
{
    if (text == NULL)
        text = L"";
    item->pszName = name;
    item->dwDataType = HTTP_TRACE_TYPE_LPCWSTR;
    item->pbData = (PBYTE)text;
    item->cbData = (DWORD)(sizeof(WCHAR) * (wcslen(text) + 1));
}

HRESULT TraceContext::QuickTrace(PCWSTR data1, PCWSTR data2, HRESULT hr, UCHAR level)
{
    HTTP_TRACE_EVENT_ITEM items[3];
    memset(items, 0, sizeof items);
    text_item(&items[0], L"Data1", data1);
    text_item(&items[1], L"Data2", data2);
    items[2].pszName = L"ErrorCode";
    items[2].dwDataType = HTTP_TRACE_TYPE_ULONG;
    items[2].pbData = (PBYTE)&hr;
    items[2].cbData = sizeof hr;
    HTTP_TRACE_EVENT event;
    memset(&event, 0, sizeof event);
    event.pszEventName = L"QuickTrace";
    event.dwVerbosity = level;
    event.pActivityGuid = &activity_;
    event.dwTimeStamp = GetTickCount();
    event.cEventItems = 3;
    event.pEventItems = items;
    return RaiseTraceEvent(&event);
}

GLOBAL_NOTIFICATION_STATUS Server::NotifyCustomNotification(ICustomNotificationProvider *provider)
{
    if (provider == NULL)
        return GL_NOTIFICATION_CONTINUE;
    return static_cast<GLOBAL_NOTIFICATION_STATUS>(
        w3e_modules_global(server_, GL_CUSTOM_NOTIFICATION, provider));
}

VOID Server::RecycleApplication(PCWSTR)
{
    W3B_NOT_SUPPORTED(server_, "IHttpServer::RecycleApplication");
}

class PathProvider : public IGlobalConfigurationChangeProvider
{
  public:
    explicit PathProvider(PCWSTR path) : path_(path) {}
    VOID SetErrorStatus(HRESULT) override {}
    PCWSTR GetChangePath() const override { return path_; }

  private:
    PCWSTR path_;
};

class FileProvider : public IGlobalFileChangeProvider
{
  public:
    explicit FileProvider(PCWSTR file) : file_(file) {}
    VOID SetErrorStatus(HRESULT) override {}
    PCWSTR GetFileName() const override { return file_; }
    IHttpFileMonitor *GetFileMonitor() override { return NULL; }

  private:
    PCWSTR file_;
};

/* GL_CONFIGURATION_CHANGE and GL_FILE_CHANGE, from a module or from the embedder. */
static void configuration_change(w3_server *server, PCWSTR path)
{
    PathProvider provider(path);
    w3e_modules_global(server, GL_CONFIGURATION_CHANGE, &provider);
}

static void file_change(w3_server *server, PCWSTR file)
{
    FileProvider provider(file);
    w3e_modules_global(server, GL_FILE_CHANGE, &provider);
}

VOID Server::NotifyConfigurationChange(PCWSTR path)
{
    configuration_change(server_, path != NULL ? path : L"");
}

VOID Server::NotifyFileChange(PCWSTR file)
{
    file_change(server_, file != NULL ? file : L"");
}

/* A container a module owns, released with ReleaseContainer. */
class DispensedContainer : public IDispensedHttpModuleContextContainer
{
  public:
    DispensedContainer(w3_server *s, w3e_arena *arena) : arena_(arena), inner_(s, arena) {}
    IHttpStoredContext *GetModuleContext(HTTP_MODULE_ID id) override
    {
        return inner_.GetModuleContext(id);
    }
    HRESULT SetModuleContext(IHttpStoredContext *c, HTTP_MODULE_ID id) override
    {
        return inner_.SetModuleContext(c, id);
    }
    VOID ReleaseContainer() override
    {
        inner_.Cleanup();
        w3e_arena *arena = arena_;
        this->~DispensedContainer();
        w3e_arena_destroy(arena);
    }

  private:
    w3e_arena *arena_;
    ContextContainer inner_;
};

IDispensedHttpModuleContextContainer *Server::DispenseContainer()
{
    w3e_arena *arena = w3e_arena_create(&server_->mem, W3E_SERVER_LIFETIME);
    void *p = arena ? w3e_arena_alloc(arena, sizeof(DispensedContainer)) : NULL;
    if (p == NULL) {
        if (arena != NULL)
            w3e_arena_destroy(arena);
        return NULL;
    }
    return new (p) DispensedContainer(server_, arena);
}

HRESULT Server::AddFragmentToCache(HTTP_DATA_CHUNK *, PCWSTR)
{
    return W3B_NOT_SUPPORTED(server_, "IHttpServer::AddFragmentToCache");
}

HRESULT Server::ReadFragmentFromCache(PCWSTR, BYTE *, DWORD, DWORD *)
{
    return W3B_NOT_SUPPORTED(server_, "IHttpServer::ReadFragmentFromCache");
}

HRESULT Server::RemoveFragmentFromCache(PCWSTR)
{
    return W3B_NOT_SUPPORTED(server_, "IHttpServer::RemoveFragmentFromCache");
}

HRESULT Server::GetWorkerProcessSettings(IWpfSettings **settings)
{
    if (settings != NULL)
        *settings = NULL;
    return W3B_NOT_SUPPORTED(server_, "IHttpServer::GetWorkerProcessSettings");
}

HRESULT Server::GetProtocolManagerCustomInterface(PCWSTR, PCWSTR, DWORD, PVOID *out)
{
    if (out != NULL)
        *out = NULL;
    return W3B_NOT_SUPPORTED(server_, "IHttpServer::GetProtocolManagerCustomInterface");
}

BOOL Server::SatisfiesPrecondition(PCWSTR, BOOL *unknown) const
{
    if (unknown != NULL)
        *unknown = TRUE;
    return TRUE; /* no preconditions are evaluated: every module applies */
}

HRESULT Server::RegisterFileChangeMonitor(PCWSTR, HANDLE, IHttpFileMonitor **monitor)
{
    if (monitor != NULL)
        *monitor = NULL;
    return W3B_NOT_SUPPORTED(server_, "IHttpServer::RegisterFileChangeMonitor");
}

HRESULT Server::GetExtendedInterface(HTTP_SERVER_INTERFACE_VERSION version, PVOID *out)
{
    if (out == NULL)
        return HRESULT_FROM_WIN32(ERROR_INVALID_PARAMETER);
    *out = NULL;
    if (version != HTTP_SERVER_INTERFACE_V2)
        return W3B_NOT_SUPPORTED(server_, "IHttpServer::GetExtendedInterface beyond V2");
    *out = static_cast<IHttpServer2 *>(this);
    return S_OK;
}

HRESULT Server::GetToken(PCWSTR, PCWSTR, DWORD, IHttpTokenEntry **token, PCWSTR, PSOCKADDR,
                         IHttpTraceContext *)
{
    if (token != NULL)
        *token = NULL;
    return W3B_NOT_SUPPORTED(server_, "IHttpServer2::GetToken");
}

PCWSTR Server::GetAppPoolConfigFile(DWORD *cch) const
{
    if (cch != NULL)
        *cch = 0;
    W3B_NOT_SUPPORTED(server_, "IHttpServer2::GetAppPoolConfigFile");
    return NULL;
}

template <class T> static bool is(const GUID &id)
{
    return memcmp(&id, &w3compat_httpserv_iid<T>::value(), sizeof id) == 0;
}

/* Newer interfaces of objects this server made: the context (IHttpContext2..4) and the
 * server (IHttpServer2). */
HRESULT Server::GetExtendedInterface(const GUID &from, PVOID input, const GUID &to, PVOID *output)
{
    if (input == NULL || output == NULL)
        return HRESULT_FROM_WIN32(ERROR_INVALID_PARAMETER);
    *output = NULL;
    if (is<IHttpContext>(from)) {
        Context *ctx = static_cast<Context *>(static_cast<IHttpContext *>(input));
        if (is<IHttpContext>(to) || is<IHttpContext2>(to) || is<IHttpContext3>(to) ||
            is<IHttpContext4>(to)) {
            *output = static_cast<IHttpContext4 *>(ctx);
            return S_OK;
        }
    } else if (is<IHttpServer>(from) && (is<IHttpServer>(to) || is<IHttpServer2>(to))) {
        *output =
            static_cast<IHttpServer2 *>(static_cast<Server *>(static_cast<IHttpServer *>(input)));
        return S_OK;
    }
    W3B_NOT_SUPPORTED(server_, "IHttpServer2::GetExtendedInterface for this interface pair");
    return E_NOINTERFACE;
}

HRESULT Server::GetMetadata(PCWSTR, PCWSTR, IReferencedMetadataInfo **info)
{
    if (info != NULL)
        *info = NULL;
    return W3B_NOT_SUPPORTED(server_, "IHttpServer2::GetMetadata");
}

HRESULT Server::GetWorkerProcessFramework(IWorkerProcessFramework **framework)
{
    if (framework != NULL)
        *framework = NULL;
    return W3B_NOT_SUPPORTED(server_, "IHttpServer2::GetWorkerProcessFramework");
}

} // namespace w3b

using namespace w3b;

void w3_server_configuration_change(w3_server *server, const char *path)
{
    if (server != NULL)
        configuration_change(server, wide(server->arena, path));
}

void w3_server_file_change(w3_server *server, const char *path)
{
    if (server != NULL)
        file_change(server, wide(server->arena, path));
}
