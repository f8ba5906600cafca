/* The bridge's server-level objects: IHttpServer, IHttpSite, IHttpApplication. */
#ifndef W3E_BRIDGE_SERVER_H
#define W3E_BRIDGE_SERVER_H

#include <cstdio>

#include "bridge.h"

namespace w3b
{

/* IHttpServer::GetFileInfo: a reference-counted IHttpFileInfo for a physical path. */
HRESULT open_file_info(w3_server *server, PCWSTR path, PCWSTR vr_path, HANDLE vr_token,
                       IHttpFileInfo **info);

class Site : public IHttpSite
{
  public:
    explicit Site(w3_server *s)
        : server_(s), container_(s, s->arena), name_(wide(s->arena, s->cfg.site_name)), counters_(s)
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

/* "/LM/W3SVC/<site id>/ROOT", the root application's metabase path. */
inline const char *application_id(w3_server *s)
{
    char text[40];
    snprintf(text, sizeof text, "/LM/W3SVC/%u/ROOT", s->cfg.instance_id);
    return w3e_strdup(s->arena, text);
}

/* The server's one application: the site's root. */
class Application : public IHttpApplication
{
  public:
    explicit Application(w3_server *s)
        : container_(s, s->arena), path_(wide(s->arena, s->cfg.document_root)),
          id_(wide(s->arena, application_id(s))),
          config_path_(wide(s->arena, config_path_of(s->arena, s->cfg.site_name, "")))
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

} // namespace w3b

#endif
