/* Command-line flags (IIS Express style) over the --config file over the defaults. */
#include "options.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "iis_express.h"
#include "options_sites.h"
#include "w3config.h"

/* The loaded configuration owns strings the options point into for the whole run. */
static w3_config loaded;

/* The flags, documented once (flags.def): --help and the README's table. */
typedef struct flag_doc {
    const char *name, *value, *meaning, *fallback;
} flag_doc;

static const flag_doc flag_docs[] = {
#define FLAG(name, value, meaning, fallback) {name, value, meaning, fallback},
#define IIS_EXPRESS(name, flag, meaning)
#include "flags.def"
#undef FLAG
#undef IIS_EXPRESS
};

static const flag_doc iis_express_docs[] = {
#define FLAG(name, value, meaning, fallback)
#define IIS_EXPRESS(name, flag, meaning) {name, flag, meaning, NULL},
#include "flags.def"
#undef FLAG
#undef IIS_EXPRESS
};

/* Documentation text as --help shows it: the README's `code` marks dropped. */
static void put_plain(FILE *out, const char *text)
{
    for (; *text != '\0'; text++)
        if (*text != '`')
            fputc(*text, out);
}

static void print_usage(FILE *out)
{
    fputs("usage: w3host [--config FILE] [--root DIR] [--listen IP:PORT] [flags]\n"
          "Serves HTTP/1.1 with ISAPI filters, native modules and static files.\n"
          "Flags override the config file.\n\n",
          out);
    for (size_t i = 0; i < sizeof flag_docs / sizeof flag_docs[0]; i++) {
        const flag_doc *f = &flag_docs[i];
        fprintf(out, "  %s%s%s\n      ", f->name, f->value[0] ? " " : "", f->value);
        put_plain(out, f->meaning);
        if (f->fallback[0] != '\0') {
            fputs(" (default: ", out);
            put_plain(out, f->fallback);
            fputc(')', out);
        }
        fputc('\n', out);
    }
    fputs("\nIIS Express flags (/name:value) are taken as these:\n", out);
    for (size_t i = 0; i < sizeof iis_express_docs / sizeof iis_express_docs[0]; i++) {
        const flag_doc *f = &iis_express_docs[i];
        fprintf(out, "  %-9s %-10s ", f->name, f->value[0] ? f->value : "(ignored)");
        put_plain(out, f->meaning);
        fputc('\n', out);
    }
}

/* "IP:PORT" ("[v6]:PORT") into ip (of ip_size bytes) and *port; 0 on success. */
static int parse_ip_port(const char *text, char *ip_out, size_t ip_size, unsigned *port_out)
{
    const char *colon = strrchr(text, ':');
    if (colon == NULL || colon == text || colon[1] == '\0')
        return -1;
    const char *ip = text;
    size_t ip_len = (size_t)(colon - text);
    if (text[0] == '[') {
        if (colon[-1] != ']')
            return -1;
        ip++;
        ip_len -= 2;
    }
    char *end;
    unsigned long port = strtoul(colon + 1, &end, 10);
    if (*end != '\0' || end == colon + 1 || port > 65535 || ip_len == 0 || ip_len >= ip_size)
        return -1;
    memcpy(ip_out, ip, ip_len);
    ip_out[ip_len] = '\0';
    *port_out = (unsigned)port;
    return 0;
}

int host_options_set_listen(host_options *opts, const char *text)
{
    return parse_ip_port(text, opts->listen_ip, sizeof opts->listen_ip, &opts->listen_port);
}

int host_options_recycles(const host_options *opts)
{
    return opts->recycle_time_s != 0 || opts->recycle_requests != 0 ||
           opts->recycle_private_kb != 0;
}

static int parse_seconds(const char *flag, const char *text, unsigned *ms)
{
    char *end;
    double s = strtod(text, &end);
    if (*end != '\0' || end == text || !(s > 0) || s > 86400) {
        fprintf(stderr, "w3host: %s: '%s' is not a number of seconds in (0, 86400]\n", flag, text);
        return 0;
    }
    *ms = (unsigned)(s * 1000 + 0.5);
    if (*ms == 0)
        *ms = 1;
    return 1;
}

/* What the configuration does not set; the rest comes from w3_config_init's defaults. */
static void set_defaults(host_options *o)
{
    memset(o, 0, sizeof *o);
    o->root = ".";
    strcpy(o->listen_ip, "127.0.0.1");
    o->listen_port = 8080;
    o->metrics_fd = o->ready_fd = -1;
}

/* Appends a module of the config file; 0 after writing the error when the list is full. */
static int add_config_module(host_options *o, const w3_config_module *g, int global_only,
                             const char *path)
{
    if (o->module_count == HOST_MAX_LIST) {
        fprintf(stderr, "w3host: %s: more than %d modules to load\n", path, HOST_MAX_LIST);
        return 0;
    }
    host_extension *e = &o->modules[o->module_count++];
    snprintf(e->name, sizeof e->name, "%s", g->name);
    e->path = g->image;
    e->global_only = global_only;
    e->line = g->line;
    return 1;
}

/* IIS: <globalModules> installs each native module in the worker process (its DLL is
 * loaded, RegisterModule called), <modules> enables it for requests, in pipeline order.
 * So every <modules> entry is loaded in that order, then every global module that
 * <modules> does not enable, for its global notifications only (names compared without
 * regard to case, as IIS compares them). Returns 0 after writing the error for an entry
 * of <modules> that <globalModules> does not name. */
static int apply_config_modules(host_options *o, const w3_config *c, const char *path)
{
    o->module_count = 0;
    for (size_t i = 0; i < c->module_count; i++) {
        size_t g = 0;
        while (g < c->global_module_count &&
               strcasecmp(c->modules[i].name, c->global_modules[g].name) != 0)
            g++;
        if (g == c->global_module_count) {
            fprintf(stderr, "w3host: %s: <modules><add name=\"%s\">: not in <globalModules>\n",
                    path, c->modules[i].name);
            return 0;
        }
        if (!add_config_module(o, &c->global_modules[g], 0, path))
            return 0;
    }
    for (size_t g = 0; g < c->global_module_count; g++) {
        size_t i = 0;
        while (i < c->module_count &&
               strcasecmp(c->modules[i].name, c->global_modules[g].name) != 0)
            i++;
        if (i == c->module_count && !add_config_module(o, &c->global_modules[g], 1, path))
            return 0;
    }
    return 1;
}

static void apply_config(host_options *o, const w3_config *c)
{
    o->config = c;
    for (size_t i = 0; i < c->filter_count; i++) {
        if (c->filters[i].enabled) {
            host_extension *e = &o->filters[o->filter_count++];
            snprintf(e->name, sizeof e->name, "%s", c->filters[i].name);
            e->path = c->filters[i].path;
            e->line = c->filters[i].line;
        }
    }
    o->default_document_count = 0;
    if (c->default_document_enabled)
        for (size_t i = 0; i < c->default_document_count; i++)
            o->default_documents[o->default_document_count++] = c->default_documents[i];
    o->directory_browse = c->directory_browse;
    o->page_heap = c->page_heap;
    o->memory_limit = c->memory_limit;
    o->max_request_bytes = c->max_request_bytes;
    o->max_header_count = c->max_header_count;
    o->max_body_bytes = c->max_allowed_content_length;
    o->header_timeout_ms = c->header_timeout_s * 1000;
    o->body_timeout_ms = c->body_timeout_s * 1000;
    o->idle_timeout_ms = c->idle_timeout_s * 1000;
    o->send_timeout_ms = c->send_timeout_s * 1000;
    o->shutdown_timeout_ms = c->shutdown_timeout_s * 1000;
    o->workers = c->workers;
    o->rapid_fail_count = c->rapid_fail_count;
    o->rapid_fail_ms = c->rapid_fail_seconds * 1000;
    o->health_check_ms = c->health_check_s * 1000;
    o->log_buffer_bytes = c->log_buffer_bytes;
    o->log_flush_ms = c->log_flush_s * 1000;
    /* IIS writes "no limit" as the largest uint. */
    o->max_connections = c->max_connections == 0xFFFFFFFFu ? 0 : c->max_connections;
    o->max_requests_per_connection = c->max_requests_per_connection;
    tls_options_from_config(&o->tls, c);
    const w3_config_recycling *rec = w3_config_site_recycling(c);
    o->recycle_time_s = rec->time_s;
    o->recycle_requests = rec->requests;
    o->recycle_private_kb = rec->private_memory_kb;
    snprintf(o->metrics_ip, sizeof o->metrics_ip, "%s",
             c->metrics_address != NULL ? c->metrics_address : "127.0.0.1");
    o->metrics_port = c->metrics_port;
    o->metrics_path = c->metrics_path != NULL ? c->metrics_path : "/metrics";
}

/* A whole number from min to max into *n; 0 after writing the error when it is not. */
static int parse_count(const char *flag, const char *text, unsigned long long min,
                       unsigned long long max, unsigned long long *n)
{
    char *end;
    *n = strtoull(text, &end, 10);
    if (*end != '\0' || end == text || text[0] == '-' || *n < min || *n > max) {
        fprintf(stderr, "w3host: %s: '%s' is not a number from %llu to %llu\n", flag, text, min,
                max);
        return 0;
    }
    return 1;
}

/* The field a --*-timeout or --health-check flag sets; NULL for any other flag. */
static unsigned *seconds_field(host_options *o, const char *flag)
{
    const struct {
        const char *flag;
        unsigned *ms;
    } fields[] = {
        {"--header-timeout", &o->header_timeout_ms},
        {"--body-timeout", &o->body_timeout_ms},
        {"--idle-timeout", &o->idle_timeout_ms},
        {"--send-timeout", &o->send_timeout_ms},
        {"--health-check", &o->health_check_ms},
        {"--shutdown-timeout", &o->shutdown_timeout_ms},
        {"--log-flush", &o->log_flush_ms},
    };
    for (size_t i = 0; i < sizeof fields / sizeof fields[0]; i++)
        if (strcmp(flag, fields[i].flag) == 0)
            return fields[i].ms;
    return NULL;
}

/* The name of a --filter (its file name) or a --module (its file name without the
 * extension, as IIS names modules), truncated to fit. */
static void extension_name(host_extension *e, const char *path, int strip_extension)
{
    const char *base = path;
    for (const char *p = path; *p != '\0'; p++)
        if (*p == '/' || *p == '\\')
            base = p + 1;
    const char *dot = strip_extension ? strrchr(base, '.') : NULL;
    size_t len = dot != NULL && dot != base ? (size_t)(dot - base) : strlen(base);
    if (len >= sizeof e->name)
        len = sizeof e->name - 1;
    memcpy(e->name, base, len);
    e->name[len] = '\0';
}

/* Nonzero if the flag takes no value. */
static int is_switch(const char *flag)
{
    for (size_t i = 0; i < sizeof flag_docs / sizeof flag_docs[0]; i++)
        if (strcmp(flag, flag_docs[i].name) == 0)
            return flag_docs[i].value[0] == '\0';
    return strcmp(flag, "-h") == 0;
}

static int is_flag(const char *arg)
{
    for (size_t i = 0; i < sizeof flag_docs / sizeof flag_docs[0]; i++)
        if (strcmp(arg, flag_docs[i].name) == 0)
            return 1;
    return 0;
}

/* Reads the --config file (wherever the flag is) before the flags that override it. */
static int read_config(host_options *o, int argc, char **argv)
{
    for (int i = 1; i < argc; i++) {
        if (is_switch(argv[i]) || i + 1 >= argc)
            continue;
        if (strcmp(argv[i], "--config") == 0) {
            char err[4096];
            o->config_path = argv[i + 1];
            w3_config_free(&loaded);
            w3_config_init(&loaded);
            if (!w3_config_load(&loaded, o->config_path, err, sizeof err)) {
                for (char *line = strtok(err, "\n"); line != NULL; line = strtok(NULL, "\n"))
                    fprintf(stderr, "w3host: %s\n", line);
                return 0;
            }
            o->filter_count = 0;
            apply_config(o, &loaded);
            if (!apply_config_modules(o, &loaded, o->config_path))
                return 0;
        }
        i++; /* a value: not a flag */
    }
    return 1;
}

/* One flag with a value; 0 after writing the error. */
static int apply_flag(host_options *o, const char *flag, char *value)
{
    unsigned *ms;
    unsigned long long n;
    int tls_status = tls_options_flag(&o->tls, flag, value);
    if (tls_status >= 0) {
        return tls_status == 0;
    } else if (strcmp(flag, "--config") == 0) {
        return 1; /* read first */
    } else if (strcmp(flag, "--root") == 0) {
        o->root = value;
        o->root_given = 1;
    } else if (strcmp(flag, "--listen") == 0) {
        if (host_options_set_listen(o, value) != 0) {
            fprintf(stderr, "w3host: --listen: '%s' is not IP:PORT\n", value);
            return 0;
        }
        o->listen_given = 1;
    } else if (strcmp(flag, "--site") == 0) {
        o->only_site = value;
    } else if (strcmp(flag, "--site-id") == 0) {
        if (!parse_count(flag, value, 1, 0xFFFFFFFFu, &n))
            return 0;
        o->only_site_id = (unsigned)n;
    } else if (strcmp(flag, "--filter") == 0 || strcmp(flag, "--module") == 0) {
        int is_filter = flag[2] == 'f';
        if ((is_filter ? o->filter_count : o->module_count) >= HOST_MAX_LIST) {
            fprintf(stderr, "w3host: %s: more than %d given\n", flag, HOST_MAX_LIST);
            return 0;
        }
        host_extension *e =
            is_filter ? &o->filters[o->filter_count++] : &o->modules[o->module_count++];
        extension_name(e, value, !is_filter);
        e->path = value;
        e->global_only = 0;
        e->line = 0;
    } else if (strcmp(flag, "--extension") == 0) {
        char *eq = strrchr(value, '=');
        if (eq == NULL || eq == value || (eq[1] != '/' && eq[1] != '*') ||
            o->extension_count >= HOST_MAX_LIST) {
            fprintf(stderr, "w3host: --extension: '%s' is not PATH=URLPATTERN\n", value);
            return 0;
        }
        host_extension *e = &o->extensions[o->extension_count++];
        *eq = '\0';
        extension_name(e, value, 1);
        e->path = value;
        e->url_pattern = eq + 1;
    } else if (strcmp(flag, "--metrics") == 0) {
        if (parse_ip_port(value, o->metrics_ip, sizeof o->metrics_ip, &o->metrics_port) != 0 ||
            o->metrics_port == 0) {
            fprintf(stderr, "w3host: --metrics: '%s' is not IP:PORT\n", value);
            return 0;
        }
    } else if (strcmp(flag, "--log-dir") == 0) {
        o->log_dir = value;
    } else if (strcmp(flag, "--workers") == 0) {
        if (!parse_count(flag, value, 1, 64, &n))
            return 0;
        o->workers = (unsigned)n;
    } else if (strcmp(flag, "--log-buffer") == 0) {
        if (!parse_count(flag, value, 0, 64 << 20, &n))
            return 0;
        o->log_buffer_bytes = (size_t)n;
    } else if (strcmp(flag, "--memory-limit") == 0) {
        if (!parse_count(flag, value, 0, ~0ull, &n))
            return 0;
        o->memory_limit = n;
    } else if (strcmp(flag, "--max-connections") == 0) {
        if (!parse_count(flag, value, 0, 0xFFFFFFFEu, &n))
            return 0;
        o->max_connections = (unsigned)n;
    } else if (strcmp(flag, "--max-requests-per-connection") == 0) {
        if (!parse_count(flag, value, 0, 0xFFFFFFFFu, &n))
            return 0;
        o->max_requests_per_connection = (unsigned)n;
    } else if ((ms = seconds_field(o, flag)) != NULL) {
        return parse_seconds(flag, value, ms);
    } else {
        fprintf(stderr, "w3host: %s: in flags.def but not handled\n", flag); /* a bug */
        return 0;
    }
    return 1;
}

/* A flag without a value; 0 if it is none. */
static int apply_switch(host_options *o, const char *flag)
{
    if (strcmp(flag, "--directory-browse") == 0)
        o->directory_browse = 1;
    else if (strcmp(flag, "--page-heap") == 0)
        o->page_heap = 1;
    else if (strcmp(flag, "--quiet") == 0)
        o->quiet = 1;
    else if (strcmp(flag, "-t") == 0 || strcmp(flag, "--check") == 0)
        o->test_only = 1;
    else
        return 0;
    return 1;
}

int host_options_parse(host_options *o, int argc, char **argv)
{
    set_defaults(o);
    w3_config_init(&loaded);
    apply_config(o, &loaded);
    if (!iis_express_translate(&argc, &argv))
        return 2;
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--help") == 0 || strcmp(argv[i], "-h") == 0) {
            print_usage(stdout);
            return 1;
        }
        if (strcmp(argv[i], "--version") == 0) {
            printf("w3host %s\n", W3HOST_VERSION);
            return 1;
        }
        /* its verdict follows any error */
        o->test_only |= strcmp(argv[i], "-t") == 0 || strcmp(argv[i], "--check") == 0;
    }
    if (!read_config(o, argc, argv))
        return 2;
    for (int i = 1; i < argc; i++) {
        const char *flag = argv[i];
        if (apply_switch(o, flag))
            continue;
        if (!is_flag(flag) || is_switch(flag) || i + 1 >= argc) {
            fprintf(stderr, "w3host: %s: %s (w3host --help lists the flags)\n", flag,
                    !is_flag(flag)    ? "unknown flag"
                    : is_switch(flag) ? "not a flag here"
                                      : "needs a value");
            return 2;
        }
        if (!apply_flag(o, flag, argv[++i]))
            return 2;
    }
    if (!options_build_sites(o, o->config_path != NULL ? &loaded : NULL))
        return 2;
    return tls_options_check(&o->tls);
}
