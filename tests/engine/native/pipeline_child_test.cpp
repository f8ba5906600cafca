/* Child requests: IHttpContext::CloneContext, ExecuteRequest and ReleaseClonedContext,
 * as a module uses them to run another URL inside its request. */
#include <windows.h>
#include <httpserv.h>

#include <stdio.h>
#include <string.h>

#include "engine_fixture.h"
#include "filter_bridge.h"
#include "module_bridge.h"
#include "w3test.h"

/* The server's handler: "<URL>" as text/plain with "X-Page: yes". */
static void page(void *, w3_request *req, w3_response *resp)
{
    w3_response_add_header(resp, "Content-Type", "text/plain");
    w3_response_add_header(resp, "X-Page", "yes");
    w3_response_write(resp, "<", 1);
    w3_response_write(resp, w3_request_url(req), strlen(w3_request_url(req)));
    w3_response_write(resp, ">", 1);
}

typedef REQUEST_NOTIFICATION_STATUS (*execute_fn)(IHttpContext *ctx);
static execute_fn in_parent, in_child;

static int hook(const char *, DWORD n, BOOL post, void *p, void *)
{
    IHttpContext *ctx = static_cast<IHttpContext *>(p);
    if (post || n != RQ_EXECUTE_REQUEST_HANDLER || ctx == NULL)
        return RQ_NOTIFICATION_CONTINUE;
    execute_fn fn = ctx->GetParentContext() == NULL ? in_parent : in_child;
    return fn != NULL ? fn(ctx) : RQ_NOTIFICATION_CONTINUE;
}

static void put_text(IHttpContext *ctx, const char *text)
{
    HTTP_DATA_CHUNK chunk;
    chunk.DataChunkType = HttpDataChunkFromMemory;
    chunk.FromMemory.pBuffer = const_cast<char *>(text);
    chunk.FromMemory.BufferLength = (ULONG)strlen(text);
    DWORD sent = 0;
    W3_CHECK_EQ(ctx->GetResponse()->WriteEntityChunks(&chunk, 1, FALSE, TRUE, &sent), S_OK);
}

/* Module "m" (and "n" when `request_n` is nonzero) with the hook, and the ISAPI filter
 * recorder_a when `filter_flags` is nonzero; the server answers with `page`. */
static void start(fx *f, DWORD request_m, DWORD post_m, DWORD request_n = 0, DWORD filter_flags = 0)
{
    w3_server_config cfg;
    mb_reset();
    bridge_reset();
    mb_configure("m", NULL, request_m, post_m, 0, S_OK);
    mb_set_hook("m", hook);
    fx_config(f, &cfg);
    cfg.handler = page;
    fx_start(f, &cfg);
    W3_REQUIRE(w3_server_add_module(f->server, "m", fx_module_path("record_module")));
    if (request_n != 0) {
        mb_configure("n", NULL, request_n, 0, 0, S_OK);
        W3_REQUIRE(w3_server_add_module(f->server, "n", fx_module_path("record_module")));
    }
    if (filter_flags != 0) {
        bridge_set_flags(0, filter_flags);
        W3_REQUIRE(fx_add(f, "recorder_a"));
    }
    fx_open(f, 0);
}

#define GET(path) "GET " path " HTTP/1.1\r\nHost: example.test\r\nX-Trace: t1\r\n\r\n"

static const char *body_of(const fx *f)
{
    const char *b = strstr(f->out, "\r\n\r\n");
    return b != NULL ? b + 4 : "";
}

/* Clones ctx, points the clone at url and executes it with flags; returns the clone
 * (not released). */
static IHttpContext *run_child(IHttpContext *ctx, const char *url, DWORD flags, BOOL async = FALSE)
{
    IHttpContext *clone = NULL;
    W3_REQUIRE(ctx->CloneContext(CLONE_FLAG_BASICS | CLONE_FLAG_HEADERS, &clone) == S_OK);
    W3_REQUIRE(clone != NULL);
    W3_REQUIRE(clone->GetRequest()->SetUrl(url, (DWORD)strlen(url), FALSE) == S_OK);
    BOOL expected = TRUE;
    W3_CHECK_EQ(ctx->ExecuteRequest(async, clone, flags, NULL, &expected), S_OK);
    W3_CHECK(!expected); /* it ran to its end inside the call */
    return clone;
}

/* ---- the child's response inside the parent's ---- */

static BOOL child_async;

static REQUEST_NOTIFICATION_STATUS parent_wraps_child(IHttpContext *ctx)
{
    put_text(ctx, "[before]");
    IHttpContext *clone = run_child(ctx, "/other?x=1", 0, child_async);
    put_text(ctx, "[after]");
    W3_CHECK_EQ(clone->ReleaseClonedContext(), S_OK);
    return RQ_NOTIFICATION_CONTINUE;
}

W3_TEST(child_output_goes_into_the_parent_response)
{
    for (int async = 0; async < 2; async++) {
        fx f;
        start(&f, RQ_EXECUTE_REQUEST_HANDLER, 0);
        in_parent = parent_wraps_child;
        in_child = NULL;
        child_async = async;
        fx_send(&f, GET("/index"));
        W3_CHECK(strncmp(f.out, "HTTP/1.1 200 OK\r\n", 17) == 0);
        W3_CHECK_EQ(fx_count(f.out, "HTTP/1.1 "), 1);
        W3_CHECK(strstr(f.out, "\r\nContent-Length: 27\r\n") != NULL);
        W3_CHECK(strstr(f.out, "\r\nX-Page: yes\r\n") != NULL); /* the child's headers */
        W3_CHECK_STR(body_of(&f), "[before]</other?x=1>[after]");
        W3_CHECK_EQ(fx_count(f.log, "request:"), 1); /* the client's request is logged */
        fx_stop(&f);
    }
}

static REQUEST_NOTIFICATION_STATUS parent_without_child_headers(IHttpContext *ctx)
{
    IHttpResponse *resp = ctx->GetResponse();
    W3_CHECK_EQ(resp->SetStatus(202, "Taken"), S_OK);
    W3_CHECK_EQ(resp->SetHeader("X-Parent", "1", 1, TRUE), S_OK);
    IHttpContext *clone = run_child(ctx, "/part", EXECUTE_FLAG_NO_HEADERS);
    W3_CHECK_EQ(clone->ReleaseClonedContext(), S_OK);
    return RQ_NOTIFICATION_CONTINUE;
}

W3_TEST(no_headers_child_gives_only_its_entity)
{
    fx f;
    start(&f, RQ_EXECUTE_REQUEST_HANDLER, 0);
    in_parent = parent_without_child_headers;
    in_child = NULL;
    fx_send(&f, GET("/index"));
    W3_CHECK(strncmp(f.out, "HTTP/1.1 202 Taken\r\n", 20) == 0);
    W3_CHECK(strstr(f.out, "\r\nX-Parent: 1\r\n") != NULL);
    W3_CHECK(strstr(f.out, "X-Page") == NULL);
    W3_CHECK_STR(body_of(&f), "</part>");
    fx_stop(&f);
}

/* ---- a buffered child ---- */

static REQUEST_NOTIFICATION_STATUS parent_reads_buffered_child(IHttpContext *ctx)
{
    IHttpContext *clone = run_child(ctx, "/inner", EXECUTE_FLAG_BUFFER_RESPONSE);
    IHttpResponse *child = clone->GetResponse();
    USHORT cch = 0;
    W3_CHECK_STR(child->GetHeader("X-Page", &cch), "yes");
    USHORT status = 0;
    child->GetStatus(&status);
    W3_CHECK_EQ(status, 200);
    HTTP_RESPONSE *raw = child->GetRawHttpResponse();
    W3_REQUIRE(raw != NULL);
    W3_CHECK_EQ(raw->StatusCode, 200);
    W3_REQUIRE(raw->EntityChunkCount == 1);
    const HTTP_DATA_CHUNK *c = &raw->pEntityChunks[0];
    W3_CHECK_EQ(c->DataChunkType, HttpDataChunkFromMemory);
    W3_CHECK_MEM(c->FromMemory.pBuffer, "</inner>", 8);
    W3_CHECK_EQ(c->FromMemory.BufferLength, 8);
    char text[64];
    snprintf(text, sizeof text, "child said %.*s", (int)c->FromMemory.BufferLength,
             static_cast<const char *>(c->FromMemory.pBuffer));
    put_text(ctx, text);
    W3_CHECK_EQ(clone->ReleaseClonedContext(), S_OK);
    return RQ_NOTIFICATION_CONTINUE;
}

W3_TEST(buffered_child_response_is_the_parents_to_read)
{
    fx f;
    start(&f, RQ_EXECUTE_REQUEST_HANDLER, 0);
    in_parent = parent_reads_buffered_child;
    in_child = NULL;
    fx_send(&f, GET("/index"));
    W3_CHECK(strncmp(f.out, "HTTP/1.1 200 OK\r\n", 17) == 0);
    W3_CHECK(strstr(f.out, "X-Page") == NULL); /* nothing of the child went out */
    W3_CHECK_STR(body_of(&f), "child said </inner>");
    fx_stop(&f);
}

/* ---- parent, root, flags, what the clone carries ---- */

static IHttpContext *root_seen, *parent_seen;
static int children_seen;

static REQUEST_NOTIFICATION_STATUS child_checks_family(IHttpContext *ctx)
{
    children_seen++;
    W3_CHECK(ctx->GetRootContext() == root_seen);
    USHORT cch = 0;
    W3_CHECK_STR(ctx->GetRequest()->GetHeader("X-Trace", &cch), "t1"); /* CLONE_FLAG_HEADERS */
    W3_CHECK_STR(ctx->GetRequest()->GetHttpMethod(), "GET");           /* CLONE_FLAG_BASICS */
    if (ctx->GetParentContext() == root_seen) {
        W3_CHECK_EQ(ctx->GetExecuteFlags(), EXECUTE_FLAG_DISABLE_CUSTOM_ERROR);
        parent_seen = ctx;
        /* A grandchild: its parent is this child, its root the client's request. */
        IHttpContext *clone = run_child(ctx, "/grandchild", 0);
        W3_CHECK_EQ(clone->ReleaseClonedContext(), S_OK);
    } else {
        W3_CHECK(ctx->GetParentContext() == parent_seen);
        W3_CHECK_EQ(ctx->GetExecuteFlags(), 0);
    }
    return RQ_NOTIFICATION_CONTINUE;
}

static REQUEST_NOTIFICATION_STATUS parent_checks_family(IHttpContext *ctx)
{
    root_seen = ctx;
    W3_CHECK(ctx->GetParentContext() == NULL);
    W3_CHECK(ctx->GetRootContext() == ctx);
    W3_CHECK_EQ(ctx->GetExecuteFlags(), 0);
    const HRESULT invalid = HRESULT_FROM_WIN32(ERROR_INVALID_PARAMETER);
    BOOL expected = TRUE;
    W3_CHECK_EQ(ctx->ExecuteRequest(FALSE, ctx, 0, NULL, &expected), invalid); /* no clone */
    W3_CHECK_EQ(ctx->CloneContext(CLONE_FLAG_BASICS, NULL), invalid);
    IHttpContext *clone = run_child(ctx, "/child", EXECUTE_FLAG_DISABLE_CUSTOM_ERROR);
    W3_CHECK(clone->GetParentContext() == ctx);
    W3_CHECK_EQ(ctx->ExecuteRequest(FALSE, clone, 0, NULL, &expected), invalid); /* once */
    W3_CHECK_EQ(ctx->ReleaseClonedContext(), invalid);                           /* not a clone */
    W3_CHECK_EQ(clone->ReleaseClonedContext(), S_OK);
    return RQ_NOTIFICATION_CONTINUE;
}

W3_TEST(parent_and_root_contexts_of_children)
{
    fx f;
    start(&f, RQ_EXECUTE_REQUEST_HANDLER, 0);
    in_parent = parent_checks_family;
    in_child = child_checks_family;
    children_seen = 0;
    fx_send(&f, GET("/index"));
    W3_CHECK_EQ(children_seen, 2);
    W3_CHECK_STR(body_of(&f), "</grandchild>");
    fx_stop(&f);
}

/* ---- the child's notifications ---- */

static REQUEST_NOTIFICATION_STATUS parent_runs_plain_child(IHttpContext *ctx)
{
    IHttpContext *clone = run_child(ctx, "/child", 0);
    W3_CHECK_EQ(clone->ReleaseClonedContext(), S_OK);
    return RQ_NOTIFICATION_CONTINUE;
}

static const DWORD some_notifications =
    RQ_BEGIN_REQUEST | RQ_EXECUTE_REQUEST_HANDLER | RQ_SEND_RESPONSE | RQ_END_REQUEST;

W3_TEST(modules_see_the_child_notifications_inside_the_parent_handler)
{
    fx f;
    start(&f, some_notifications, RQ_BEGIN_REQUEST | RQ_END_REQUEST, 0,
          SF_NOTIFY_NONSECURE_PORT | SF_NOTIFY_PREPROC_HEADERS | SF_NOTIFY_END_OF_REQUEST);
    in_parent = parent_runs_plain_child;
    in_child = NULL;
    bridge_clear_log();
    fx_send(&f, GET("/index"));
    /* ISAPI filters follow the client's request only. */
    W3_CHECK_STR(bridge_log(),
                 "a:PREPROC_HEADERS m:BEGIN_REQUEST m:POST_BEGIN_REQUEST "
                 "m:EXECUTE_REQUEST_HANDLER "
                 "m:BEGIN_REQUEST m:POST_BEGIN_REQUEST m:EXECUTE_REQUEST_HANDLER m:SEND_RESPONSE "
                 "m:END_REQUEST m:POST_END_REQUEST "
                 "m:SEND_RESPONSE a:END_OF_REQUEST m:END_REQUEST m:POST_END_REQUEST");
    fx_stop(&f);
}

static REQUEST_NOTIFICATION_STATUS parent_ignores_itself(IHttpContext *ctx)
{
    IHttpContext *clone = run_child(ctx, "/child", EXECUTE_FLAG_IGNORE_CURRENT_INTERCEPTOR);
    W3_CHECK_EQ(clone->ReleaseClonedContext(), S_OK);
    return RQ_NOTIFICATION_CONTINUE;
}

W3_TEST(ignore_current_interceptor_keeps_the_caller_out_of_the_child)
{
    fx f;
    start(&f, RQ_BEGIN_REQUEST | RQ_EXECUTE_REQUEST_HANDLER, 0,
          RQ_BEGIN_REQUEST | RQ_EXECUTE_REQUEST_HANDLER);
    in_parent = parent_ignores_itself;
    in_child = NULL;
    bridge_clear_log();
    fx_send(&f, GET("/index"));
    W3_CHECK_STR(bridge_log(), "m:BEGIN_REQUEST n:BEGIN_REQUEST m:EXECUTE_REQUEST_HANDLER "
                               "n:BEGIN_REQUEST n:EXECUTE_REQUEST_HANDLER "
                               "n:EXECUTE_REQUEST_HANDLER");
    W3_CHECK_STR(body_of(&f), "</child>");
    fx_stop(&f);
}

/* ---- the child's memory ---- */

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

static REQUEST_NOTIFICATION_STATUS child_stores_context(IHttpContext *ctx)
{
    HTTP_MODULE_ID id = reinterpret_cast<HTTP_MODULE_ID>(static_cast<UINT_PTR>(2));
    W3_CHECK_EQ(ctx->GetModuleContextContainer()->SetModuleContext(new Stored, id), S_OK);
    W3_CHECK(ctx->AllocateRequestMemory(4096) != NULL);
    return RQ_NOTIFICATION_CONTINUE;
}

static int released_at_release, disposed_at_release;
static BOOL release_child;

static REQUEST_NOTIFICATION_STATUS parent_releases_child(IHttpContext *ctx)
{
    int disposed = mb_counted("dispose");
    IHttpContext *clone = run_child(ctx, "/child", 0);
    if (release_child) {
        W3_CHECK_EQ(clone->ReleaseClonedContext(), S_OK);
        released_at_release = cleanups;
        disposed_at_release = mb_counted("dispose") - disposed;
    }
    return RQ_NOTIFICATION_CONTINUE;
}

W3_TEST(released_child_frees_its_request_memory)
{
    for (int release = 1; release >= 0; release--) {
        fx f;
        start(&f, RQ_EXECUTE_REQUEST_HANDLER, 0);
        in_parent = parent_releases_child;
        in_child = child_stores_context;
        release_child = release;
        cleanups = released_at_release = disposed_at_release = 0;
        fx_send(&f, GET("/index"));
        if (release) {
            /* At ReleaseClonedContext: the child's stored context is cleaned up; its
             * module instance was disposed when the child's pipeline ended. */
            W3_CHECK_EQ(released_at_release, 1);
            W3_CHECK_EQ(disposed_at_release, 1);
        }
        /* A clone the module never released goes with its parent. */
        W3_CHECK_EQ(cleanups, 1);
        W3_CHECK_EQ(mb_counted("dispose"), 2);
        W3_CHECK_STR(body_of(&f), "</child>");
        fx_stop(&f);
    }
}

/* ---- what the clone flags carry ---- */

static DWORD clone_flags;
static int child_checked;

static REQUEST_NOTIFICATION_STATUS child_checks_clone(IHttpContext *ctx)
{
    child_checked++;
    IHttpRequest *req = ctx->GetRequest();
    USHORT cch = 0;
    PCSTR value = NULL;
    HRESULT hr = ctx->GetServerVariable("X_MINE", &value, NULL);
    char body[16] = {0};
    DWORD got = 0;
    BOOL pending = FALSE;
    req->ReadEntityBody(body, sizeof body - 1, FALSE, &got, &pending);
    if (clone_flags & CLONE_FLAG_SERVER_VARIABLE) {
        W3_CHECK_EQ(hr, S_OK);
        W3_CHECK_STR(value, "mine");
    } else {
        W3_CHECK_EQ(hr, HRESULT_FROM_WIN32(ERROR_INVALID_INDEX));
    }
    if (clone_flags & CLONE_FLAG_ENTITY) {
        W3_CHECK_STR(body, "a=b");
        W3_CHECK_STR(req->GetHttpMethod(), "POST");
    } else {
        W3_CHECK_EQ(got, 0);
    }
    W3_CHECK_STR(req->GetHeader("X-Trace", &cch), "t1");
    if (clone_flags & CLONE_FLAG_NO_PRECONDITION)
        W3_CHECK(req->GetHeader("If-None-Match", &cch) == NULL);
    else
        W3_CHECK_STR(req->GetHeader("If-None-Match", &cch), "\"v1\"");
    if (clone_flags & CLONE_FLAG_NO_DAV)
        W3_CHECK(req->GetHeader("Depth", &cch) == NULL);
    else
        W3_CHECK_STR(req->GetHeader("Depth", &cch), "1");
    /* What the child's own server variables say. */
    W3_CHECK_EQ(ctx->GetServerVariable("HTTP_X_TRACE", &value, NULL), S_OK);
    W3_CHECK_STR(value, "t1");
    return RQ_NOTIFICATION_CONTINUE;
}

static REQUEST_NOTIFICATION_STATUS parent_clones_with_flags(IHttpContext *ctx)
{
    W3_CHECK_EQ(ctx->SetServerVariable("X_MINE", L"mine"), S_OK);
    IHttpContext *clone = NULL;
    W3_REQUIRE(ctx->CloneContext(clone_flags, &clone) == S_OK);
    BOOL expected = TRUE;
    W3_CHECK_EQ(ctx->ExecuteRequest(TRUE, clone, 0, NULL, &expected), S_OK);
    W3_CHECK(!expected);
    /* Read after the child ran, its variables are still its own. */
    PCSTR value = NULL;
    if (clone_flags & CLONE_FLAG_BASICS) {
        W3_CHECK_EQ(clone->GetServerVariable("REQUEST_METHOD", &value, NULL), S_OK);
        W3_CHECK_STR(value, "POST");
    }
    W3_CHECK_EQ(clone->ReleaseClonedContext(), S_OK);
    return RQ_NOTIFICATION_CONTINUE;
}

W3_TEST(clone_flags_choose_what_the_child_carries)
{
    static const DWORD cases[] = {
        CLONE_FLAG_BASICS | CLONE_FLAG_HEADERS | CLONE_FLAG_ENTITY | CLONE_FLAG_SERVER_VARIABLE,
        CLONE_FLAG_HEADERS | CLONE_FLAG_NO_PRECONDITION | CLONE_FLAG_NO_DAV,
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        fx f;
        start(&f, RQ_EXECUTE_REQUEST_HANDLER, 0);
        in_parent = parent_clones_with_flags;
        in_child = child_checks_clone;
        clone_flags = cases[i];
        child_checked = 0;
        fx_send(&f, "POST /form HTTP/1.1\r\nHost: example.test\r\nX-Trace: t1\r\n"
                    "If-None-Match: \"v1\"\r\nDepth: 1\r\nContent-Length: 3\r\n\r\na=b");
        W3_CHECK_EQ(child_checked, 1);
        /* Without CLONE_FLAG_BASICS the child is a GET of "/". */
        W3_CHECK_STR(body_of(&f), (cases[i] & CLONE_FLAG_BASICS) ? "</form>" : "</>");
        fx_stop(&f);
    }
}

/* ---- a child that flushes ---- */

static REQUEST_NOTIFICATION_STATUS child_flushes(IHttpContext *ctx)
{
    put_text(ctx, "[child]");
    DWORD sent = 0;
    W3_CHECK_EQ(ctx->GetResponse()->Flush(FALSE, TRUE, &sent), S_OK);
    /* The parent's response is on its way: status and headers went out. */
    W3_CHECK(ctx->GetParentContext()->GetResponseHeadersSent());
    return RQ_NOTIFICATION_FINISH_REQUEST;
}

static REQUEST_NOTIFICATION_STATUS parent_after_flushing_child(IHttpContext *ctx)
{
    IHttpContext *clone = run_child(ctx, "/child", 0);
    put_text(ctx, "[parent]");
    W3_CHECK_EQ(clone->ReleaseClonedContext(), S_OK);
    return RQ_NOTIFICATION_CONTINUE;
}

W3_TEST(child_flush_sends_the_parent_response_so_far)
{
    fx f;
    start(&f, RQ_EXECUTE_REQUEST_HANDLER, 0);
    in_parent = parent_after_flushing_child;
    in_child = child_flushes;
    fx_send(&f, GET("/index"));
    W3_CHECK(strncmp(f.out, "HTTP/1.1 200 OK\r\n", 17) == 0);
    W3_CHECK(strstr(f.out, "\r\nTransfer-Encoding: chunked\r\n") != NULL);
    W3_CHECK_STR(body_of(&f), "7\r\n[child]\r\n8\r\n[parent]\r\n0\r\n\r\n");
    fx_stop(&f);
}

/* ---- the child's identity ---- */

class Bob : public IHttpUser
{
  public:
    PCWSTR GetRemoteUserName() override { return L"bob"; }
    PCWSTR GetUserName() override { return L"bob"; }
    PCWSTR GetAuthenticationType() override { return L"Custom"; }
    PCWSTR GetPassword() override { return L""; }
    HANDLE GetImpersonationToken() override { return NULL; }
    HANDLE GetPrimaryToken() override { return NULL; }
    VOID ReferenceUser() override {}
    VOID DereferenceUser() override {}
    BOOL SupportsIsInRole() override { return FALSE; }
    HRESULT IsInRole(PCWSTR, BOOL *) override { return E_NOTIMPL; }
    PVOID GetUserVariable(PCSTR) override { return NULL; }
};

static IHttpUser *child_user;
static char child_user_name[32];

static REQUEST_NOTIFICATION_STATUS child_records_user(IHttpContext *ctx)
{
    snprintf(child_user_name, sizeof child_user_name, "%ls:%ls", ctx->GetUser()->GetUserName(),
             ctx->GetUser()->GetAuthenticationType());
    return RQ_NOTIFICATION_CONTINUE;
}

static REQUEST_NOTIFICATION_STATUS parent_gives_user(IHttpContext *ctx)
{
    IHttpContext *clone = NULL;
    W3_REQUIRE(ctx->CloneContext(CLONE_FLAG_BASICS | CLONE_FLAG_HEADERS, &clone) == S_OK);
    BOOL expected = TRUE;
    W3_CHECK_EQ(ctx->ExecuteRequest(FALSE, clone, 0, child_user, &expected), S_OK);
    W3_CHECK_EQ(clone->ReleaseClonedContext(), S_OK);
    return RQ_NOTIFICATION_CONTINUE;
}

W3_TEST(child_identity_is_the_parents_or_the_given_user)
{
    Bob bob;
    IHttpUser *users[] = {NULL, &bob};
    const char *expected[] = {"alice:Basic", "bob:Custom"};
    for (int i = 0; i < 2; i++) {
        fx f;
        start(&f, RQ_EXECUTE_REQUEST_HANDLER, 0);
        in_parent = parent_gives_user;
        in_child = child_records_user;
        child_user = users[i];
        child_user_name[0] = '\0';
        /* alice:secret */
        fx_send(&f, "GET /index HTTP/1.1\r\nHost: example.test\r\n"
                    "Authorization: Basic YWxpY2U6c2VjcmV0\r\n\r\n");
        W3_CHECK_STR(child_user_name, expected[i]);
        W3_CHECK_STR(body_of(&f), "</index>");
        fx_stop(&f);
    }
}
