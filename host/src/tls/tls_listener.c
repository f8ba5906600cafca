/* tls_listener.h over tls_server.c; a build without TLS never has certificates
 * (tls_options_flag refuses the flags). */
#include "tls_listener.h"

#include <stdio.h>

int tls_listener_open(const host_tls_options *opts, struct tls_server **out)
{
    *out = NULL;
    if (opts->cert_count == 0)
        return 1;
#ifdef W3HOST_TLS
    tls_server_config cfg = {opts->certs, opts->cert_count, opts->client_certs,
                             opts->client_ca_file, opts->ticket_key_set ? opts->ticket_key : NULL};
    char err[512];
    *out = tls_server_create(&cfg, err, sizeof err);
    if (*out == NULL) {
        fprintf(stderr, "w3host: TLS: %s\n", err);
        return 0;
    }
    return 1;
#else
    fprintf(stderr, "w3host: this build has no TLS (see docs/tls.md)\n");
    return 0;
#endif
}

void tls_listener_close(struct tls_server *server)
{
#ifdef W3HOST_TLS
    tls_server_destroy(server);
#else
    (void)server;
#endif
}
