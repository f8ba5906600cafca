#include <string.h>

#include "engine_fixture.h"
#include "w3test.h"

static void start(fx *f)
{
    fx_start(f, NULL);
    W3_REQUIRE(w3_server_add_module(f->server, "hello_world", fx_module_path("hello_world")));
    fx_open(f, 0);
}

W3_TEST(every_request_gets_hello_world)
{
    fx f;
    start(&f);
    fx_send(&f, "GET /anything HTTP/1.1\r\nHost: x\r\n\r\n");
    W3_CHECK(strncmp(f.out, "HTTP/1.1 200 OK\r\n", 17) == 0);
    W3_CHECK(strstr(f.out, "\r\nContent-Type: text/plain\r\n") != NULL);
    W3_CHECK(strstr(f.out, "\r\nContent-Length: 11\r\n") != NULL);
    W3_CHECK(strstr(f.out, "\r\n\r\nHello World") != NULL);
    W3_CHECK(strstr(f.out, "<p>hello</p>") == NULL); /* the server's handler never ran */
    fx_stop(&f);
}

W3_TEST(keep_alive_connections_get_one_answer_per_request)
{
    fx f;
    start(&f);
    fx_send(&f, "GET /a HTTP/1.1\r\nHost: x\r\n\r\nGET /b HTTP/1.1\r\nHost: x\r\n\r\n");
    W3_CHECK_EQ(fx_count(f.out, "Hello World"), 2);
    W3_CHECK(!w3_conn_wants_close(f.conn));
    W3_CHECK_EQ(fx_count(f.log, "request: "), 2);
    fx_stop(&f);
}
