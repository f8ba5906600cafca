#include <stdio.h>
#include <string.h>

#include "engine_fixture.h"
#include "w3test.h"

static char seen[256];

static void describe(void *ctx, w3_request *req, w3_response *resp)
{
    (void)ctx;
    const char *original = w3_request_header(req, "X-Original-URL");
    const char *rewritten = w3_request_header(req, "X-Rewritten");
    snprintf(seen, sizeof seen, "%s %s %s", w3_request_url(req), original ? original : "-",
             rewritten ? rewritten : "-");
    w3_response_write(resp, "ok", 2);
}

static void run(fx *f, const char *request)
{
    w3_server_config cfg;
    fx_config(f, &cfg);
    cfg.handler = describe;
    fx_start(f, &cfg);
    W3_REQUIRE(fx_add(f, "header_rewrite"));
    fx_open(f, 0);
    fx_send(f, request);
}

W3_TEST(original_url_header_rewrites_the_request)
{
    fx f;
    run(&f, "GET /proxy.aspx HTTP/1.1\r\nHost: x\r\nX-Original-URL: /real/page?a=1\r\n\r\n");
    W3_CHECK_STR(seen, "/real/page?a=1 - 1");
    fx_stop(&f);
}

W3_TEST(requests_without_it_are_untouched)
{
    fx f;
    run(&f, "GET /plain HTTP/1.1\r\nHost: x\r\n\r\n");
    W3_CHECK_STR(seen, "/plain - -");
    fx_stop(&f);
}

W3_TEST(response_headers_are_rewritten)
{
    fx f;
    run(&f, "GET / HTTP/1.1\r\nHost: x\r\n\r\n");
    W3_CHECK(strstr(f.out, "\r\nServer:") == NULL);
    W3_CHECK(strstr(f.out, "\r\nX-Content-Type-Options: nosniff\r\n") != NULL);
    fx_stop(&f);
}
