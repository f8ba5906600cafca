/* The listener's TLS side from the options. */
#ifndef W3HOST_TLS_LISTENER_H
#define W3HOST_TLS_LISTENER_H

#include "tls_options.h"

/* *out: the TLS server for the options' certificates, NULL when there are none. Returns
 * 0 after writing the error (a certificate or key that does not load). */
int tls_listener_open(const host_tls_options *opts, struct tls_server **out);
void tls_listener_close(struct tls_server *server);

#endif
