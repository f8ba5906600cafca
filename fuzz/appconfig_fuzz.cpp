/* Fuzz target: the IIS configuration system (IAppHostAdminManager over
 * applicationHost.config, a folder's web.config and a schema file). The input holds the
 * three files, separated by NUL bytes; a server reads them, and the target walks every
 * section it knows at four configuration paths, as a module would: properties and their
 * values, child elements, collections and their entries. Invariant besides memory safety:
 * a section the manager hands out is an element. */
#include <windows.h>
#include <ahadmin.h>
#include <oleauto.h>

#include <stdio.h>
#include <string.h>

#include "fuzz_target.h"
#include "w3engine.h"

#define MAX_ELEMENTS 400

static char root[MAX_PATH];
static unsigned elements_seen;

static const wchar_t *const sections[] = {
    L"system.webServer/defaultDocument", L"system.webServer/directoryBrowse",
    L"system.webServer/fuzzRules",       L"system.webServer/httpErrors",
    L"system.applicationHost/sites",     L"system.webServer/security/requestFiltering"};
static const wchar_t *const paths[] = {L"MACHINE/WEBROOT/APPHOST",
                                       L"MACHINE/WEBROOT/APPHOST/Default Web Site",
                                       L"MACHINE/WEBROOT/APPHOST/Default Web Site/sub",
                                       L"MACHINE/WEBROOT/APPHOST/Default Web Site/sub/../deeper"};

static void write_part(const char *relative, const uint8_t *data, size_t size)
{
    char path[MAX_PATH + 64];
    snprintf(path, sizeof path, "%s/%s", root, relative);
    FILE *file = fopen(path, "wb");
    if (file == NULL || fwrite(data, 1, size, file) != size)
        fuzz_fail("cannot write a configuration file");
    fclose(file);
}

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    char temp[MAX_PATH];
    DWORD n = GetTempPathA(sizeof temp, temp);
    if (n == 0 || n + 40 > sizeof root)
        fuzz_fail("no temporary folder for the configuration");
    snprintf(root, sizeof root, "%.*sw3fuzz-ac-%lu", (int)n, temp,
             (unsigned long)GetCurrentProcessId());
    const char *const folders[] = {"", "/schema", "/site", "/site/sub"};
    for (const char *folder : folders) {
        char path[MAX_PATH + 16];
        snprintf(path, sizeof path, "%s%s", root, folder);
        CreateDirectoryA(path, NULL);
    }
    if (FAILED(CoInitializeEx(NULL, COINIT_MULTITHREADED)))
        fuzz_fail("CoInitializeEx failed");
    return 0;
}

static void walk(IAppHostElement *element, int depth);

static void walk_properties(IAppHostElement *element)
{
    IAppHostPropertyCollection *properties = NULL;
    DWORD count = 0;
    if (FAILED(element->get_Properties(&properties)) || properties == NULL)
        return;
    if (SUCCEEDED(properties->get_Count(&count)))
        for (DWORD i = 0; i < count && i < 64; i++) {
            VARIANT index;
            V_VT(&index) = VT_UI4;
            V_UI4(&index) = i;
            IAppHostProperty *property = NULL;
            if (FAILED(properties->get_Item(index, &property)) || property == NULL)
                continue;
            VARIANT value;
            VariantInit(&value);
            if (SUCCEEDED(property->get_Value(&value)))
                VariantClear(&value);
            property->Release();
        }
    properties->Release();
}

static void walk_children(IAppHostElement *element, int depth)
{
    IAppHostChildElementCollection *children = NULL;
    DWORD count = 0;
    if (FAILED(element->get_ChildElements(&children)) || children == NULL)
        return;
    if (SUCCEEDED(children->get_Count(&count)))
        for (DWORD i = 0; i < count && i < 32; i++) {
            VARIANT index;
            V_VT(&index) = VT_UI4;
            V_UI4(&index) = i;
            IAppHostElement *child = NULL;
            if (SUCCEEDED(children->get_Item(index, &child)) && child != NULL) {
                walk(child, depth + 1);
                child->Release();
            }
        }
    children->Release();
}

static void walk_collection(IAppHostElement *element, int depth)
{
    IAppHostElementCollection *collection = NULL;
    DWORD count = 0;
    if (FAILED(element->get_Collection(&collection)) || collection == NULL)
        return;
    if (SUCCEEDED(collection->get_Count(&count)))
        for (DWORD i = 0; i < count && i < 64; i++) {
            VARIANT index;
            V_VT(&index) = VT_UI4;
            V_UI4(&index) = i;
            IAppHostElement *entry = NULL;
            if (SUCCEEDED(collection->get_Item(index, &entry)) && entry != NULL) {
                walk(entry, depth + 1);
                entry->Release();
            }
        }
    collection->Release();
}

static void walk(IAppHostElement *element, int depth)
{
    if (depth > 6 || ++elements_seen > MAX_ELEMENTS)
        return;
    walk_properties(element);
    walk_children(element, depth);
    walk_collection(element, depth);
}

/* The input's i-th NUL-separated part. */
static void part(const uint8_t *data, size_t size, int i, const uint8_t **start, size_t *len)
{
    const uint8_t *p = data, *end = data + size;
    for (; i > 0 && p < end; i--) {
        const uint8_t *nul = (const uint8_t *)memchr(p, 0, (size_t)(end - p));
        p = nul != NULL ? nul + 1 : end;
    }
    const uint8_t *nul = (const uint8_t *)memchr(p, 0, (size_t)(end - p));
    *start = p;
    *len = (size_t)((nul != NULL ? nul : end) - p);
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const char *const files[] = {"applicationHost.config", "site/sub/web.config",
                                 "schema/fuzz_schema.xml"};
    for (int i = 0; i < 3; i++) {
        const uint8_t *start;
        size_t len;
        part(data, size, i, &start, &len);
        write_part(files[i], start, len);
    }
    char path[MAX_PATH + 32];
    snprintf(path, sizeof path, "%s/applicationHost.config", root);
    w3_server_config cfg;
    w3_server_config_init(&cfg);
    cfg.config_path = path;
    w3_server *server = w3_server_create(&cfg);
    if (server == NULL)
        return 0;
    IAppHostAdminManager *manager = NULL;
    if (SUCCEEDED(CoCreateInstance(__uuidof(AppHostAdminManager), NULL, CLSCTX_INPROC_SERVER,
                                   __uuidof(IAppHostAdminManager), (void **)&manager))) {
        elements_seen = 0;
        for (const wchar_t *section : sections)
            for (const wchar_t *where : paths) {
                BSTR name = SysAllocString(section), at = SysAllocString(where);
                IAppHostElement *element = NULL;
                HRESULT hr = manager->GetAdminSection(name, at, &element);
                if (SUCCEEDED(hr) && element == NULL)
                    fuzz_fail("GetAdminSection succeeded without an element");
                if (element != NULL) {
                    walk(element, 0);
                    element->Release();
                }
                SysFreeString(name);
                SysFreeString(at);
            }
        manager->Release();
    }
    w3_server_destroy(server);
    return 0;
}
