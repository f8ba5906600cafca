/* Headers by HTTP_HEADER_ID: every known request header, sent in any case, is what
 * IHttpRequest::GetHeader gives for its id and what GetRawHttpRequest's KnownHeaders hold;
 * other names (some as long as a known one) stay unknown headers; response headers set by
 * name are found by id. */
#include <windows.h>
#include <httpserv.h>

#include <string.h>

#include "engine_fixture.h"
#include "filter_bridge.h"
#include "module_bridge.h"
#include "w3test.h"

typedef void (*body_fn)(IHttpContext *ctx);
static body_fn in_execute;

static int hook(const char *, DWORD n, BOOL post, void *ctx, void *)
{
    if (!post && ctx != NULL && n == RQ_EXECUTE_REQUEST_HANDLER && in_execute != NULL)
        in_execute(static_cast<IHttpContext *>(ctx));
    return RQ_NOTIFICATION_CONTINUE;
}

static void run(fx *f, const char *request, body_fn execute)
{
    mb_reset();
    bridge_reset();
    in_execute = execute;
    mb_configure("m", NULL, RQ_EXECUTE_REQUEST_HANDLER, 0, 0, S_OK);
    mb_set_hook("m", hook);
    fx_start_with_module(f, NULL, "m", "record_module");
    fx_send(f, request);
}

/* Each request header of http.h's HTTP_HEADER_ID order, as a client may spell it; NULL
 * for the framing headers (Transfer-Encoding, Content-Length, Expect), which change how
 * the request is read: they are not sent, and must be absent by id. */
static const char *const spelt[HttpHeaderRequestMaximum] = {"cache-control",
                                                            "CONNECTION",
                                                            "date",
                                                            "keep-alive",
                                                            "PRAGMA",
                                                            "Trailer",
                                                            NULL,
                                                            "upgrade",
                                                            "VIA",
                                                            "warning",
                                                            "allow",
                                                            NULL,
                                                            "CONTENT-TYPE",
                                                            "content-encoding",
                                                            "Content-Language",
                                                            "content-location",
                                                            "content-md5",
                                                            "content-range",
                                                            "expires",
                                                            "last-modified",
                                                            "ACCEPT",
                                                            "accept-charset",
                                                            "Accept-Encoding",
                                                            "accept-language",
                                                            "authorization",
                                                            "cookie",
                                                            NULL,
                                                            "from",
                                                            "host",
                                                            "if-match",
                                                            "IF-MODIFIED-SINCE",
                                                            "if-none-match",
                                                            "if-range",
                                                            "if-unmodified-since",
                                                            "max-forwards",
                                                            "proxy-authorization",
                                                            "referer",
                                                            "range",
                                                            "te",
                                                            "translate",
                                                            "user-agent"};

static int sent(int id)
{
    return spelt[id] != NULL;
}

static char request_text[4096];

static const char *build_request(void)
{
    strcpy(request_text, "GET / HTTP/1.1\r\n");
    for (int id = 0; id < HttpHeaderRequestMaximum; id++) {
        if (!sent(id))
            continue;
        char line[96];
        /* The value names its id: "v<id>". */
        snprintf(line, sizeof line, "%s: v%d\r\n", spelt[id], id);
        strcat(request_text, line);
    }
    /* As long as known names (User-Agent, Connection; Host), but unknown. */
    strcat(request_text, "X-Agent-Id: other\r\nx-Frame-Op: other2\r\nHost-: odd\r\n\r\n");
    return request_text;
}

static void every_request_id(IHttpContext *ctx)
{
    IHttpRequest *req = ctx->GetRequest();
    for (int id = 0; id < HttpHeaderRequestMaximum; id++) {
        USHORT cch = 99;
        PCSTR v = req->GetHeader(static_cast<HTTP_HEADER_ID>(id), &cch);
        if (!sent(id)) {
            W3_CHECK(v == NULL);
            W3_CHECK_EQ(cch, 0);
            continue;
        }
        char want[16];
        snprintf(want, sizeof want, "v%d", id);
        W3_CHECK_STR(v, want);
        W3_CHECK_EQ(cch, strlen(want));
    }
    W3_CHECK(req->GetHeader(static_cast<HTTP_HEADER_ID>(HttpHeaderRequestMaximum)) == NULL);
    W3_CHECK_STR(req->GetHeader("x-agent-id"), "other");
    W3_CHECK_STR(req->GetHeader("X-FRAME-OP"), "other2");
    W3_CHECK_STR(req->GetHeader("host-"), "odd");
    W3_CHECK_STR(req->GetHeader("USER-AGENT"), "v40");

    const HTTP_REQUEST *raw = req->GetRawHttpRequest();
    W3_REQUIRE(raw != NULL);
    for (int id = 0; id < HttpHeaderRequestMaximum; id++) {
        const HTTP_KNOWN_HEADER *k = &raw->Headers.KnownHeaders[id];
        if (!sent(id)) {
            W3_CHECK(k->pRawValue == NULL);
            continue;
        }
        char want[16];
        snprintf(want, sizeof want, "v%d", id);
        W3_CHECK_STR(k->pRawValue, want);
        W3_CHECK_EQ(k->RawValueLength, strlen(want));
    }
    W3_CHECK_EQ(raw->Headers.UnknownHeaderCount, 3);
    if (raw->Headers.UnknownHeaderCount == 3) {
        W3_CHECK_STR(raw->Headers.pUnknownHeaders[0].pName, "X-Agent-Id");
        W3_CHECK_STR(raw->Headers.pUnknownHeaders[2].pRawValue, "odd");
    }
}

W3_TEST(every_request_header_id_in_any_case)
{
    fx f;
    run(&f, build_request(), every_request_id);
    W3_CHECK(strstr(f.out, "HTTP/1.1 200") != NULL);
    fx_stop(&f);
}

static void response_ids(IHttpContext *ctx)
{
    IHttpResponse *resp = ctx->GetResponse();
    W3_CHECK_EQ(resp->SetHeader("etag", "\"1\"", 3, TRUE), S_OK);
    W3_CHECK_EQ(resp->SetHeader("www-authenticate", "Basic", 5, TRUE), S_OK);
    W3_CHECK_EQ(resp->SetHeader("CACHE-CONTROL", "no-store", 8, TRUE), S_OK);
    W3_CHECK_EQ(resp->SetHeader("X-Etag", "not one", 7, TRUE), S_OK);
    USHORT cch = 0;
    W3_CHECK_STR(resp->GetHeader(HttpHeaderEtag, &cch), "\"1\"");
    W3_CHECK_EQ(cch, 3);
    W3_CHECK_STR(resp->GetHeader(HttpHeaderWwwAuthenticate), "Basic");
    W3_CHECK_STR(resp->GetHeader(HttpHeaderCacheControl), "no-store");
    /* Ids 20 to 29 are response headers in a response, not the request's. */
    W3_CHECK(resp->GetHeader(HttpHeaderAcceptRanges) == NULL);
    W3_CHECK(resp->GetHeader(static_cast<HTTP_HEADER_ID>(HttpHeaderResponseMaximum)) == NULL);
    W3_CHECK_EQ(resp->DeleteHeader(HttpHeaderEtag), S_OK);
    W3_CHECK(resp->GetHeader("ETag") == NULL);
    W3_CHECK_STR(resp->GetHeader("x-etag"), "not one");
}

W3_TEST(response_headers_by_id)
{
    fx f;
    run(&f, "GET / HTTP/1.1\r\nHost: example.test\r\n\r\n", response_ids);
    W3_CHECK(strstr(f.out, "WWW-Authenticate: Basic") != NULL ||
             strstr(f.out, "www-authenticate: Basic") != NULL);
    fx_stop(&f);
}
