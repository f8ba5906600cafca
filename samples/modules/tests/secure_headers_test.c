#include <stdio.h>
#include <string.h>

#include "engine_fixture.h"
#include "w3test.h"

static char forwarded[64];

static void app(void *ctx, w3_request *req, w3_response *resp)
{
    (void)ctx;
    const char *ff = w3_request_header(req, "X-Forwarded-For");
    snprintf(forwarded, sizeof forwarded, "%s", ff ? ff : "-");
    w3_response_add_header(resp, "Set-Cookie", "sid=42");
    w3_response_add_header(resp, "X-Powered-By", "legacy");
    w3_response_write(resp, "ok", 2);
}

W3_TEST(request_gets_forwarded_for_and_response_is_hardened)
{
    fx f;
    w3_server_config cfg;
    fx_config(&f, &cfg);
    cfg.handler = app;
    fx_start(&f, &cfg);
    W3_REQUIRE(w3_server_add_module(f.server, "secure_headers", fx_module_path("secure_headers")));
    fx_open(&f, 0);
    fx_send(&f, "GET / HTTP/1.1\r\nHost: x\r\nX-Forwarded-For: 203.0.113.9\r\n\r\n");
    W3_CHECK_STR(forwarded, "203.0.113.9,192.0.2.7");
    W3_CHECK(strstr(f.out, "\r\nSet-Cookie: sid=42; HttpOnly; Secure\r\n") != NULL);
    W3_CHECK(strstr(f.out, "X-Powered-By") == NULL);
    W3_CHECK(strstr(f.out, "\r\nX-Frame-Options: DENY\r\n") != NULL);
    W3_CHECK(strstr(f.out, "\r\n\r\nok") != NULL);
    fx_stop(&f);
}
