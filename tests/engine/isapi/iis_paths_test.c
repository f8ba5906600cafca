/* Physical paths as IIS shows them to filters: '\' separators only, and the file served
 * is the one URL_MAP left in pszPhysicalPath. Legacy filters search the path for "\uc\"
 * (the 1996 SDK's upcase) or open it with CreateFile or fopen; both work unchanged,
 * natively and, cross-compiled, under Wine. */
#include <stdio.h>
#include <string.h>

#include <windows.h>
#include <httpfilt.h>

#include "engine_fixture.h"
#include "w3static.h"
#include "w3test.h"

/* Each test case runs in its own process, possibly beside the others: its own files. */
static char root[32], outside[64];

/* root followed by rest, in a static buffer (two in turn). */
static const char *under_root(const char *rest)
{
    static char paths[2][MAX_PATH];
    static int next;
    char *p = paths[next++ % 2];
    snprintf(p, MAX_PATH, "%s%s", root, rest);
    return p;
}

static void write_file(const char *path, const char *text)
{
    HANDLE h = CreateFileA(path, GENERIC_WRITE, 0, NULL, CREATE_ALWAYS, 0, NULL);
    W3_REQUIRE(h != INVALID_HANDLE_VALUE);
    DWORD written = 0;
    W3_CHECK(WriteFile(h, text, (DWORD)strlen(text), &written, NULL));
    CloseHandle(h);
}

/* root/sales/uc/page.txt, root/sales/other.txt and a file beside the root. */
static void make_site(void)
{
    snprintf(root, sizeof root, "iis_paths_%lu", (unsigned long)GetCurrentProcessId());
    snprintf(outside, sizeof outside, "%s_outside.txt", root);
    CreateDirectoryA(root, NULL);
    CreateDirectoryA(under_root("/sales"), NULL);
    CreateDirectoryA(under_root("/sales/uc"), NULL);
    write_file(under_root("/sales/uc/page.txt"), "lower case text");
    write_file(under_root("/sales/other.txt"), "the other file");
    write_file(outside, "outside the root");
}

static w3_static *files;

/* A server whose handler is the static file handler over the root, with recorder_a's
 * procedure, and request sent. */
static void run(fx *f, bridge_proc proc, const char *request)
{
    make_site();
    w3_static_config sc = {root, NULL, 0, 0};
    files = w3_static_create(&sc);
    W3_REQUIRE(files != NULL);
    w3_server_config cfg;
    fx_config(f, &cfg);
    cfg.handler = w3_static_handler;
    cfg.handler_ctx = files;
    cfg.document_root = root;
    fx_run_recorder(f, proc, &cfg, request);
}

static void stop(fx *f)
{
    fx_stop(f);
    w3_static_destroy(files);
}

static const char *body_of(const fx *f)
{
    const char *end = strstr(f->out, "\r\n\r\n");
    return end != NULL ? end + 4 : "";
}

static char seen_path[MAX_PATH];
static int seen_uc;

/* upcase's test: the URL_MAP path holds "\uc\". */
static DWORD look_for_uc(int slot, HTTP_FILTER_CONTEXT *pfc, DWORD type, void *pv)
{
    (void)slot;
    (void)pfc;
    if (type == SF_NOTIFY_URL_MAP) {
        HTTP_FILTER_URL_MAP *map = pv;
        snprintf(seen_path, sizeof seen_path, "%s", map->pszPhysicalPath);
        seen_uc = strstr(map->pszPhysicalPath, "\\uc\\") != NULL;
    }
    return SF_STATUS_REQ_NEXT_NOTIFICATION;
}

W3_TEST(url_map_path_has_backslashes_only)
{
    fx f;
    run(&f, look_for_uc, "GET /sales/uc/page.txt HTTP/1.1\r\nHost: x\r\n\r\n");
    W3_CHECK(seen_uc);
    W3_CHECK_STR(seen_path, under_root("\\sales\\uc\\page.txt"));
    W3_CHECK(strchr(seen_path, '/') == NULL);
    W3_CHECK(strncmp(f.out, "HTTP/1.1 200 ", 13) == 0);
    W3_CHECK_STR(body_of(&f), "lower case text");
    stop(&f);
}

W3_TEST(url_map_path_decodes_the_url)
{
    fx f;
    run(&f, look_for_uc, "GET /sales/%75c/page.txt HTTP/1.1\r\nHost: x\r\n\r\n");
    W3_CHECK_STR(seen_path, under_root("\\sales\\uc\\page.txt"));
    W3_CHECK_STR(body_of(&f), "lower case text");
    stop(&f);
}

static const char *rewrite_to;

/* isapi_extmap's way: replace the physical path in place, within cbPathBuff. */
static DWORD rewrite_path(int slot, HTTP_FILTER_CONTEXT *pfc, DWORD type, void *pv)
{
    (void)slot;
    (void)pfc;
    if (type == SF_NOTIFY_URL_MAP) {
        HTTP_FILTER_URL_MAP *map = pv;
        const char *to = rewrite_to != NULL ? under_root(rewrite_to) : outside;
        W3_CHECK(strlen(to) < map->cbPathBuff);
        strcpy(map->pszPhysicalPath, to);
    }
    return SF_STATUS_REQ_NEXT_NOTIFICATION;
}

W3_TEST(url_map_rewrite_changes_the_file_served)
{
    fx f;
    rewrite_to = "\\sales\\other.txt";
    run(&f, rewrite_path, "GET /sales/uc/page.txt HTTP/1.1\r\nHost: x\r\n\r\n");
    W3_CHECK(strncmp(f.out, "HTTP/1.1 200 ", 13) == 0);
    W3_CHECK_STR(body_of(&f), "the other file");
    stop(&f);
}

W3_TEST(url_map_rewrite_to_a_missing_file_is_404)
{
    fx f;
    rewrite_to = "\\sales\\none.txt";
    run(&f, rewrite_path, "GET /sales/uc/page.txt HTTP/1.1\r\nHost: x\r\n\r\n");
    W3_CHECK(strncmp(f.out, "HTTP/1.1 404 ", 13) == 0);
    stop(&f);
}

/* The filter is trusted code: IIS serves the file it names, even outside the site. */
W3_TEST(url_map_rewrite_outside_the_root_is_served)
{
    fx f;
    rewrite_to = NULL; /* the file beside the root */
    run(&f, rewrite_path, "GET /sales/uc/page.txt HTTP/1.1\r\nHost: x\r\n\r\n");
    W3_CHECK(strncmp(f.out, "HTTP/1.1 200 ", 13) == 0);
    W3_CHECK_STR(body_of(&f), "outside the root");
    stop(&f);
}

/* The URL itself still cannot leave the root, whatever the mapping. */
W3_TEST(url_climbing_above_the_root_is_refused)
{
    fx f;
    run(&f, look_for_uc, "GET /../outside.txt HTTP/1.1\r\nHost: x\r\n\r\n");
    W3_CHECK(strncmp(f.out, "HTTP/1.1 400 ", 13) == 0);
    W3_CHECK(strstr(f.out, "outside the root") == NULL);
    stop(&f);
}

static char read_by_createfile[64], read_by_fopen[64], read_by_translated[64];

static void read_with_createfile(const char *path, char *out, size_t size)
{
    HANDLE h = CreateFileA(path, GENERIC_READ, FILE_SHARE_READ, NULL, OPEN_EXISTING, 0, NULL);
    DWORD got = 0;
    if (h == INVALID_HANDLE_VALUE)
        return;
    if (ReadFile(h, out, (DWORD)size - 1, &got, NULL))
        out[got] = '\0';
    CloseHandle(h);
}

/* A filter that opens the file it is about to serve, with Win32 and with the CRT. */
static DWORD open_the_path(int slot, HTTP_FILTER_CONTEXT *pfc, DWORD type, void *pv)
{
    (void)slot;
    if (type == SF_NOTIFY_URL_MAP) {
        HTTP_FILTER_URL_MAP *map = pv;
        read_with_createfile(map->pszPhysicalPath, read_by_createfile, sizeof read_by_createfile);
        FILE *file = fopen(map->pszPhysicalPath, "rb");
        if (file != NULL) {
            size_t got = fread(read_by_fopen, 1, sizeof read_by_fopen - 1, file);
            read_by_fopen[got] = '\0';
            fclose(file);
        }
    } else if (type == SF_NOTIFY_AUTH_COMPLETE) {
        char path[MAX_PATH];
        DWORD cb = sizeof path;
        if (pfc->GetServerVariable(pfc, "PATH_TRANSLATED", path, &cb))
            read_with_createfile(path, read_by_translated, sizeof read_by_translated);
    }
    return SF_STATUS_REQ_NEXT_NOTIFICATION;
}

W3_TEST(filter_opens_the_physical_path_with_createfile_and_fopen)
{
    fx f;
    read_by_createfile[0] = read_by_fopen[0] = read_by_translated[0] = '\0';
    run(&f, open_the_path, "GET /sales/uc/page.txt HTTP/1.1\r\nHost: x\r\n\r\n");
    W3_CHECK_STR(read_by_createfile, "lower case text");
    W3_CHECK_STR(read_by_fopen, "lower case text");
    W3_CHECK_STR(read_by_translated, "lower case text");
    stop(&f);
}
