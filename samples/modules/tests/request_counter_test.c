#include <string.h>

#include "engine_fixture.h"
#include "w3test.h"

#define GET "GET / HTTP/1.1\r\nHost: x\r\n\r\n"

W3_TEST(counts_every_request_across_connections)
{
    fx f;
    fx_start(&f, NULL);
    W3_REQUIRE(w3_server_add_module(f.server, "counter", fx_module_path("request_counter")));
    fx_open(&f, 0);
    fx_send(&f, GET GET);
    W3_CHECK(strstr(f.out, "\r\nX-Request-Number: 1\r\n") != NULL);
    W3_CHECK(strstr(f.out, "\r\nX-Request-Number: 2\r\n") != NULL);
    W3_CHECK_EQ(fx_count(f.out, "<p>hello</p>"), 2); /* the content is the server's */
    fx_close(&f);
    fx_open(&f, 0);
    fx_clear_output(&f);
    fx_send(&f, GET);
    W3_CHECK(strstr(f.out, "\r\nX-Request-Number: 3\r\n") != NULL);
    fx_stop(&f);
}
