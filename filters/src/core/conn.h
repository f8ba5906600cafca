/* A connection: its addresses, the embedder's output, the HTTP/1 parser, the request
 * being received or answered. */
#ifndef W3E_CONN_H
#define W3E_CONN_H

#include <windows.h>

#include "llhttp.h"
#include "w3engine.h"
#include "memory/engine_alloc.h"

enum w3e_pause { W3E_PAUSE_NONE, W3E_PAUSE_HEADERS, W3E_PAUSE_MESSAGE };

struct w3_conn {
    w3_server *server;
    /* Connection pool: AllocMem blocks, freed after END_OF_NET_SESSION. Made for each
     * request and released after it while nothing was allocated from it (arena_kept):
     * take it with w3e_conn_arena. */
    w3e_arena *arena;
    int arena_kept;
    char *local_addr; /* owns the block remote_addr points into */
    char *remote_addr;
    unsigned short local_port;
    unsigned short remote_port;
    int secure;
    const w3_tls_info *tls; /* the handshake's facts (conn_tls.c); NULL: not secure */
    w3_output_fn output;
    void *output_ctx;
    w3_file_output_fn file_output; /* NULL: file ranges are read into the output */
    void *file_output_ctx;
    llhttp_t parser;
    enum w3e_pause pause;
    unsigned refuse_status; /* 400, 413, 414, 431: why a callback stopped the parser */
    const char *parse_base; /* the bytes llhttp is executing, and the byte before them */
    char parse_prev;
    w3_request *req;        /* the request being received or answered */
    struct w3e_slot *slots; /* the ISAPI filter host's: one per filter (isapi/), malloc'd */
    unsigned char *held;    /* bytes kept back after SF_STATUS_REQ_READ_NEXT */
    size_t held_len;
    int wants_close;
    /* Input that arrived while a request was pending (RQ_NOTIFICATION_PENDING). */
    unsigned char *backlog; /* parsed-to-be, already through READ_RAW_DATA */
    size_t backlog_len;
    unsigned char *raw_backlog; /* fed while blocked: READ_RAW_DATA still to see it */
    size_t raw_backlog_len;
    volatile LONG posts;         /* w3_post_fn calls not yet answered by w3_conn_resume */
    int closing;                 /* w3_conn_close was called */
    int closed;                  /* ... and the connection ended (w3e_conn_finish_close) */
    void *bridge;                /* the C++ bridge's per-connection objects (IHttpConnection) */
    unsigned long request_count; /* requests begun on the connection */
};

/* conn.c */
void w3e_conn_send(w3_conn *conn, const void *data, size_t len);
/* The connection pool, for blocks that live as long as the connection; NULL when it
 * cannot be made (no memory) or after the connection ended. */
w3e_arena *w3e_conn_arena(w3_conn *conn);
/* Makes the pool if there is none (at a request's start): 0 when it cannot be. */
int w3e_conn_arena_ready(w3_conn *conn);
/* At a request's end: the pool goes back when nothing was taken from it. */
void w3e_conn_arena_release_unused(w3_conn *conn);

/* conn_tls.c */
/* HTTPS_* and CERT_* variables: NULL if `name` is none of them, "" on a connection
 * that is not secure. */
const char *w3e_tls_variable(w3_conn *conn, w3e_arena *arena, const char *name);

/* server_vars.c */
BOOL w3e_server_variable(w3_conn *conn, const char *name, LPVOID buf, LPDWORD size);
/* The text of a variable (not UNICODE_*) for the connection's current request, owned by
 * the request or the connection; NULL with the error GetServerVariable reports. */
const char *w3e_server_variable_text(w3_conn *conn, const char *name, DWORD *error);
/* SERVER_NAME: the Host header without its port, else the configured name. */
const char *w3e_server_name(w3_request *req);

#endif
