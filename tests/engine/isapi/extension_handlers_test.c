/* <handlers> entries of IsapiModule (w3_server_add_isapi_handler): script maps by file
 * name extension and verb, IIS's ISAPI-dll entry (the .dll a URL names under the
 * site), resourceType="File", and <isapiCgiRestriction> (w3_server_restrict_isapi,
 * w3_server_allow_unlisted_isapi), whose refusal is 404.2. */
#include <stdio.h>
#include <string.h>

#include <windows.h>

#include "engine_fixture.h"
#include "w3test.h"

static unsigned logged_status, logged_substatus;

static void on_request_log(void *ctx, const w3_log_record *rec)
{
    (void)ctx;
    logged_status = rec->status;
    logged_substatus = rec->substatus;
}

/* A site whose root holds scripts/t.dll, a copy of the test extension. */
static char site[MAX_PATH - 32];

static void make_site(void)
{
    char dir[MAX_PATH - 64], dll[MAX_PATH];
    W3_REQUIRE(GetTempPathA(sizeof dir, dir) > 0);
    snprintf(site, sizeof site, "%sw3handlers_%lu", dir, (unsigned long)GetCurrentProcessId());
    CreateDirectoryA(site, NULL);
    snprintf(dll, sizeof dll, "%s\\scripts", site);
    CreateDirectoryA(dll, NULL);
    snprintf(dll, sizeof dll, "%s\\scripts\\t.dll", site);
    W3_REQUIRE(CopyFileA(fx_module_path("test_extension"), dll, FALSE));
}

static void remove_site(void)
{
    char path[MAX_PATH];
    snprintf(path, sizeof path, "%s\\scripts\\t.dll", site);
    DeleteFileA(path);
    snprintf(path, sizeof path, "%s\\scripts", site);
    RemoveDirectoryA(path);
    RemoveDirectoryA(site);
}

static void start(fx *f)
{
    w3_server_config cfg;
    fx_config(f, &cfg);
    cfg.document_root = site;
    cfg.request_log = on_request_log;
    bridge_reset();
    fx_start(f, &cfg);
}

static void request(fx *f, const char *text)
{
    fx_clear_output(f);
    logged_status = logged_substatus = 0;
    fx_send(f, text);
}

W3_TEST(script_map_by_extension_and_verb)
{
    make_site();
    fx f;
    start(&f);
    const char *processor = fx_module_path("test_extension");
    W3_REQUIRE(w3_server_add_isapi_handler(f.server, "*.isa", "GET,HEAD", processor, 0));
    W3_REQUIRE(w3_server_restrict_isapi(f.server, processor, 1));
    W3_CHECK_STR(bridge_log(), ""); /* loaded at its first request */
    fx_open(&f, 0);
    request(&f, "GET /app/page.isa?q=1 HTTP/1.1\r\nHost: x\r\n\r\n");
    W3_CHECK(strstr(f.out, "path_info=/app/page.isa\n") != NULL);
    W3_CHECK(strstr(bridge_log(), "ext:version") != NULL);
    /* Another verb is not the handler's: the next one (here the fixture's) answers. */
    request(&f, "POST /app/page.isa HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\n\r\nhi");
    W3_CHECK(strstr(f.out, "\r\n\r\nhi") != NULL);
    fx_stop(&f);
    remove_site();
}

/* Not listed, with notListedIsapisAllowed false (IIS's default): 404.2; listed as not
 * allowed, whatever the default: 404.2; listed as allowed: it runs. */
W3_TEST(isapi_cgi_restriction_gives_404_2)
{
    make_site();
    fx f;
    const char *processor = fx_module_path("test_extension");
    start(&f);
    W3_REQUIRE(w3_server_add_isapi_handler(f.server, "*.isa", "*", processor, 0));
    fx_open(&f, 0);
    request(&f, "GET /page.isa HTTP/1.1\r\nHost: x\r\n\r\n");
    W3_CHECK(strncmp(f.out, "HTTP/1.1 404 ", 13) == 0);
    W3_CHECK_EQ(logged_status, 404);
    W3_CHECK_EQ(logged_substatus, 2);
    W3_CHECK(strstr(bridge_log(), "ext:") == NULL);
    fx_stop(&f);

    start(&f);
    W3_REQUIRE(w3_server_add_isapi_handler(f.server, "*.isa", NULL, processor, 0));
    W3_REQUIRE(w3_server_allow_unlisted_isapi(f.server, 1));
    W3_REQUIRE(w3_server_restrict_isapi(f.server, processor, 0));
    fx_open(&f, 0);
    request(&f, "GET /page.isa HTTP/1.1\r\nHost: x\r\n\r\n");
    W3_CHECK_EQ(logged_substatus, 2);
    fx_stop(&f);

    start(&f);
    W3_REQUIRE(w3_server_add_isapi_handler(f.server, "*.isa", NULL, processor, 0));
    W3_REQUIRE(w3_server_allow_unlisted_isapi(f.server, 1));
    fx_open(&f, 0);
    request(&f, "GET /page.isa HTTP/1.1\r\nHost: x\r\n\r\n");
    W3_CHECK(strstr(f.out, "path_info=/page.isa\n") != NULL);
    fx_stop(&f);
    remove_site();
}

/* ISAPI-dll: the .dll under the site is the extension, the rest of the URL its path
 * info; a .dll that is not there is 404, one not allowed 404.2. */
W3_TEST(isapi_dll_under_the_site)
{
    make_site();
    char dll[MAX_PATH];
    snprintf(dll, sizeof dll, "%s/scripts/T.DLL", site); /* any case, either separator */
    fx f;
    start(&f);
    W3_REQUIRE(w3_server_add_isapi_handler(f.server, "*.dll", NULL, NULL, 1));
    W3_REQUIRE(w3_server_restrict_isapi(f.server, dll, 1));
    fx_open(&f, 0);
    request(&f, "GET /scripts/t.dll/echo?x=1 HTTP/1.1\r\nHost: x\r\n\r\n");
    W3_CHECK(strstr(f.out, "path_info=/echo\n") != NULL);
    W3_CHECK(strstr(f.out, "query=x=1\n") != NULL);
    request(&f, "GET /scripts/none.dll HTTP/1.1\r\nHost: x\r\n\r\n");
    W3_CHECK_EQ(logged_status, 404);
    W3_CHECK_EQ(logged_substatus, 2); /* not listed: refused before it is looked for */
    fx_stop(&f);

    start(&f);
    W3_REQUIRE(w3_server_add_isapi_handler(f.server, "*.dll", NULL, NULL, 1));
    W3_REQUIRE(w3_server_allow_unlisted_isapi(f.server, 1));
    fx_open(&f, 0);
    request(&f, "GET /scripts/none.dll HTTP/1.1\r\nHost: x\r\n\r\n");
    W3_CHECK_EQ(logged_status, 404);
    W3_CHECK_EQ(logged_substatus, 0);
    request(&f, "GET /scripts/t.dll HTTP/1.1\r\nHost: x\r\n\r\n");
    W3_CHECK(strstr(f.out, "ext:(no path info)") != NULL || strstr(f.out, "path_info=\n") != NULL);
    fx_stop(&f);
    remove_site();
}

/* resourceType="File": a script-mapped URL that names no file is 404, unlike "*". */
W3_TEST(resource_type_file_needs_the_file)
{
    make_site();
    fx f;
    start(&f);
    W3_REQUIRE(
        w3_server_add_isapi_handler(f.server, "*.dll", "GET", fx_module_path("test_extension"), 1));
    W3_REQUIRE(w3_server_allow_unlisted_isapi(f.server, 1));
    fx_open(&f, 0);
    request(&f, "GET /scripts/missing.dll HTTP/1.1\r\nHost: x\r\n\r\n");
    W3_CHECK_EQ(logged_status, 404);
    request(&f, "GET /scripts/t.dll HTTP/1.1\r\nHost: x\r\n\r\n");
    W3_CHECK(strstr(f.out, "path_info=/scripts/t.dll\n") != NULL);
    fx_stop(&f);
    remove_site();
}

W3_TEST(handler_arguments_and_late_calls_are_refused)
{
    make_site();
    fx f;
    start(&f);
    SetLastError(0);
    W3_CHECK(!w3_server_add_isapi_handler(f.server, "/scripts", NULL, NULL, 0));
    W3_CHECK_EQ(GetLastError(), ERROR_INVALID_PARAMETER);
    W3_CHECK(!w3_server_add_isapi_handler(f.server, "", NULL, "x.dll", 0));
    W3_CHECK(!w3_server_restrict_isapi(f.server, NULL, 1));
    W3_CHECK(!w3_server_add_isapi_handler(NULL, "*.dll", NULL, NULL, 0));
    fx_open(&f, 0);
    SetLastError(0);
    W3_CHECK(!w3_server_add_isapi_handler(f.server, "*.dll", NULL, NULL, 0));
    W3_CHECK_EQ(GetLastError(), ERROR_INVALID_STATE);
    SetLastError(0);
    W3_CHECK(!w3_server_restrict_isapi(f.server, "x.dll", 1));
    W3_CHECK_EQ(GetLastError(), ERROR_INVALID_STATE);
    W3_CHECK(!w3_server_allow_unlisted_isapi(f.server, 1));
    fx_stop(&f);
    remove_site();
}
