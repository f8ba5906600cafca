/* Which site of a shared listener a connection's request is for: IIS's bindings, decided
 * by the connection's local address (a binding to one address beside a wildcard one on
 * its port) and the Host header of its first request. */
#ifndef W3HOST_SITE_ROUTE_H
#define W3HOST_SITE_ROUTE_H

#include <stddef.h>

#include "host.h"

/* The bytes a connection has sent so far, bytes[0..len): 1 when the request line and
 * headers are complete (or more than `limit` bytes came without their end), else 0. */
int site_route_ready(const char *bytes, size_t len, size_t limit);

/* The site for the request head in bytes[0..len) of a connection to local_ip: among the
 * bindings to that address (on a wildcard listener that also takes them), else among the
 * listener's own, a binding whose host name is the Host header's (without port, any
 * case), else one without a host name; NULL when there is none. */
hsite *site_route(const hlistener *listener, const char *local_ip, const char *bytes, size_t len);

/* The same for a host name (without port; "" for none). */
hsite *site_for_host(const hlistener *listener, const char *local_ip, const char *host_name);

/* A w3_host_check_fn (ctx: the hsite whose server asks): whether the connection's
 * listener routes host_name to that site. A connection keeps the site of its first
 * request; a later request naming another site's host is refused. */
int site_route_check(void *ctx, w3_conn *conn, const char *host_name);

/* HTTP.sys's answer when no binding takes the host name (400 with
 * w3_invalid_hostname_page), and its length in *len. */
const char *site_route_bad_hostname(size_t *len);

#endif
