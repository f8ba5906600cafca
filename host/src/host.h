/* What the per-process server and its connections share. */
#ifndef W3HOST_HOST_H
#define W3HOST_HOST_H

#include <stddef.h>

#include <uv.h>

#include "completions.h"
#include "options.h"
#include "w3c_log.h"
#include "w3engine.h"
#include "w3static.h"

typedef struct hconn hconn;
typedef struct mconn mconn;
typedef struct host host;

/* A site as served: its own engine server (instance id, name, root, virtual directories,
 * filters and modules), static file handler and W3C log. */
typedef struct hsite {
    host *h;
    const host_site *cfg;
    w3_server *server;
    w3_static *files;
    w3c_log *log;
} hsite;

/* One listening address:port and the sites bound to it, by host name ("": any). */
typedef struct hroute {
    hsite *site;
    const char *host_name;
    const char *ip; /* the binding's address: the listener's, or one its wildcard takes */
} hroute;

typedef struct hlistener {
    uv_tcp_t tcp; /* open until the drain begins */
    host *h;
    char ip[64];
    unsigned port;
    int secure;             /* an https binding's port */
    struct tls_server *tls; /* the TLS side of a secure listener (tls/); NULL: plain HTTP */
    int by_host;            /* a connection waits for its first Host header to pick its site */
    int by_address;         /* some routes are for one local address of a wildcard listener */
    hroute *routes;         /* exact host names first */
    size_t route_count;
} hlistener;

struct host {
    uv_loop_t loop;
    const host_options *opts;
    hsite sites[HOST_MAX_SITES];
    size_t site_count;
    hlistener *listeners;
    size_t listener_count;
    uv_signal_t sigterm, sigint, sighup, sigusr1;
    uv_timer_t drain_timer;
    uv_timer_t idle_grace_timer; /* a drain closes the connections still idle then */
    int idle_grace_over;         /* ... and from then on each one as it becomes idle */
    uv_timer_t health_timer;     /* GL_HEALTH_CHECK */
    int unhealthy_reported;      /* HSE_REQ_REPORT_UNHEALTHY's reason was written out */
    uv_timer_t log_timer;        /* writes the buffered log lines */
    uv_timer_t stats_timer;      /* the connection and memory gauges; privateMemory recycling */
    uv_tcp_t metrics;            /* the operations listener (metrics_on) */
    int metrics_on;
    mconn *mconns;
    struct IHostMemoryManager *memory; /* the pools' limit, when one is set */
    unsigned long long served;         /* requests logged: periodicRestart requests */
    int recycle_asked;
    int worker;        /* one of a supervisor's workers */
    completions posts; /* modules' asynchronous completions */
    int draining;      /* stopped listening; connections close once idle */
    int finished;      /* drained: the loop's own handles are closing */
    hconn *conns;
    /* Connections closed while a module worked on their request: the engine keeps
     * them until the completion comes back, and the server waits for it. */
    w3_conn **orphans;
    size_t orphan_count, orphan_cap;
    /* An output buffer whose bytes went out at once, kept for the next response. */
    struct pending_write *spare_output;
    char read_buf[64 * 1024];
};

/* Accepts a connection from the listener and opens it in the engine of its site (at
 * once, or when its first request's headers name the host, for a shared listener). */
void conn_accept(hlistener *listener);

/* Continues a connection after a module's completion was posted for it. */
void conn_resume(host *h, w3_conn *wc);

/* Nonzero while a request is partly received, waits for a module, or its response is
 * still being sent. */
int conn_is_busy(const hconn *c);

/* Sends what is queued, then closes. */
void conn_begin_close(hconn *c);

/* Closes at once, dropping unsent bytes. */
void conn_destroy(hconn *c);

/* The connection after c in the list h->conns (NULL if none). */
hconn *conn_next(const hconn *c);

/* worker_report.c: the request into the pool's counters, and a recycle asked for once
 * <periodicRestart requests> is reached. */
void worker_report_request(host *h, const w3_log_record *rec);
/* Every second: connections, memory, module counters and times into the pool's
 * counters; a recycle asked for once <periodicRestart privateMemory> is reached. */
void worker_report_tick(host *h);

/* The operations listener (metrics_server.c): nonzero if it is listening, or not
 * configured; 0 after writing why it cannot listen. */
int metrics_server_start(host *h);
void metrics_server_close(host *h);

/* Called when a connection has gone, or a closed one's module completed: the server
 * may be done draining. */
void host_conn_gone(host *h);

#endif
