#include <stdio.h>

#include "sample_server.h"

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

static w3h_server *run(const char *request, w3h_response *resp)
{
    w3h_server *server = sample_server(describe);
    sample_add_filter(server, "header_rewrite");
    sample_get(sample_open(server, 0), request, resp);
    return server;
}

W3_TEST(original_url_header_rewrites_the_request)
{
    w3h_response resp;
    w3h_server *server =
        run("GET /proxy.aspx HTTP/1.1\r\nHost: x\r\nX-Original-URL: /real/page?a=1\r\n\r\n", &resp);
    W3_CHECK_STR(seen, "/real/page?a=1 - 1");
    W3_CHECK_EQ(w3h_server_destroy(server), W3H_OK);
}

W3_TEST(requests_without_it_are_untouched)
{
    w3h_response resp;
    w3h_server *server = run("GET /plain HTTP/1.1\r\nHost: x\r\n\r\n", &resp);
    W3_CHECK_STR(seen, "/plain - -");
    W3_CHECK_EQ(w3h_server_destroy(server), W3H_OK);
}

W3_TEST(response_headers_are_rewritten)
{
    w3h_response resp;
    w3h_server *server = run("GET / HTTP/1.1\r\nHost: x\r\n\r\n", &resp);
    W3_CHECK(w3h_response_header(&resp, "Server") == NULL);
    W3_CHECK_STR(w3h_response_header(&resp, "X-Content-Type-Options"), "nosniff");
    W3_CHECK_EQ(w3h_server_destroy(server), W3H_OK);
}
