/* IAppHostAdminManager over a server's applicationHost.config (w3_server_config::
 * config_path), the schema/ folder beside it and the sites' web.config files; what
 * IHttpServer::GetAdminManager returns and CoCreateInstance(CLSID_AppHostAdminManager)
 * creates (the class is registered with CoRegisterClassObject while the server lives;
 * registration needs COM initialised on the thread that creates the server). */
#include "appconfig/ac_objects.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

extern "C" {
#include "appconfig/ac_extension.h"
#include "core/conn.h"
#include "core/module.h"
#include "core/request.h"
#include "core/response.h"
#include "core/server.h"
}

namespace w3ac
{

class Manager : public Unknown<IAppHostAdminManager>
{
  public:
    Manager(w3_server *server, const char *path) : server_(server), path_(path)
    {
        std::string folder = path_;
        size_t slash = folder.find_last_of("/\\");
        folder = slash == std::string::npos ? "schema" : folder.substr(0, slash + 1) + "schema";
        schema_ = ac_schema_load(folder.c_str());
        files_ = ac_files_new();
        defaults_ = ac_defaults_new();
    }
    ~Manager() override
    {
        ac_node_free(defaults_);
        ac_files_free(files_);
        ac_schema_free(schema_);
    }
    bool ready() const { return schema_ != NULL && files_ != NULL && defaults_ != NULL; }
    HRESULT STDMETHODCALLTYPE GetAdminSection(BSTR section, BSTR path,
                                              IAppHostElement **out) override
    {
        if (out == NULL)
            return E_POINTER;
        *out = NULL;
        if (section == NULL || path == NULL)
            return E_INVALIDARG;
        char *name = ac_utf8(section), *where = ac_utf8(path);
        char err[512] = "";
        ac_node *root = NULL;
        ac_config cfg = {path_.c_str(), files_, schema_, defaults_};
        HRESULT hr = name && where ? ac_merge_section(&cfg, name, where, &root, err, sizeof err)
                                   : E_OUTOFMEMORY;
        if (SUCCEEDED(hr)) {
            Snapshot *snap =
                new (std::nothrow) Snapshot(root, ac_schema_section(schema_, name), this);
            if (snap == NULL) {
                ac_node_free(root);
                hr = E_OUTOFMEMORY;
            } else {
                hr = new_element(snap, snap->root(), snap->schema(), out);
                snap->drop();
            }
        } else if (server_ != NULL && hr != HRESULT_FROM_WIN32(ERROR_INVALID_INDEX)) {
            w3e_log(server_, W3_LOG_ERROR, "configuration: %s (0x%08lx)", err,
                    (unsigned long)(DWORD)hr);
        }
        free(name);
        free(where);
        return hr;
    }
    HRESULT check(const char *config_path, char *err, size_t err_size)
    {
        ac_config cfg = {path_.c_str(), files_, schema_, defaults_};
        return ac_check_path(&cfg, config_path, err, err_size);
    }
    unsigned long long stamp(const char *config_path)
    {
        ac_config cfg = {path_.c_str(), files_, schema_, defaults_};
        return ac_stamp(&cfg, config_path);
    }
    HRESULT STDMETHODCALLTYPE GetMetadata(BSTR, VARIANT *) override { return E_NOTIMPL; }
    HRESULT STDMETHODCALLTYPE SetMetadata(BSTR, VARIANT) override { return E_NOTIMPL; }
    HRESULT STDMETHODCALLTYPE get_ConfigManager(IAppHostConfigManager **) override
    {
        return E_NOTIMPL;
    }

  private:
    w3_server *server_;
    std::string path_;
    ac_schema *schema_;
    ac_files *files_;
    ac_node *defaults_;
};

/* The class object CoCreateInstance asks: every instance is the server's manager. */
class Factory : public Unknown<IClassFactory>
{
  public:
    explicit Factory(Manager *manager) : manager_(manager) { manager_->AddRef(); }
    ~Factory() override { manager_->Release(); }
    HRESULT STDMETHODCALLTYPE CreateInstance(IUnknown *outer, REFIID riid, void **out) override
    {
        if (out == NULL)
            return E_POINTER;
        *out = NULL;
        if (outer != NULL)
            return CLASS_E_NOAGGREGATION;
        return manager_->QueryInterface(riid, out);
    }
    HRESULT STDMETHODCALLTYPE LockServer(BOOL) override { return S_OK; }

  private:
    Manager *manager_;
};

struct State {
    Manager *manager;
    Factory *factory;
    DWORD cookie; /* 0: not registered */
    IClassFactory *writable_factory;
    DWORD writable_cookie;
};

} // namespace w3ac

static unsigned long long stamp_of(w3_server *server, const char *config_path)
{
    return static_cast<w3ac::State *>(server->appconfig)->manager->stamp(config_path);
}

int w3e_appconfig_start(w3_server *server)
{
    if (server->cfg.config_path == NULL)
        return 1; /* no configuration system: GetAdminManager returns NULL */
    w3ac::State *state = new (std::nothrow) w3ac::State();
    if (state == NULL)
        return 0;
    state->manager = new (std::nothrow) w3ac::Manager(server, server->cfg.config_path);
    if (state->manager == NULL || !state->manager->ready()) {
        if (state->manager != NULL)
            state->manager->Release();
        delete state;
        return 0;
    }
    state->factory = new (std::nothrow) w3ac::Factory(state->manager);
    if (state->factory != NULL &&
        FAILED(CoRegisterClassObject(__uuidof(AppHostAdminManager), state->factory,
                                     CLSCTX_INPROC_SERVER, REGCLS_MULTIPLEUSE, &state->cookie)))
        state->cookie = 0; /* COM is not initialised: GetAdminManager serves alone */
    state->writable_factory = w3ac::new_writable_factory(server->cfg.config_path);
    if (state->writable_factory != NULL &&
        FAILED(CoRegisterClassObject(CLSID_AppHostWritableAdminManager, state->writable_factory,
                                     CLSCTX_INPROC_SERVER, REGCLS_MULTIPLEUSE,
                                     &state->writable_cookie)))
        state->writable_cookie = 0;
    server->appconfig = state;
    server->admin_manager = static_cast<IAppHostAdminManager *>(state->manager);
    server->config_stamp = stamp_of;
    return 1;
}

void w3e_appconfig_stop(w3_server *server)
{
    w3ac::State *state = static_cast<w3ac::State *>(server->appconfig);
    if (state == NULL)
        return;
    if (state->cookie != 0)
        CoRevokeClassObject(state->cookie);
    if (state->factory != NULL)
        state->factory->Release();
    if (state->writable_cookie != 0)
        CoRevokeClassObject(state->writable_cookie);
    if (state->writable_factory != NULL)
        state->writable_factory->Release();
    state->manager->Release();
    server->appconfig = NULL;
    server->admin_manager = NULL;
    server->config_stamp = NULL;
    delete state;
}

/* IIS answers 500.19 to a request whose configuration files cannot be read, and logs
 * which file, where and why; the other paths of the site keep serving. */
DWORD w3e_appconfig_pre_begin(w3_request *req)
{
    w3_server *server = req->conn->server;
    w3ac::State *state = static_cast<w3ac::State *>(server->appconfig);
    if (state == NULL)
        return W3E_GL_CONTINUE;
    std::string path = "MACHINE/WEBROOT/APPHOST/";
    path += server->cfg.site_name;
    const char *url = w3e_request_path(req);
    path += url != NULL ? url : "";
    char err[512] = "";
    if (SUCCEEDED(state->manager->check(path.c_str(), err, sizeof err)))
        return W3E_GL_CONTINUE;
    w3e_log(server, W3_LOG_ERROR, "500.19 %s: configuration error: %s", url ? url : "", err);
    w3e_response_error(req, 500);
    req->substatus = 19;
    return W3E_GL_HANDLED;
}
