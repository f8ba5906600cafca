/* RQ_MAP_PATH as the static file handler honours it: a module that calls
 * IMapPathProvider::SetPhysicalPath changes the file served, and the paths it is shown
 * are in IIS's form ('\' separators). */
#include <windows.h>
#include <httpserv.h>

#include <stdio.h>
#include <string.h>
#include <wchar.h>

#include "engine_fixture.h"
#include "w3static.h"
#include "filter_bridge.h"
#include "module_bridge.h"
#include "w3test.h"

/* Each case runs in its own process, possibly beside the other: its own directory. */
static char root[64];
static WCHAR wroot[64];

static void write_file(const char *path, const char *text)
{
    FILE *f = fopen(path, "wb");
    W3_REQUIRE(f != NULL);
    fputs(text, f);
    fclose(f);
}

static const WCHAR *set_to;
static WCHAR shown[MAX_PATH];
static HRESULT set_hr;

static int hook(const char *, DWORD n, BOOL post, void *, void *provider)
{
    if (post || n != RQ_MAP_PATH)
        return RQ_NOTIFICATION_CONTINUE;
    IMapPathProvider *map = static_cast<IMapPathProvider *>(provider);
    wcsncpy(shown, map->GetPhysicalPath(), MAX_PATH - 1);
    if (set_to != NULL)
        set_hr = map->SetPhysicalPath(set_to, (DWORD)wcslen(set_to));
    return RQ_NOTIFICATION_CONTINUE;
}

/* GET path from a static site over root with module "m" in RQ_MAP_PATH. */
static void get(fx *f, const char *path)
{
    char file[128];
    CreateDirectoryA(root, NULL);
    snprintf(file, sizeof file, "%s/dir", root);
    CreateDirectoryA(file, NULL);
    snprintf(file, sizeof file, "%s/dir/asked.txt", root);
    write_file(file, "asked for");
    snprintf(file, sizeof file, "%s/dir/chosen.txt", root);
    write_file(file, "chosen by the module");
    w3_static_config sc = {root, NULL, 0, 0};
    w3_static *files = w3_static_create(&sc);
    W3_REQUIRE(files != NULL);
    mb_reset();
    bridge_reset();
    mb_configure("m", NULL, RQ_MAP_PATH, 0, 0, S_OK);
    mb_set_hook("m", hook);
    w3_server_config cfg;
    fx_config(f, &cfg);
    cfg.handler = w3_static_handler;
    cfg.handler_ctx = files;
    cfg.document_root = root;
    fx_start_with_module(f, &cfg, "m", "record_module");
    char request[256];
    snprintf(request, sizeof request, "GET %s HTTP/1.1\r\nHost: example.test\r\n\r\n", path);
    fx_send(f, request);
    fx_stop(f);
    w3_static_destroy(files);
}

static void name_root(void)
{
    snprintf(root, sizeof root, "map_path_%lu", (unsigned long)GetCurrentProcessId());
    for (size_t i = 0; i <= strlen(root); i++)
        wroot[i] = (WCHAR)root[i];
}

static const char *body_of(const fx *f)
{
    const char *end = strstr(f->out, "\r\n\r\n");
    return end != NULL ? end + 4 : "";
}

W3_TEST(map_path_shows_backslashes_and_serves_the_mapping)
{
    fx f;
    set_to = NULL;
    name_root();
    get(&f, "/dir/asked.txt");
    WCHAR expected[128];
    wcscpy(expected, wroot);
    wcscat(expected, L"\\dir\\asked.txt");
    W3_CHECK(wcscmp(shown, expected) == 0);
    W3_CHECK(strncmp(f.out, "HTTP/1.1 200 ", 13) == 0);
    W3_CHECK_STR(body_of(&f), "asked for");
}

W3_TEST(set_physical_path_changes_the_file_served)
{
    fx f;
    name_root();
    static WCHAR chosen[128];
    wcscpy(chosen, wroot);
    wcscat(chosen, L"\\dir\\chosen.txt");
    set_to = chosen;
    set_hr = E_FAIL;
    get(&f, "/dir/asked.txt");
    W3_CHECK_EQ(set_hr, S_OK);
    W3_CHECK(strncmp(f.out, "HTTP/1.1 200 ", 13) == 0);
    W3_CHECK_STR(body_of(&f), "chosen by the module");
}
