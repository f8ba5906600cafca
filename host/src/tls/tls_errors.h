/* The reasons a TLS session fails that the log gives in the same words whichever
 * backend found them. */
#ifndef W3HOST_TLS_ERRORS_H
#define W3HOST_TLS_ERRORS_H

#include <stddef.h>

#define TLS_ERROR_PLAIN_HTTP "plain HTTP sent to the HTTPS port: dropped"
#define TLS_ERROR_CLIENT_ENDED "the client ended the handshake"

/* Whether a connection's first bytes are an HTTP request line rather than a TLS record. */
int tls_is_plain_http(const unsigned char *data, size_t len);

#endif
