/* A listener's TLS side: its certificates (one per host name, chosen by SNI), ALPN
 * http/1.1, TLS 1.2 and 1.3, session resumption, and client certificates when the site
 * asks for them. One interface over two backends that behave alike (docs/tls.md):
 * OpenSSL (tls_*_openssl.c, Linux) and mbedTLS (tls_*_mbedtls.c, Windows builds). */
#ifndef W3HOST_TLS_SERVER_H
#define W3HOST_TLS_SERVER_H

#include <stddef.h>

typedef struct tls_server tls_server;

/* A certificate and its private key (PEM files), served to clients that ask for
 * host_name in SNI (NULL or "": to every other client; the first one is the default). */
typedef struct tls_certificate {
    const char *host_name;
    const char *cert_file; /* the certificate, then any intermediates */
    const char *key_file;
} tls_certificate;

/* Whether the server asks clients for a certificate, as IIS's <access sslFlags>. */
enum tls_client_certs {
    TLS_CLIENT_CERTS_IGNORE,    /* not asked for */
    TLS_CLIENT_CERTS_NEGOTIATE, /* SslNegotiateCert: asked for, optional */
    TLS_CLIENT_CERTS_REQUIRE    /* SslRequireCert: a handshake without one fails */
};

typedef struct tls_server_config {
    const tls_certificate *certs;
    size_t cert_count;
    enum tls_client_certs client_certs;
    const char *client_ca_file; /* issuers of trusted client certificates; NULL: none */
    /* Session tickets' key, the same in every worker process so that a ticket resumes
     * on any of them: TLS_TICKET_KEY_BYTES (name, AES-256 key, HMAC-SHA256 key; mbedTLS
     * uses the name's first bytes and the AES key). NULL: the backend's own key, per
     * process. */
    const unsigned char *ticket_key;
} tls_server_config;

#define TLS_TICKET_KEY_BYTES 80

/* NULL with the reason in err (a file that does not load, a key that does not match). */
tls_server *tls_server_create(const tls_server_config *cfg, char *err, size_t err_size);
void tls_server_destroy(tls_server *server);

/* Fills buf with len bytes from the backend's secure random generator (the session
 * ticket key). 0 when it has none to give. */
int tls_random_bytes(unsigned char *buf, size_t len);

#endif
