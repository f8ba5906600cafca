/* w3harness: unit tests of a user's own ISAPI filters and IIS native modules, without
 * sockets, the same natively and in a MinGW build under Wine.
 *
 * A test creates a server (defaults, or an applicationHost.config given as a string or a
 * file), loads its filter or module by path, opens a connection, sends requests (raw
 * bytes, pieces of them, or method/URL/headers/body) and reads the parsed responses and
 * the request log. Modules that complete asynchronously are resumed by
 * w3h_server_run_pending. w3h_server_destroy reports pool memory the engine did not give
 * back, connections left open and completions never delivered.
 *
 * Every call returns W3H_OK or an error code, and on error leaves a message for
 * w3h_last_error() (the calling thread's) and writes it to stderr: misuse (a NULL
 * argument, a closed connection, a call from another thread than the server's) is never
 * a silent no-op. Built over the public embedding API, w3engine.h. */
#ifndef W3HARNESS_H
#define W3HARNESS_H

#include <stddef.h>

#include "w3engine.h"
#include "w3harness_export.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef enum w3h_status {
    W3H_OK = 0,
    W3H_E_INVALID_ARG = 1,  /* a NULL or out-of-range argument */
    W3H_E_CLOSED = 2,       /* the connection was closed (by the test or the engine) */
    W3H_E_WRONG_THREAD = 3, /* called from another thread than the server's */
    W3H_E_STATE = 4,        /* not now: e.g. a filter added after the first connection */
    W3H_E_LOAD = 5,         /* a filter or module did not load (the engine's reason) */
    W3H_E_CONFIG = 6,       /* the configuration is invalid ("FILE:LINE: element: why") */
    W3H_E_NO_MEMORY = 7,    /* out of memory, or the engine refused to create an object */
    W3H_E_INCOMPLETE = 8,   /* no complete response (yet) in what the server sent */
    W3H_E_TIMEOUT = 9,      /* a completion did not come back in time */
    W3H_E_LEAK = 10,        /* teardown found memory, connections or completions left */
    W3H_E_BAD_RESPONSE = 11 /* the server's bytes are not an HTTP response */
} w3h_status;

/* The message of the calling thread's last failed call ("" if none), valid until its
 * next failed call. */
W3HARNESS_EXPORT const char *w3h_last_error(void);
/* "W3H_OK", "W3H_E_CLOSED", ... */
W3HARNESS_EXPORT const char *w3h_status_name(int status);

typedef struct w3h_server w3h_server;
typedef struct w3h_conn w3h_conn;

/* The full path of an extension built beside the running test program: "NAME.dll" on
 * Windows, "NAME.so" elsewhere, in the program's directory (w3compat_add_test's LOADS
 * puts them there). Valid until the calling thread's next call. NULL on error. */
W3HARNESS_EXPORT const char *w3h_extension_path(const char *name);

/* A server with the defaults: server name "localhost", anonymous access, and a handler
 * that answers 200 text/plain "METHOD URL" (a POST: the request body back). */
W3HARNESS_EXPORT w3h_status w3h_server_create(w3h_server **out);
/* A server from engine settings: cfg's handler, logon and limits are used; its log,
 * request_log, post and memory_manager are the harness's own (they are ignored). */
W3HARNESS_EXPORT w3h_status w3h_server_create_with(const w3_server_config *cfg, w3h_server **out);
/* A server from an applicationHost.config (the subset w3config.h reads): the first
 * site's physical path is served by the static file handler, its enabled isapiFilters and
 * its modules are loaded as w3host loads them. From text, or from a file. */
W3HARNESS_EXPORT w3h_status w3h_server_create_from_config(const char *config_text,
                                                          w3h_server **out);
W3HARNESS_EXPORT w3h_status w3h_server_create_from_file(const char *config_path, w3h_server **out);

/* Loads an ISAPI filter, a native module, or a native module for its global
 * notifications only (see w3engine.h), named after the file. Before the first
 * connection. W3H_E_LOAD carries the engine's reason and the Win32 error. */
W3HARNESS_EXPORT w3h_status w3h_server_add_filter(w3h_server *server, const char *path);
W3HARNESS_EXPORT w3h_status w3h_server_add_module(w3h_server *server, const char *path);
W3HARNESS_EXPORT w3h_status w3h_server_add_global_module(w3h_server *server, const char *path);

/* The engine's server, for what w3engine.h offers beyond the harness (global
 * notifications, performance counters). NULL on error. */
W3HARNESS_EXPORT w3_server *w3h_server_engine(w3h_server *server);

/* Resumes requests that wait for a module's completion, on the calling thread, until
 * none is pending or timeout_ms passed (W3H_E_TIMEOUT, naming how many still wait). */
W3HARNESS_EXPORT w3h_status w3h_server_run_pending(w3h_server *server, unsigned timeout_ms);

/* One request as the log reports it (w3engine.h's w3_log_record, copied). */
typedef struct w3h_log_record {
    char method[16];
    char uri_stem[512];
    char uri_query[512];
    char username[128];
    char client_addr[64];
    unsigned status;
    unsigned substatus;
    unsigned long win32_status;
    unsigned long long bytes_sent;
    unsigned long long bytes_received;
} w3h_log_record;

/* Requests logged so far, and the index-th (0 = the first). */
W3HARNESS_EXPORT size_t w3h_server_log_count(const w3h_server *server);
W3HARNESS_EXPORT w3h_status w3h_server_log_record(const w3h_server *server, size_t index,
                                                  w3h_log_record *out);
/* The server's own diagnostics (a filter not loaded, ...), one line each ended by "\n";
 * "" if none. */
W3HARNESS_EXPORT const char *w3h_server_errors(const w3h_server *server);

/* Closes the connections still open, waits up to 5 s for outstanding completions,
 * destroys the server (TerminateFilter, module Terminate), then checks that every page
 * the engine's pools took was given back. W3H_E_LEAK says what was left: pool memory
 * (the server is freed), or a completion that never came back (the server is kept, as
 * a module may still use it). NULL is W3H_E_INVALID_ARG. */
W3HARNESS_EXPORT w3h_status w3h_server_destroy(w3h_server *server);

/* Connection addresses: local 127.0.0.1:80, remote 127.0.0.1:50000, not secure. */
W3HARNESS_EXPORT void w3h_conn_info_init(w3_conn_info *info);
/* Opens a connection; info is required (w3h_conn_info_init gives the defaults). */
W3HARNESS_EXPORT w3h_status w3h_conn_open(w3h_server *server, const w3_conn_info *info,
                                          w3h_conn **out);

/* Feeds bytes as the client sent them (any part of a request). Responses to complete
 * requests are collected for w3h_conn_read_response. Once the engine wants the
 * connection closed, later sends fail with W3H_E_CLOSED. */
W3HARNESS_EXPORT w3h_status w3h_conn_send(w3h_conn *conn, const void *data, size_t len);
/* The same bytes fed piece_size bytes at a time (piece_size >= 1). */
W3HARNESS_EXPORT w3h_status w3h_conn_send_split(w3h_conn *conn, const void *data, size_t len,
                                                size_t piece_size);

typedef struct w3h_header {
    const char *name;
    const char *value;
} w3h_header;

/* A parsed response; its strings belong to the connection and stay valid until its
 * next read or request, or its close. */
typedef struct w3h_response {
    unsigned status;           /* 200 */
    const char *reason;        /* "OK" */
    const char *version;       /* "HTTP/1.1" */
    const w3h_header *headers; /* in the order sent */
    size_t header_count;
    const char *body; /* de-chunked, NUL-terminated (body_len excludes the NUL) */
    size_t body_len;
    const char *raw; /* the response's bytes as sent */
    size_t raw_len;
} w3h_response;

/* The next response not read yet, in order. W3H_E_INCOMPLETE while the server has not
 * sent it whole (say, a module has not completed yet). */
W3HARNESS_EXPORT w3h_status w3h_conn_read_response(w3h_conn *conn, w3h_response *out);

/* Sends "METHOD URL HTTP/1.1", Host: localhost unless `headers` has one, `headers`
 * (NULL, or lines "Name: value\r\n"), Content-Length when body_len > 0 (unless
 * `headers` has one), and the body; runs pending completions (up to 10 s) and reads
 * the response. */
W3HARNESS_EXPORT w3h_status w3h_conn_request(w3h_conn *conn, const char *method, const char *url,
                                             const char *headers, const void *body, size_t body_len,
                                             w3h_response *out);

/* A response header's value (case-insensitive name; the first of repeated ones), NULL
 * if absent. */
W3HARNESS_EXPORT const char *w3h_response_header(const w3h_response *resp, const char *name);

/* Nonzero while the connection's request waits for a module's completion / once the
 * engine wants it closed. 0 for NULL or a closed connection (w3h_last_error says so). */
W3HARNESS_EXPORT int w3h_conn_pending(w3h_conn *conn);
W3HARNESS_EXPORT int w3h_conn_wants_close(w3h_conn *conn);

/* Ends the connection (END_OF_NET_SESSION); the handle stays valid until the server
 * is destroyed, and every later call on it fails with W3H_E_CLOSED. */
W3HARNESS_EXPORT w3h_status w3h_conn_close(w3h_conn *conn);

/* Minimal checks for tests that use no framework: each failure is printed with its
 * file and line (and w3h_last_error for W3H_CHECK_OK), and counted; main returns
 * w3h_check_result(), 1 if any check failed. */
W3HARNESS_EXPORT int w3h_check(int ok, const char *file, int line, const char *expr);
W3HARNESS_EXPORT int w3h_check_ok(int status, const char *file, int line, const char *expr);
W3HARNESS_EXPORT int w3h_check_str(const char *actual, const char *expected, const char *file,
                                   int line, const char *expr);
W3HARNESS_EXPORT int w3h_check_result(void);
#define W3H_CHECK(cond) w3h_check((cond) ? 1 : 0, __FILE__, __LINE__, #cond)
#define W3H_CHECK_OK(call) w3h_check_ok((int)(call), __FILE__, __LINE__, #call)
#define W3H_CHECK_STR(actual, expected)                                                            \
    w3h_check_str((actual), (expected), __FILE__, __LINE__, #actual)

#ifdef __cplusplus
}
#endif

#endif
