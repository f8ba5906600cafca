#include <string.h>

#include "engine_fixture.h"
#include "w3test.h"

#define GET_REQUEST "GET / HTTP/1.1\r\nHost: x\r\n\r\n"

W3_TEST(counts_requests_per_connection)
{
    fx f;
    fx_start(&f, NULL);
    W3_REQUIRE(fx_add(&f, "conn_counter"));
    fx_open(&f, 0);
    fx_send(&f, GET_REQUEST);
    fx_send(&f, GET_REQUEST);
    fx_send(&f, GET_REQUEST);
    W3_CHECK(strstr(f.out, "X-Request-Count: 1\r\n") != NULL);
    W3_CHECK(strstr(f.out, "X-Request-Count: 2\r\n") != NULL);
    W3_CHECK(strstr(f.out, "X-Request-Count: 3\r\n") != NULL);
    fx_close(&f);
    fx_clear_output(&f);
    fx_open(&f, 0); /* a new connection counts from 1 again */
    fx_send(&f, GET_REQUEST);
    W3_CHECK(strstr(f.out, "X-Request-Count: 1\r\n") != NULL);
    fx_stop(&f);
}

W3_TEST(connections_count_independently)
{
    fx a, b;
    fx_start(&a, NULL);
    W3_REQUIRE(fx_add(&a, "conn_counter"));
    fx_open(&a, 0);
    b = a; /* the same server; a second connection with its own output */
    fx_clear_output(&b);
    fx_open(&b, 0);
    fx_send(&a, GET_REQUEST);
    fx_send(&a, GET_REQUEST);
    fx_send(&b, GET_REQUEST);
    W3_CHECK(strstr(a.out, "X-Request-Count: 2\r\n") != NULL);
    W3_CHECK(strstr(b.out, "X-Request-Count: 1\r\n") != NULL);
    W3_CHECK(strstr(b.out, "X-Request-Count: 2\r\n") == NULL);
    fx_close(&b);
    fx_stop(&a);
}
