/* IHttpServer::GetFileInfo (IHttpFileInfo) and the performance counters of
 * IHttpServer and IHttpSite, as a module uses them. */
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

#define GET(path) "GET " path " HTTP/1.1\r\nHost: example.test\r\n\r\n"

static void write_file(const char *path, const char *text, size_t len)
{
    FILE *f = fopen(path, "wb");
    W3_REQUIRE(f != NULL);
    W3_REQUIRE(fwrite(text, 1, len, f) == len);
    fclose(f);
}

typedef void (*body_fn)(IHttpContext *ctx);
static body_fn in_begin;

static int hook(const char *, DWORD n, BOOL post, void *ctx, void *)
{
    if (!post && ctx != NULL && n == RQ_BEGIN_REQUEST && in_begin != NULL)
        in_begin(static_cast<IHttpContext *>(ctx));
    return RQ_NOTIFICATION_CONTINUE;
}

/* A server whose handler serves fileinfo_root/ statically, with the recorder module "m"
 * running `begin` in RQ_BEGIN_REQUEST. */
static w3_static *start(fx *f, body_fn begin)
{
    CreateDirectoryA("fileinfo_root", NULL);
    static const char *const docs[] = {"index.html"};
    w3_static_config sc = {"fileinfo_root", docs, 1, 0};
    w3_static *files = w3_static_create(&sc);
    W3_REQUIRE(files != NULL);
    mb_reset();
    bridge_reset();
    in_begin = begin;
    mb_configure("m", NULL, RQ_BEGIN_REQUEST, 0, 0, S_OK);
    mb_set_hook("m", hook);
    w3_server_config cfg;
    fx_config(f, &cfg);
    cfg.handler = w3_static_handler;
    cfg.handler_ctx = files;
    fx_start_with_module(f, &cfg, "m", "record_module");
    return files;
}

static void stop(fx *f, w3_static *files)
{
    fx_stop(f);
    w3_static_destroy(files);
}

static IHttpServer *server()
{
    return static_cast<IHttpServer *>(mb_server());
}

/* ---- GetFileInfo ---- */

W3_TEST(file_info_of_a_small_file)
{
    fx f;
    w3_static *files = start(&f, NULL);
    write_file("fileinfo_root/a.txt", "0123456789", 10);
    IHttpFileInfo *info = NULL;
    W3_REQUIRE(server()->GetFileInfo(L"fileinfo_root/a.txt", NULL, NULL, NULL, NULL, TRUE, &info) ==
               S_OK);
    W3_REQUIRE(info != NULL);
    ULARGE_INTEGER size;
    size.QuadPart = 0;
    info->GetSize(&size);
    W3_CHECK_EQ(size.QuadPart, 10);
    W3_CHECK_EQ(info->GetAttributes() & FILE_ATTRIBUTE_DIRECTORY, 0);
    W3_CHECK(wcscmp(info->GetFilePath(), L"fileinfo_root/a.txt") == 0);
    W3_REQUIRE(info->GetFileBuffer() != NULL);
    W3_CHECK_MEM(info->GetFileBuffer(), "0123456789", 10);
    /* The handle reads the file from its start. */
    HANDLE h = info->GetFileHandle();
    W3_REQUIRE(h != NULL && h != INVALID_HANDLE_VALUE);
    char head[4];
    DWORD got = 0;
    W3_CHECK(ReadFile(h, head, 4, &got, NULL));
    W3_CHECK_EQ(got, 4);
    W3_CHECK_MEM(head, "0123", 4);
    W3_CHECK(info->GetVrPath() == NULL);
    W3_CHECK(info->GetModuleContextContainer() != NULL);
    W3_CHECK_EQ(info->AccessCheck(NULL, NULL), S_OK);
    W3_CHECK(!info->CheckIfFileHasChanged(NULL));

    /* The ETag and Last-Modified are the ones a GET of the same file answers with. */
    USHORT cch = 0;
    char etag[64], modified[64];
    snprintf(etag, sizeof etag, "%s", info->GetETag(&cch));
    W3_CHECK_EQ(cch, strlen(etag));
    snprintf(modified, sizeof modified, "%s", info->GetLastModifiedString());
    FILETIME written;
    info->GetLastModifiedTime(&written);
    W3_CHECK(written.dwHighDateTime != 0);
    fx_send(&f, GET("/a.txt"));
    W3_CHECK(strstr(f.out, "200 OK") != NULL);
    W3_CHECK_STR(fx_header_of(f.out, "ETag"), etag);
    W3_CHECK_STR(fx_header_of(f.out, "Last-Modified"), modified);

    /* A second reference keeps the object alive after the first is released. */
    info->ReferenceCacheData();
    info->DereferenceCacheData();
    W3_CHECK_EQ(info->GetAttributes() & FILE_ATTRIBUTE_DIRECTORY, 0);
    info->DereferenceCacheData();
    stop(&f, files);
}

W3_TEST(file_info_of_a_missing_file)
{
    fx f;
    w3_static *files = start(&f, NULL);
    IHttpFileInfo *info = reinterpret_cast<IHttpFileInfo *>(1);
    W3_CHECK_EQ(
        server()->GetFileInfo(L"fileinfo_root/missing.txt", NULL, NULL, NULL, NULL, FALSE, &info),
        HRESULT_FROM_WIN32(ERROR_FILE_NOT_FOUND));
    W3_CHECK_EQ((DWORD)HRESULT_FROM_WIN32(ERROR_FILE_NOT_FOUND), 0x80070002u);
    W3_CHECK(info == NULL);
    stop(&f, files);
}

W3_TEST(file_info_of_a_directory_and_a_large_file)
{
    fx f;
    w3_static *files = start(&f, NULL);
    IHttpFileInfo *info = NULL;
    W3_REQUIRE(server()->GetFileInfo(L"fileinfo_root", NULL, NULL, L"/", NULL, FALSE, &info) ==
               S_OK);
    W3_CHECK(info->GetAttributes() & FILE_ATTRIBUTE_DIRECTORY);
    W3_CHECK(info->GetFileBuffer() == NULL);
    W3_CHECK(wcscmp(info->GetVrPath(), L"/") == 0);
    info->DereferenceCacheData();

    /* Up to 256 KiB the content is in memory; beyond, it is read by handle. */
    static char big[300 * 1024];
    memset(big, 'x', sizeof big);
    big[256 * 1024 - 1] = 'y';
    write_file("fileinfo_root/limit.bin", big, 256 * 1024);
    W3_REQUIRE(server()->GetFileInfo(L"fileinfo_root/limit.bin", NULL, NULL, NULL, NULL, FALSE,
                                     &info) == S_OK);
    W3_REQUIRE(info->GetFileBuffer() != NULL);
    W3_CHECK_EQ(info->GetFileBuffer()[256 * 1024 - 1], 'y');
    info->DereferenceCacheData();
    write_file("fileinfo_root/big.bin", big, sizeof big);
    W3_REQUIRE(server()->GetFileInfo(L"fileinfo_root/big.bin", NULL, NULL, NULL, NULL, FALSE,
                                     &info) == S_OK);
    ULARGE_INTEGER size;
    info->GetSize(&size);
    W3_CHECK_EQ(size.QuadPart, sizeof big);
    W3_CHECK(info->GetFileBuffer() == NULL);
    W3_CHECK(info->GetFileHandle() != NULL);
    info->DereferenceCacheData();
    stop(&f, files);
}

W3_TEST(file_info_notices_a_changed_file)
{
    fx f;
    w3_static *files = start(&f, NULL);
    write_file("fileinfo_root/c.txt", "one", 3);
    IHttpFileInfo *info = NULL;
    W3_REQUIRE(server()->GetFileInfo(L"fileinfo_root/c.txt", NULL, NULL, NULL, NULL, FALSE,
                                     &info) == S_OK);
    W3_CHECK(!info->CheckIfFileHasChanged(NULL));
    write_file("fileinfo_root/c.txt", "three", 5);
    W3_CHECK(info->CheckIfFileHasChanged(NULL));
    /* The object keeps what it read. */
    W3_CHECK_MEM(info->GetFileBuffer(), "one", 3);
    info->DereferenceCacheData();
    stop(&f, files);
}

/* ---- performance counters ---- */

static void count_up(IHttpContext *ctx)
{
    server()->GetPerfCounterInfo()->IncrementCounter(3, 5);
    ctx->GetSite()->GetPerfCounterInfo()->IncrementCounter(3);
    ctx->GetSite()->GetPerfCounterInfo()->IncrementCounter(7, 10);
}

static void count_down(IHttpContext *ctx)
{
    server()->GetPerfCounterInfo()->DecrementCounter(3, 2);
    ctx->GetSite()->GetPerfCounterInfo()->DecrementCounter(7);
}

W3_TEST(perf_counters_last_across_requests)
{
    fx f;
    w3_static *files = start(&f, count_up);
    IHttpPerfCounterInfo *global = server()->GetPerfCounterInfo();
    W3_REQUIRE(global != NULL);
    W3_CHECK(global == server()->GetPerfCounterInfo());
    fx_send(&f, GET("/none.txt"));
    fx_send(&f, GET("/none.txt"));
    in_begin = count_down;
    fx_send(&f, GET("/none.txt"));
    W3_CHECK_EQ_I(w3_server_perf_counter(f.server, W3_PERF_SERVER, 3), 8);
    W3_CHECK_EQ_I(w3_server_perf_counter(f.server, W3_PERF_SITE, 3), 2);
    W3_CHECK_EQ_I(w3_server_perf_counter(f.server, W3_PERF_SITE, 7), 19);
    W3_CHECK_EQ_I(w3_server_perf_counter(f.server, W3_PERF_SERVER, 7), 0);
    /* Out of range: ignored, read as 0. */
    global->IncrementCounter(64, 1);
    W3_CHECK_EQ_I(w3_server_perf_counter(f.server, W3_PERF_SERVER, 64), 0);
    W3_CHECK(strstr(f.log, "performance counter index 64") != NULL);
    stop(&f, files);
}

static DWORD WINAPI hammer(LPVOID counters)
{
    IHttpPerfCounterInfo *c = static_cast<IHttpPerfCounterInfo *>(counters);
    for (int i = 0; i < 20000; i++) {
        c->IncrementCounter(1, 2);
        c->DecrementCounter(1);
    }
    return 0;
}

W3_TEST(perf_counters_are_thread_safe)
{
    fx f;
    w3_static *files = start(&f, NULL);
    HANDLE threads[4];
    for (int i = 0; i < 4; i++) {
        threads[i] = CreateThread(NULL, 0, hammer, server()->GetPerfCounterInfo(), 0, NULL);
        W3_REQUIRE(threads[i] != NULL);
    }
    for (int i = 0; i < 4; i++) {
        W3_CHECK_EQ(WaitForSingleObject(threads[i], 60000), WAIT_OBJECT_0);
        CloseHandle(threads[i]);
    }
    W3_CHECK_EQ_I(w3_server_perf_counter(f.server, W3_PERF_SERVER, 1), 4 * 20000);
    stop(&f, files);
}
