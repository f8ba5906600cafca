/* The objects behind the interfaces: IHttpRequest, IHttpResponse, IHttpContext,
 * IHttpConnection and IHttpServer, as a module sees them in its handlers. */
#include <windows.h>
#include <httpserv.h>

#include <stdio.h>
#include <string.h>
#include <wchar.h>

#include "engine_fixture.h"
#include "filter_bridge.h"
#include "module_bridge.h"
#include "w3test.h"

typedef void (*body_fn)(IHttpContext *ctx);
static body_fn in_begin, in_execute;
static REQUEST_NOTIFICATION_STATUS execute_status;

static int hook(const char *, DWORD n, BOOL post, void *ctx, void *)
{
    if (post || ctx == NULL)
        return RQ_NOTIFICATION_CONTINUE;
    if (n == RQ_BEGIN_REQUEST && in_begin != NULL)
        in_begin(static_cast<IHttpContext *>(ctx));
    if (n == RQ_EXECUTE_REQUEST_HANDLER && in_execute != NULL) {
        in_execute(static_cast<IHttpContext *>(ctx));
        return execute_status;
    }
    return RQ_NOTIFICATION_CONTINUE;
}

/* The recorder module "m" runs the two functions; the server's handler answers 200
 * "<p>hello</p>" (POST: the body back) unless the module answered. */
static void run(fx *f, const char *request, body_fn begin, body_fn execute,
                REQUEST_NOTIFICATION_STATUS status = RQ_NOTIFICATION_CONTINUE)
{
    mb_reset();
    bridge_reset();
    in_begin = begin;
    in_execute = execute;
    execute_status = status;
    mb_configure("m", NULL, RQ_BEGIN_REQUEST | RQ_EXECUTE_REQUEST_HANDLER, 0, 0, S_OK);
    mb_set_hook("m", hook);
    fx_start_with_module(f, NULL, "m", "record_module");
    fx_send(f, request);
}

#define GET(path, headers) "GET " path " HTTP/1.1\r\nHost: example.test\r\n" headers "\r\n"

/* ---- request ---- */

static void request_headers(IHttpContext *ctx)
{
    IHttpRequest *req = ctx->GetRequest();
    USHORT cch = 0;
    W3_CHECK_STR(req->GetHeader("user-agent", &cch), "probe/1");
    W3_CHECK_EQ(cch, 7);
    W3_CHECK_STR(req->GetHeader(HttpHeaderUserAgent), "probe/1");
    W3_CHECK_STR(req->GetHeader(HttpHeaderHost), "example.test");
    W3_CHECK(req->GetHeader("X-Absent", &cch) == NULL);
    W3_CHECK_EQ(cch, 0);
    W3_CHECK_EQ(req->SetHeader("X-List", "a", 1, TRUE), S_OK);
    W3_CHECK_EQ(req->SetHeader("X-List", "bcd", 1, FALSE), S_OK); /* cch counts: "b" */
    W3_CHECK_STR(req->GetHeader("X-List"), "a,b");
    W3_CHECK_EQ(req->SetHeader("X-List", "z", 1, TRUE), S_OK);
    W3_CHECK_STR(req->GetHeader("X-List"), "z");
    W3_CHECK_EQ(req->SetHeader(HttpHeaderAccept, "text/plain", 10, TRUE), S_OK);
    W3_CHECK_STR(req->GetHeader("Accept"), "text/plain");
    W3_CHECK_EQ(req->DeleteHeader("user-agent"), S_OK);
    W3_CHECK(req->GetHeader(HttpHeaderUserAgent) == NULL);
    W3_CHECK_EQ(req->DeleteHeader(HttpHeaderReferer), S_OK); /* absent: still S_OK */
    W3_CHECK_EQ(req->SetHeader("Bad:Name", "x", 1, TRUE),
                HRESULT_FROM_WIN32(ERROR_INVALID_PARAMETER));
    W3_CHECK_EQ(req->SetHeader("X-Crlf", "a\r\nb", 4, TRUE),
                HRESULT_FROM_WIN32(ERROR_INVALID_DATA));
}

W3_TEST(request_headers_by_name_and_id)
{
    fx f;
    run(&f, GET("/", "User-Agent: probe/1\r\n"), request_headers, NULL);
    W3_CHECK(strstr(f.out, "200 OK") != NULL);
    fx_stop(&f);
}

static void method_and_url(IHttpContext *ctx)
{
    IHttpRequest *req = ctx->GetRequest();
    W3_CHECK_STR(req->GetHttpMethod(), "GET");
    W3_CHECK(!req->GetUrlChanged());
    W3_CHECK(req->GetForwardedUrl() == NULL);
    W3_CHECK_EQ(req->SetHttpMethod("PROPFIND"), S_OK);
    W3_CHECK_STR(req->GetHttpMethod(), "PROPFIND");
    W3_CHECK_EQ(req->SetHttpMethod("GET"), S_OK);
    W3_CHECK_EQ(req->SetUrl("/new/place", 10, FALSE), S_OK);
    W3_CHECK(req->GetUrlChanged());
    W3_CHECK(wcscmp(req->GetForwardedUrl(), L"/new/place?q=1") == 0);
    W3_CHECK_EQ(req->SetUrl(L"/wide", 5, TRUE), S_OK);
    W3_CHECK(wcscmp(req->GetForwardedUrl(), L"/wide") == 0);
    W3_CHECK_EQ(req->SetUrl("relative", 8, FALSE), HRESULT_FROM_WIN32(ERROR_INVALID_PARAMETER));
    /* The URL server variable keeps the original. */
    PCSTR url = NULL;
    DWORD cch = 0;
    W3_CHECK_EQ(ctx->GetServerVariable("URL", &url, &cch), S_OK);
    W3_CHECK_STR(url, "/old");
}

static char seen_url[64];
static void remember_url(void *, w3_request *req, w3_response *resp)
{
    snprintf(seen_url, sizeof seen_url, "%s", w3_request_url(req));
    w3_response_write(resp, "ok", 2);
}

W3_TEST(method_and_set_url)
{
    fx f;
    w3_server_config cfg;
    mb_reset();
    bridge_reset();
    in_begin = method_and_url;
    in_execute = NULL;
    mb_configure("m", NULL, RQ_BEGIN_REQUEST, 0, 0, S_OK);
    mb_set_hook("m", hook);
    fx_config(&f, &cfg);
    cfg.handler = remember_url;
    fx_start_with_module(&f, &cfg, "m", "record_module");
    seen_url[0] = '\0';
    fx_send(&f, GET("/old?q=1", ""));
    W3_CHECK_STR(seen_url, "/wide"); /* later stages see the new URL */
    fx_stop(&f);
}

static void read_body(IHttpContext *ctx)
{
    IHttpRequest *req = ctx->GetRequest();
    static char prefix[] = "pre-";
    char buf[8];
    DWORD got = 0;
    W3_CHECK_EQ(req->GetRemainingEntityBytes(), 11);
    W3_CHECK_EQ(req->InsertEntityBody(prefix, 4), S_OK);
    W3_CHECK_EQ(req->GetRemainingEntityBytes(), 15);
    char all[32] = {0};
    size_t len = 0;
    HRESULT hr;
    while ((hr = req->ReadEntityBody(buf, sizeof buf, FALSE, &got)) == S_OK) {
        memcpy(all + len, buf, got);
        len += got;
    }
    W3_CHECK_EQ(hr, HRESULT_FROM_WIN32(ERROR_HANDLE_EOF));
    W3_CHECK_STR(all, "pre-hello world");
    W3_CHECK_EQ(req->GetRemainingEntityBytes(), 0);
}

W3_TEST(read_entity_body_and_insert_entity_body)
{
    fx f;
    run(&f, "POST /f HTTP/1.1\r\nHost: x\r\nContent-Length: 11\r\n\r\nhello world", NULL,
        read_body);
    W3_CHECK(strstr(f.out, "200 OK") != NULL);
    fx_stop(&f);
}

static void raw_request(IHttpContext *ctx)
{
    IHttpRequest *req = ctx->GetRequest();
    req->SetHeader("X-Extra", "yes", 3, TRUE);
    HTTP_REQUEST *raw = req->GetRawHttpRequest();
    W3_REQUIRE(raw != NULL);
    W3_CHECK_EQ(raw->Verb, HttpVerbGET);
    W3_CHECK_EQ(raw->Version.MajorVersion, 1);
    W3_CHECK_EQ(raw->Version.MinorVersion, 1);
    W3_CHECK_EQ(raw->RawUrlLength, 8);
    W3_CHECK(strncmp(raw->pRawUrl, "/p/a?b=c", 8) == 0);
    W3_CHECK(wcsncmp(raw->CookedUrl.pFullUrl, L"http://example.test/p/a?b=c",
                     raw->CookedUrl.FullUrlLength / sizeof(WCHAR)) == 0);
    W3_CHECK_EQ(raw->CookedUrl.FullUrlLength, 27 * sizeof(WCHAR));
    W3_CHECK(wcsncmp(raw->CookedUrl.pAbsPath, L"/p/a", 4) == 0);
    W3_CHECK_EQ(raw->CookedUrl.AbsPathLength, 4 * sizeof(WCHAR));
    W3_CHECK(wcsncmp(raw->CookedUrl.pQueryString, L"?b=c", 4) == 0);
    W3_CHECK_EQ(raw->Headers.KnownHeaders[HttpHeaderHost].RawValueLength, 12);
    W3_CHECK(strcmp(raw->Headers.KnownHeaders[HttpHeaderHost].pRawValue, "example.test") == 0);
    W3_CHECK_EQ(raw->Headers.UnknownHeaderCount, 1);
    W3_CHECK(strcmp(raw->Headers.pUnknownHeaders[0].pName, "X-Extra") == 0);
    SOCKADDR_IN *remote = reinterpret_cast<SOCKADDR_IN *>(raw->Address.pRemoteAddress);
    W3_REQUIRE(remote != NULL);
    W3_CHECK_EQ(remote->sin_family, AF_INET);
    const unsigned char *a = reinterpret_cast<const unsigned char *>(&remote->sin_addr);
    W3_CHECK(a[0] == 192 && a[1] == 0 && a[2] == 2 && a[3] == 7);
    const unsigned char *p = reinterpret_cast<const unsigned char *>(&remote->sin_port);
    W3_CHECK_EQ(p[0] * 256 + p[1], 50123);
    SOCKADDR_IN *local = reinterpret_cast<SOCKADDR_IN *>(req->GetLocalAddress());
    const unsigned char *l = reinterpret_cast<const unsigned char *>(&local->sin_port);
    W3_CHECK_EQ(l[0] * 256 + l[1], 80);
    USHORT major = 0, minor = 0;
    req->GetHttpVersion(&major, &minor);
    W3_CHECK(major == 1 && minor == 1);
}

W3_TEST(raw_http_request_is_consistent)
{
    fx f;
    run(&f, GET("/p/a?b=c", ""), NULL, raw_request);
    fx_stop(&f);
}

/* ---- response ---- */

static void build_response(IHttpContext *ctx)
{
    IHttpResponse *resp = ctx->GetResponse();
    W3_CHECK_EQ(resp->SetStatus(404, "Not Here", 7, E_ACCESSDENIED), S_OK);
    USHORT status = 0, sub = 0, cch = 0;
    PCSTR reason = NULL;
    HRESULT error = S_OK;
    PCWSTR module = NULL;
    DWORD notification = 0;
    resp->GetStatus(&status, &sub, &reason, &cch, &error, &module, &notification);
    W3_CHECK_EQ(status, 404);
    W3_CHECK_EQ(sub, 7);
    W3_CHECK_STR(reason, "Not Here");
    W3_CHECK_EQ(cch, 8);
    W3_CHECK_EQ(error, E_ACCESSDENIED);
    W3_CHECK(module != NULL && wcscmp(module, L"m") == 0);
    W3_CHECK_EQ(notification, RQ_EXECUTE_REQUEST_HANDLER);
    W3_CHECK_EQ(resp->SetStatus(99, "Low"), HRESULT_FROM_WIN32(ERROR_INVALID_PARAMETER));
    W3_CHECK_EQ(resp->SetHeader("X-A", "1", 1, TRUE), S_OK);
    W3_CHECK_EQ(resp->SetHeader("X-A", "2", 1, FALSE), S_OK);
    W3_CHECK_STR(resp->GetHeader("x-a"), "1,2");
    W3_CHECK_EQ(resp->SetHeader(HttpHeaderSetCookie, "k=v", 3, TRUE), S_OK);
    cch = 9;
    W3_CHECK(resp->GetHeader(HttpHeaderLocation, &cch) == NULL);
    W3_CHECK_EQ(cch, 0);
    W3_CHECK_EQ(resp->DeleteHeader("X-Missing"), S_OK);
    W3_CHECK_EQ(resp->SetHeader(HttpHeaderContentType, "text/plain", 10, TRUE), S_OK);
    HTTP_DATA_CHUNK chunks[2];
    chunks[0].DataChunkType = HttpDataChunkFromMemory;
    chunks[0].FromMemory.pBuffer = (PVOID) "world";
    chunks[0].FromMemory.BufferLength = 5;
    chunks[1].DataChunkType = HttpDataChunkFromMemory;
    chunks[1].FromMemory.pBuffer = (PVOID) "!";
    chunks[1].FromMemory.BufferLength = 1;
    DWORD sent = 0;
    W3_CHECK_EQ(resp->WriteEntityChunks(chunks, 2, FALSE, FALSE, &sent), S_OK);
    W3_CHECK_EQ(sent, 6);
    HTTP_DATA_CHUNK first;
    first.DataChunkType = HttpDataChunkFromMemory;
    first.FromMemory.pBuffer = (PVOID) "hello ";
    first.FromMemory.BufferLength = 6;
    W3_CHECK_EQ(resp->WriteEntityChunkByReference(&first, 0), S_OK);
    W3_CHECK_EQ(resp->WriteEntityChunks(NULL, 1, FALSE, FALSE, &sent),
                HRESULT_FROM_WIN32(ERROR_INVALID_PARAMETER));
    W3_CHECK_EQ(resp->WriteEntityChunks(chunks, 65536, FALSE, FALSE, &sent),
                HRESULT_FROM_WIN32(ERROR_ARITHMETIC_OVERFLOW));
    W3_CHECK(!ctx->GetResponseHeadersSent());
}

W3_TEST(status_headers_and_entity_chunks)
{
    fx f;
    run(&f, GET("/", ""), NULL, build_response);
    W3_CHECK(strncmp(f.out, "HTTP/1.1 404 Not Here\r\n", 23) == 0);
    W3_CHECK(strstr(f.out, "\r\nX-A: 1,2\r\n") != NULL);
    W3_CHECK(strstr(f.out, "\r\nSet-Cookie: k=v\r\n") != NULL);
    W3_CHECK(strstr(f.out, "\r\nContent-Length: 12\r\n") != NULL);
    W3_CHECK(strstr(f.out, "\r\n\r\nhello world!") != NULL);
    W3_CHECK(strstr(f.out, "<p>hello</p>") == NULL); /* the module answered */
    fx_stop(&f);
}

static char file_path[MAX_PATH];

static void write_file(IHttpContext *ctx)
{
    HANDLE h = CreateFileA(file_path, GENERIC_READ, FILE_SHARE_READ, NULL, OPEN_EXISTING,
                           FILE_ATTRIBUTE_NORMAL, NULL);
    W3_REQUIRE(h != INVALID_HANDLE_VALUE);
    HTTP_DATA_CHUNK chunk;
    chunk.DataChunkType = HttpDataChunkFromFileHandle;
    chunk.FromFileHandle.ByteRange.StartingOffset.QuadPart = 2;
    chunk.FromFileHandle.ByteRange.Length.QuadPart = HTTP_BYTE_RANGE_TO_EOF;
    chunk.FromFileHandle.FileHandle = h;
    DWORD sent = 0;
    W3_CHECK_EQ(ctx->GetResponse()->WriteEntityChunks(&chunk, 1, FALSE, FALSE, &sent), S_OK);
    W3_CHECK_EQ(sent, 8);
    CloseHandle(h);
}

W3_TEST(file_handle_chunks)
{
    fx f;
    snprintf(file_path, sizeof file_path, "%smodules_objects_chunk.txt", w3t_exe_dir());
    HANDLE h =
        CreateFileA(file_path, GENERIC_WRITE, 0, NULL, CREATE_ALWAYS, FILE_ATTRIBUTE_NORMAL, NULL);
    W3_REQUIRE(h != INVALID_HANDLE_VALUE);
    DWORD written;
    WriteFile(h, "..from file", 10, &written, NULL);
    CloseHandle(h);
    run(&f, GET("/", ""), NULL, write_file);
    W3_CHECK(strstr(f.out, "\r\n\r\nfrom fil") != NULL);
    W3_CHECK(strstr(f.out, "Content-Length: 8\r\n") != NULL);
    fx_stop(&f);
    DeleteFileA(file_path);
}

static void flush_twice(IHttpContext *ctx)
{
    IHttpResponse *resp = ctx->GetResponse();
    HTTP_DATA_CHUNK chunk;
    chunk.DataChunkType = HttpDataChunkFromMemory;
    chunk.FromMemory.pBuffer = (PVOID) "part1";
    chunk.FromMemory.BufferLength = 5;
    DWORD sent = 0;
    resp->WriteEntityChunks(&chunk, 1, FALSE, TRUE, &sent);
    W3_CHECK_EQ(resp->Flush(FALSE, TRUE, &sent), S_OK);
    W3_CHECK(sent > 5);
    W3_CHECK(ctx->GetResponseHeadersSent());
    resp->DisableBuffering();
    chunk.FromMemory.pBuffer = (PVOID) "part2";
    resp->WriteEntityChunks(&chunk, 1, FALSE, TRUE, &sent);
}

W3_TEST(flush_streams_with_chunked_framing)
{
    fx f;
    run(&f, GET("/", ""), NULL, flush_twice);
    W3_CHECK(strstr(f.out, "Transfer-Encoding: chunked\r\n") != NULL);
    W3_CHECK(strstr(f.out, "Content-Length") == NULL);
    W3_CHECK(strstr(f.out, "\r\n\r\n5\r\npart1\r\n5\r\npart2\r\n0\r\n\r\n") != NULL);
    W3_CHECK(!w3_conn_wants_close(f.conn));
    fx_stop(&f);
}

static void clear_and_redirect(IHttpContext *ctx)
{
    IHttpResponse *resp = ctx->GetResponse();
    resp->SetStatus(500, "Oops");
    resp->SetHeader("X-Gone", "1", 1, TRUE);
    resp->Clear();
    USHORT status = 0;
    resp->GetStatus(&status);
    W3_CHECK_EQ(status, 200);
    W3_CHECK(resp->GetHeader("X-Gone") == NULL);
    W3_CHECK_EQ(resp->Redirect("/elsewhere", TRUE, TRUE), S_OK);
}

W3_TEST(clear_then_redirect)
{
    fx f;
    run(&f, GET("/here?x=1", ""), NULL, clear_and_redirect, RQ_NOTIFICATION_FINISH_REQUEST);
    W3_CHECK(strncmp(f.out, "HTTP/1.1 302 Found\r\n", 20) == 0);
    W3_CHECK(strstr(f.out, "\r\nLocation: http://example.test/elsewhere?x=1\r\n") != NULL);
    W3_CHECK(strstr(f.out, "X-Gone") == NULL);
    fx_stop(&f);
}

static void disconnect(IHttpContext *ctx)
{
    ctx->GetResponse()->SetNeedDisconnect();
}

W3_TEST(set_need_disconnect_closes_after_the_response)
{
    fx f;
    run(&f, GET("/", ""), NULL, disconnect);
    W3_CHECK(strstr(f.out, "\r\nConnection: close\r\n") != NULL);
    W3_CHECK(w3_conn_wants_close(f.conn));
    fx_stop(&f);
}

static void reset(IHttpContext *ctx)
{
    ctx->GetResponse()->ResetConnection();
}

W3_TEST(reset_connection_sends_nothing)
{
    fx f;
    run(&f, GET("/", ""), NULL, reset, RQ_NOTIFICATION_FINISH_REQUEST);
    W3_CHECK_EQ(f.out_len, 0);
    W3_CHECK(w3_conn_wants_close(f.conn));
    fx_stop(&f);
}

static void suppress(IHttpContext *ctx)
{
    IHttpResponse *resp = ctx->GetResponse();
    resp->SuppressHeaders();
    W3_CHECK(resp->GetHeadersSuppressed());
    W3_CHECK_EQ(resp->SetErrorDescription(L"why", 3), S_OK);
    DWORD cch = 0;
    W3_CHECK(wcscmp(resp->GetErrorDescription(&cch), L"why") == 0);
    W3_CHECK_EQ(cch, 3);
    resp->ClearHeaders();
    HTTP_DATA_CHUNK chunk;
    chunk.DataChunkType = HttpDataChunkFromMemory;
    chunk.FromMemory.pBuffer = (PVOID) "raw body";
    chunk.FromMemory.BufferLength = 8;
    DWORD sent;
    resp->WriteEntityChunks(&chunk, 1, FALSE, FALSE, &sent);
}

W3_TEST(suppress_headers_sends_the_body_only)
{
    fx f;
    run(&f, GET("/", ""), NULL, suppress);
    W3_CHECK_STR(f.out, "raw body");
    fx_stop(&f);
}

/* ---- context ---- */

static int cleanups;

class Stored : public IHttpStoredContext
{
  public:
    VOID CleanupStoredContext() override
    {
        cleanups++;
        delete this;
    }
};

class ConnStored : public IHttpConnectionStoredContext
{
  public:
    VOID CleanupStoredContext() override
    {
        bridge_record("conn-cleanup");
        delete this;
    }
    VOID NotifyDisconnect() override { bridge_record("conn-disconnect"); }
};

static HTTP_MODULE_ID module_id;

static void context_things(IHttpContext *ctx)
{
    PCWSTR wvalue = NULL;
    PCSTR value = NULL;
    DWORD cch = 0;
    W3_CHECK_EQ(ctx->GetServerVariable("REQUEST_METHOD", &value, &cch), S_OK);
    W3_CHECK_STR(value, "GET");
    W3_CHECK_EQ(cch, 3);
    W3_CHECK_EQ(ctx->GetServerVariable("REMOTE_ADDR", &wvalue, &cch), S_OK);
    W3_CHECK(wcscmp(wvalue, L"192.0.2.7") == 0);
    W3_CHECK_EQ(ctx->GetServerVariable("NO_SUCH_VAR", &value, &cch),
                HRESULT_FROM_WIN32(ERROR_INVALID_INDEX));
    W3_CHECK_EQ(ctx->SetServerVariable("MY_VAR", L"mine"), S_OK);
    W3_CHECK_EQ(ctx->GetServerVariable("MY_VAR", &value, &cch), S_OK);
    W3_CHECK_STR(value, "mine");

    char *mem = static_cast<char *>(ctx->AllocateRequestMemory(100));
    W3_REQUIRE(mem != NULL);
    memset(mem, 'x', 100);
    IHttpConnection *conn = ctx->GetConnection();
    W3_REQUIRE(conn != NULL);
    W3_CHECK(conn->IsConnected());
    W3_CHECK(conn->AllocateMemory(10) != NULL);

    IHttpModuleContextContainer *c = ctx->GetModuleContextContainer();
    W3_REQUIRE(c != NULL);
    W3_CHECK(c->GetModuleContext(module_id) == NULL);
    Stored *s = new Stored;
    W3_CHECK_EQ(c->SetModuleContext(s, module_id), S_OK);
    Stored *again = new Stored;
    W3_CHECK_EQ(c->SetModuleContext(again, module_id), HRESULT_FROM_WIN32(ERROR_ALREADY_ASSIGNED));
    delete again;
    W3_CHECK_EQ(c->SetModuleContext(NULL, module_id), HRESULT_FROM_WIN32(ERROR_INVALID_PARAMETER));
    W3_CHECK(c->GetModuleContext(module_id) == s);
    IHttpConnectionModuleContextContainer *cc = conn->GetModuleContextContainer();
    if (cc->GetConnectionModuleContext(module_id) == NULL)
        W3_CHECK_EQ(cc->SetConnectionModuleContext(new ConnStored, module_id), S_OK);

    DWORD pcch = 0;
    PCWSTR physical = ctx->GetPhysicalPath(&pcch);
    W3_CHECK(wcscmp(physical, L"\\srv\\www\\dir\\page.htm") == 0);
    W3_CHECK_EQ(pcch, wcslen(physical));
    W3_CHECK(wcscmp(ctx->GetScriptName(), L"/dir/page.htm") == 0);
    WCHAR mapped[64];
    DWORD cb = sizeof mapped;
    W3_CHECK_EQ(ctx->MapPath(L"/a/b", mapped, &cb), S_OK);
    W3_CHECK(wcscmp(mapped, L"\\srv\\www\\a\\b") == 0);
    cb = 2;
    W3_CHECK_EQ(ctx->MapPath(L"/a/b", mapped, &cb), HRESULT_FROM_WIN32(ERROR_INSUFFICIENT_BUFFER));
    W3_CHECK_EQ(cb, 13 * sizeof(WCHAR));

    IHttpUser *user = ctx->GetUser();
    W3_REQUIRE(user != NULL);
    W3_CHECK(wcscmp(user->GetUserName(), L"alice") == 0);
    W3_CHECK(wcscmp(user->GetAuthenticationType(), L"Basic") == 0);
    W3_CHECK_EQ(ctx->GetSite()->GetSiteId(), 1);
    W3_CHECK(ctx->GetApplication()->GetModuleContextContainer() != NULL);
    W3_CHECK(ctx->GetApplication()->GetApplicationPhysicalPath() != NULL);

    /* Only a clone can be released (pipeline_child_test.cpp has the clones). */
    W3_CHECK_EQ(ctx->ReleaseClonedContext(), HRESULT_FROM_WIN32(ERROR_INVALID_PARAMETER));
    W3_CHECK(ctx->GetParentContext() == NULL);
    W3_CHECK(ctx->GetRootContext() == ctx);
}

W3_TEST(context_variables_memory_containers_paths_user)
{
    fx f;
    w3_server_config cfg;
    mb_reset();
    bridge_reset();
    cleanups = 0;
    module_id = reinterpret_cast<HTTP_MODULE_ID>(static_cast<UINT_PTR>(2)); /* 2nd module */
    in_begin = NULL;
    in_execute = context_things;
    execute_status = RQ_NOTIFICATION_CONTINUE;
    mb_configure("m", NULL, RQ_EXECUTE_REQUEST_HANDLER, 0, 0, S_OK);
    mb_set_hook("m", hook);
    fx_config(&f, &cfg);
    cfg.document_root = "/srv/www";
    fx_start_with_module(&f, &cfg, "m", "record_module");
    /* alice:secret */
    fx_send(&f, GET("/dir/page.htm", "Authorization: Basic YWxpY2U6c2VjcmV0\r\n"));
    W3_CHECK(strstr(f.out, "200 OK") != NULL);
    W3_CHECK_EQ(cleanups, 1); /* the request's stored context went at its end */
    fx_send(&f, GET("/dir/page.htm", "Authorization: Basic YWxpY2U6c2VjcmV0\r\n"));
    W3_CHECK_EQ(cleanups, 2);
    W3_CHECK(strstr(bridge_log(), "conn-cleanup") == NULL); /* the connection's lives on */
    fx_close(&f);
    W3_CHECK(strstr(bridge_log(), "conn-disconnect conn-cleanup") != NULL);
    fx_stop(&f);
}

static int server_checked;

static void server_things(IHttpContext *)
{
    IHttpServer *server = static_cast<IHttpServer *>(mb_server());
    W3_CHECK(wcscmp(server->GetAppPoolName(), L"TestPool") == 0);
    W3_CHECK(server->IsCommandLineLaunch());
    IDispensedHttpModuleContextContainer *c = server->DispenseContainer();
    W3_REQUIRE(c != NULL);
    W3_CHECK_EQ(c->SetModuleContext(new Stored, reinterpret_cast<HTTP_MODULE_ID>(2)), S_OK);
    c->ReleaseContainer();
    W3_CHECK_EQ(cleanups, 1);
    server->ReportUnhealthy(L"testing", E_FAIL);
    server_checked = 1;
}

W3_TEST(server_object)
{
    fx f;
    w3_server_config cfg;
    mb_reset();
    bridge_reset();
    cleanups = 0;
    server_checked = 0;
    in_begin = server_things;
    in_execute = NULL;
    mb_configure("m", NULL, RQ_BEGIN_REQUEST, 0, 0, S_OK);
    mb_set_hook("m", hook);
    fx_config(&f, &cfg);
    cfg.app_pool_name = "TestPool";
    fx_start_with_module(&f, &cfg, "m", "record_module");
    fx_send(&f, GET("/", ""));
    W3_CHECK(server_checked);
    W3_CHECK(strstr(f.log, "unhealthy: testing (0x80004005)") != NULL);
    fx_stop(&f);
}

static HRESULT early_read;
static DWORD early_remaining;

static void read_too_early(IHttpContext *ctx)
{
    char buf[8];
    DWORD got = 99;
    early_remaining = ctx->GetRequest()->GetRemainingEntityBytes();
    early_read = ctx->GetRequest()->ReadEntityBody(buf, sizeof buf, FALSE, &got);
    W3_CHECK_EQ(got, 0);
}

W3_TEST(body_reads_before_it_arrived_are_refused_and_logged)
{
    fx f;
    run(&f, "POST /f HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n\r\n", read_too_early, NULL);
    W3_CHECK_EQ(early_remaining, 5);
    W3_CHECK_EQ(early_read, E_NOTIMPL);
    W3_CHECK_EQ(fx_count(f.log, "ReadEntityBody before RQ_AUTHORIZE_REQUEST is not supported"), 1);
    fx_send(&f, "hello"); /* the body still reaches the handler */
    W3_CHECK(strstr(f.out, "\r\n\r\nhello") != NULL);
    fx_stop(&f);
}

static int extended_checked;

static void extended(IHttpContext *ctx)
{
    IHttpServer *server = static_cast<IHttpServer *>(mb_server());
    IHttpContext3 *ctx3 = NULL;
    W3_CHECK_EQ(HttpGetExtendedInterface(server, ctx, &ctx3), S_OK);
    W3_REQUIRE(ctx3 != NULL);
    W3_CHECK(static_cast<IHttpContext *>(ctx3) == ctx);
    W3_CHECK(ctx3->GetUser() == ctx->GetUser());
    IHttpContext4 *ctx4 = NULL;
    W3_CHECK_EQ(HttpGetExtendedInterface(server, ctx, &ctx4), S_OK);
    W3_CHECK(ctx4->GetRequestStartTime() != 0);
    W3_CHECK(ctx4->GetRequestElapsedTime() < 60000);
    INamedContextContainer *named = ctx3->GetNamedContextContainer();
    W3_REQUIRE(named != NULL);
    Stored *stored = new Stored;
    W3_CHECK_EQ(named->SetNamedContext(stored, L"shared"), S_OK);
    W3_CHECK(named->GetNamedContext(L"shared") == stored);
    W3_CHECK(named->GetNamedContext(L"other") == NULL);
    Stored *second = new Stored;
    W3_CHECK_EQ(named->SetNamedContext(second, L"shared"),
                HRESULT_FROM_WIN32(ERROR_ALREADY_ASSIGNED));
    delete second;
    IHttpRequest2 *req2 = reinterpret_cast<IHttpRequest2 *>(1);
    W3_CHECK_EQ(HttpGetExtendedInterface(server, ctx->GetRequest(), &req2), E_NOINTERFACE);
    W3_CHECK(req2 == NULL);
    extended_checked = 1;
}

W3_TEST(http_get_extended_interface_gives_newer_context_interfaces)
{
    fx f;
    extended_checked = 0;
    cleanups = 0;
    run(&f, GET("/", ""), extended, NULL);
    W3_CHECK(extended_checked);
    W3_CHECK_EQ(cleanups, 1); /* the named context went with the request */
    W3_CHECK(strstr(f.out, "200 OK") != NULL);
    fx_stop(&f);
}
