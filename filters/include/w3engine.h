/* w3engine: the embedding API of the engine.
 *
 * A program creates a server from a configuration, loads ISAPI filters and IIS native
 * modules into it, opens
 * connections and feeds them the bytes a client sent; the engine parses requests, runs
 * the filter notifications and the request handler in IIS's order, and hands the
 * response bytes back through the connection's output callback (file ranges of a body,
 * such as a static file's, through its file output when the embedder set one, so that
 * it can send them without reading them into memory). There are no sockets:
 * a network front end (w3host), a test, or a user's unit test moves the bytes.
 *
 * Calls are non-blocking and return once the bytes fed so far have been processed. A
 * server and its connections are used from one thread at a time, and the callbacks
 * (output, file output, handler, log, logon) must not call back into the same
 * connection. */
#ifndef W3ENGINE_H
#define W3ENGINE_H

#include <stddef.h>

#include "w3engine_export.h"

#ifdef __cplusplus
extern "C" {
#endif

struct IHostMemoryManager; /* hostmem.h */

typedef struct w3_server w3_server;
typedef struct w3_conn w3_conn;
/* The request a handler answers; valid only during the handler call. */
typedef struct w3_request w3_request;
typedef w3_request w3_response;

/* What a log line reports. */
enum w3_log_kind {
    W3_LOG_ERROR = 1,  /* the server's own diagnostics: a filter not loaded, ... */
    W3_LOG_REQUEST = 2 /* one line per request, after the LOG notification */
};

/* Request log lines are fields separated by single spaces, '-' for an empty field:
 * client-host user server-name method target parameters status win32-status
 * bytes-sent bytes-received time-taken-ms */
typedef void (*w3_log_fn)(void *ctx, enum w3_log_kind kind, const char *line);

/* One request as the log reports it, after RQ_LOG_REQUEST (values a filter changed in
 * SF_NOTIFY_LOG's HTTP_FILTER_LOG are in). Strings are never NULL ("" when absent,
 * as the request sent them, unescaped) and valid during the call only. */
typedef struct w3_log_record {
    const char *date;                  /* "YYYY-MM-DD", UTC, when the request was logged */
    const char *time;                  /* "HH:MM:SS", UTC */
    const char *client_addr;           /* c-ip: HTTP_FILTER_LOG's pszClientHostName */
    unsigned short client_port;        /* the connection's remote port */
    const char *server_addr;           /* s-ip: the connection's local address */
    unsigned short server_port;        /* s-port */
    const char *server_name;           /* s-computername side: pszServerName */
    const char *method;                /* cs-method: pszOperation */
    const char *uri_stem;              /* cs-uri-stem: pszTarget */
    const char *uri_query;             /* cs-uri-query: pszParameters */
    const char *username;              /* cs-username: pszClientUserName */
    const char *user_agent;            /* cs(User-Agent) */
    const char *referer;               /* cs(Referer) */
    unsigned status;                   /* sc-status: dwHttpStatus */
    unsigned substatus;                /* sc-substatus: IHttpResponse::SetStatus's */
    unsigned long win32_status;        /* sc-win32-status: dwWin32Status, else the Win32 code
                                        * of the error a module reported with SetStatus */
    unsigned long long bytes_sent;     /* sc-bytes */
    unsigned long long bytes_received; /* cs-bytes */
    unsigned long time_taken_ms;       /* time-taken: msTimeForProcessing */
    const char *site_name;             /* s-sitename: the server's site_name */
    const char *cookie;                /* cs(Cookie) */
    const char *host;                  /* cs-host: the Host header */
    const char *protocol_version;      /* cs-version: "HTTP/1.1" */
    unsigned site_id;                  /* the server's instance_id (the log's W3SVC<id>) */
} w3_log_record;

/* Receives one record per request. */
typedef void (*w3_request_log_fn)(void *ctx, const w3_log_record *rec);

/* Produces the response for a request that got through authentication. */
typedef void (*w3_handler_fn)(void *ctx, w3_request *req, w3_response *resp);

/* Checks an account the request presents (after the AUTHENTICATION notification), as
 * LogonUser would: nonzero accepts. */
typedef int (*w3_logon_fn)(void *ctx, const char *user, const char *password);

/* Asks the embedder to call w3_conn_resume(conn) soon, on the thread that drives the
 * server (never from inside this call). Called from any thread, once per completion a
 * module reports (IHttpContext::PostCompletion, IndicateCompletion, asynchronous
 * ReadEntityBody): w3host implements it with uv_async_send; a test with a queue it
 * drains. Every call must be answered by exactly one w3_conn_resume, even after
 * w3_conn_close (the connection's memory is kept until then). */
typedef void (*w3_post_fn)(void *ctx, w3_conn *conn);

/* The page HTTP.sys answers with status 400 when no site is bound to the host a request
 * names ("Bad Request - Invalid Hostname", 334 bytes, text/html; charset=us-ascii). */
W3ENGINE_EXPORT const char *w3_invalid_hostname_page(void);

/* Whether the server serves `host_name` (a request's Host header without its port; ""
 * when it has none) on `conn`: nonzero if it does. */
typedef int (*w3_host_check_fn)(void *ctx, w3_conn *conn, const char *host_name);

/* A virtual directory below the site's root: URLs at or below `path` ("/img") map to
 * files below `physical_path`. `application` is the URL path of the application it
 * belongs to ("/" for the root application; its own path for an application's root). */
typedef struct w3_virtual_dir {
    const char *path;
    const char *physical_path;
    const char *application;
} w3_virtual_dir;

typedef struct w3_server_config {
    const char *server_name;   /* SERVER_NAME when the request has no Host header */
    const char *document_root; /* URL paths map below it (URL_MAP, PATH_TRANSLATED) */
    unsigned instance_id;      /* INSTANCE_ID and SF_PROPERTY_INSTANCE_NUM_ID */
    int deny_anonymous;        /* nonzero: requests without credentials get 401 */
    w3_logon_fn logon;         /* NULL: any non-empty user name is accepted */
    void *logon_ctx;
    w3_handler_fn handler; /* NULL: every request that reaches it gets 404 */
    void *handler_ctx;
    w3_log_fn log; /* NULL: no logging */
    void *log_ctx;
    /* Where request and connection pools get their pages (a reference is taken);
     * NULL: a default manager without limit. */
    struct IHostMemoryManager *memory_manager;
    /* NULL: modules cannot complete asynchronously (PostCompletion and
     * IndicateCompletion fail with HRESULT_FROM_WIN32(ERROR_NOT_SUPPORTED)). */
    w3_post_fn post;
    void *post_ctx;
    const char *app_pool_name; /* IHttpServer::GetAppPoolName; NULL: "DefaultAppPool" */
    /* Limits: the request line's parts and the header names and values together (0:
     * 16384 bytes; beyond: 414 while in the request line, else 431, and the connection
     * closes), the body (0: 30000000 bytes; beyond: 413, before reading it when
     * Content-Length declares more), and the number of header lines (0: 100; beyond:
     * 431). Malformed requests get 400. */
    unsigned long max_header_bytes;
    unsigned long max_body_bytes;
    unsigned long max_header_count;
    /* NULL: each request is reported to `log` as a W3_LOG_REQUEST line; else here
     * instead, as a record. */
    w3_request_log_fn request_log;
    void *request_log_ctx;
    /* Requests a keep-alive connection serves: the last one's response says
     * Connection: close (0: no limit, as in IIS; nginx's keepalive_requests is 1000). */
    unsigned long max_requests_per_connection;
    /* applicationHost.config: what modules read through IHttpServer::GetAdminManager
     * and CoCreateInstance(CLSID_AppHostAdminManager), with the schema files of the
     * schema/ folder beside it and the sites' web.config files (docs/configuration.md).
     * NULL: no configuration system (GetAdminManager returns NULL). */
    const char *config_path;
    /* The site's name: IHttpSite::GetSiteName, and the site of the configuration paths
     * (IMetadataInfo::GetMetaPath "MACHINE/WEBROOT/APPHOST/<site>/<URL path>") that
     * select its <site> and <location>s. NULL: "Default Web Site". */
    const char *site_name;
    /* Nonzero: every call to a module's handler or a filter's HttpFilterProc is timed
     * (w3_server_module_time, w3_server_filter_time); two clock reads per call, which
     * cost about 200 ns each where the clock is a system call (some virtual machines). */
    int time_extensions;
    /* The site's virtual directories below "/" (document_root is "/"), any order; the
     * longest path that covers a URL maps it (URL_MAP, PATH_TRANSLATED, MapPath,
     * APPL_MD_PATH, APPL_PHYSICAL_PATH). Copied by w3_server_create. */
    const w3_virtual_dir *virtual_dirs;
    size_t virtual_dir_count;
    /* NULL: every host name is the server's. Else asked for each request when its headers
     * are complete; a request whose host name it refuses gets HTTP.sys's 400 "Bad Request
     * - Invalid Hostname" and its connection closes (an embedder serving several sites
     * on a port, each with its own server, refuses the names of the others). */
    w3_host_check_fn host_check;
    void *host_check_ctx;
} w3_server_config;

/* Fills *cfg with the defaults: "localhost", root ".", instance 1, anonymous allowed. */
W3ENGINE_EXPORT void w3_server_config_init(w3_server_config *cfg);

/* Creates a server; the configuration's strings are copied. NULL if out of memory. */
W3ENGINE_EXPORT w3_server *w3_server_create(const w3_server_config *cfg);

/* Loads the ISAPI filter at `path` (a .dll on Windows, a .so elsewhere) under `name`,
 * as the next entry of the configuration's filter list. Filters are loaded before the
 * first connection is opened. Returns nonzero on success; on failure (the file does not
 * load, an export is missing, GetFilterVersion returns FALSE) the reason is logged with
 * the file name, and 0 is returned with the Win32 error in GetLastError. */
W3ENGINE_EXPORT int w3_server_add_filter(w3_server *server, const char *name, const char *path);

/* Number of filters loaded. */
W3ENGINE_EXPORT unsigned w3_server_filter_count(const w3_server *server);

/* Loads the IIS native module at `path` (RegisterModule export) under `name` (what
 * IHttpModuleRegistrationInfo::GetName returns), as the next entry of the configuration's
 * module list. Modules run in the integrated pipeline by priority, then in this order;
 * the ISAPI filter host is the built-in module configured before them (IIS's
 * IsapiFilterModule, MEDIUM priority). Loaded before the first connection is opened.
 * Returns nonzero on success; on failure (the file does not load, RegisterModule is
 * missing or returns a failure HRESULT) the reason is logged with the file name, 0 is
 * returned with the Win32 error (or HRESULT) in GetLastError, and the server keeps
 * serving without the module. With a config_path, a module <globalModules> names runs
 * for a request only where the merged <modules> section at its path lists it. */
W3ENGINE_EXPORT int w3_server_add_module(w3_server *server, const char *name, const char *path);

/* Loads the ISAPI extension at `path` under `name` and maps the URLs that match
 * `url_pattern` to it (IIS's IsapiModule): "/scripts/echo.dll" (that URL, with any
 * path info after it), "/app*" (a prefix), "*.isa" (an extension, as a script map) or
 * "*" (every URL). GetExtensionVersion runs now; TerminateExtension when the server is
 * destroyed. Before the first connection. Returns nonzero on success; on failure (the
 * file does not load, an export is missing, GetExtensionVersion returns FALSE) the
 * reason is logged with the file name and 0 is returned with the Win32 error in
 * GetLastError. */
W3ENGINE_EXPORT int w3_server_add_extension(w3_server *server, const char *name, const char *path,
                                            const char *url_pattern);

/* A <handlers> entry of IsapiModule (IIS's script maps): requests whose URL matches
 * `path` ("*" every URL, "*.ext" a file name extension, "name.ext" a file name) and
 * whose verb is in `verbs` ("GET,POST"; NULL or "*" for all) go to the extension
 * `script_processor`, with the whole URL as path info. Without a script processor
 * (IIS's ISAPI-dll entry, path "*.dll") the extension is the file the URL names under
 * the site, what follows it being the path info. Either is loaded at its first request
 * and subject to <isapiCgiRestriction> (w3_server_restrict_isapi): a refused one is
 * answered 404.2, a missing one 404, one that does not load 500. require_file
 * (resourceType="File"): a URL naming no file gets 404. In configuration order, after
 * and before w3_server_add_extension's mappings as called; before the first
 * connection. 0 with the Win32 error when refused. */
W3ENGINE_EXPORT int w3_server_add_isapi_handler(w3_server *server, const char *path,
                                                const char *verbs, const char *script_processor,
                                                int require_file);
/* <isapiCgiRestriction><add path allowed>: whether the ISAPI extension at `path` (any
 * case, '/' and '\' alike) may run through w3_server_add_isapi_handler's mappings; and
 * notListedIsapisAllowed, for the extensions not listed (default: not allowed, as
 * IIS). Before the first connection; 0 with the Win32 error when refused. */
W3ENGINE_EXPORT int w3_server_restrict_isapi(w3_server *server, const char *path, int allowed);
W3ENGINE_EXPORT int w3_server_allow_unlisted_isapi(w3_server *server, int allowed);

/* NULL while the worker is healthy; once an ISAPI extension called
 * HSE_REQ_REPORT_UNHEALTHY, the reason it gave ("" for none), for the embedder to
 * recycle the worker as IIS's WAS would. Any thread. */
W3ENGINE_EXPORT const char *w3_server_unhealthy(w3_server *server);

/* Loads a native module as w3_server_add_module does (RegisterModule is called, the same
 * failures are reported the same way), but for its global notifications only: what it
 * registered with SetGlobalNotifications (CGlobalModule) runs, what it registered with
 * SetRequestNotifications never does (no request gets an instance from its factory;
 * IHttpModuleFactory::Terminate is still called at w3_server_destroy), except, with a
 * config_path, for requests whose merged <modules> section lists its name. This is
 * IIS's module that <globalModules> installs in the worker process and <modules> does
 * not enable. It takes the next place in the configuration order, which decides its turn
 * among global notifications of the same priority, and counts in
 * w3_server_module_count. */
W3ENGINE_EXPORT int w3_server_add_global_module(w3_server *server, const char *name,
                                                const char *path);

/* A performance counter modules keep through IHttpServer::GetPerfCounterInfo
 * (W3_PERF_SERVER) or IHttpSite::GetPerfCounterInfo (W3_PERF_SITE), by index 0-63;
 * 0 for an index out of range. */
enum { W3_PERF_SERVER, W3_PERF_SITE };
W3ENGINE_EXPORT long long w3_server_perf_counter(w3_server *server, int scope, unsigned index);

/* Number of native modules loaded. */
W3ENGINE_EXPORT unsigned w3_server_module_count(const w3_server *server);

/* With w3_server_config::time_extensions, the time an extension's code took: the module at `index`
 * of the pipeline's configuration order, from 0 until the call returns 0 (built-in modules
 * included: IsapiFilterModule, IsapiModule), or the ISAPI filter at `index` in calling order (below
 * w3_server_filter_count). *name is its name (valid while the server lives), *ns the time in its
 * handlers (HttpFilterProc) less the time of other extensions that ran inside them, *calls how many
 * calls that was. Read from any thread. */
W3ENGINE_EXPORT int w3_server_module_time(const w3_server *server, unsigned index,
                                          const char **name, unsigned long long *ns,
                                          unsigned long long *calls);
W3ENGINE_EXPORT int w3_server_filter_time(const w3_server *server, unsigned index,
                                          const char **name, unsigned long long *ns,
                                          unsigned long long *calls);

/* Global notifications the embedder triggers (CGlobalModule): the server stops
 * accepting connections (GL_STOP_LISTENING; drain: finish the requests in progress),
 * a periodic health check (GL_HEALTH_CHECK), cache cleanup (GL_CACHE_CLEANUP),
 * a configuration file or a watched file changed (GL_CONFIGURATION_CHANGE,
 * GL_FILE_CHANGE), a worker thread returns to its pool (GL_THREAD_CLEANUP).
 * GL_PRE_BEGIN_REQUEST, GL_APPLICATION_START/RESOLVE_MODULES (first request),
 * GL_APPLICATION_STOP (w3_server_destroy) and GL_CUSTOM_NOTIFICATION
 * (IHttpServer::NotifyCustomNotification) fire by themselves. After
 * w3_server_stop_listening every response says Connection: close, so that clients take
 * their next request to a server that stays. */
W3ENGINE_EXPORT void w3_server_stop_listening(w3_server *server, int drain);
W3ENGINE_EXPORT void w3_server_health_check(w3_server *server);
/* Raises GL_HEALTH_CHECK as w3_server_health_check does and returns the modules'
 * answer: 1 if none called IHttpServer::ReportUnhealthy during it; 0 if one did, with
 * "REASON (0xHRESULT)" of the last report in `reason` (truncated to reason_size). An
 * ISAPI extension's HSE_REQ_REPORT_UNHEALTHY (w3_server_unhealthy) also answers 0, with
 * its reason, from then on. */
W3ENGINE_EXPORT int w3_server_check_health(w3_server *server, char *reason, size_t reason_size);
W3ENGINE_EXPORT void w3_server_cache_cleanup(w3_server *server);
W3ENGINE_EXPORT void w3_server_configuration_change(w3_server *server, const char *path);
W3ENGINE_EXPORT void w3_server_file_change(w3_server *server, const char *path);
W3ENGINE_EXPORT void w3_server_thread_cleanup(w3_server *server);

/* Calls TerminateFilter of every filter, unloads them and frees the server. Every
 * connection must have been closed. */
W3ENGINE_EXPORT void w3_server_destroy(w3_server *server);

/* What the front end's TLS layer knows of a connection once its handshake is done, for
 * the server variables (HTTPS_*, CERT_*), SF_REQ_GET_PROPERTY(SF_PROPERTY_SSL_CTXT) and
 * IHttpRequest::GetClientCertificate (see w3_conn_set_tls). Names are X.500 text in the
 * certificate's order ("C=US, O=Example, CN=www.example.test"); NULL names read as "". */
typedef struct w3_tls_info {
    unsigned cipher_bits;             /* HTTPS_KEYSIZE, CERT_KEYSIZE: the session key's bits */
    unsigned server_key_bits;         /* HTTPS_SECRETKEYSIZE: the server certificate key's bits */
    const char *server_subject;       /* HTTPS_SERVER_SUBJECT, CERT_SERVER_SUBJECT */
    const char *server_issuer;        /* HTTPS_SERVER_ISSUER, CERT_SERVER_ISSUER */
    const unsigned char *client_cert; /* the client certificate (DER); NULL: none was sent */
    size_t client_cert_len;
    const char *client_subject; /* CERT_SUBJECT */
    const char *client_issuer;  /* CERT_ISSUER */
    const char *client_serial;  /* CERT_SERIALNUMBER: hex bytes joined by '-' */
    const char *client_cookie;  /* CERT_COOKIE: a digest of the whole certificate */
    unsigned client_untrusted;  /* CERT_FLAGS bit 1: its issuer is not a trusted one */
} w3_tls_info;

typedef struct w3_conn_info {
    const char *local_addr;     /* LOCAL_ADDR, SERVER_ADDR; NULL: "127.0.0.1" */
    unsigned short local_port;  /* SERVER_PORT */
    const char *remote_addr;    /* REMOTE_ADDR, REMOTE_HOST; NULL: "127.0.0.1" */
    unsigned short remote_port; /* REMOTE_PORT */
    int secure;                 /* the connection came over a secure (TLS) port */
} w3_conn_info;

/* Receives bytes to send to the client, in order. */
typedef void (*w3_output_fn)(void *ctx, const void *data, size_t len);

/* Opens a connection. NULL if out of memory. */
W3ENGINE_EXPORT w3_conn *w3_conn_open(w3_server *server, const w3_conn_info *info,
                                      w3_output_fn output, void *output_ctx);

/* Receives a file range to send to the client (bytes [offset, offset + length) of the
 * file at `path`, a name for the platform's file API, valid during the call only), in
 * order with the output callback's bytes: what came through `output` before goes out
 * first, what comes after follows the file. The embedder opens and sends the file
 * itself, e.g. off its event loop with sendfile. The status line and headers have gone
 * out already: if the file cannot be sent whole, the embedder closes the connection. */
typedef void (*w3_file_output_fn)(void *ctx, const char *path, unsigned long long offset,
                                  unsigned long long length);

/* Gives a connection that came over TLS its handshake's facts (copied): it becomes
 * secure (SF_NOTIFY_SECURE_PORT, SERVER_PORT_SECURE=1, HTTPS=on) and answers the HTTPS_*
 * and CERT_* variables from `tls`. Call it after w3_conn_open, before the first
 * w3_conn_feed. Returns 0 when out of memory (the connection is unchanged). */
W3ENGINE_EXPORT int w3_conn_set_tls(w3_conn *conn, const w3_tls_info *tls);

/* Lets the connection hand file ranges of responses (w3_response_send_file) to `fn`
 * instead of reading them into the output (NULL: read them, the default). The engine
 * still reads a file itself where the bytes must be in memory: when a filter takes
 * SF_NOTIFY_SEND_RAW_DATA (it sees every byte sent, as in IIS), or a module reads the
 * response. The bytes on the wire are the same either way. */
W3ENGINE_EXPORT void w3_conn_set_file_output(w3_conn *conn, w3_file_output_fn fn, void *ctx);

/* Processes bytes the client sent: complete requests are answered through the output
 * callback before this returns; a partial request waits for more bytes. Returns 0 while
 * the connection stays usable, nonzero once it wants to be closed (then later bytes
 * are ignored). */
W3ENGINE_EXPORT int w3_conn_feed(w3_conn *conn, const void *data, size_t len);

/* Continues a connection whose request was waiting for a module's asynchronous
 * completion (see w3_post_fn); call it on the server's thread for every post. Input
 * fed while the request waited is processed now, and responses go out through the
 * output callback before it returns; then, as after w3_conn_feed, the connection may
 * want to be closed (w3_conn_wants_close). */
W3ENGINE_EXPORT void w3_conn_resume(w3_conn *conn);

/* Nonzero while the connection's request waits for a module's completion. */
W3ENGINE_EXPORT int w3_conn_pending(const w3_conn *conn);

/* Nonzero while a request's headers are complete and its body is still arriving: a
 * front end's body-read timeout applies now, no longer its header-read timeout. */
W3ENGINE_EXPORT int w3_conn_receiving_body(const w3_conn *conn);

/* The output_ctx given to w3_conn_open; NULL once w3_conn_close was called (a connection
 * the engine keeps for a module's completion). A post callback can find the embedder's
 * connection with it. */
W3ENGINE_EXPORT void *w3_conn_context(const w3_conn *conn);

/* Nonzero once the engine wants the connection closed (Connection: close, HTTP/1.0
 * without keep-alive, malformed input, a filter finished the connection). */
W3ENGINE_EXPORT int w3_conn_wants_close(const w3_conn *conn);

/* Ends the connection (the client went away, or the front end closes it after
 * w3_conn_wants_close): END_OF_NET_SESSION is delivered and the connection freed. If a
 * module is working on the request (RQ_NOTIFICATION_PENDING) and the server has a post
 * callback, the request and connection end when that completion comes back through
 * w3_conn_resume; nothing more goes to the output callback. */
W3ENGINE_EXPORT void w3_conn_close(w3_conn *conn);

/* The request, as the handler sees it (after filters changed it). */
W3ENGINE_EXPORT const char *w3_request_method(const w3_request *req);
W3ENGINE_EXPORT const char *w3_request_url(const w3_request *req); /* path and query */
/* A request header's value (repeated headers joined with ", "); NULL if absent. */
W3ENGINE_EXPORT const char *w3_request_header(w3_request *req, const char *name);
W3ENGINE_EXPORT const void *w3_request_body(const w3_request *req, size_t *len);
W3ENGINE_EXPORT const char *w3_request_user(const w3_request *req); /* "" if anonymous */
/* The physical path the URL mapped to, in IIS's form ('\' separators, also on POSIX, where
 * compat's file functions accept them), as URL_MAP filters and RQ_MAP_PATH modules left
 * it; "" before the mapping. *rewritten (if not NULL) is set nonzero when one of them
 * changed the server's mapping: a handler then serves that path as given, even outside
 * the root (filters and modules are trusted code, as on IIS). */
W3ENGINE_EXPORT const char *w3_request_physical_path(const w3_request *req, int *rewritten);
/* The virtual directory of the server's configuration that maps url_path (a URL path
 * without query) and the length of the URL prefix it covers in *matched; NULL when the
 * site's root ("/", the document root) maps it. */
W3ENGINE_EXPORT const w3_virtual_dir *w3_request_virtual_dir(const w3_request *req,
                                                             const char *url_path, size_t *matched);
/* A server variable under GetServerVariable's buffer contract (see httpfilt.h). */
W3ENGINE_EXPORT int w3_request_server_variable(w3_request *req, const char *name, void *buf,
                                               unsigned int *size);

/* Building the response. Return nonzero on success, 0 on bad input (CR or LF in a
 * header, status out of 100..999) or when out of memory. */
W3ENGINE_EXPORT int w3_response_set_status(w3_response *resp, unsigned status, const char *reason);
W3ENGINE_EXPORT int w3_response_add_header(w3_response *resp, const char *name, const char *value);
W3ENGINE_EXPORT int w3_response_write(w3_response *resp, const void *data, size_t len);
/* Appends bytes [offset, offset + length) of the file at `path` to the body, after
 * what was written so far and before what is written next. The file is read (or handed
 * to the connection's file output) when the response is sent, after the handler
 * returns; Content-Length and the log's byte count include `length`, and a HEAD
 * response sends none of it. If the engine reads the file and cannot read `length`
 * bytes, the response becomes a 500 (the connection closes if the headers went out). */
W3ENGINE_EXPORT int w3_response_send_file(w3_response *resp, const char *path,
                                          unsigned long long offset, unsigned long long length);

#ifdef __cplusplus
}
#endif

#endif
