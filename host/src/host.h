/* What the per-process server and its connections share. */
#ifndef W3HOST_HOST_H
#define W3HOST_HOST_H

#include <stddef.h>

#include <uv.h>

#include "options.h"
#include "w3c_log.h"
#include "w3engine.h"
#include "w3static.h"

typedef struct hconn hconn;

typedef struct host {
    uv_loop_t loop;
    const host_options *opts;
    uv_tcp_t listener;
    int listening;
    uv_signal_t sigterm, sigint, sighup;
    uv_timer_t drain_timer;
    int draining; /* stopped listening; connections close once idle */
    int finished; /* drained: the loop's own handles are closing */
    w3_server *server;
    w3_static *files;
    w3c_log *log;
    hconn *conns;
    hconn *current; /* the connection the engine is working for, during a call into it */
    char read_buf[64 * 1024];
} host;

/* Accepts a connection from the listener and opens it in the engine. */
void conn_accept(host *h, uv_stream_t *listener);

/* Nonzero while a request is partly received or a response is still being sent. */
int conn_is_busy(const hconn *c);

/* Sends what is queued, then closes. */
void conn_begin_close(hconn *c);

/* Closes at once, dropping unsent bytes. */
void conn_destroy(hconn *c);

/* The first connection of the list (NULL if none). */
hconn *host_first_conn(const host *h);
hconn *conn_next(const hconn *c);

/* Called when a connection has gone: the server may be done draining. */
void host_conn_gone(host *h);

#endif
