/* Extension kinds: the families of plug-ins the core hosts (the ISAPI filter host, native
 * modules; an ISAPI extension host can be the next). Each kind registers one table of
 * hooks, listed in the engine's composition root (../extensions.c); the core calls them at
 * fixed places of a server's, connection's and request's life and knows nothing else of
 * the kinds. A kind's request-pipeline work goes through w3e_module_class (module.h);
 * these hooks are for what happens outside the pipeline. A NULL hook is skipped. */
#ifndef W3E_EXTENSION_H
#define W3E_EXTENSION_H

#include <windows.h>
#include <httpfilt.h>

#include "w3engine.h"

/* What a raw-data tap asks the core to do next. */
enum w3e_outcome {
    W3E_CONTINUE, /* every filter passed it on, or one handled it */
    W3E_FINISHED, /* SF_STATUS_REQ_FINISHED: the request is over, close the connection */
    W3E_FINISHED_KEEP_CONN,
    W3E_ERROR,    /* SF_STATUS_REQ_ERROR: last error in the request's win32 status */
    W3E_READ_NEXT /* READ_RAW_DATA only: wait for more bytes */
};

/* The core's byte streams and records an extension kind may look at. */
enum w3e_tap {
    W3E_TAP_READ_RAW_DATA, /* bytes received, before parsing (SF_NOTIFY_READ_RAW_DATA) */
    W3E_TAP_SEND_RAW_DATA, /* bytes to send (SF_NOTIFY_SEND_RAW_DATA) */
    W3E_TAP_LOG_RECORD     /* the request's HTTP_FILTER_LOG record (SF_NOTIFY_LOG) */
};

typedef struct w3e_extension {
    const char *name;
    /* Server lifetime. server_init runs in w3_server_create, in list order; 0 fails the
     * creation. server_free runs in w3_server_destroy, in list order, after the modules
     * were unloaded. */
    int (*server_init)(w3_server *server);
    void (*server_free)(w3_server *server);
    /* GL_APPLICATION_START and _RESOLVE_MODULES before the first request enters the
     * pipeline, GL_APPLICATION_STOP when the server is destroyed. */
    void (*application_event)(w3_server *server, DWORD notification);
    /* Connection lifetime: conn_open (0 refuses the connection), then at its close
     * end_of_net_session for every kind, then conn_end for every kind. */
    int (*conn_open)(w3_conn *conn);
    void (*end_of_net_session)(w3_conn *conn);
    void (*conn_end)(w3_conn *conn);
    /* GL_PRE_BEGIN_REQUEST, once the headers are in: W3E_GL_HANDLED if the kind answered
     * the request (the kinds after it are not asked). */
    DWORD (*pre_begin)(w3_request *req);
    /* The end of a request or child request; in reverse list order, so a kind listed
     * later (whose per-request objects were made later) lets go first. */
    void (*request_end)(w3_request *req);
    /* The response of a client's request is about to go out (before RQ_SEND_RESPONSE,
     * so modules and filters see what the kind changed): IIS's CustomErrorModule and
     * ProtocolSupportModule replace error pages and add configured headers here.
     * `whole` is 0 when a module flushes the first part of a response it goes on
     * writing (its entity cannot be replaced then). */
    void (*response_ready)(w3_request *req, int whole);
    /* Nonzero if the kind wants to see `tap` on this connection now. */
    int (*wants)(w3_conn *conn, enum w3e_tap tap);
    /* Hands a raw-data tap's buffer (W3E_TAP_READ_RAW_DATA or _SEND_RAW_DATA), which the
     * kind may edit or replace. */
    enum w3e_outcome (*raw_data)(w3_conn *conn, enum w3e_tap tap, HTTP_FILTER_RAW_DATA *raw);
} w3e_extension;

/* The kinds the engine is built with, NULL-terminated (defined by ../extensions.c). */
extern const w3e_extension *const w3e_extensions[];

/* extension.c: each calls a hook of every kind, as described above. */
typedef struct w3e_ext_hooks w3e_ext_hooks;
int w3e_ext_server_init(w3_server *server);
void w3e_ext_server_free(w3_server *server);
void w3e_ext_application_event(w3_server *server, DWORD notification);
int w3e_ext_conn_open(w3_conn *conn);
void w3e_ext_conn_close(w3_conn *conn); /* end_of_net_session, then conn_end */
DWORD w3e_ext_pre_begin(w3_request *req);
void w3e_ext_request_end(w3_request *req);
void w3e_ext_response_ready(w3_request *req, int whole);
int w3e_ext_wants(w3_conn *conn, enum w3e_tap tap);
/* The first outcome other than W3E_CONTINUE, or W3E_CONTINUE. */
enum w3e_outcome w3e_ext_raw_data(w3_conn *conn, enum w3e_tap tap, HTTP_FILTER_RAW_DATA *raw);

#endif
