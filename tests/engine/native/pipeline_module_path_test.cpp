/* Native modules enabled per configuration path: a module's request notifications run
 * only where the merged system.webServer/modules section at the request's path lists
 * it (<remove>, <clear/> and <add> in <location> and web.config files, names compared
 * without regard to case); a module the configuration does not name keeps running
 * everywhere. */
#include <windows.h>
#include <httpserv.h>

#include <stdio.h>

#include "ac_fixture.h"
#include "engine_fixture.h"
#include "filter_bridge.h"
#include "module_bridge.h"
#include "w3test.h"

/* "a" is enabled at the root, "g" only installed (<globalModules>); "x" is loaded
 * through the embedding API alone. */
static const char app_host[] =
    "<configuration><system.webServer>"
    "<globalModules><add name='a' image='a.dll'/><add name='g' image='g.dll'/></globalModules>"
    "<modules><add name='a'/></modules>"
    "</system.webServer>"
    "<location path='Default Web Site/loc'><system.webServer>"
    "<modules><remove name='a'/></modules></system.webServer></location>"
    "</configuration>";

static void write_web_config(acfx *files, const char *folder, const char *modules)
{
    char relative[128], text[512];
    snprintf(relative, sizeof relative, "site/%s/web.config", folder);
    snprintf(text, sizeof text,
             "<configuration><system.webServer><modules>%s</modules></system.webServer>"
             "</configuration>",
             modules);
    acfx_write(files, relative, text);
}

/* The server reading the files, with "a", "g" (global) and "x" loaded in that order. */
static void start(fx *f, acfx *files, char *config_path, size_t size)
{
    snprintf(config_path, size, "%s/applicationHost.config", files->root);
    static char root[2 * MAX_PATH];
    snprintf(root, sizeof root, "%s/site", files->root);
    w3_server_config cfg;
    fx_config(f, &cfg);
    cfg.config_path = config_path;
    cfg.site_name = "Default Web Site";
    cfg.document_root = root;
    mb_reset();
    bridge_reset();
    mb_configure("a", NULL, RQ_BEGIN_REQUEST, 0, 0, S_OK);
    mb_configure("g", NULL, RQ_BEGIN_REQUEST, RQ_BEGIN_REQUEST, GL_PRE_BEGIN_REQUEST, S_OK);
    mb_configure("x", NULL, RQ_BEGIN_REQUEST, 0, 0, S_OK);
    fx_start(f, &cfg);
    W3_REQUIRE(w3_server_add_module(f->server, "a", fx_module_path("record_module")));
    W3_REQUIRE(w3_server_add_global_module(f->server, "g", fx_module_path("record_module")));
    W3_REQUIRE(w3_server_add_module(f->server, "x", fx_module_path("record_module")));
    fx_open(f, 0);
}

/* The handlers that ran for a GET of url. */
static const char *modules_for(fx *f, const char *url)
{
    char request[256];
    snprintf(request, sizeof request, "GET %s HTTP/1.1\r\nHost: example.test\r\n\r\n", url);
    bridge_clear_log();
    fx_clear_output(f);
    fx_send(f, request);
    W3_CHECK_EQ(fx_count(f->out, "HTTP/1.1 200 OK"), 1);
    return bridge_log();
}

W3_TEST(modules_run_where_the_merged_section_lists_them)
{
    acfx files;
    acfx_init(&files, app_host);
    write_web_config(&files, "off", "<remove name='a'/>");
    write_web_config(&files, "off/on", "<add name='a'/><add name='g'/>");
    write_web_config(&files, "clear", "<clear/>");
    W3_REQUIRE(SUCCEEDED(CoInitializeEx(NULL, COINIT_MULTITHREADED)));
    char config_path[2 * MAX_PATH];
    fx f;
    start(&f, &files, config_path, sizeof config_path);

    W3_CHECK_STR(modules_for(&f, "/page.htm"),
                 "g:GL_PRE_BEGIN_REQUEST a:BEGIN_REQUEST x:BEGIN_REQUEST");
    W3_CHECK_STR(modules_for(&f, "/off/page.htm"), "g:GL_PRE_BEGIN_REQUEST x:BEGIN_REQUEST");
    W3_CHECK_STR(modules_for(&f, "/off/on/page.htm"),
                 "g:GL_PRE_BEGIN_REQUEST a:BEGIN_REQUEST g:BEGIN_REQUEST x:BEGIN_REQUEST "
                 "g:POST_BEGIN_REQUEST");
    W3_CHECK_STR(modules_for(&f, "/clear/page.htm"), "g:GL_PRE_BEGIN_REQUEST x:BEGIN_REQUEST");
    W3_CHECK_STR(modules_for(&f, "/loc/page.htm"), "g:GL_PRE_BEGIN_REQUEST x:BEGIN_REQUEST");
    W3_CHECK_STR(modules_for(&f, "/page.htm"),
                 "g:GL_PRE_BEGIN_REQUEST a:BEGIN_REQUEST x:BEGIN_REQUEST");

    fx_stop(&f);
    acfx_stop(&files);
}

W3_TEST(a_changed_web_config_applies_to_the_next_request)
{
    acfx files;
    acfx_init(&files, app_host);
    write_web_config(&files, "off", "<remove name='a'/>");
    W3_REQUIRE(SUCCEEDED(CoInitializeEx(NULL, COINIT_MULTITHREADED)));
    char config_path[2 * MAX_PATH];
    fx f;
    start(&f, &files, config_path, sizeof config_path);

    W3_CHECK_STR(modules_for(&f, "/off/page.htm"), "g:GL_PRE_BEGIN_REQUEST x:BEGIN_REQUEST");
    write_web_config(&files, "off", "<add name='g'/>");
    W3_CHECK_STR(modules_for(&f, "/off/page.htm"),
                 "g:GL_PRE_BEGIN_REQUEST a:BEGIN_REQUEST g:BEGIN_REQUEST x:BEGIN_REQUEST "
                 "g:POST_BEGIN_REQUEST");

    fx_stop(&f);
    acfx_stop(&files);
}

W3_TEST(module_names_compare_without_regard_to_case)
{
    acfx files;
    acfx_init(&files, app_host);
    write_web_config(&files, "caps", "<remove name='A'/>");
    write_web_config(&files, "caps/on", "<add name='A'/><add name='G'/>");
    W3_REQUIRE(SUCCEEDED(CoInitializeEx(NULL, COINIT_MULTITHREADED)));
    char config_path[2 * MAX_PATH];
    fx f;
    start(&f, &files, config_path, sizeof config_path);

    W3_CHECK_STR(modules_for(&f, "/caps/page.htm"), "g:GL_PRE_BEGIN_REQUEST x:BEGIN_REQUEST");
    W3_CHECK_STR(modules_for(&f, "/caps/on/page.htm"),
                 "g:GL_PRE_BEGIN_REQUEST a:BEGIN_REQUEST g:BEGIN_REQUEST x:BEGIN_REQUEST "
                 "g:POST_BEGIN_REQUEST");

    fx_stop(&f);
    acfx_stop(&files);
}
