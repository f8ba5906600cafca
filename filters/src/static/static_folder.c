/* <defaultDocument> and <directoryBrowse> compiled for a configuration path
 * (static_folder.h): one cache entry holds both, as a directory request reads both. */
#define COBJMACROS
#include "static/static_folder.h"

#include "core/config_cache.h"
#include "core/config_read.h"
#include "memory/engine_alloc.h"

struct w3s_folder {
    int documents_enabled;
    char **documents; /* defaultDocument/files, when enabled */
    size_t document_count;
    int directory_browse;
};

static void folder_free(void *p)
{
    w3s_folder *f = p;
    if (f == NULL)
        return;
    for (size_t i = 0; i < f->document_count; i++)
        w3e_free(f->documents[i]);
    w3e_free(f->documents);
    w3e_free(f);
}

static int read_documents(w3s_folder *f, IAppHostElement *section)
{
    long long number;
    f->documents_enabled = w3e_cfg_number(section, L"enabled", &number) && number != 0;
    if (!f->documents_enabled)
        return 1;
    IAppHostElement *files = w3e_cfg_child(section, L"files");
    if (files == NULL)
        return 1;
    int ok = w3e_cfg_texts(files, L"value", &f->documents, &f->document_count);
    IAppHostElement_Release(files);
    return ok;
}

/* NULL when neither section can be read, as without a configuration system. */
static void *folder_make(void *admin_manager, const char *config_path)
{
    IAppHostElement *documents =
        w3e_cfg_section(admin_manager, "system.webServer/defaultDocument", config_path);
    IAppHostElement *browse =
        w3e_cfg_section(admin_manager, "system.webServer/directoryBrowse", config_path);
    w3s_folder *f = NULL;
    if (documents != NULL || browse != NULL)
        f = w3e_alloc(sizeof *f);
    if (f != NULL) {
        *f = (w3s_folder){0, NULL, 0, 0};
        long long number;
        if (browse != NULL)
            f->directory_browse = w3e_cfg_number(browse, L"enabled", &number) && number != 0;
        if (documents != NULL && !read_documents(f, documents)) {
            folder_free(f);
            f = NULL;
        }
    }
    if (documents != NULL)
        IAppHostElement_Release(documents);
    if (browse != NULL)
        IAppHostElement_Release(browse);
    return f;
}

static const w3e_section_kind folder_kind = {folder_make, folder_free};

const w3s_folder *w3s_folder_for(w3_request *req)
{
    return w3e_section_for(req, &folder_kind);
}

void w3s_folder_documents(const w3s_folder *folder, const char *const **documents, size_t *count)
{
    if (!folder->documents_enabled) {
        *documents = NULL;
        *count = 0;
    } else if (folder->document_count > 0) {
        *documents = (const char *const *)folder->documents;
        *count = folder->document_count;
    }
}

int w3s_folder_browses(const w3s_folder *folder)
{
    return folder->directory_browse;
}
