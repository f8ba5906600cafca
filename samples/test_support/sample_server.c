/* Servers and connections for the sample tests, over the harness. */
#include <string.h>

#include "sample_server.h"

void sample_hello(void *ctx, w3_request *req, w3_response *resp)
{
    (void)ctx;
    w3_response_add_header(resp, "Content-Type", "text/html");
    size_t len;
    const void *body = w3_request_body(req, &len);
    if (strcmp(w3_request_method(req), "POST") == 0)
        w3_response_write(resp, body, len);
    else
        w3_response_write(resp, "<p>hello</p>", 12);
}

w3h_server *sample_server(w3_handler_fn handler)
{
    w3_server_config cfg;
    w3h_server *server;
    w3_server_config_init(&cfg);
    cfg.handler = handler != NULL ? handler : sample_hello;
    SAMPLE_OK(w3h_server_create_with(&cfg, &server));
    return server;
}

void sample_add_filter(w3h_server *server, const char *name)
{
    SAMPLE_OK(w3h_server_add_filter(server, w3h_extension_path(name)));
}

void sample_add_module(w3h_server *server, const char *name)
{
    SAMPLE_OK(w3h_server_add_module(server, w3h_extension_path(name)));
}

w3h_conn *sample_open(w3h_server *server, int secure)
{
    w3_conn_info info;
    w3h_conn *conn;
    w3h_conn_info_init(&info);
    info.local_addr = "10.0.0.1";
    info.local_port = secure ? 443 : 80;
    info.remote_addr = "192.0.2.7";
    info.remote_port = 50123;
    info.secure = secure;
    SAMPLE_OK(w3h_conn_open(server, &info, &conn));
    return conn;
}

void sample_get(w3h_conn *conn, const char *text, w3h_response *resp)
{
    SAMPLE_OK(w3h_conn_send(conn, text, strlen(text)));
    SAMPLE_OK(w3h_conn_read_response(conn, resp));
}
