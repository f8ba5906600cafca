/* The TLS flags of w3host: --tls-cert [HOST=]FILE with --tls-key FILE (repeatable: the
 * first pair is the default certificate, the others are chosen by SNI), and client
 * certificates (--tls-client-certs negotiate|require, --tls-client-ca FILE). */
#ifndef W3HOST_TLS_OPTIONS_H
#define W3HOST_TLS_OPTIONS_H

#include <stddef.h>

#include "tls_server.h"
#include "w3config.h"

#define HOST_MAX_TLS_CERTS 16

typedef struct host_tls_options {
    tls_certificate certs[HOST_MAX_TLS_CERTS]; /* of every https listener; SNI picks */
    size_t cert_count, key_count;
    int certs_from_flags; /* --tls-cert replaces the configuration file's certificates */
    enum tls_client_certs client_certs;
    const char *client_ca_file;
    /* Made before the supervisor forks: every worker encrypts tickets alike. */
    unsigned char ticket_key[TLS_TICKET_KEY_BYTES];
    int ticket_key_set;
} host_tls_options;

/* Takes a TLS flag and its value (value may be edited in place). Returns -1 when flag
 * is no TLS flag, 0 when taken, 2 after writing the error. */
int tls_options_flag(host_tls_options *t, const char *flag, char *value);

/* The configuration file's certificates for its https bindings (the first without a
 * host name first: it is the default) and the client certificates <access sslFlags>
 * asks for. */
void tls_options_from_config(host_tls_options *t, const w3_config *c);

/* After all flags: each certificate has its key, and the session ticket key is made.
 * 0, or 2 after writing the error. */
int tls_options_check(host_tls_options *t);

#endif
