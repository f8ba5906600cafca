/* The configuration fixture (see ac_fixture.h). */
#include "ac_fixture.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "w3test.h"

static const char sites[] =
    "<system.applicationHost><sites><site name=\"Default Web Site\" id=\"1\">"
    "<application path=\"/\"><virtualDirectory path=\"/\" "
    "physicalPath=\"%s/site\"/></application></site></sites>"
    "</system.applicationHost>";

static char made[64][3 * MAX_PATH]; /* files and folders to delete, in creation order */
static int made_count;

static void remember(const char *path)
{
    if (made_count < 64)
        snprintf(made[made_count++], sizeof made[0], "%s", path);
}

static void make_folders(const char *path)
{
    char partial[2 * MAX_PATH];
    for (const char *p = strchr(path + 1, '/'); p != NULL; p = strchr(p + 1, '/')) {
        snprintf(partial, sizeof partial, "%.*s", (int)(p - path), path);
        if (CreateDirectoryA(partial, NULL))
            remember(partial);
    }
}

void acfx_init(acfx *f, const char *app_host)
{
    static int serial;
    memset(f, 0, sizeof *f);
    char temp[MAX_PATH];
    W3_REQUIRE(GetTempPathA(sizeof temp, temp) > 0);
    for (char *p = temp; *p; p++)
        if (*p == '\\')
            *p = '/';
    snprintf(f->root, sizeof f->root, "%sw3ac-%lu-%d", temp, (unsigned long)GetCurrentProcessId(),
             ++serial);
    made_count = 0;
    W3_REQUIRE(CreateDirectoryA(f->root, NULL));
    remember(f->root);
    char site_part[3 * MAX_PATH];
    snprintf(site_part, sizeof site_part, sites, f->root);
    const char *at = strstr(app_host, "<configuration>");
    W3_REQUIRE(at != NULL);
    size_t head = (size_t)(at - app_host) + strlen("<configuration>");
    size_t size = strlen(app_host) + strlen(site_part) + 1;
    char *text = (char *)malloc(size);
    W3_REQUIRE(text != NULL);
    if (strstr(app_host, "<system.applicationHost>") != NULL)
        snprintf(text, size, "%s", app_host);
    else
        snprintf(text, size, "%.*s%s%s", (int)head, app_host, site_part, app_host + head);
    acfx_write(f, "applicationHost.config", text);
    free(text);
}

void acfx_write(acfx *f, const char *relative, const char *text)
{
    char path[2 * MAX_PATH];
    snprintf(path, sizeof path, "%s/%s", f->root, relative);
    make_folders(path);
    FILE *file = fopen(path, "wb");
    W3_REQUIRE(file != NULL);
    fputs(text, file);
    fclose(file);
    remember(path);
}

void acfx_start(acfx *f)
{
    HRESULT hr = CoInitializeEx(NULL, COINIT_MULTITHREADED);
    W3_REQUIRE(SUCCEEDED(hr));
    char path[2 * MAX_PATH];
    snprintf(path, sizeof path, "%s/applicationHost.config", f->root);
    w3_server_config cfg;
    w3_server_config_init(&cfg);
    cfg.config_path = path;
    f->server = w3_server_create(&cfg);
    W3_REQUIRE(f->server != NULL);
    hr = CoCreateInstance(__uuidof(AppHostAdminManager), NULL, CLSCTX_INPROC_SERVER,
                          __uuidof(IAppHostAdminManager), (void **)&f->manager);
    W3_REQUIRE(hr == S_OK && f->manager != NULL);
}

void acfx_stop(acfx *f)
{
    if (f->manager != NULL)
        f->manager->Release();
    w3_server_destroy(f->server);
    f->manager = NULL;
    f->server = NULL;
    for (int i = made_count; i-- > 0;)
        if (!DeleteFileA(made[i]))
            RemoveDirectoryA(made[i]);
    made_count = 0;
    CoUninitialize();
}

HRESULT acfx_section(acfx *f, const wchar_t *section, const wchar_t *path, IAppHostElement **out)
{
    BSTR name = SysAllocString(section), where = SysAllocString(path);
    *out = NULL;
    HRESULT hr = f->manager->GetAdminSection(name, where, out);
    SysFreeString(name);
    SysFreeString(where);
    return hr;
}

HRESULT acfx_value(IAppHostElement *element, const wchar_t *name, VARIANT *value)
{
    BSTR text = SysAllocString(name);
    IAppHostProperty *property = NULL;
    VariantInit(value);
    HRESULT hr = element->GetPropertyByName(text, &property);
    SysFreeString(text);
    if (SUCCEEDED(hr)) {
        hr = property->get_Value(value);
        property->Release();
    }
    return hr;
}

static void append_utf8(char *out, size_t size, const WCHAR *text)
{
    size_t used = strlen(out);
    if (used < size)
        WideCharToMultiByte(CP_UTF8, 0, text, -1, out + used, (int)(size - used), NULL, NULL);
}

const char *acfx_text(IAppHostElement *element, const wchar_t *name)
{
    static char buf[512];
    VARIANT value;
    if (FAILED(acfx_value(element, name, &value)) || V_VT(&value) != VT_BSTR) {
        VariantClear(&value);
        return "<error>";
    }
    buf[0] = '\0';
    append_utf8(buf, sizeof buf, V_BSTR(&value));
    VariantClear(&value);
    return buf;
}

const char *acfx_keys(IAppHostElement *element, const wchar_t *name)
{
    static char buf[512];
    IAppHostElementCollection *collection = NULL;
    DWORD count = 0;
    buf[0] = '\0';
    if (FAILED(element->get_Collection(&collection)))
        return "<error>";
    HRESULT hr = collection->get_Count(&count);
    for (DWORD i = 0; SUCCEEDED(hr) && i < count; i++) {
        VARIANT index;
        V_VT(&index) = VT_I4;
        V_I4(&index) = (LONG)i;
        IAppHostElement *entry = NULL;
        hr = collection->get_Item(index, &entry);
        if (FAILED(hr))
            break;
        const char *text = acfx_text(entry, name);
        size_t used = strlen(buf);
        snprintf(buf + used, sizeof buf - used, "%s%s", used ? " " : "", text);
        entry->Release();
    }
    collection->Release();
    return FAILED(hr) ? "<error>" : buf;
}
