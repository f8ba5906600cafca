/* Section reading over the IIS configuration's COM interfaces (config_read.h). */
#define COBJMACROS
#include "core/config_read.h"

#include <oleauto.h>

#include <string.h>

#include "memory/engine_alloc.h"

static BSTR wide(const char *utf8)
{
    int n = MultiByteToWideChar(CP_UTF8, 0, utf8, -1, NULL, 0);
    BSTR s = n > 0 ? SysAllocStringLen(NULL, (UINT)(n - 1)) : NULL;
    if (s != NULL)
        MultiByteToWideChar(CP_UTF8, 0, utf8, -1, s, n);
    return s;
}

IAppHostElement *w3e_cfg_section(void *admin_manager, const char *section, const char *path)
{
    IAppHostAdminManager *manager = admin_manager;
    IAppHostElement *element = NULL;
    BSTR name = wide(section), where = wide(path);
    if (name == NULL || where == NULL ||
        FAILED(IAppHostAdminManager_GetAdminSection(manager, name, where, &element)))
        element = NULL;
    SysFreeString(name);
    SysFreeString(where);
    return element;
}

void *w3e_cfg_compile(void *admin_manager, const char *section, const char *path, size_t size,
                      int (*read)(void *compiled, IAppHostElement *section),
                      void (*release)(void *compiled))
{
    IAppHostElement *element = w3e_cfg_section(admin_manager, section, path);
    if (element == NULL)
        return NULL;
    void *compiled = w3e_alloc(size);
    if (compiled != NULL) {
        memset(compiled, 0, size);
        if (!read(compiled, element)) {
            release(compiled);
            compiled = NULL;
        }
    }
    IAppHostElement_Release(element);
    return compiled;
}

IAppHostElement *w3e_cfg_child(IAppHostElement *element, const WCHAR *name)
{
    IAppHostElement *child = NULL;
    BSTR text = SysAllocString(name);
    if (text == NULL || FAILED(IAppHostElement_GetElementByName(element, text, &child)))
        child = NULL;
    SysFreeString(text);
    return child;
}

/* The property's value (VT_EMPTY if it cannot be read); the caller clears it. */
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

int w3e_cfg_number(IAppHostElement *element, const WCHAR *name, long long *out)
{
    VARIANT value = value_of(element, name);
    int ok = 1;
    switch (V_VT(&value)) {
    case VT_BOOL:
        *out = V_BOOL(&value) != VARIANT_FALSE;
        break;
    case VT_UI4:
        *out = V_UI4(&value);
        break;
    case VT_I4:
        *out = V_I4(&value);
        break;
    case VT_I8:
        *out = V_I8(&value);
        break;
    default:
        ok = 0;
    }
    VariantClear(&value);
    return ok;
}

char *w3e_cfg_text(IAppHostElement *element, const WCHAR *name)
{
    VARIANT value = value_of(element, name);
    char *text = NULL;
    if (V_VT(&value) == VT_BSTR && V_BSTR(&value) != NULL) {
        int n = WideCharToMultiByte(CP_UTF8, 0, V_BSTR(&value), -1, NULL, 0, NULL, NULL);
        text = n > 0 ? w3e_alloc((size_t)n) : NULL;
        if (text != NULL)
            WideCharToMultiByte(CP_UTF8, 0, V_BSTR(&value), -1, text, n, NULL, NULL);
    }
    VariantClear(&value);
    return text;
}

IAppHostElementCollection *w3e_cfg_collection(IAppHostElement *element, DWORD *count)
{
    IAppHostElementCollection *collection = NULL;
    *count = 0;
    if (FAILED(IAppHostElement_get_Collection(element, &collection)) || collection == NULL)
        return NULL;
    if (FAILED(IAppHostElementCollection_get_Count(collection, count))) {
        IAppHostElementCollection_Release(collection);
        return NULL;
    }
    return collection;
}

IAppHostElement *w3e_cfg_item(IAppHostElementCollection *collection, DWORD index)
{
    VARIANT at;
    VariantInit(&at);
    V_VT(&at) = VT_UI4;
    V_UI4(&at) = index;
    IAppHostElement *item = NULL;
    if (FAILED(IAppHostElementCollection_get_Item(collection, at, &item)))
        item = NULL;
    return item;
}

int w3e_cfg_each(IAppHostElement *element, int (*take)(void *context, IAppHostElement *item),
                 void *context)
{
    DWORD count;
    IAppHostElementCollection *items = w3e_cfg_collection(element, &count);
    int ok = 1;
    for (DWORD i = 0; ok && items != NULL && i < count; i++) {
        IAppHostElement *item = w3e_cfg_item(items, i);
        if (item == NULL)
            continue;
        ok = take(context, item);
        IAppHostElement_Release(item);
    }
    if (items != NULL)
        IAppHostElementCollection_Release(items);
    return ok;
}

typedef struct text_list {
    const WCHAR *name;
    char ***texts;
    size_t *count;
} text_list;

static int take_text(void *context, IAppHostElement *item)
{
    text_list *list = context;
    char *text = w3e_cfg_text(item, list->name);
    char **more = text != NULL ? w3e_grow_by_one(*list->texts, *list->count, sizeof *more) : NULL;
    if (more == NULL) {
        w3e_free(text);
        return 0;
    }
    *list->texts = more;
    more[(*list->count)++] = text;
    return 1;
}

int w3e_cfg_texts(IAppHostElement *element, const WCHAR *name, char ***texts, size_t *count)
{
    text_list list = {name, texts, count};
    return w3e_cfg_each(element, take_text, &list);
}
