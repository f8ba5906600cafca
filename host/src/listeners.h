/* The listening sockets: one per distinct address:port of the sites' bindings, shared by
 * the sites bound there and routed by host name (site_route.h). */
#ifndef W3HOST_LISTENERS_H
#define W3HOST_LISTENERS_H

#include "host.h"

/* Makes h->listeners from the sites' bindings, takes for each the socket the supervisor
 * opened for its address:port (h->opts->listen_sockets) or else binds one (shared
 * between workers with SO_REUSEPORT when `worker`), and listens. Returns nonzero on success; else 0
 * after writing the cause; what was opened is closed by listeners_close. */
int listeners_open(host *h, int worker, uv_connection_cb on_connection);

/* Closes the listening sockets (the loop finishes closing them); frees the routes once
 * the loop has run. */
void listeners_close(host *h);
void listeners_free(host *h);

/* Writes "listening on http://IP:PORT/ ..." for each listener, as bound. */
void listeners_print(host *h);

#endif
