/* A program on the embedding API alone (w3engine.h), built with `pkg-config w3engine`:
 * one request through a server without sockets; prints the response's status line. */
#include <stdio.h>
#include <string.h>

#include "w3engine.h"

static char response[4096];
static size_t response_len;

static void collect(void *ctx, const void *data, size_t len)
{
    (void)ctx;
    if (response_len + len < sizeof response) {
        memcpy(response + response_len, data, len);
        response_len += len;
    }
}

int main(void)
{
    static const char request[] = "GET /x HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n";
    w3_server_config cfg;
    w3_conn_info info = {NULL, 80, NULL, 50000, 0};
    w3_server_config_init(&cfg);
    w3_server *server = w3_server_create(&cfg);
    w3_conn *conn = server != NULL ? w3_conn_open(server, &info, collect, NULL) : NULL;
    if (conn == NULL)
        return 1;
    w3_conn_feed(conn, request, sizeof request - 1);
    w3_conn_close(conn);
    w3_server_destroy(server);
    printf("engine: %.*s\n", (int)strcspn(response, "\r"), response);
    return 0;
}
