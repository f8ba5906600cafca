#include <string.h>

#include "engine_fixture.h"
#include "w3test.h"

#define GET "GET / HTTP/1.1\r\nHost: x\r\n\r\n"

W3_TEST(request_and_connection_contexts)
{
    fx f;
    fx_start(&f, NULL);
    W3_REQUIRE(w3_server_add_module(f.server, "counter", fx_module_path("context_counter")));
    fx_open(&f, 0);
    fx_send(&f, GET);
    /* BEGIN_REQUEST, AUTHENTICATE_REQUEST, EXECUTE_REQUEST_HANDLER */
    W3_CHECK(strstr(f.out, "\r\nX-Notifications-Seen: 3\r\n") != NULL);
    W3_CHECK(strstr(f.out, "\r\nX-Connection-Requests: 1\r\n") != NULL);
    fx_clear_output(&f);
    fx_send(&f, GET);
    W3_CHECK(strstr(f.out, "\r\nX-Notifications-Seen: 3\r\n") != NULL);  /* a new request */
    W3_CHECK(strstr(f.out, "\r\nX-Connection-Requests: 2\r\n") != NULL); /* same connection */
    fx_close(&f);
    fx_open(&f, 0);
    fx_clear_output(&f);
    fx_send(&f, GET);
    W3_CHECK(strstr(f.out, "\r\nX-Connection-Requests: 1\r\n") != NULL); /* a new connection */
    fx_stop(&f);
}
