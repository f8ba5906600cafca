/* tls_listener.h over tls_server.h. */
#include "tls_listener.h"

#include <stdio.h>

int tls_listener_open(const host_tls_options *opts, struct tls_server **out)
{
    *out = NULL;
    if (opts->cert_count == 0)
        return 1;
    tls_server_config cfg = {opts->certs, opts->cert_count, opts->client_certs,
                             opts->client_ca_file, opts->ticket_key_set ? opts->ticket_key : NULL};
    char err[512];
    *out = tls_server_create(&cfg, err, sizeof err);
    if (*out == NULL) {
        fprintf(stderr, "w3host: TLS: %s\n", err);
        return 0;
    }
    return 1;
}

void tls_listener_close(struct tls_server *server)
{
    tls_server_destroy(server);
}
