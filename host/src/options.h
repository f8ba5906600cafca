/* w3host's settings: defaults, then the --config file, then command-line flags. */
#ifndef W3HOST_OPTIONS_H
#define W3HOST_OPTIONS_H

#include <stddef.h>

#include "tls/tls_options.h"
#include "w3c_log.h"

#define HOST_MAX_LIST 64
#define HOST_MAX_SITES 64
#define HOST_MAX_BINDINGS 16
#define HOST_MAX_LISTENERS 64 /* distinct address:ports */

struct w3_config_site;

/* Where a site listens: an address:port (shared with the other sites bound there) and
 * the host name its requests name ("": any). */
typedef struct host_binding {
    char ip[64]; /* numeric IPv4 or IPv6 address ("0.0.0.0" for IIS's "*") */
    /* The address its socket listens on: ip, or the wildcard address when a binding on
     * the same port listens there (HTTP.sys serves both; the connection's local address
     * picks the binding). */
    char listen_ip[64];
    unsigned port;
    const char *host_name;
    int secure; /* an https binding */
} host_binding;

/* A site: IIS's <site>, or the one site of --root/--listen. */
typedef struct host_site {
    const char *name;
    unsigned id;
    const char *root; /* the "/" virtual directory */
    host_binding bindings[HOST_MAX_BINDINGS];
    size_t binding_count;
    const struct w3_config_site *config; /* its virtual directories; NULL: none */
    char log_dir[1024];                  /* where its W3C log goes; "" for none */
    w3c_log_settings log_settings;       /* its fields and files (<logFile>) */
} host_site;

/* A listening socket a worker inherits, by the address:port it listens on. */
typedef struct host_inherited_socket {
    char ip[64];
    unsigned port;
    int fd;
} host_inherited_socket;

/* An ISAPI filter or a native module: the name the engine reports it under, and its file. */
typedef struct host_extension {
    char name[128];
    const char *path;
    int global_only;         /* a module for its global notifications only (not in <modules>) */
    const char *url_pattern; /* an ISAPI extension's URLs (--extension PATH=URLPATTERN) */
    unsigned line;           /* of its element in the config file; 0: from a flag */
} host_extension;

typedef struct host_options {
    host_site sites[HOST_MAX_SITES]; /* what is served, from the config file or the flags */
    size_t site_count;
    const char *root;   /* --root: the document root of the flags' site (or the first) */
    char listen_ip[64]; /* --listen: numeric IPv4 or IPv6 address */
    unsigned listen_port;
    int root_given, listen_given;         /* the flags override the config file's first site */
    const char *only_site;                /* --site: serve that site of the config only */
    unsigned only_site_id;                /* --site-id: the same by id (0: not given) */
    const char *log_dir;                  /* --log-dir (NULL: none) */
    size_t log_buffer_bytes;              /* W3C lines kept in memory before a write (0: none) */
    unsigned log_flush_ms;                /* longest a buffered line waits to be written */
    unsigned max_connections;             /* open at once, all workers together; 0: none */
    unsigned max_requests_per_connection; /* 0: none */
    const char *config_path;              /* NULL: flags only */
    const struct w3_config *config;       /* what it holds; NULL without it */
    unsigned workers;
    host_extension filters[HOST_MAX_LIST];
    size_t filter_count;
    host_extension modules[HOST_MAX_LIST]; /* in pipeline order, global-only ones last */
    size_t module_count;
    host_extension extensions[HOST_MAX_LIST]; /* ISAPI extensions, in flag order */
    size_t extension_count;
    const char *default_documents[HOST_MAX_LIST];
    size_t default_document_count;
    int directory_browse;
    int page_heap;                     /* engine allocations end at a guard page */
    unsigned long long memory_limit;   /* bytes the engine's pools may commit; 0: none */
    unsigned max_request_bytes;        /* request line and headers together */
    unsigned max_header_count;         /* header lines */
    unsigned long long max_body_bytes; /* maxAllowedContentLength */
    /* Timeouts in milliseconds. */
    unsigned header_timeout_ms;
    unsigned body_timeout_ms; /* longest wait for the next bytes of a request body */
    unsigned idle_timeout_ms;
    unsigned send_timeout_ms; /* a response that makes no progress for this long: close */
    unsigned shutdown_timeout_ms;
    unsigned health_check_ms; /* interval of GL_HEALTH_CHECK */
    /* Supervision: stop restarting a worker slot after this many deaths in the window. */
    unsigned rapid_fail_count;
    unsigned rapid_fail_ms;
    int quiet;     /* no start-up banner */
    int test_only; /* -t, --check: check the configuration and what it loads, serve nothing */
    host_tls_options tls; /* certificates of the https listeners */
    /* Recycling (<periodicRestart>): 0 = not by that trigger. */
    unsigned recycle_time_s;
    unsigned recycle_requests;
    unsigned recycle_private_kb;
    /* The metrics, /healthz and /readyz listener; port 0: none. */
    char metrics_ip[64];
    unsigned metrics_port;
    const char *metrics_path;
    /* Set by the process that forks workers: the listening sockets they inherit (an
     * address:port not among them is bound by the worker itself), and where a worker
     * says it is listening (-1: nobody asks). */
    host_inherited_socket listen_sockets[HOST_MAX_LISTENERS];
    size_t listen_socket_count;
    int metrics_fd;
    int ready_fd;
} host_options;

/* Parses argv into *opts (after applying defaults and the --config file, which is read
 * first wherever it appears). IIS Express's /name:value flags are taken as their w3host
 * equivalents. Returns 0 on success; on a usage or configuration error writes the cause
 * (every one found) to stderr and returns 2. Returns 1 when --help or --version was
 * answered. */
int host_options_parse(host_options *opts, int argc, char **argv);

/* Parses "IP:PORT" ("[v6]:PORT" for IPv6) into the listen fields. Returns 0 on success. */
int host_options_set_listen(host_options *opts, const char *text);

/* Nonzero if a <periodicRestart> trigger is set: the process needs a supervisor. */
int host_options_recycles(const host_options *opts);

#endif
