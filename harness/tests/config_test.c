/* Servers from an applicationHost.config, as text or as a file. */
#include <stdio.h>
#include <string.h>

#include <windows.h>

#include "probe.h"
#include "w3test.h"

static char root[MAX_PATH + 64];

/* A site root in the temporary directory with hello.txt in it. */
static const char *make_root(void)
{
    char dir[MAX_PATH], file[MAX_PATH + 96];
    W3_REQUIRE(GetTempPathA(sizeof dir, dir) > 0);
    snprintf(root, sizeof root, "%sw3harness-root-%lu", dir, (unsigned long)GetCurrentProcessId());
    CreateDirectoryA(root, NULL);
    snprintf(file, sizeof file, "%s/hello.txt", root);
    FILE *f = fopen(file, "wb");
    W3_REQUIRE(f != NULL);
    fputs("hello from the site", f);
    fclose(f);
    return root;
}

static void remove_root(void)
{
    char file[MAX_PATH + 96];
    snprintf(file, sizeof file, "%s/hello.txt", root);
    DeleteFileA(file);
    RemoveDirectoryA(root);
}

static void site_config(char *out, size_t size, const char *extra)
{
    snprintf(out, size,
             "<configuration><system.applicationHost><sites><site name=\"t\" id=\"3\">"
             "<bindings><binding protocol=\"http\" bindingInformation=\"*:80:\"/></bindings>"
             "<application path=\"/\"><virtualDirectory path=\"/\" physicalPath=\"%s\"/>"
             "</application></site></sites></system.applicationHost>"
             "<system.webServer>"
             "<globalModules><add name=\"Probe\" image=\"%s\"/></globalModules>"
             "<modules><add name=\"Probe\"/></modules>"
             "<isapiFilters><filter name=\"P\" path=\"%s\"/></isapiFilters>%s"
             "</system.webServer></configuration>\n",
             make_root(), w3h_extension_path("probe_module"), "%FILTER%", extra);
    /* The filter's path goes in last: w3h_extension_path's buffer is reused. */
    char *at = strstr(out, "%FILTER%");
    char rest[4096];
    snprintf(rest, sizeof rest, "%s%s", w3h_extension_path("probe_filter"), at + 8);
    snprintf(at, size - (size_t)(at - out), "%s", rest);
}

static void check_site(w3h_server *server)
{
    w3h_conn *conn;
    w3h_response resp;
    w3_conn_info info;
    w3h_conn_info_init(&info);
    W3_REQUIRE(w3h_conn_open(server, &info, &conn) == W3H_OK);
    W3_REQUIRE(w3h_conn_request(conn, "GET", "/hello.txt", NULL, NULL, 0, &resp) == W3H_OK);
    W3_CHECK_EQ(resp.status, 200);
    W3_CHECK_STR(resp.body, "hello from the site");
    W3_CHECK_STR(w3h_response_header(&resp, "X-Probe"), "filter");
    W3_REQUIRE(w3h_conn_request(conn, "GET", "/module", NULL, NULL, 0, &resp) == W3H_OK);
    W3_CHECK_STR(resp.body, "module");
    W3_REQUIRE(w3h_conn_request(conn, "GET", "/missing.txt", NULL, NULL, 0, &resp) == W3H_OK);
    W3_CHECK_EQ(resp.status, 404);
}

W3_TEST(config_text_loads_site_filter_and_module)
{
    char text[4096];
    w3h_server *server;
    site_config(text, sizeof text, "");
    W3_REQUIRE(w3h_server_create_from_config(text, &server) == W3H_OK);
    check_site(server);
    W3_CHECK_EQ(w3h_server_destroy(server), W3H_OK);
    remove_root();
}

W3_TEST(config_file_loads_site_filter_and_module)
{
    char text[4096], path[MAX_PATH + 96];
    w3h_server *server;
    site_config(text, sizeof text, "");
    snprintf(path, sizeof path, "%s.config", root);
    FILE *f = fopen(path, "wb");
    W3_REQUIRE(f != NULL);
    fputs(text, f);
    fclose(f);
    W3_REQUIRE(w3h_server_create_from_file(path, &server) == W3H_OK);
    check_site(server);
    W3_CHECK_EQ(w3h_server_destroy(server), W3H_OK);
    DeleteFileA(path);
    remove_root();
}

W3_TEST(invalid_config_text_names_its_line)
{
    char text[4096];
    w3h_server *server = (w3h_server *)&server;
    site_config(text, sizeof text, "\n<directoryBrowse enabled=\"maybe\"/>");
    W3_CHECK_EQ(w3h_server_create_from_config(text, &server), W3H_E_CONFIG);
    W3_CHECK(server == NULL);
    W3_CHECK(last_error_says("config text:2:"));
    W3_CHECK(last_error_says("directoryBrowse"));
    remove_root();
}

W3_TEST(missing_config_file_and_null_text_are_errors)
{
    w3h_server *server;
    W3_CHECK_EQ(w3h_server_create_from_file("no-such-dir/applicationHost.config", &server),
                W3H_E_CONFIG);
    W3_CHECK(last_error_says("applicationHost.config"));
    W3_CHECK_EQ(w3h_server_create_from_config(NULL, &server), W3H_E_INVALID_ARG);
    W3_CHECK(last_error_says("config_text is NULL"));
}

W3_TEST(config_with_missing_module_fails_to_load)
{
    w3h_server *server;
    static const char text[] =
        "<configuration><system.webServer>"
        "<globalModules><add name=\"Gone\" image=\"no_such_module.dll\"/></globalModules>"
        "<modules><add name=\"Gone\"/></modules></system.webServer></configuration>";
    W3_CHECK_EQ(w3h_server_create_from_config(text, &server), W3H_E_LOAD);
    W3_CHECK(last_error_says("no_such_module.dll"));
}
