/* The harness's objects, shared by its source files. */
#ifndef W3HARNESS_INTERNAL_H
#define W3HARNESS_INTERNAL_H

#include <stddef.h>

#include <windows.h>

#include "w3harness.h"

struct IHostMemoryManager;

#define W3H_MAX_PENDING 256
#define W3H_MAX_LOG_RECORDS 256

struct w3h_conn {
    w3h_server *server;
    w3_conn *engine; /* NULL once closed */
    int closed;
    w3h_conn *next; /* the server's list, freed with it */
    char *out;      /* every byte the server sent */
    size_t out_len, out_cap;
    size_t read_pos;     /* where the next unread response starts */
    unsigned heads_sent; /* HEAD requests w3h_conn_request sent whose response is unread */
    char *parsed;        /* the last response read: strings and header table */
    w3h_header *headers;
};

struct w3h_server {
    w3_server *engine;
    DWORD thread; /* the thread that created it: the only one that may use it */
    struct IHostMemoryManager *memory; /* counting wrapper, see counting_memory.c */
    w3h_conn *conns;
    int conn_opened; /* filters and modules load before the first connection */
    /* Completions posted from any thread, resumed on the server's. */
    CRITICAL_SECTION lock;
    HANDLE posted;
    w3_conn *posts[W3H_MAX_PENDING];
    size_t post_count;
    size_t outstanding;    /* posts not yet resumed, including queued ones */
    size_t closed_pending; /* closed connections whose completion has not come back */
    w3h_log_record log[W3H_MAX_LOG_RECORDS];
    size_t log_count;
    char *errors;
    size_t errors_len;
    /* What a server made by w3h_server_create_with also forwards to. */
    w3_log_fn user_log;
    void *user_log_ctx;
    w3_request_log_fn user_request_log;
    void *user_request_log_ctx;
    void *static_files; /* w3_static of a server from a config, else NULL */
};

/* Records msg (printf format) as the calling thread's last error, writes it to stderr
 * and returns status. */
w3h_status w3h_fail(w3h_status status, const char *fmt, ...)
#ifdef __MINGW32__
    __attribute__((format(gnu_printf, 2, 3)));
#else
    __attribute__((format(printf, 2, 3)));
#endif

/* W3H_OK if server is usable from this thread; else the error, reported for `call`. */
w3h_status w3h_server_check(const w3h_server *server, const char *call);
/* The same for a connection, which must also be open. */
w3h_status w3h_conn_check(const w3h_conn *conn, const char *call);

/* Fills cfg's callbacks and memory manager with the harness's own (the rest is left). */
w3h_status w3h_server_wire(w3h_server *server, w3_server_config *cfg);
/* Allocates a server and creates its engine from cfg (already wired). */
w3h_status w3h_server_start(w3h_server *server, const w3_server_config *cfg, w3h_server **out);
/* A zeroed server owned by the calling thread, with its lock and event. */
w3h_status w3h_server_alloc(w3h_server **out);
/* Frees what w3h_server_alloc and w3h_server_wire made, without checks. */
void w3h_server_free(w3h_server *server);

/* The post callback the engine is given. */
void w3h_post(void *ctx, w3_conn *conn);
/* Requests that still wait for a completion: of open connections, of closed ones, or
 * posted and not resumed yet. */
size_t w3h_waiting(w3h_server *server);
/* Resumes every queued completion now; returns how many. */
size_t w3h_resume_posted(w3h_server *server);

/* A host memory manager that counts the regions reserved through it and not released
 * (over W3CreateHostMemoryManager(limit)). */
w3h_status w3h_counting_memory_create(unsigned long long limit, struct IHostMemoryManager **out);
/* Regions and bytes currently reserved. */
void w3h_counting_memory_usage(struct IHostMemoryManager *memory, size_t *regions, size_t *bytes);

/* Parses one HTTP response at data[0..len): no_body for the answer to a HEAD request,
 * at_eof when no more bytes will come (a body without a length ends there). Returns its
 * length, 0 if incomplete, (size_t)-1 with a reason in why when the bytes are not a
 * response. On success fills out, its strings in *storage and its header table in
 * *headers (both freed by the caller). */
size_t w3h_parse_response(const char *data, size_t len, int no_body, int at_eof, w3h_response *out,
                          char **storage, w3h_header **headers, const char **why);

#endif
