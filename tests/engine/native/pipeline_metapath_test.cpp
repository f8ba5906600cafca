/* IMetadataInfo::GetMetaPath names the configuration path of the request's URL, the one
 * IAppHostAdminManager::GetAdminSection takes: a module that reads its section at that
 * path sees the web.config of the URL's folder. */
#include <windows.h>
#include <ahadmin.h>
#include <httpserv.h>

#include <stdio.h>
#include <string.h>
#include <wchar.h>

#include "ac_fixture.h"
#include "engine_fixture.h"
#include "module_bridge.h"
#include "w3test.h"

static WCHAR meta_path[512];
static char label[64];

/* In the module's BeginRequest: the metadata path, and the section read there. */
static int read_at_meta_path(const char *, DWORD n, BOOL post, void *ctx, void *)
{
    if (post || n != RQ_BEGIN_REQUEST)
        return RQ_NOTIFICATION_CONTINUE;
    PCWSTR path = static_cast<IHttpContext *>(ctx)->GetMetadata()->GetMetaPath();
    wcsncpy(meta_path, path != NULL ? path : L"", ARRAYSIZE(meta_path) - 1);
    IAppHostAdminManager *manager = NULL;
    if (FAILED(CoCreateInstance(CLSID_AppHostAdminManager, NULL, CLSCTX_INPROC_SERVER,
                                IID_IAppHostAdminManager, (void **)&manager)))
        return RQ_NOTIFICATION_CONTINUE;
    IAppHostElement *section = NULL;
    BSTR name = SysAllocString(L"system.webServer/probe"), where = SysAllocString(meta_path);
    if (SUCCEEDED(manager->GetAdminSection(name, where, &section))) {
        snprintf(label, sizeof label, "%s", acfx_text(section, L"label"));
        section->Release();
    }
    SysFreeString(name);
    SysFreeString(where);
    manager->Release();
    return RQ_NOTIFICATION_CONTINUE;
}

W3_TEST(meta_path_reads_the_folder_configuration)
{
    acfx files;
    acfx_init(&files, "<configuration><system.webServer><probe label='host'/>"
                      "</system.webServer></configuration>");
    acfx_write(&files, "schema/probe_schema.xml",
               "<configSchema><sectionSchema name='system.webServer/probe'>"
               "<attribute name='label' type='string' defaultValue='none'/>"
               "</sectionSchema></configSchema>");
    acfx_write(&files, "site/web.config",
               "<configuration><system.webServer><probe label='site'/></system.webServer>"
               "</configuration>");
    acfx_write(&files, "site/sub/web.config",
               "<configuration><system.webServer><probe label='sub'/></system.webServer>"
               "</configuration>");
    W3_REQUIRE(SUCCEEDED(CoInitializeEx(NULL, COINIT_MULTITHREADED)));

    char config_path[2 * MAX_PATH], root[2 * MAX_PATH];
    snprintf(config_path, sizeof config_path, "%s/applicationHost.config", files.root);
    snprintf(root, sizeof root, "%s/site", files.root);
    fx f;
    w3_server_config cfg;
    fx_config(&f, &cfg);
    cfg.config_path = config_path;
    cfg.site_name = "Default Web Site";
    cfg.document_root = root;
    mb_reset();
    mb_configure("m", NULL, RQ_BEGIN_REQUEST, 0, 0, S_OK);
    mb_set_hook("m", read_at_meta_path);
    fx_start_with_module(&f, &cfg, "m", "record_module");

    fx_send(&f, "GET /sub/page.htm HTTP/1.1\r\nHost: example.test\r\n\r\n");
    W3_CHECK(wcsncmp(meta_path, L"MACHINE/WEBROOT/APPHOST/Default Web Site/sub",
                     wcslen(L"MACHINE/WEBROOT/APPHOST/Default Web Site/sub")) == 0);
    W3_CHECK_STR(label, "sub");

    label[0] = '\0';
    fx_send(&f, "GET /page.htm HTTP/1.1\r\nHost: example.test\r\n\r\n");
    W3_CHECK(wcsncmp(meta_path, L"MACHINE/WEBROOT/APPHOST/Default Web Site/",
                     wcslen(L"MACHINE/WEBROOT/APPHOST/Default Web Site/")) == 0);
    W3_CHECK_STR(label, "site");

    fx_stop(&f);
    acfx_stop(&files);
}
