#include "metrics_text.h"

#include <stdarg.h>
#include <stdio.h>

/* A buffer written with printf formats; `len` counts what did not fit too. */
typedef struct text_out {
    char *buf;
    size_t size, len;
} text_out;

static void put(text_out *o, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    size_t room = o->len < o->size ? o->size - o->len : 0;
    int n = vsnprintf(room ? o->buf + o->len : NULL, room, fmt, ap);
    va_end(ap);
    if (n > 0)
        o->len += (size_t)n;
}

static void head(text_out *o, const char *name, const char *type, const char *help)
{
    put(o, "# HELP %s %s\n# TYPE %s %s\n", name, help, name, type);
}

static void one(text_out *o, const char *name, const char *type, const char *help,
                unsigned long long value)
{
    head(o, name, type, help);
    put(o, "%s %llu\n", name, value);
}

static void histogram(text_out *o, const pool_stats_view *v)
{
    const char *name = "w3host_request_duration_seconds";
    head(o, name, "histogram", "Time from a request's first byte to its log record.");
    unsigned long long cumulative = 0;
    for (unsigned i = 0; i < POOL_DURATION_BOUNDS; i++) {
        cumulative += v->duration_buckets[i];
        put(o, "%s_bucket{le=\"%g\"} %llu\n", name, pool_duration_bounds_ms[i] / 1000.0,
            cumulative);
    }
    cumulative += v->duration_buckets[POOL_DURATION_BOUNDS];
    put(o, "%s_bucket{le=\"+Inf\"} %llu\n", name, cumulative);
    put(o, "%s_sum %llu.%03llu\n", name, v->duration_sum_ms / 1000, v->duration_sum_ms % 1000);
    put(o, "%s_count %llu\n", name, cumulative);
}

/* A label value as the format writes it: backslash, double quote and line feed escaped. */
static void put_label_value(text_out *o, const char *value)
{
    for (const char *p = value; *p != '\0'; p++) {
        if (*p == '\\' || *p == '"')
            put(o, "\\%c", *p);
        else if (*p == '\n')
            put(o, "\\n");
        else
            put(o, "%c", *p);
    }
}

static void extension_times(text_out *o, const pool_stats_view *v, int kind)
{
    const char *label = kind == POOL_MODULE ? "module" : "filter";
    char seconds[64], calls[64];
    snprintf(seconds, sizeof seconds, "w3host_%s_seconds_total", label);
    snprintf(calls, sizeof calls, "w3host_%s_calls_total", label);
    head(o, seconds, "counter",
         kind == POOL_MODULE
             ? "Time in native modules' handlers, less other extensions they ran."
             : "Time in ISAPI filters' HttpFilterProc, less other extensions they ran.");
    const pool_extension_time *t = v->extensions[kind];
    for (unsigned i = 0; i < 2 * POOL_EXTENSIONS && t[i].name[0] != '\0'; i++) {
        put(o, "%s{%s=\"", seconds, label);
        put_label_value(o, t[i].name);
        put(o, "\"} %llu.%09llu\n", t[i].ns / 1000000000ull, t[i].ns % 1000000000ull);
    }
    head(o, calls, "counter",
         kind == POOL_MODULE ? "Calls to native modules' handlers."
                             : "Calls to ISAPI filters' HttpFilterProc.");
    for (unsigned i = 0; i < 2 * POOL_EXTENSIONS && t[i].name[0] != '\0'; i++) {
        put(o, "%s{%s=\"", calls, label);
        put_label_value(o, t[i].name);
        put(o, "\"} %llu\n", t[i].calls);
    }
}

size_t metrics_text_render(const pool_stats_view *v, char *buf, size_t size)
{
    text_out o = {buf, size, 0};
    if (size > 0)
        buf[0] = '\0';
    head(&o, "w3host_requests_total", "counter", "Requests answered, by status class.");
    for (int c = 0; c < 5; c++)
        put(&o, "w3host_requests_total{class=\"%dxx\"} %llu\n", c + 1, v->requests[c]);
    one(&o, "w3host_received_bytes_total", "counter", "Request bytes received (cs-bytes).",
        v->bytes_in);
    one(&o, "w3host_sent_bytes_total", "counter", "Response bytes sent (sc-bytes).", v->bytes_out);
    histogram(&o, v);
    head(&o, "w3host_connections", "gauge", "Open client connections, by state.");
    put(&o, "w3host_connections{state=\"active\"} %llu\n", v->open_conns - v->idle_conns);
    put(&o, "w3host_connections{state=\"idle\"} %llu\n", v->idle_conns);
    one(&o, "w3host_pool_memory_committed_bytes", "gauge",
        "Bytes the request and connection pools have committed (with a memory limit).",
        v->memory_committed);
    one(&o, "w3host_pool_memory_limit_bytes", "gauge",
        "The pools' memory limits of the workers together (0: none).", v->memory_limit);
    one(&o, "w3host_pool_memory_low_processes", "gauge",
        "Workers whose pools are over the low-memory mark of their limit.",
        v->memory_limited_processes);
    one(&o, "w3host_worker_processes", "gauge", "Worker processes alive.", v->processes);
    one(&o, "w3host_worker_restarts_total", "counter", "Workers restarted after they died.",
        v->worker_restarts);
    one(&o, "w3host_rapid_fail_slots", "gauge",
        "Worker slots that rapid-fail protection stopped restarting.", v->rapid_fail_slots);
    one(&o, "w3host_recycles_total", "counter", "Recycles completed (new workers took over).",
        v->recycles);
    one(&o, "w3host_recycles_refused_total", "counter",
        "Recycles refused: the new workers did not start.", v->recycles_refused);
    one(&o, "w3host_recycling", "gauge", "1 while new workers start next to the old ones.",
        (unsigned long long)v->recycling);
    one(&o, "w3host_draining", "gauge", "1 once the server stops (readiness is false).",
        (unsigned long long)v->stopping);
    extension_times(&o, v, POOL_MODULE);
    extension_times(&o, v, POOL_FILTER);
    head(&o, "w3host_module_perf_value", "gauge",
         "IHttpPerfCounterInfo counters modules raised, by scope and index (nonzero ones).");
    static const char *const scopes[2] = {"server", "site"};
    for (int scope = 0; scope < 2; scope++)
        for (int i = 0; i < POOL_PERF_COUNTERS; i++)
            if (v->perf[scope][i] != 0)
                put(&o, "w3host_module_perf_value{scope=\"%s\",index=\"%d\"} %lld\n", scopes[scope],
                    i, v->perf[scope][i]);
    return o.len;
}
