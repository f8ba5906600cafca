#include "listeners.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "host_log.h"
#include "listen_socket.h"
#include "tls/tls_listener.h"

static hlistener *find_listener(host *h, const host_binding *b)
{
    for (size_t i = 0; i < h->listener_count; i++)
        if (h->listeners[i].port == b->port && strcmp(h->listeners[i].ip, b->listen_ip) == 0)
            return &h->listeners[i];
    return NULL;
}

static int add_route(hlistener *l, hsite *site, const host_binding *bind)
{
    const char *host_name = bind->host_name;
    hroute *grown = realloc(l->routes, (l->route_count + 1) * sizeof *grown);
    if (grown == NULL)
        return 0;
    l->routes = grown;
    l->routes[l->route_count].site = site;
    l->routes[l->route_count].host_name = host_name;
    l->routes[l->route_count].ip = bind->ip;
    l->route_count++;
    /* A binding to one address on a wildcard listener: the local address decides first. */
    if (strcmp(bind->ip, l->ip) != 0)
        l->by_address = 1;
    /* A host name to match, or two sites sharing the port: the Host header decides. */
    if (host_name[0] != '\0' || l->routes[0].site != site || l->by_address)
        l->by_host = 1;
    return 1;
}

/* One listener per distinct address:port, with the routes of every binding on it. */
static int make_listeners(host *h)
{
    size_t most = 0;
    for (size_t s = 0; s < h->site_count; s++)
        most += h->sites[s].cfg->binding_count;
    h->listeners = calloc(most != 0 ? most : 1, sizeof *h->listeners);
    if (h->listeners == NULL)
        return 0;
    for (size_t s = 0; s < h->site_count; s++) {
        hsite *site = &h->sites[s];
        for (size_t b = 0; b < site->cfg->binding_count; b++) {
            const host_binding *bind = &site->cfg->bindings[b];
            hlistener *l = find_listener(h, bind);
            if (l == NULL) {
                l = &h->listeners[h->listener_count++];
                l->h = h;
                /* Made a handle at once, so that listeners_close closes every listener
                 * whatever fails next (its routes are freed with it). */
                uv_tcp_init(&h->loop, &l->tcp);
                l->tcp.data = l;
                snprintf(l->ip, sizeof l->ip, "%s", bind->listen_ip);
                l->port = bind->port;
                l->secure = bind->secure;
            }
            if (!add_route(l, site, bind))
                return 0;
        }
    }
    return 1;
}

/* The socket a supervisor opened for ip:port, or -1. */
static int inherited_socket(const host_options *o, const char *ip, unsigned port)
{
    for (size_t i = 0; i < o->listen_socket_count; i++)
        if (o->listen_sockets[i].port == port && strcmp(o->listen_sockets[i].ip, ip) == 0)
            return o->listen_sockets[i].fd;
    return -1;
}

/* Takes the supervisor's socket for the listener's address:port, or binds one. */
static int bind_listener(hlistener *l, int worker, char *err, size_t err_size)
{
    int fd = inherited_socket(l->h->opts, l->ip, l->port);
    if (fd < 0)
        return listen_socket_bind(&l->tcp, l->ip, l->port, worker, err, err_size);
    int rc = uv_tcp_open(&l->tcp, (uv_os_sock_t)fd);
    if (rc != 0)
        snprintf(err, err_size, "the inherited socket of %s:%u cannot be used: %s", l->ip, l->port,
                 uv_strerror(rc));
    return rc == 0;
}

int listeners_open(host *h, int worker, uv_connection_cb on_connection)
{
    if (!make_listeners(h)) {
        host_log(HOST_LOG_ERR, "w3host: out of memory");
        return 0;
    }
    for (size_t i = 0; i < h->listener_count; i++) {
        hlistener *l = &h->listeners[i];
        /* An https listener offers every certificate; SNI picks one, then the Host header
         * picks the site as on http. */
        if (l->secure && !tls_listener_open(&h->opts->tls, &l->tls))
            return 0;
        char err[256];
        int ok = bind_listener(l, worker, err, sizeof err);
        if (ok) {
            int rc = uv_listen((uv_stream_t *)&l->tcp, 511, on_connection);
            if (rc != 0) {
                snprintf(err, sizeof err, "cannot listen on %s:%u: %s", l->ip, l->port,
                         uv_strerror(rc));
                ok = 0;
            }
        }
        if (!ok) {
            host_log(HOST_LOG_ERR, "w3host: %s", err);
            return 0;
        }
    }
    return 1;
}

void listeners_close(host *h)
{
    for (size_t i = 0; i < h->listener_count; i++)
        if (!uv_is_closing((uv_handle_t *)&h->listeners[i].tcp))
            uv_close((uv_handle_t *)&h->listeners[i].tcp, NULL);
}

void listeners_free(host *h)
{
    for (size_t i = 0; i < h->listener_count; i++) {
        free(h->listeners[i].routes);
        tls_listener_close(h->listeners[i].tls);
    }
    free(h->listeners);
    h->listeners = NULL;
    h->listener_count = 0;
}

void listeners_print(host *h)
{
    for (size_t i = 0; i < h->listener_count; i++) {
        hlistener *l = &h->listeners[i];
        struct sockaddr_storage sa = {0};
        int len = sizeof sa;
        char ip[64] = "?";
        unsigned short port = 0;
        if (uv_tcp_getsockname(&l->tcp, (struct sockaddr *)&sa, &len) == 0)
            socket_address_text(&sa, ip, sizeof ip, &port);
        int v6 = strchr(ip, ':') != NULL;
        char line[4096];
        size_t n = 0;
        for (size_t r = 0; r < l->route_count && n < sizeof line; r++) {
            const hroute *route = &l->routes[r];
            int w;
            if (h->site_count == 1)
                w = snprintf(line + n, sizeof line - n, " %s", route->site->cfg->root);
            else
                w = snprintf(line + n, sizeof line - n, "%s site \"%s\" (%s%s) at %s",
                             r != 0 ? "," : "", route->site->cfg->name,
                             route->host_name[0] ? "host " : "any host", route->host_name,
                             route->site->cfg->root);
            n += w > 0 ? (size_t)w : 0;
        }
        line[n < sizeof line ? n : sizeof line - 1] = '\0';
        host_log(HOST_LOG_NOTICE, "w3host[%d]: listening on %s://%s%s%s:%u/ serving%s",
                 (int)uv_os_getpid(), l->secure ? "https" : "http", v6 ? "[" : "", ip,
                 v6 ? "]" : "", (unsigned)port, line);
    }
}
