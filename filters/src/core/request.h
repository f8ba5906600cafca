/* A request: what was received, the response being built, its place in the pipeline,
 * its child requests. */
#ifndef W3E_REQUEST_H
#define W3E_REQUEST_H

#include <windows.h>
#include <httpfilt.h>

#include "w3engine.h"
#include "memory/engine_alloc.h"
#include "base/headers.h"
#include "base/text.h"
#include "pipeline.h"

struct w3e_body_file;

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
    char *physical_path;         /* after URL_MAP / RQ_MAP_PATH */
    int physical_path_rewritten; /* a filter or module changed it */

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
    struct w3e_body_file *resp_files, *resp_files_last; /* in body order */
    unsigned long long resp_file_bytes;                 /* their lengths together */
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
    /* SetStatus's fTrySkipCustomErrors: <httpErrors existingResponse="Auto"> keeps the
     * module's entity */
    int try_skip_custom_errors;
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

/* request.c */
const char *w3e_request_query(const w3_request *req);
/* URL path without the query, in the request's arena. */
const char *w3e_request_path(w3_request *req);

#endif
