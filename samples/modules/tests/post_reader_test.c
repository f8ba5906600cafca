#include <stdio.h>
#include <string.h>

#include "sample_server.h"

static w3h_server *start(w3h_conn **conn)
{
    w3h_server *server = sample_server(NULL);
    sample_add_module(server, "post_reader");
    *conn = sample_open(server, 0);
    return server;
}

W3_TEST(reads_the_whole_body_in_pieces)
{
    w3h_conn *conn;
    w3h_response resp;
    char request[256], expect[64];
    const char *body = "name=w3compat&purpose=reading+a+body+in+several+pieces";
    unsigned long sum = 0;
    for (const char *p = body; *p; p++)
        sum = (sum * 31 + (unsigned char)*p) % 65521;
    snprintf(request, sizeof request,
             "POST /submit HTTP/1.1\r\nHost: x\r\nContent-Length: %u\r\n\r\n%s",
             (unsigned)strlen(body), body);
    snprintf(expect, sizeof expect, "received %u bytes, checksum %lu", (unsigned)strlen(body), sum);
    w3h_server *server = start(&conn);
    sample_get(conn, request, &resp);
    W3_CHECK_EQ(resp.status, 200);
    W3_CHECK_STR(resp.reason, "OK");
    W3_CHECK(strstr(resp.body, expect) != NULL);
    W3_CHECK_EQ(w3h_server_destroy(server), W3H_OK);
}

W3_TEST(chunked_body_arriving_in_several_feeds)
{
    w3h_conn *conn;
    w3h_response resp;
    w3h_server *server = start(&conn);
    const char *head = "POST /submit HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n";
    SAMPLE_OK(w3h_conn_send(conn, head, strlen(head)));
    W3_CHECK_EQ(w3h_conn_read_response(conn, &resp), W3H_E_INCOMPLETE); /* nothing sent yet */
    SAMPLE_OK(w3h_conn_send(conn, "5\r\nhello\r\n", 10));
    sample_get(conn, "6\r\n world\r\n0\r\n\r\n", &resp);
    W3_CHECK(strstr(resp.body, "received 11 bytes") != NULL);
    W3_CHECK_EQ(w3h_server_destroy(server), W3H_OK);
}

W3_TEST(get_requests_go_to_the_usual_handler)
{
    w3h_conn *conn;
    w3h_response resp;
    w3h_server *server = start(&conn);
    sample_get(conn, "GET / HTTP/1.1\r\nHost: x\r\n\r\n", &resp);
    W3_CHECK_STR(resp.body, "<p>hello</p>");
    W3_CHECK_EQ(w3h_server_destroy(server), W3H_OK);
}
