/* RegisterModule: a module's IHttpModuleRegistrationInfo, and the server's bridge
 * objects, made before the first module registers and freed at shutdown. */
#include "bridge_server.h"

#include <string.h>
#include <wchar.h>

namespace w3b
{

/* IHttpModuleRegistrationInfo for one module, during RegisterModule and after. */
class Registration : public IHttpModuleRegistrationInfo
{
  public:
    Registration(w3_server *s, w3e_module *m) : server_(s), module_(m) {}
    PCWSTR GetName() const override { return wide(server_->arena, module_->name); }
    HTTP_MODULE_ID GetId() const override { return module_id(module_); }
    HRESULT SetRequestNotifications(IHttpModuleFactory *factory, DWORD notifications,
                                    DWORD post_notifications) override
    {
        if (factory == NULL || (notifications == 0 && post_notifications == 0))
            return HRESULT_FROM_WIN32(ERROR_INVALID_PARAMETER);
        if (module_->factory != NULL)
            return HRESULT_FROM_WIN32(ERROR_ALREADY_EXISTS);
        module_->factory = factory;
        module_->request_mask = notifications;
        module_->post_mask = post_notifications;
        return S_OK;
    }
    HRESULT SetGlobalNotifications(CGlobalModule *global, DWORD notifications) override
    {
        if (global == NULL || notifications == 0)
            return HRESULT_FROM_WIN32(ERROR_INVALID_PARAMETER);
        if (module_->global_module != NULL)
            return HRESULT_FROM_WIN32(ERROR_ALREADY_EXISTS);
        module_->global_module = global;
        module_->global_mask = notifications;
        return S_OK;
    }
    HRESULT SetPriorityForRequestNotification(DWORD notifications, PCWSTR alias) override
    {
        return set_rank(module_->request_rank, notifications, alias);
    }
    HRESULT SetPriorityForGlobalNotification(DWORD notifications, PCWSTR alias) override
    {
        return set_rank(module_->global_rank, notifications, alias);
    }

  private:
    static HRESULT set_rank(unsigned char *ranks, DWORD notifications, PCWSTR alias)
    {
        int rank = w3e_rank_from_alias(alias);
        if (rank < 0 || notifications == 0)
            return HRESULT_FROM_WIN32(ERROR_INVALID_PARAMETER);
        for (unsigned bit = 0; bit < 32; bit++)
            if (notifications & (1u << bit))
                ranks[bit] = static_cast<unsigned char>(rank);
        return S_OK;
    }
    w3_server *server_;
    w3e_module *module_;
};

} // namespace w3b

using namespace w3b;

/* The IIS major version RegisterModule is told: the pipeline is IIS 10's. */
#define SERVER_VERSION 10

extern "C" int w3e_native_register(w3_server *server, w3e_module *m, FARPROC entry)
{
    void *p = w3e_arena_alloc(server->arena, sizeof(Registration));
    if (p == NULL) {
        SetLastError(ERROR_NOT_ENOUGH_MEMORY);
        return 0;
    }
    Registration *reg = new (p) Registration(server, m);
    PFN_REGISTERMODULE fn =
        reinterpret_cast<PFN_REGISTERMODULE>(reinterpret_cast<void (*)()>(entry));
    HRESULT hr = fn(SERVER_VERSION, reg, server_of(server));
    if (FAILED(hr)) {
        w3e_log(server, W3_LOG_ERROR,
                "module '%s' (%s) not loaded: RegisterModule returned 0x%08lx", m->name, m->path,
                (unsigned long)(DWORD)hr);
        /* Whatever it registered goes: IIS does not keep a module that failed. */
        if (m->factory != NULL)
            static_cast<IHttpModuleFactory *>(m->factory)->Terminate();
        if (m->global_module != NULL)
            static_cast<CGlobalModule *>(m->global_module)->Terminate();
        SetLastError((DWORD)hr);
        return 0;
    }
    return 1;
}

extern "C" int w3e_bridge_server_init(w3_server *server)
{
    void *p = w3e_arena_alloc(server->arena, sizeof(Server));
    if (p == NULL)
        return 0;
    if (server->cfg.app_pool_name == NULL)
        server->cfg.app_pool_name = "DefaultAppPool";
    server->cfg.app_pool_name = w3e_strdup(server->arena, server->cfg.app_pool_name);
    if (server->cfg.app_pool_name == NULL)
        return 0;
    server->bridge = new (p) Server(server);
    return 1;
}

extern "C" void w3e_bridge_server_free(w3_server *server)
{
    Server *s = server_of(server);
    if (s == NULL)
        return;
    s->application.container().Cleanup();
    s->site.container().Cleanup();
    server->bridge = NULL;
}
