/* What the mbedTLS backend's connections take from its server (tls_server_mbedtls.c). */
#ifndef W3HOST_TLS_SERVER_MBEDTLS_H
#define W3HOST_TLS_SERVER_MBEDTLS_H

#include <mbedtls/pk.h>
#include <mbedtls/ssl.h>
#include <mbedtls/x509_crt.h>

#include "tls_server.h"

/* A certificate (then its intermediates) and its key, served to host_name (NULL: the
 * default). */
typedef struct tls_site {
    char *host_name;
    mbedtls_x509_crt chain;
    mbedtls_pk_context key;
} tls_site;

/* The configuration every connection's session is set up with. Its SNI callback
 * stores the site it chose through the session's user data, which must point to a
 * `const tls_site *` (left alone when the default certificate serves). */
const mbedtls_ssl_config *tls_server_mbedtls_config(const tls_server *server);

const tls_site *tls_server_default_site(const tls_server *server);

/* The issuers of trusted client certificates (an empty chain when none were given). */
mbedtls_x509_crt *tls_server_client_cas(const tls_server *server);

#endif
