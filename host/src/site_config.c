/* Per-folder settings of the static file handler through IAppHostAdminManager (the
 * COM class the engine registers for --config). */
#define COBJMACROS
#include "site_config.h"

#include <windows.h>
#include <ahadmin.h>
#include <objbase.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static BSTR to_bstr(const char *text)
{
    int n = MultiByteToWideChar(CP_UTF8, 0, text, -1, NULL, 0);
    BSTR s = n > 0 ? SysAllocStringLen(NULL, (UINT)(n - 1)) : NULL;
    if (s != NULL)
        MultiByteToWideChar(CP_UTF8, 0, text, -1, s, n);
    return s;
}

static char *from_bstr(BSTR text)
{
    int n = WideCharToMultiByte(CP_UTF8, 0, text, -1, NULL, 0, NULL, NULL);
    char *s = n > 0 ? malloc((size_t)n) : NULL;
    if (s != NULL)
        WideCharToMultiByte(CP_UTF8, 0, text, -1, s, n, NULL, NULL);
    return s;
}

static IAppHostElement *section_at(IAppHostAdminManager *manager, const wchar_t *name, BSTR path)
{
    IAppHostElement *section = NULL;
    BSTR section_name = SysAllocString(name);
    if (section_name == NULL ||
        FAILED(IAppHostAdminManager_GetAdminSection(manager, section_name, path, &section)))
        section = NULL;
    SysFreeString(section_name);
    return section;
}

/* A property's VARIANT (VT_EMPTY if it cannot be read). */
static VARIANT property_of(IAppHostElement *element, const wchar_t *name)
{
    VARIANT value;
    VariantInit(&value);
    IAppHostProperty *property = NULL;
    BSTR text = SysAllocString(name);
    if (text != NULL && SUCCEEDED(IAppHostElement_GetPropertyByName(element, text, &property))) {
        if (FAILED(IAppHostProperty_get_Value(property, &value)))
            VariantInit(&value);
        IAppHostProperty_Release(property);
    }
    SysFreeString(text);
    return value;
}

static int is_true(IAppHostElement *element, const wchar_t *name)
{
    VARIANT value = property_of(element, name);
    int on = V_VT(&value) == VT_BOOL && V_BOOL(&value) == VARIANT_TRUE;
    VariantClear(&value);
    return on;
}

static void read_documents(IAppHostElement *section, site_folder *out)
{
    IAppHostElement *files = NULL;
    IAppHostElementCollection *entries = NULL;
    DWORD count = 0;
    BSTR name = SysAllocString(L"files");
    if (name != NULL && SUCCEEDED(IAppHostElement_GetElementByName(section, name, &files)) &&
        SUCCEEDED(IAppHostElement_get_Collection(files, &entries)) &&
        SUCCEEDED(IAppHostElementCollection_get_Count(entries, &count)))
        for (DWORD i = 0; i < count && out->document_count < SITE_CONFIG_MAX_DOCUMENTS; i++) {
            VARIANT index;
            V_VT(&index) = VT_UI4;
            V_UI4(&index) = i;
            IAppHostElement *entry = NULL;
            if (FAILED(IAppHostElementCollection_get_Item(entries, index, &entry)))
                continue;
            VARIANT value = property_of(entry, L"value");
            char *text = V_VT(&value) == VT_BSTR ? from_bstr(V_BSTR(&value)) : NULL;
            if (text != NULL)
                out->documents[out->document_count++] = text;
            VariantClear(&value);
            IAppHostElement_Release(entry);
        }
    if (entries != NULL)
        IAppHostElementCollection_Release(entries);
    if (files != NULL)
        IAppHostElement_Release(files);
    SysFreeString(name);
}

int site_folder_read(const char *site, const char *url, site_folder *out)
{
    memset(out, 0, sizeof *out);
    IAppHostAdminManager *manager = NULL;
    if (FAILED(CoCreateInstance(&CLSID_AppHostAdminManager, NULL, CLSCTX_INPROC_SERVER,
                                &IID_IAppHostAdminManager, (void **)&manager)))
        return 0;
    size_t path_len = strcspn(url, "?");
    size_t size = sizeof "MACHINE/WEBROOT/APPHOST/" + strlen(site) + path_len;
    char *text = malloc(size);
    BSTR path = NULL;
    if (text != NULL) {
        snprintf(text, size, "MACHINE/WEBROOT/APPHOST/%s%.*s", site, (int)path_len, url);
        path = to_bstr(text);
        free(text);
    }
    IAppHostElement *documents =
        path ? section_at(manager, L"system.webServer/defaultDocument", path) : NULL;
    IAppHostElement *browse =
        path ? section_at(manager, L"system.webServer/directoryBrowse", path) : NULL;
    if (documents != NULL) {
        out->documents_enabled = is_true(documents, L"enabled");
        if (out->documents_enabled)
            read_documents(documents, out);
        IAppHostElement_Release(documents);
    }
    if (browse != NULL) {
        out->directory_browse = is_true(browse, L"enabled");
        IAppHostElement_Release(browse);
    }
    SysFreeString(path);
    IAppHostAdminManager_Release(manager);
    return documents != NULL || browse != NULL;
}

void site_folder_free(site_folder *folder)
{
    for (size_t i = 0; i < folder->document_count; i++)
        free(folder->documents[i]);
    folder->document_count = 0;
}

void site_static_handler(void *ctx, w3_request *req, w3_response *resp)
{
    const site_static *site = ctx;
    site_folder folder;
    if (!site_folder_read(site->site_name, w3_request_url(req), &folder)) {
        w3_static_handler(site->fallback, req, resp);
        return;
    }
    /* IIS's shipped applicationHost.config names the default documents; a configuration
     * that names none keeps that list (w3config's defaults), as it does for the root. */
    w3_static_config sc = {site->root, (const char *const *)folder.documents, folder.document_count,
                           folder.directory_browse};
    if (!folder.documents_enabled) {
        sc.default_document_count = 0;
    } else if (folder.document_count == 0) {
        sc.default_documents = site->documents;
        sc.default_document_count = site->document_count;
    }
    w3_static *files = w3_static_create(&sc);
    if (files != NULL) {
        w3_static_handler(files, req, resp);
        w3_static_destroy(files);
    } else
        w3_static_handler(site->fallback, req, resp);
    site_folder_free(&folder);
}
