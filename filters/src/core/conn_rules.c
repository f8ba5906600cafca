/* What a connection's requests must satisfy beyond llhttp's grammar. */
#include "core.h"

#include <string.h>

int w3e_conn_host_present_if_required(const w3_conn *conn)
{
    const llhttp_t *p = &conn->parser;
    if (p->http_major == 1 && p->http_minor == 0)
        return 1;
    return w3e_headers_has(&conn->req->headers, "Host");
}

int w3e_conn_host_served(w3_conn *conn)
{
    const w3_server_config *cfg = &conn->server->cfg;
    if (cfg->host_check == NULL)
        return 1;
    const char *host = w3e_headers_get(conn->req->arena, &conn->req->headers, "Host");
    char name[256] = "";
    if (host != NULL) {
        /* Without the port: "[v6]:port" keeps its brackets. */
        const char *end = host[0] == '[' ? strchr(host, ']') : NULL;
        const char *colon = strchr(end != NULL ? end : host, ':');
        size_t len = colon != NULL ? (size_t)(colon - host) : strlen(host);
        if (len >= sizeof name)
            return 0;
        memcpy(name, host, len);
        name[len] = '\0';
    }
    return cfg->host_check(cfg->host_check_ctx, conn, name);
}

/* A request line without a version is HTTP/0.9, which llhttp accepts and then waits for
 * headers that never come. HTTP.sys answers it with 400 at once; so does the engine. */
int w3e_conn_http09(const w3_conn *conn)
{
    return conn->req != NULL && conn->parser.http_major == 0 && conn->parser.http_minor == 9;
}

/* As the client asks (Connection, HTTP version), unless the connection has served its
 * max_requests_per_connection (0: no limit, as in IIS) or the server stops listening
 * (a drain: the client's next request goes to a server that stays): that request's
 * response says Connection: close and the connection ends after it. */
int w3e_conn_may_keep_alive(w3_conn *conn)
{
    unsigned long max = conn->server->cfg.max_requests_per_connection;
    return llhttp_should_keep_alive(&conn->parser) && !conn->server->stopping &&
           (max == 0 || conn->request_count < max);
}
