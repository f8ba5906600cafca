/* The ISAPI filter host's private header: loaded filters, their per-connection slots,
 * and the functions shared by the host's files. */
#ifndef W3E_ISAPI_H
#define W3E_ISAPI_H

#include "core/server.h"
#include "core/conn.h"
#include "core/request.h"
#include "core/response.h"
#include "core/module.h"
#include "core/extension.h"

typedef DWORD(WINAPI *w3e_filter_proc)(HTTP_FILTER_CONTEXT *, DWORD, VOID *);
typedef BOOL(WINAPI *w3e_filter_version_proc)(HTTP_FILTER_VERSION *);
typedef BOOL(WINAPI *w3e_filter_terminate_proc)(DWORD);

/* One loaded ISAPI filter. */
typedef struct w3e_filter {
    char *name;
    char *path;
    HMODULE module;
    w3e_filter_proc proc;
    w3e_filter_terminate_proc terminate;
    DWORD flags;   /* HTTP_FILTER_VERSION::dwFlags as the filter set them */
    unsigned slot; /* index into a connection's slots (configuration order) */
    /* Unsupported calls reported once already (w3e_filter_unsupported): bit n for SF_REQ
     * type n, 16 for the SSL context property, 17 for GetUserToken. */
    DWORD unsupported_logged;
    w3e_call_time time; /* HttpFilterProc's own time */
} w3e_filter;

/* A filter's view of one connection: the HTTP_FILTER_CONTEXT handed to it (so that
 * pFilterContext persists per filter per connection) and what the server tracks for it. */
typedef struct w3e_slot {
    DWORD magic;
    /* Not first: a forged context whose ServerContext points at itself cannot pass
     * for a slot (see w3e_slot_from_pfc). */
    HTTP_FILTER_CONTEXT pfc;
    struct w3_conn *conn;
    w3e_filter *filter;
    DWORD disabled; /* SF_REQ_DISABLE_NOTIFICATIONS bits for the current request */
} w3e_slot;

#define W3E_SLOT_MAGIC 0x57334643u /* "W3FC" */

/* filter_module.c: the built-in module (IsapiFilterModule) and the host's hooks. */
extern const w3e_module_class w3e_filter_module_class;
/* Adds the built-in module to the server's configuration order; 0 on failure. */
int w3e_filter_module_register(w3_server *server);
/* Subscribes the built-in module to the stages the loaded filters' notifications need
 * (server->filter_notifications changed). */
void w3e_filter_module_update(w3_server *server);

/* filter_hooks.c */
extern const w3e_extension w3e_isapi_filter_extension;

/* filter_load.c */
void w3e_filters_unload(w3_server *server);

/* filter_notify.c */
/* Nonzero if some filter asked for `type` on this connection's kind of port. */
int w3e_wants(w3_conn *conn, DWORD type);
enum w3e_outcome w3e_notify(w3_conn *conn, DWORD type, void *pv);
void w3e_slots_init(w3_conn *conn);
void w3e_slots_request_done(w3_conn *conn);

/* filter_callbacks.c */
/* The slot behind a filter's context; NULL (and ERROR_INVALID_PARAMETER) if bogus. */
w3e_slot *w3e_slot_from_pfc(HTTP_FILTER_CONTEXT *pfc);
void w3e_fill_context_fns(HTTP_FILTER_CONTEXT *pfc);
/* Fails with ERROR_NOT_SUPPORTED; the first time per filter and `bit`, logs that the
 * filter called `what`. */
BOOL w3e_filter_unsupported(w3e_slot *slot, unsigned bit, const char *what);

/* filter_headers.c: GetHeader/SetHeader/AddHeader for requests and responses. */
void w3e_fill_request_header_fns(HTTP_FILTER_PREPROC_HEADERS *h);
void w3e_fill_response_header_fns(HTTP_FILTER_PREPROC_HEADERS *h);
void w3e_fill_auth_complete_fns(HTTP_FILTER_AUTH_COMPLETE_INFO *info);
/* Parses "Name: value\r\n" lines into `into`; 0 on malformed input (bare CR or LF,
 * missing colon). */
int w3e_parse_header_lines(w3e_arena *arena, const char *text, w3e_headers *into);

#endif
