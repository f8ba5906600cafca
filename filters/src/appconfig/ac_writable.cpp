/* IAppHostWritableAdminManager: CoCreateInstance(CLSID_AppHostWritableAdminManager) makes
 * one over the server's configuration files. GetAdminSection gives a section as the file
 * of the commit path sets it (applicationHost.config for MACHINE/WEBROOT/APPHOST, else the
 * web.config of that site folder; a deeper section path goes in a <location path>), with
 * the schema's defaults for what the file does not set: changes are made to that file's
 * tree, and CommitChanges writes every file changed, atomically. What the levels above
 * set (the merged view of IAppHostAdminManager) is not shown; comments and formatting of
 * the rewritten files are not kept. */
#include "appconfig/ac_objects.h"

#include <map>
#include <stdlib.h>
#include <string.h>

extern "C" {
#include "appconfig/ac_paths.h"
}

namespace w3ac
{

/* Owns the schema store: the manager and each file's Snapshot hold it. */
class SchemaOwner : public Unknown<IUnknown>
{
  public:
    explicit SchemaOwner(ac_schema *schema) : schema_(schema) {}
    ~SchemaOwner() override { ac_schema_free(schema_); }
    const ac_schema *schema() const { return schema_; }

  private:
    ac_schema *schema_;
};

static const char apphost_path[] = "MACHINE/WEBROOT/APPHOST";

class WritableManager : public Unknown<IAppHostWritableAdminManager>
{
  public:
    WritableManager(const char *app_host, SchemaOwner *schema)
        : app_host_(app_host), schema_(schema), commit_path_(apphost_path)
    {
        schema_->AddRef();
    }
    ~WritableManager() override
    {
        for (std::map<std::string, Snapshot *>::iterator i = files_.begin(); i != files_.end(); ++i)
            i->second->drop();
        schema_->Release();
    }
    HRESULT STDMETHODCALLTYPE GetAdminSection(BSTR section, BSTR path,
                                              IAppHostElement **out) override
    {
        if (out == NULL)
            return E_POINTER;
        *out = NULL;
        if (section == NULL || path == NULL)
            return E_INVALIDARG;
        char *name = ac_utf8(section), *where = ac_utf8(path);
        HRESULT hr = name && where ? section_at(name, where, out) : E_OUTOFMEMORY;
        free(name);
        free(where);
        return hr;
    }
    HRESULT STDMETHODCALLTYPE GetMetadata(BSTR, VARIANT *) override { return E_NOTIMPL; }
    HRESULT STDMETHODCALLTYPE SetMetadata(BSTR, VARIANT) override { return E_NOTIMPL; }
    HRESULT STDMETHODCALLTYPE get_ConfigManager(IAppHostConfigManager **) override
    {
        return E_NOTIMPL;
    }
    HRESULT STDMETHODCALLTYPE CommitChanges(void) override
    {
        for (std::map<std::string, Snapshot *>::iterator i = files_.begin(); i != files_.end();
             ++i) {
            HRESULT hr = ac_write_file(i->second->root(), i->first.c_str());
            if (FAILED(hr))
                return hr;
        }
        return S_OK;
    }
    HRESULT STDMETHODCALLTYPE get_CommitPath(BSTR *out) override
    {
        return give_bstr(commit_path_.c_str(), out);
    }
    HRESULT STDMETHODCALLTYPE put_CommitPath(BSTR path) override
    {
        ac_path split;
        char *text = path != NULL ? ac_utf8(path) : NULL;
        bool valid = text != NULL && ac_config_path_split(&split, text);
        if (valid)
            commit_path_ = text;
        free(text);
        return valid ? S_OK : E_INVALIDARG;
    }

  protected:
    bool also(REFIID riid) override { return IsEqualIID(riid, __uuidof(IAppHostAdminManager)); }

  private:
    /* The file a commit path's changes go to: applicationHost.config or a web.config. */
    HRESULT file_of(const ac_path &commit, std::string *file)
    {
        if (commit.count == 0) {
            *file = app_host_;
            return S_OK;
        }
        char err[256], path[1024];
        ac_node *app_host = ac_parse_file(app_host_.c_str(), err, sizeof err);
        int found = app_host != NULL && ac_web_config_path(app_host, app_host_.c_str(), &commit,
                                                           commit.count, path, sizeof path);
        ac_node_free(app_host);
        if (!found)
            return HRESULT_FROM_WIN32(ERROR_PATH_NOT_FOUND);
        *file = path;
        return S_OK;
    }

    /* The file's tree, read once per manager (a missing file starts empty). */
    Snapshot *tree_of(const std::string &file)
    {
        std::map<std::string, Snapshot *>::iterator found = files_.find(file);
        if (found != files_.end())
            return found->second;
        char err[512];
        ac_node *root = ac_parse_file(file.c_str(), err, sizeof err);
        if (root == NULL && GetFileAttributesA(file.c_str()) == INVALID_FILE_ATTRIBUTES)
            root = ac_node_new("configuration");
        if (root == NULL)
            return NULL;
        Snapshot *snap = new (std::nothrow) Snapshot(root, NULL, schema_, true);
        if (snap == NULL) {
            ac_node_free(root);
            return NULL;
        }
        files_[file] = snap;
        return snap;
    }

    HRESULT section_at(const char *section, const char *where, IAppHostElement **out)
    {
        ac_path commit, target;
        if (!ac_config_path_split(&commit, commit_path_.c_str()) ||
            !ac_config_path_split(&target, where))
            return HRESULT_FROM_WIN32(ERROR_PATH_NOT_FOUND);
        if (!ac_path_is_prefix(&commit, &target, 0))
            return E_INVALIDARG; /* a path above the commit path */
        std::string file;
        HRESULT hr = file_of(commit, &file);
        if (FAILED(hr))
            return hr;
        Snapshot *snap = tree_of(file);
        if (snap == NULL)
            return HRESULT_FROM_WIN32(ERROR_INVALID_DATA); /* the file is no XML */
        ac_node *scope = snap->root();
        if (target.count > commit.count) {
            std::string location;
            for (size_t i = commit.count; i < target.count; i++)
                location += (location.empty() ? "" : "/") + std::string(target.segment[i]);
            ac_node *block = ac_kid(scope, "location", "path", location.c_str());
            if (block == NULL) {
                block = ac_node_new("location");
                if (block == NULL || !ac_set_attr(block, "path", location.c_str()) ||
                    !ac_add_kid(scope, block)) {
                    ac_node_free(block);
                    return E_OUTOFMEMORY;
                }
            }
            scope = block;
        }
        std::string parts = section;
        for (size_t start = 0; scope != NULL && start <= parts.size();) {
            size_t slash = parts.find('/', start);
            std::string part =
                parts.substr(start, slash == std::string::npos ? std::string::npos : slash - start);
            scope = part.empty() ? scope : snap->child(scope, part.c_str());
            start = slash == std::string::npos ? parts.size() + 1 : slash + 1;
        }
        if (scope == NULL)
            return E_OUTOFMEMORY;
        return new_element(snap, scope, ac_schema_section(schema_->schema(), section), out);
    }

    std::string app_host_;
    SchemaOwner *schema_;
    std::string commit_path_;
    std::map<std::string, Snapshot *> files_;
};

/* The class object of CLSID_AppHostWritableAdminManager: a new manager each time, over
 * the files as they are then. */
class WritableFactory : public Unknown<IClassFactory>
{
  public:
    explicit WritableFactory(const char *app_host) : app_host_(app_host) {}
    HRESULT STDMETHODCALLTYPE CreateInstance(IUnknown *outer, REFIID riid, void **out) override
    {
        if (out == NULL)
            return E_POINTER;
        *out = NULL;
        if (outer != NULL)
            return CLASS_E_NOAGGREGATION;
        std::string folder = app_host_;
        size_t slash = folder.find_last_of("/\\");
        folder = slash == std::string::npos ? "schema" : folder.substr(0, slash + 1) + "schema";
        ac_schema *schema = ac_schema_load(folder.c_str());
        SchemaOwner *owner = schema != NULL ? new (std::nothrow) SchemaOwner(schema) : NULL;
        if (owner == NULL) {
            ac_schema_free(schema);
            return E_OUTOFMEMORY;
        }
        WritableManager *manager = new (std::nothrow) WritableManager(app_host_.c_str(), owner);
        owner->Release();
        if (manager == NULL)
            return E_OUTOFMEMORY;
        HRESULT hr = manager->QueryInterface(riid, out);
        manager->Release();
        return hr;
    }
    HRESULT STDMETHODCALLTYPE LockServer(BOOL) override { return S_OK; }

  private:
    std::string app_host_;
};

IClassFactory *new_writable_factory(const char *app_host)
{
    return new (std::nothrow) WritableFactory(app_host);
}

} // namespace w3ac
