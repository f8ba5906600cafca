#include <string.h>

#include "engine_fixture.h"
#include "w3test.h"

static void capture(void *ctx, const void *data, size_t len)
{
    fx *f = ctx;
    if (f->out_len + len < sizeof f->out) {
        memcpy(f->out + f->out_len, data, len);
        f->out_len += len;
        f->out[f->out_len] = '\0';
    }
}

static void from(fx *f, const char *address)
{
    fx_start(f, NULL);
    W3_REQUIRE(w3_server_add_module(f->server, "deny", fx_module_path("deny_by_address")));
    w3_conn_info info = {"10.0.0.1", 80, address, 40000, 0};
    f->conn = w3_conn_open(f->server, &info, capture, f);
    W3_REQUIRE(f->conn != NULL);
    fx_send(f, "GET /secret HTTP/1.1\r\nHost: x\r\n\r\n");
}

W3_TEST(denied_network_gets_403)
{
    fx f;
    from(&f, "192.0.2.7");
    W3_CHECK(strncmp(f.out, "HTTP/1.1 403 Forbidden\r\n", 24) == 0);
    W3_CHECK(strstr(f.out, "<h1>403 Forbidden</h1>") != NULL);
    W3_CHECK(strstr(f.out, "<p>hello</p>") == NULL);
    W3_CHECK(strstr(f.log, " 403 ") != NULL); /* logged as such */
    fx_stop(&f);
}

W3_TEST(other_clients_pass)
{
    fx f;
    from(&f, "203.0.113.5");
    W3_CHECK(strncmp(f.out, "HTTP/1.1 200 OK\r\n", 17) == 0);
    W3_CHECK(strstr(f.out, "<p>hello</p>") != NULL);
    fx_stop(&f);
}
