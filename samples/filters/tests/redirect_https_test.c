#include <string.h>

#include "engine_fixture.h"
#include "w3test.h"

static void run(fx *f, int secure)
{
    fx_start(f, NULL);
    W3_REQUIRE(fx_add(f, "redirect_https"));
    fx_open(f, secure);
    fx_send(f, "GET /shop/cart?item=7 HTTP/1.1\r\nHost: shop.example:8080\r\n\r\n");
}

W3_TEST(plain_http_is_redirected_with_the_same_url)
{
    fx f;
    run(&f, 0);
    W3_CHECK(strncmp(f.out, "HTTP/1.1 302 Found\r\n", 20) == 0);
    W3_CHECK(strstr(f.out, "\r\nLocation: https://shop.example/shop/cart?item=7\r\n") != NULL);
    W3_CHECK(strstr(f.out, "hello") == NULL);
    W3_CHECK(!w3_conn_wants_close(f.conn)); /* framed: keep-alive survives */
    fx_send(&f, "GET / HTTP/1.1\r\nHost: shop.example\r\n\r\n");
    W3_CHECK_EQ(fx_count(f.out, "HTTP/1.1 302 Found"), 2);
    fx_stop(&f);
}

W3_TEST(https_passes_through)
{
    fx f;
    run(&f, 1);
    W3_CHECK(strncmp(f.out, "HTTP/1.1 200 OK\r\n", 17) == 0);
    W3_CHECK(strstr(f.out, "Location") == NULL);
    fx_stop(&f);
}
