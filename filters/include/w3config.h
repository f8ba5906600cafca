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
 *   <system.webServer> (also inside <location>)
 *     <globalModules><add name image preCondition/>   <modules><add name preCondition/>
 *     <isapiFilters><filter name path enabled preCondition/>
 *     <defaultDocument enabled><files><clear/><add value/><remove value/>
 *     <directoryBrowse enabled/>
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
 * Every <site> is read, with its http and https bindings (other protocols are skipped)
 * and its applications' virtual directories. */
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
    char *client_ca_file; /* <tls clientCertificateAuthorities>; NULL: none */
    unsigned ssl_flags;   /* W3_SSL_* */
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

/* Frees the strings *cfg owns; *cfg is left empty (w3_config_init to reuse it). */
W3ENGINE_EXPORT void w3_config_free(w3_config *cfg);

#ifdef __cplusplus
}
#endif

#endif
