/* What the OpenSSL backend's connections take from its server (tls_server_openssl.c). */
#ifndef W3HOST_TLS_SERVER_OPENSSL_H
#define W3HOST_TLS_SERVER_OPENSSL_H

#include <openssl/ssl.h>

#include "tls_server.h"

/* The context new connections start from: the default certificate's. */
SSL_CTX *tls_server_openssl_context(const tls_server *server);

#endif
