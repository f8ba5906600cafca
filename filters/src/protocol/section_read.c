/* Reading sections for a request through the server's IAppHostAdminManager, as the
 * request's folder sees them (applicationHost.config, <location>s, web.config files). */
#include "protocol/protocol.h"

#include <string.h>

/* "MACHINE/WEBROOT/APPHOST/<site><URL path>" without the query and a final '/'. */
static BSTR config_path(w3_request *req)
{
    static const char root[] = "MACHINE/WEBROOT/APPHOST/";
    const char *site = req->conn->server->cfg.site_name;
    const char *path = w3e_request_path(req);
    size_t site_len = strlen(site), path_len = strlen(path);
    while (path_len > 0 && path[path_len - 1] == '/')
        path_len--;
    w3e_buf text = {0};
    if (!w3e_buf_append(req->arena, &text, root, sizeof root - 1) ||
        !w3e_buf_append(req->arena, &text, site, site_len) ||
        !w3e_buf_append(req->arena, &text, path, path_len))
        return NULL;
    const char *utf8 = w3e_buf_str(&text);
    int n = MultiByteToWideChar(CP_UTF8, 0, utf8, -1, NULL, 0);
    BSTR out = n > 0 ? SysAllocStringLen(NULL, (UINT)(n - 1)) : NULL;
    if (out != NULL)
        MultiByteToWideChar(CP_UTF8, 0, utf8, -1, out, n);
    return out;
}

IAppHostElement *w3e_section_for(w3_request *req, const WCHAR *section)
{
    IAppHostAdminManager *manager = req->conn->server->admin_manager;
    if (manager == NULL)
        return NULL;
    BSTR path = config_path(req);
    BSTR name = SysAllocString(section);
    IAppHostElement *element = NULL;
    if (path == NULL || name == NULL ||
        FAILED(IAppHostAdminManager_GetAdminSection(manager, name, path, &element)))
        element = NULL;
    SysFreeString(name);
    SysFreeString(path);
    return element;
}

IAppHostElement *w3e_section_child(IAppHostElement *element, const WCHAR *name)
{
    BSTR text = SysAllocString(name);
    IAppHostElement *child = NULL;
    if (text == NULL || FAILED(IAppHostElement_GetElementByName(element, text, &child)))
        child = NULL;
    SysFreeString(text);
    return child;
}

/* The attribute's VARIANT (VT_EMPTY if it cannot be read). */
static VARIANT value_of(IAppHostElement *element, const WCHAR *name)
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

long w3e_section_number(IAppHostElement *element, const WCHAR *name, long fallback)
{
    VARIANT value = value_of(element, name);
    long n = fallback;
    switch (V_VT(&value)) {
    case VT_BOOL:
        n = V_BOOL(&value) != VARIANT_FALSE;
        break;
    case VT_I4:
        n = V_I4(&value);
        break;
    case VT_UI4:
        n = (long)V_UI4(&value);
        break;
    default:
        break;
    }
    VariantClear(&value);
    return n;
}

char *w3e_section_text(w3_request *req, IAppHostElement *element, const WCHAR *name)
{
    VARIANT value = value_of(element, name);
    char *out = NULL;
    if (V_VT(&value) == VT_BSTR && V_BSTR(&value) != NULL) {
        int n = WideCharToMultiByte(CP_UTF8, 0, V_BSTR(&value), -1, NULL, 0, NULL, NULL);
        out = n > 0 ? w3e_arena_alloc(req->arena, (size_t)n) : NULL;
        if (out != NULL)
            WideCharToMultiByte(CP_UTF8, 0, V_BSTR(&value), -1, out, n, NULL, NULL);
    }
    VariantClear(&value);
    return out != NULL ? out : "";
}

IAppHostElementCollection *w3e_section_collection(IAppHostElement *element)
{
    IAppHostElementCollection *items = NULL;
    if (element == NULL || FAILED(IAppHostElement_get_Collection(element, &items)))
        return NULL;
    return items;
}

DWORD w3e_collection_count(IAppHostElementCollection *items)
{
    DWORD count = 0;
    if (items == NULL || FAILED(IAppHostElementCollection_get_Count(items, &count)))
        return 0;
    return count;
}

IAppHostElement *w3e_collection_item(IAppHostElementCollection *items, DWORD index)
{
    VARIANT at;
    VariantInit(&at);
    V_VT(&at) = VT_UI4;
    V_UI4(&at) = index;
    IAppHostElement *item = NULL;
    if (FAILED(IAppHostElementCollection_get_Item(items, at, &item)))
        return NULL;
    return item;
}
