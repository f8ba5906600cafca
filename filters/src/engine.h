/* The engine's internal objects: server, filters, connections and requests. */
#ifndef W3E_ENGINE_H
#define W3E_ENGINE_H

#include <windows.h>
#include <httpfilt.h>

#include "llhttp.h"
#include "w3engine.h"
#include "engine_alloc.h"
#include "headers.h"
#include "text.h"

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
    DWORD flags;              /* HTTP_FILTER_VERSION::dwFlags as the filter set them */
    unsigned slot;            /* index into a connection's slots (configuration order) */
    DWORD unsupported_logged; /* bit n: SF_REQ n was reported once already */
} w3e_filter;

struct w3_server {
    w3_server_config cfg; /* strings owned by `arena` */
    struct w3_mem_config mem;
    w3e_arena *arena;
    w3e_filter **filters; /* in calling order: priority, then configuration order */
    unsigned filter_count;
    unsigned open_conns;
    int accepting_filters; /* cleared when the first connection opens */
};

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

/* What a notification chain asks the server to do next. */
enum w3e_outcome {
    W3E_CONTINUE, /* every filter passed it on, or one handled it */
    W3E_FINISHED, /* SF_STATUS_REQ_FINISHED: the request is over, close the connection */
    W3E_FINISHED_KEEP_CONN,
    W3E_ERROR,    /* SF_STATUS_REQ_ERROR: last error in the request's win32 status */
    W3E_READ_NEXT /* READ_RAW_DATA only: wait for more bytes */
};

struct w3_request {
    struct w3_conn *conn;
    w3e_arena *arena; /* request pool: freed at the end of the request */
    int headers_done;

    /* Request line and headers, as filters and the handler see them. */
    w3e_buf method_in, url_in, version_in, field_in, value_in;
    char *method;
    char *raw_url; /* as received (HTTP_URL, UNENCODED_URL) */
    char *url;     /* current path and query */
    char *version; /* "HTTP/1.1" */
    w3e_headers headers;
    w3e_buf all_raw;
    w3e_buf body;
    unsigned long long header_bytes; /* request line and headers received so far */
    int keep_alive;
    char *physical_path;

    /* Identity after AUTHENTICATION. */
    char auth_type[SF_MAX_AUTH_TYPE];
    char user[SF_MAX_USERNAME];
    char password[SF_MAX_PASSWORD];

    /* Response. */
    unsigned status;
    char *reason;
    w3e_headers resp_headers;
    w3e_headers added_headers;  /* AddResponseHeaders */
    w3e_headers denial_headers; /* SF_REQ_ADD_HEADERS_ON_DENIAL */
    w3e_buf resp_body;
    int denied;
    DWORD denied_reason;
    int send_response_started; /* AddResponseHeaders no longer applies */
    int response_sent;         /* status line and headers are out */
    int filter_header_sent;    /* SF_REQ_SEND_RESPONSE_HEADER was used */
    int filter_framed;         /* ... with Content-Length or chunked framing */
    int completed;             /* LOG and END_OF_REQUEST delivered */
    int proxy;
    DWORD next_read_size;
    DWORD win32_status;
    unsigned long long bytes_sent;
    unsigned long long bytes_recvd;
    ULONGLONG start_tick; /* GetTickCount64 when the request's first byte arrived */
};

enum w3e_pause { W3E_PAUSE_NONE, W3E_PAUSE_HEADERS, W3E_PAUSE_MESSAGE };

struct w3_conn {
    w3_server *server;
    w3e_arena *arena; /* connection pool: AllocMem blocks, freed after END_OF_NET_SESSION */
    char *local_addr;
    char *remote_addr;
    unsigned short local_port;
    unsigned short remote_port;
    int secure;
    w3_output_fn output;
    void *output_ctx;
    llhttp_t parser;
    llhttp_settings_t settings;
    enum w3e_pause pause;
    unsigned refuse_status; /* 400 or 413 when a callback stopped the parser over a limit */
    w3_request *req;     /* the request being received or answered */
    w3e_slot *slots;     /* one per filter, by w3e_filter::slot */
    unsigned char *held; /* bytes kept back after SF_STATUS_REQ_READ_NEXT */
    size_t held_len;
    int wants_close;
};

/* conn.c */
void w3e_conn_send(w3_conn *conn, const void *data, size_t len);

/* request.c */
w3_request *w3e_request_begin(w3_conn *conn);
void w3e_request_end(w3_request *req);
const char *w3e_request_query(const w3_request *req);
/* URL path without the query, in the request's arena. */
const char *w3e_request_path(w3_request *req);

/* pipeline.c: the request's stages in IIS order. */
void w3e_pipeline_headers_done(w3_request *req);
void w3e_pipeline_message_done(w3_request *req);
/* Answers with status and a short HTML body unless a response went out already, then
 * completes the request (LOG, END_OF_REQUEST). */
void w3e_pipeline_fail(w3_request *req, unsigned status);

/* response.c */
const char *w3e_reason_for(unsigned status);
/* The current time as an HTTP date (RFC 9110 IMF-fixdate). */
const char *w3e_http_date(char out[64]);
/* Replaces the response by `status` with a short HTML body. */
void w3e_response_error(w3_request *req, unsigned status);
int w3e_response_set_status_line(w3_request *req, const char *line);
/* Runs ACCESS_DENIED (for 401) and SEND_RESPONSE, then serialises and sends the
 * response through SEND_RAW_DATA. */
void w3e_response_send(w3_request *req);
/* Sends bytes through the SEND_RAW_DATA chain. Returns nonzero if it must close. */
int w3e_send_raw(w3_request *req, const void *data, size_t len);

/* server_vars.c */
BOOL w3e_server_variable(w3_conn *conn, const char *name, LPVOID buf, LPDWORD size);

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
void w3e_log(w3_server *server, enum w3_log_kind kind, const char *fmt, ...);

/* filter_headers.c: GetHeader/SetHeader/AddHeader for requests and responses. */
void w3e_fill_request_header_fns(HTTP_FILTER_PREPROC_HEADERS *h);
void w3e_fill_response_header_fns(HTTP_FILTER_PREPROC_HEADERS *h);
void w3e_fill_auth_complete_fns(HTTP_FILTER_AUTH_COMPLETE_INFO *info);
/* Parses "Name: value\r\n" lines into `into`; 0 on malformed input (bare CR or LF,
 * missing colon). */
int w3e_parse_header_lines(w3e_arena *arena, const char *text, w3e_headers *into);

#endif
