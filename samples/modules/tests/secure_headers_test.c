#include <stdio.h>
#include <string.h>

#include "sample_server.h"

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
    w3h_server *server = sample_server(app);
    w3h_response resp;
    sample_add_module(server, "secure_headers");
    w3h_conn *conn = sample_open(server, 0);
    sample_get(conn, "GET / HTTP/1.1\r\nHost: x\r\nX-Forwarded-For: 203.0.113.9\r\n\r\n", &resp);
    W3_CHECK_STR(forwarded, "203.0.113.9,192.0.2.7");
    W3_CHECK_STR(w3h_response_header(&resp, "Set-Cookie"), "sid=42; HttpOnly; Secure");
    W3_CHECK(w3h_response_header(&resp, "X-Powered-By") == NULL);
    W3_CHECK_STR(w3h_response_header(&resp, "X-Frame-Options"), "DENY");
    W3_CHECK_STR(resp.body, "ok");
    W3_CHECK_EQ(w3h_server_destroy(server), W3H_OK);
}
