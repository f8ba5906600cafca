/* The engine's internal objects: server, filters, connections and requests. */
#ifndef W3E_ENGINE_H
#define W3E_ENGINE_H

#include <windows.h>
#include <httpfilt.h>

#include "llhttp.h"
#include "w3engine.h"
#include "memory/engine_alloc.h"
#include "base/headers.h"
#include "base/text.h"
#include "extension.h"

/* The Server header and SERVER_SOFTWARE. */
#define W3E_SERVER_SOFTWARE "w3compat/" W3ENGINE_VERSION

/* A module of the integrated pipeline: a native module (RegisterModule) or a built-in
 * one (the ISAPI filter host). module.h has the rest. */
typedef struct w3e_module w3e_module;

struct w3_server {
    w3_server_config cfg; /* strings owned by `arena` */
    struct w3_mem_config mem;
    w3e_arena *arena;
    /* The ISAPI filter host's (isapi/): filters in calling order (priority, then
     * configuration order). */
    struct w3e_filter **filters;
    unsigned filter_count;
    unsigned open_conns;
    int configuring; /* filters and modules may load; cleared when the first connection opens */
    w3e_module **modules; /* configuration order; [0] is the ISAPI filter module */
    unsigned module_count;
    w3e_module ***order;      /* per request notification bit: subscribers by priority */
    unsigned order_count[32]; /* ... and how many */
    int app_started;          /* GL_APPLICATION_START delivered */
    void *bridge;             /* the C++ bridge's server objects (IHttpServer, ...) */
    /* The Date header of responses, formatted once per second (w3e_http_date). */
    ULONGLONG date_second;
    char date_text[40];
};

/* A file range of the response body (w3_response_send_file): it goes out after the
 * first `at` bytes of resp_body, before the rest. */
typedef struct w3e_body_file {
    struct w3e_body_file *next;
    size_t at;
    char *path;
    unsigned long long offset, length;
} w3e_body_file;

/* One module's state in one request. */
typedef struct w3e_module_state {
    void *instance; /* what the module's class created for the request (CHttpModule*) */
    int created;
    DWORD disabled, disabled_post; /* DisableNotifications */
} w3e_module_state;

/* Where a request is in the integrated pipeline (pipeline.c). */
typedef struct w3e_pipe {
    unsigned step;     /* index into the pipeline's step table */
    unsigned pos;      /* next subscriber within a notification step */
    int started, done; /* done: RQ_END_REQUEST delivered, instances disposed */
    int finishing;     /* FINISH_REQUEST: only the end stages remain */
    int message_complete;
    int continue_sent; /* "100 Continue" went out */
    /* RQ_NOTIFICATION_PENDING: the handler that returned it, and what resumes it. */
    int pending;
    w3e_module *pending_module;
    DWORD pending_notification;
    int pending_post;
    volatile LONG completion_kind; /* 0 none, 1 PostCompletion, 2 IndicateCompletion */
    DWORD completion_bytes;
    HRESULT completion_status;
    DWORD indicated_status;
    /* What the current handler call is: GetNextNotification, GetIsLastNotification. */
    DWORD current_notification;
    int current_post;
    w3e_module *current_module;
} w3e_pipe;

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
    unsigned long header_count;      /* header lines received so far */
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
    w3e_body_file *resp_files, *resp_files_last; /* in body order */
    unsigned long long resp_file_bytes;          /* their lengths together */
    int denied;
    DWORD denied_reason;
    int send_response_started; /* AddResponseHeaders no longer applies */
    int response_sent;         /* status line and headers are out */
    int filter_framed;         /* a filter's own response has Content-Length or chunked */
    DWORD win32_status;
    unsigned long long bytes_sent;
    unsigned long long bytes_recvd;
    ULONGLONG start_tick; /* GetTickCount64 when the request's first byte arrived */

    /* The integrated pipeline. */
    w3e_pipe pipe;
    w3e_module_state *mods;  /* by w3e_module::index */
    HTTP_FILTER_LOG log_rec; /* RQ_LOG_REQUEST's record; filters may replace fields */
    int resp_touched;        /* a module set a status or wrote body: no default handler */
    void *bridge;            /* the C++ bridge's per-request objects (IHttpContext, ...) */

    /* What native modules change (module_request.c, module_response.c). */
    size_t body_pos;               /* ReadEntityBody's position in `body` */
    const unsigned char *inserted; /* InsertEntityBody: read before the rest */
    DWORD inserted_len, inserted_pos;
    char *original_url; /* before SetUrl; NULL while unchanged */
    unsigned short substatus;
    int buffering_disabled;
    int headers_suppressed;
    int streaming;             /* the engine flushed status and headers */
    int chunked;               /* ... with chunked framing */
    int close_delimited;       /* ... with the body ending at connection close */
    int headers_finished;      /* w3e_response_finish_headers ran */
    HRESULT error_status;      /* IHttpEventProvider::SetErrorStatus, SetStatus's error */
    w3e_module *status_module; /* the module that last set the status, and when */
    DWORD status_notification;
    w3e_headers server_vars; /* SetServerVariable */

    /* Child requests (child_request.c): a clone runs on its parent's connection. */
    struct w3_request *parent;
    struct w3_request *children, *next_child; /* clones not yet released */
    DWORD execute_flags;                      /* ExecuteRequest's, for a child */
    int child_headers_delivered;              /* its status and headers reached the parent */
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
    w3_file_output_fn file_output; /* NULL: file ranges are read into the output */
    void *file_output_ctx;
    llhttp_t parser;
    llhttp_settings_t settings;
    enum w3e_pause pause;
    unsigned refuse_status; /* 400, 413, 414, 431: why a callback stopped the parser */
    const char *parse_base; /* the bytes llhttp is executing, and the byte before them */
    char parse_prev;
    w3_request *req;        /* the request being received or answered */
    struct w3e_slot *slots; /* the ISAPI filter host's: one per filter (isapi/) */
    unsigned char *held;    /* bytes kept back after SF_STATUS_REQ_READ_NEXT */
    size_t held_len;
    int wants_close;
    /* Input that arrived while a request was pending (RQ_NOTIFICATION_PENDING). */
    unsigned char *backlog; /* parsed-to-be, already through READ_RAW_DATA */
    size_t backlog_len;
    unsigned char *raw_backlog; /* fed while blocked: READ_RAW_DATA still to see it */
    size_t raw_backlog_len;
    volatile LONG posts; /* w3_post_fn calls not yet answered by w3_conn_resume */
    int closing;         /* w3_conn_close was called */
    int closed;          /* ... and the connection ended (w3e_conn_finish_close) */
    void *bridge;        /* the C++ bridge's per-connection objects (IHttpConnection) */
};

/* conn.c */
void w3e_conn_send(w3_conn *conn, const void *data, size_t len);
/* After a pending request resumed: ends it if it is over, then processes input that
 * waited. */
void w3e_conn_continue(w3_conn *conn);
/* The end of a connection whose close waited for a pending request's completion. */
void w3e_conn_finish_close(w3_conn *conn);

/* request.c */
w3_request *w3e_request_begin(w3_conn *conn);
void w3e_request_end(w3_request *req);
const char *w3e_request_query(const w3_request *req);
/* URL path without the query, in the request's arena. */
const char *w3e_request_path(w3_request *req);

/* request_log.c */
/* The record RQ_LOG_REQUEST hands to filters (SF_NOTIFY_LOG), from the request now;
 * left unfilled when neither a filter nor the embedder's log reads it. */
void w3e_request_log_fill(w3_request *req);
/* Reports the request to the embedder (after RQ_LOG_REQUEST). */
void w3e_request_log_write(w3_request *req);

/* pipeline.c: the request's stages in IIS order. */
void w3e_pipeline_headers_done(w3_request *req);
void w3e_pipeline_message_done(w3_request *req);
/* Answers with status and a short HTML body unless a response went out already, then
 * runs the end stages (RQ_LOG_REQUEST, RQ_END_REQUEST). */
void w3e_pipeline_fail(w3_request *req, unsigned status);
/* Runs the pipeline as far as it can go (not past a pending handler, nor past the
 * authentication stages before the body arrived). */
void w3e_pipeline_run(w3_request *req);
/* Ends the request's module instances if the pipeline did not (connection closed). */
void w3e_pipeline_abandon(w3_request *req);

/* response.c */
const char *w3e_reason_for(unsigned status);
/* The current time as an HTTP date (RFC 9110 IMF-fixdate), valid until the server's
 * next call. */
const char *w3e_http_date(w3_server *server);
/* Replaces the response by `status` with a short HTML body. */
void w3e_response_error(w3_request *req, unsigned status);
int w3e_response_set_status_line(w3_request *req, const char *line);
/* Runs ACCESS_DENIED (for 401) and SEND_RESPONSE, then serialises and sends the
 * response through SEND_RAW_DATA. */
void w3e_response_send(w3_request *req);
/* Adds what the server adds to every response (Content-Length, Date, Server, the
 * headers of AddResponseHeaders), once per response (w3e_response_error starts over). */
void w3e_response_finish_headers(w3_request *req);
/* Sends status and headers (after RQ_SEND_RESPONSE) and the body so far, leaving the
 * response open for more body (a module's Flush). Nonzero on success. */
int w3e_response_send_partial(w3_request *req);
/* Sends bytes through the SEND_RAW_DATA chain. Returns nonzero if it must close. */
int w3e_send_raw(w3_request *req, const void *data, size_t len);

/* response_file.c: response bodies that hold file ranges besides written bytes. */
/* The body's length: bytes written and file ranges. */
unsigned long long w3e_body_length(const w3_request *req);
/* Empties the body (bytes and file ranges). */
void w3e_body_clear(w3_request *req);
/* Reads the file ranges into resp_body, in place, for whatever needs the bytes in
 * memory (SEND_RAW_DATA filters, a module reading the response, a child's parent).
 * 0 (and an error logged naming the file) if a file cannot be read whole. */
int w3e_body_load_files(w3_request *req);
/* Loads the file ranges unless they can go to the embedder's file output as they are
 * (it has one, no filter takes SEND_RAW_DATA, the request is not a child). 0 on failure
 * as w3e_body_load_files. */
int w3e_body_prepare(w3_request *req);
/* Sends the body in order: bytes through SEND_RAW_DATA, file ranges to the file output
 * (w3e_body_prepare ran). Nonzero if the connection must close. */
int w3e_body_send(w3_request *req);

/* server_vars.c */
BOOL w3e_server_variable(w3_conn *conn, const char *name, LPVOID buf, LPDWORD size);

/* log.c */
void w3e_log(w3_server *server, enum w3_log_kind kind, const char *fmt, ...);

#endif
