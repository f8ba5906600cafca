#include <stdio.h>
#include <string.h>

#include "engine_fixture.h"
#include "w3test.h"

static void start(fx *f)
{
    fx_start(f, NULL);
    W3_REQUIRE(w3_server_add_module(f->server, "post_reader", fx_module_path("post_reader")));
    fx_open(f, 0);
}

W3_TEST(reads_the_whole_body_in_pieces)
{
    fx f;
    char request[256], expect[64];
    const char *body = "name=w3compat&purpose=reading+a+body+in+several+pieces";
    unsigned long sum = 0;
    for (const char *p = body; *p; p++)
        sum = (sum * 31 + (unsigned char)*p) % 65521;
    snprintf(request, sizeof request,
             "POST /submit HTTP/1.1\r\nHost: x\r\nContent-Length: %u\r\n\r\n%s",
             (unsigned)strlen(body), body);
    snprintf(expect, sizeof expect, "received %u bytes, checksum %lu", (unsigned)strlen(body), sum);
    start(&f);
    fx_send(&f, request);
    W3_CHECK(strncmp(f.out, "HTTP/1.1 200 OK\r\n", 17) == 0);
    W3_CHECK(strstr(f.out, expect) != NULL);
    fx_stop(&f);
}

W3_TEST(chunked_body_arriving_in_several_feeds)
{
    fx f;
    start(&f);
    fx_send(&f, "POST /submit HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n");
    W3_CHECK_EQ(f.out_len, 0);
    fx_send(&f, "5\r\nhello\r\n");
    fx_send(&f, "6\r\n world\r\n0\r\n\r\n");
    W3_CHECK(strstr(f.out, "received 11 bytes") != NULL);
    fx_stop(&f);
}

W3_TEST(get_requests_go_to_the_usual_handler)
{
    fx f;
    start(&f);
    fx_send(&f, "GET / HTTP/1.1\r\nHost: x\r\n\r\n");
    W3_CHECK(strstr(f.out, "<p>hello</p>") != NULL);
    fx_stop(&f);
}
