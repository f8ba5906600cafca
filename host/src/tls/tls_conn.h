/* One connection's TLS session over memory buffers: the host puts in what the socket
 * read and sends what comes out, so the socket stays libuv's and the engine sees plain
 * HTTP. */
#ifndef W3HOST_TLS_CONN_H
#define W3HOST_TLS_CONN_H

#include <stddef.h>

#include "tls_server.h"
#include "w3engine.h"

typedef struct tls_conn tls_conn;

enum tls_state {
    TLS_HANDSHAKING, /* more bytes from the client are needed */
    TLS_OPEN,        /* the handshake is done: application bytes flow */
    TLS_CLOSED,      /* the client sent close_notify */
    TLS_FAILED       /* a bad handshake or record: tls_conn_error says why */
};

tls_conn *tls_conn_create(tls_server *server);
void tls_conn_destroy(tls_conn *t);

/* Takes bytes read from the socket and advances the handshake. */
enum tls_state tls_conn_receive(tls_conn *t, const void *data, size_t len);

/* Decrypted application bytes into buf: how many (0: none now). Sets *state. */
size_t tls_conn_read(tls_conn *t, void *buf, size_t cap, enum tls_state *state);

/* Encrypts application bytes; 0 when the session cannot take them. */
int tls_conn_write(tls_conn *t, const void *data, size_t len);

/* Queues the close_notify alert. */
void tls_conn_close_notify(tls_conn *t);

/* Takes bytes waiting to go to the socket (up to cap): how many (0: none). */
size_t tls_conn_take_output(tls_conn *t, void *buf, size_t cap);

/* Why the session failed ("" if it did not). */
const char *tls_conn_error(const tls_conn *t);

/* After the handshake: the facts the engine reports (w3_conn_set_tls). The strings and
 * the certificate stay valid while t does. */
void tls_conn_facts(tls_conn *t, w3_tls_info *info);

#endif
