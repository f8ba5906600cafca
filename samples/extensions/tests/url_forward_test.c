/* The filter-and-extension sample through the embedding API: URLs under /app/ are
 * rewritten by its filter half and answered by its extension half; others are not, and
 * a client cannot forge the filter's header. */
#include <string.h>

#include "engine_fixture.h"
#include "w3test.h"

static void start(fx *f)
{
    fx_start(f, NULL);
    W3_REQUIRE(fx_add(f, "url_forward"));
    W3_REQUIRE(w3_server_add_extension(f->server, "url_forward", fx_module_path("url_forward"),
                                       "/forward.dll"));
    fx_open(f, 0);
}

static const char *body_of(const fx *f)
{
    const char *end = strstr(f->out, "\r\n\r\n");
    return end != NULL ? end + 4 : "";
}

W3_TEST(app_urls_reach_the_extension)
{
    fx f;
    start(&f);
    fx_send(&f, "POST /app/orders/7?full=1 HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\n\r\n");
    W3_CHECK(strncmp(f.out, "HTTP/1.1 200 OK\r\n", 17) == 0);
    W3_CHECK_STR(body_of(&f), "forwarded POST /app/orders/7?full=1\n");
    W3_CHECK(!w3_conn_wants_close(f.conn));
    fx_clear_output(&f);
    fx_send(&f, "GET /index.html HTTP/1.1\r\nHost: x\r\n\r\n");
    W3_CHECK(strstr(f.out, "<p>hello</p>") != NULL); /* not the extension's */
    fx_stop(&f);
}

W3_TEST(a_forged_header_is_not_trusted)
{
    fx f;
    start(&f);
    fx_send(&f, "GET /forward.dll HTTP/1.1\r\nHost: x\r\nX-Forwarded-Url: /secret\r\n\r\n");
    W3_CHECK(strncmp(f.out, "HTTP/1.1 404 ", 13) == 0);
    W3_CHECK_STR(body_of(&f), "not forwarded\n");
    fx_stop(&f);
}
