/* w3config: the applicationHost.config subset w3compat reads.
 *
 * Recognised (everything else in the file is ignored, as IIS ignores sections it does
 * not consume; an unknown element or attribute *inside* a recognised section is an
 * error):
 *   <system.applicationHost><sites><site name id><bindings>
 *       <binding protocol="http|https" bindingInformation="IP:PORT:HOST"/>
 *         (https bindings need <w3compat><tls> certificates)
 *     <limits maxConnections/>   (over it, new connections get 503, as from HTTP.sys)
 *     <application path><virtualDirectory path physicalPath/>
 *     <logFile directory enabled logFormat period logExtFileFlags localTimeRollover
 *              truncateSize/>   (also in <sites><siteDefaults>; the site's win)
 *   <system.webServer> (also inside <location>)
 *     <globalModules><add name image preCondition/>   <modules><add name preCondition/>
 *     <isapiFilters><filter name path enabled preCondition/>
 *     <defaultDocument enabled><files><clear/><add value/><remove value/>
 *     <directoryBrowse enabled/>
 *     <handlers><add name path verb modules="IsapiModule" scriptProcessor resourceType/>
 *         <remove name/><clear/>   (only IsapiModule entries; accessPolicy is not read)
 *     <security><isapiCgiRestriction notListedIsapisAllowed><add path allowed/>
 *     <security><requestFiltering><requestLimits maxAllowedContentLength/>
 *     <security><access sslFlags="None|Ssl,SslNegotiateCert,SslRequireCert,Ssl128"/>
 *   <w3compat> what IIS has no word for:
 *     <limits maxRequestBytes maxHeaderCount maxRequestsPerConnection/>
 *         (maxRequestBytes: http.sys's MaxRequestBytes, the bytes of the request line and
 *         headers together; maxRequestsPerConnection: 0 = no limit, as IIS)
 *     <timeouts headerRead bodyRead keepAliveIdle send shutdown/>   (seconds)
 *     <workers count rapidFailCount rapidFailSeconds/>
 *     <memory pageHeap="true|false" limit/>   (limit: bytes the request and connection
 *                                             pools may commit, 0 = none)
 *     <healthCheck interval/>   (seconds between GL_HEALTH_CHECK notifications)
 *     <logBuffer size flushSeconds/>   (W3C log lines kept in memory, as HTTP.sys does)
 *     <tls clientCertificateAuthorities="FILE">   (PEM issuers of trusted client certificates)
 *       <certificate hostName certificateFile keyFile/>   (PEM files; the first without
 *           hostName, or the first, is the default; hostName: chosen by SNI)
 *     <recycling><periodicRestart time requests privateMemory/></recycling>
 *         (the recycling of the first site when its root application names no pool in
 *         <applicationPools>)
 *     <metrics address port path/>   (the Prometheus, /healthz and /readyz listener)
 *   <system.applicationHost><applicationPools><add name><recycling>
 *       <periodicRestart time="[D.]HH:MM:SS" requests privateMemory(KB)/>
 *     (the pool the first site's root application's applicationPool names,
 *     "DefaultAppPool" when it names none; a declared pool has IIS's default time
 *     1.05:00:00)
 * Every <site> is read, with its http and https bindings (other protocols are skipped),
 * its applications' virtual directories and its <logFile>. */
#ifndef W3CONFIG_H
#define W3CONFIG_H

#include <stddef.h>

#include "w3engine_export.h"

#ifdef __cplusplus
extern "C" {
#endif

#define W3_CONFIG_MAX_ITEMS 64

typedef struct w3_config_filter {
    char *name;
    char *path;
    int enabled;
    unsigned line; /* of its element in the file */
} w3_config_filter;

typedef struct w3_config_module {
    char *name;
    char *image;   /* NULL for a <modules> entry */
    unsigned line; /* of its element in the file */
} w3_config_module;

/* A certificate of https bindings (<w3compat><tls><certificate>). */
typedef struct w3_config_certificate {
    char *host_name; /* SNI name ("*.example.com" matches one label); NULL: any */
    char *certificate_file;
    char *key_file;
} w3_config_certificate;

/* <access sslFlags> bits. */
#define W3_SSL_REQUIRED 0x1       /* Ssl */
#define W3_SSL_NEGOTIATE_CERT 0x2 /* SslNegotiateCert */
#define W3_SSL_REQUIRE_CERT 0x4   /* SslRequireCert */
#define W3_SSL_128 0x8            /* Ssl128 */
/* logFile's period: when a new file begins (IIS's names u_exYYMMDD, u_exYYMMDDHH,
 * u_exYYMMWW, u_exYYMM, u_extendN for MaxSize). */
enum w3_log_period {
    W3_LOG_MAX_SIZE = 0, /* a new file past truncateSize bytes */
    W3_LOG_DAILY = 1,
    W3_LOG_WEEKLY = 2,
    W3_LOG_MONTHLY = 3,
    W3_LOG_HOURLY = 4
};

/* logExtFileFlags: the W3C fields, with IIS's bits (MD_EXTLOG_* of iiscnfg.h). */
enum w3_log_field {
    W3_LOG_DATE = 0x1,
    W3_LOG_TIME = 0x2,
    W3_LOG_CLIENT_IP = 0x4,
    W3_LOG_USER_NAME = 0x8,
    W3_LOG_SITE_NAME = 0x10,
    W3_LOG_COMPUTER_NAME = 0x20,
    W3_LOG_SERVER_IP = 0x40,
    W3_LOG_METHOD = 0x80,
    W3_LOG_URI_STEM = 0x100,
    W3_LOG_URI_QUERY = 0x200,
    W3_LOG_HTTP_STATUS = 0x400,
    W3_LOG_WIN32_STATUS = 0x800,
    W3_LOG_BYTES_SENT = 0x1000,
    W3_LOG_BYTES_RECV = 0x2000,
    W3_LOG_TIME_TAKEN = 0x4000,
    W3_LOG_SERVER_PORT = 0x8000,
    W3_LOG_USER_AGENT = 0x10000,
    W3_LOG_COOKIE = 0x20000,
    W3_LOG_REFERER = 0x40000,
    W3_LOG_PROTOCOL_VERSION = 0x80000,
    W3_LOG_HOST = 0x100000,
    W3_LOG_HTTP_SUB_STATUS = 0x200000
};

/* What a <logFile> element sets (W3_LOG_SET_* bits say which attributes it has). */
enum {
    W3_LOG_SET_DIRECTORY = 0x1,
    W3_LOG_SET_ENABLED = 0x2,
    W3_LOG_SET_PERIOD = 0x4,
    W3_LOG_SET_FIELDS = 0x8,
    W3_LOG_SET_LOCAL_TIME = 0x10,
    W3_LOG_SET_TRUNCATE = 0x20,
    W3_LOG_SET_FORMAT = 0x40
};
typedef struct w3_config_log_file {
    unsigned set;
    char *directory; /* as written: %VARIABLES% are not expanded */
    int enabled;
    int period;           /* enum w3_log_period */
    unsigned long fields; /* enum w3_log_field bits */
    int local_time_rollover;
    unsigned long long truncate_size; /* MaxSize's bytes per file */
    char *format;                     /* logFormat: "W3C", "IIS", "NCSA", "Custom" */
} w3_config_log_file;

/* A <handlers> entry of IsapiModule: a script map to script_processor, or, without one,
 * IIS's ISAPI-dll (the .dll the URL names under the site). */
typedef struct w3_config_handler {
    char *name;
    char *path; /* "*.dll", "*", "name.ext" */
    char *verb; /* "GET,POST" or "*" */
    char *script_processor;
    int require_file; /* resourceType="File" */
} w3_config_handler;

/* An <isapiCgiRestriction> entry. */
typedef struct w3_config_isapi_restriction {
    char *path;
    int allowed;
} w3_config_isapi_restriction;

#define W3_CONFIG_MAX_POOLS 16

/* When a worker process is recycled (<periodicRestart>); 0 = never for that trigger. */
typedef struct w3_config_recycling {
    unsigned time_s;            /* since the worker started */
    unsigned requests;          /* requests the worker served */
    unsigned private_memory_kb; /* the worker's private bytes */
} w3_config_recycling;

typedef struct w3_config_pool {
    char *name;
    w3_config_recycling recycling;
} w3_config_pool;

#define W3_CONFIG_MAX_BINDINGS 16
#define W3_CONFIG_MAX_VIRTUAL_DIRS 32

/* <binding protocol bindingInformation="IP:PORT:HOST">. */
typedef struct w3_config_binding {
    char *protocol; /* "http" or "https" */
    int secure;     /* https */
    char *ip;       /* "*" or "" means every address; IPv6 without brackets */
    unsigned port;
    char *host; /* "" means any host name */
} w3_config_binding;

/* A <virtualDirectory> below the site's root: the URL path it maps (its application's
 * path joined with its own) and the folder it maps to. */
typedef struct w3_config_virtual_dir {
    char *application; /* URL path of its <application> ("/" for the root one) */
    char *path;
    char *physical_path;
} w3_config_virtual_dir;

typedef struct w3_config_site {
    char *name;
    unsigned id;
    unsigned line; /* of its element in the file */
    w3_config_binding bindings[W3_CONFIG_MAX_BINDINGS];
    size_t binding_count;
    char *physical_path; /* of the "/" virtual directory of the "/" application */
    w3_config_virtual_dir virtual_dirs[W3_CONFIG_MAX_VIRTUAL_DIRS]; /* below "/" */
    size_t virtual_dir_count;
    w3_config_log_file log; /* its own <logFile> */
} w3_config_site;

typedef struct w3_config {
    w3_config_site *sites; /* in file order */
    size_t site_count;

    w3_config_filter filters[W3_CONFIG_MAX_ITEMS];
    size_t filter_count;
    w3_config_module global_modules[W3_CONFIG_MAX_ITEMS];
    size_t global_module_count;
    w3_config_module modules[W3_CONFIG_MAX_ITEMS]; /* active for requests */
    size_t module_count;
    w3_config_handler isapi_handlers[W3_CONFIG_MAX_ITEMS];
    size_t isapi_handler_count;
    w3_config_isapi_restriction isapi_restrictions[W3_CONFIG_MAX_ITEMS];
    size_t isapi_restriction_count;
    int not_listed_isapis_allowed; /* default false, as IIS */

    int default_document_enabled;
    char *default_documents[W3_CONFIG_MAX_ITEMS];
    size_t default_document_count;
    int directory_browse;
    unsigned long long max_allowed_content_length;

    unsigned max_request_bytes, max_header_count;
    unsigned header_timeout_s, body_timeout_s, idle_timeout_s, send_timeout_s, shutdown_timeout_s;
    unsigned workers, rapid_fail_count, rapid_fail_seconds;
    int page_heap; /* allocations end at a guard page */
    unsigned long long memory_limit;
    unsigned health_check_s;  /* GL_HEALTH_CHECK interval */
    unsigned max_connections; /* the first <site><limits maxConnections>: 0, 4294967295 = none */
    unsigned max_requests_per_connection;   /* 0: none */
    unsigned log_buffer_bytes, log_flush_s; /* W3C log lines kept before a write */

    w3_config_certificate certificates[W3_CONFIG_MAX_ITEMS];
    size_t certificate_count;
    char *client_ca_file;                      /* <tls clientCertificateAuthorities>; NULL: none */
    unsigned ssl_flags;                        /* W3_SSL_* */
    w3_config_pool pools[W3_CONFIG_MAX_POOLS]; /* <applicationPools> */
    size_t pool_count;
    char *app_pool;                /* the first site's root application's applicationPool */
    w3_config_recycling recycling; /* <w3compat><recycling>: for a site without a pool */
    char *metrics_address;         /* <w3compat><metrics>: NULL = 127.0.0.1 */
    unsigned metrics_port;         /* 0: no metrics listener */
    char *metrics_path;            /* NULL = "/metrics" */

    w3_config_log_file site_defaults_log; /* <siteDefaults><logFile> */
} w3_config;

/* Fills *cfg with IIS's defaults (default documents Default.htm, Default.asp,
 * index.htm, index.html, iisstart.htm; maxAllowedContentLength 30000000; header read
 * 30 s, keep-alive idle 120 s, 1 worker, health check every 30 s, ...). */
W3ENGINE_EXPORT void w3_config_init(w3_config *cfg);

/* Reads `path` over the defaults in *cfg. Returns nonzero on success; on failure writes
 * "FILE:LINE: <element>: reason" into err for every error found, one a line (as many as
 * err_size holds), and returns 0; *cfg must still be freed. Reading goes on after an
 * error in an element (what that element says is not taken), and stops at malformed
 * XML. */
W3ENGINE_EXPORT int w3_config_load(w3_config *cfg, const char *path, char *err, size_t err_size);

/* The recycling that applies to the site: its application pool's when <applicationPools>
 * declares that pool, else <w3compat><recycling>. */
W3ENGINE_EXPORT const w3_config_recycling *w3_config_site_recycling(const w3_config *cfg);

/* A site's log settings: IIS's defaults (W3C, Daily, the directory
 * %SystemDrive%\inetpub\logs\LogFiles, Date, Time, ClientIP, UserName, ServerIP,
 * Method, UriStem, UriQuery, HttpStatus, Win32Status, TimeTaken, ServerPort, UserAgent,
 * Referer, HttpSubStatus; truncateSize 20 MB), then <siteDefaults>, then the site's
 * own <logFile> (site NULL: without one). The strings stay *cfg's and *site's. */
W3ENGINE_EXPORT void w3_config_site_log(const w3_config *cfg, const w3_config_site *site,
                                        w3_config_log_file *out);

/* Frees the strings *cfg owns; *cfg is left empty (w3_config_init to reuse it). */
W3ENGINE_EXPORT void w3_config_free(w3_config *cfg);

#ifdef __cplusplus
}
#endif

#endif
