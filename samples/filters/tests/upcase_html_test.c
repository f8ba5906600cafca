#include <string.h>

#include "engine_fixture.h"
#include "w3test.h"

static const char *content_type;

static void respond(void *ctx, w3_request *req, w3_response *resp)
{
    (void)ctx;
    (void)req;
    w3_response_add_header(resp, "Content-Type", content_type);
    w3_response_add_header(resp, "X-Lower", "keep me");
    w3_response_write(resp, "<p>Hello, world</p>", 19);
}

static void run(fx *f, const char *type)
{
    w3_server_config cfg;
    content_type = type;
    fx_config(f, &cfg);
    cfg.handler = respond;
    fx_start(f, &cfg);
    W3_REQUIRE(fx_add(f, "upcase_html"));
    fx_open(f, 0);
    fx_send(f, "GET / HTTP/1.1\r\nHost: x\r\n\r\n");
}

W3_TEST(html_body_is_upper_cased_headers_are_not)
{
    fx f;
    run(&f, "text/html; charset=utf-8");
    W3_CHECK(strstr(f.out, "\r\n\r\n<P>HELLO, WORLD</P>") != NULL);
    W3_CHECK(strstr(f.out, "X-Lower: keep me\r\n") != NULL);
    /* The next response on the connection is treated on its own. */
    fx_clear_output(&f);
    content_type = "text/plain";
    fx_send(&f, "GET / HTTP/1.1\r\nHost: x\r\n\r\n");
    W3_CHECK(strstr(f.out, "\r\n\r\n<p>Hello, world</p>") != NULL);
    fx_stop(&f);
}

W3_TEST(other_types_pass_unchanged)
{
    fx f;
    run(&f, "application/json");
    W3_CHECK(strstr(f.out, "\r\n\r\n<p>Hello, world</p>") != NULL);
    fx_stop(&f);
}
