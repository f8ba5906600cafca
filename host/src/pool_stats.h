/* The numbers the metrics endpoint reports, shared by the worker processes of one pool
 * (one mapping made before the first fork): each process counts into its own entry, and
 * the supervisor folds the counters of a process that ended into the pool's totals, so
 * that they survive restarts and recycles. */
#ifndef W3HOST_POOL_STATS_H
#define W3HOST_POOL_STATS_H

#include <stddef.h>

#include "w3engine.h"

/* Worker processes alive at once: a pool's workers, twice over during a recycle. */
#define POOL_MAX_PROCESSES 128
/* Upper bounds of the request duration histogram, in milliseconds (+Inf follows). */
#define POOL_DURATION_BOUNDS 11
/* IHttpPerfCounterInfo counters by index, of the server and of the site. */
#define POOL_PERF_COUNTERS 64
/* Modules and filters whose time is kept, per process and kind; names are cut to fit. */
#define POOL_EXTENSIONS 64
#define POOL_EXTENSION_NAME 64
enum { POOL_MODULE, POOL_FILTER };

typedef struct pool_extension_time {
    char name[POOL_EXTENSION_NAME]; /* "" for an unused entry */
    unsigned long long ns, calls;
} pool_extension_time;
extern const unsigned pool_duration_bounds_ms[POOL_DURATION_BOUNDS];

typedef struct pool_stats_view {
    unsigned long long requests[5]; /* by status class: 1xx to 5xx */
    unsigned long long bytes_in, bytes_out;
    unsigned long long duration_buckets[POOL_DURATION_BOUNDS + 1]; /* not cumulative */
    unsigned long long duration_sum_ms;
    unsigned long long open_conns, idle_conns;
    unsigned long long memory_committed, memory_limit;
    unsigned memory_limited_processes; /* over the low-memory mark of their limit */
    unsigned processes;                /* worker processes alive */
    unsigned long long worker_restarts, recycles, recycles_refused;
    unsigned rapid_fail_slots; /* worker slots rapid-fail protection stopped */
    int stopping;              /* the pool drains (readiness false) */
    int recycling;             /* new workers are starting next to the old ones */
    /* What modules raised with IHttpServer/IHttpSite::GetPerfCounterInfo, summed over
     * the live workers: [0] the server's, [1] the site's. */
    long long perf[2][POOL_PERF_COUNTERS];
    /* The extensions' time by name, of every worker that ran them, ended ones too. */
    pool_extension_time extensions[2][2 * POOL_EXTENSIONS];
} pool_stats_view;

/* Once, before any fork. Returns 0 if the numbers cannot be shared. */
int pool_stats_init(void);

/* In a worker process (or the single process): its entry, 0 to POOL_MAX_PROCESSES-1. */
void pool_stats_enter(unsigned index);

/* Counted by the process that serves. */
void pool_stats_request(const w3_log_record *rec);
void pool_stats_connections(unsigned open, unsigned idle);
void pool_stats_memory(unsigned long long committed, unsigned long long limit, int limited);
/* The process's IHttpPerfCounterInfo values ([0] server, [1] site). */
void pool_stats_perf_counters(const long long values[2][POOL_PERF_COUNTERS]);

/* The time of the process's extension `index` of `kind` (POOL_MODULE, POOL_FILTER). */
void pool_stats_extension_time(int kind, unsigned index, const char *name, unsigned long long ns,
                               unsigned long long calls);

/* Kept by the supervisor (or the single process). */
void pool_stats_retire(unsigned index); /* the process of that entry has ended */
void pool_stats_worker_restarted(void);
void pool_stats_recycled(int accepted);
void pool_stats_set_rapid_fail_slots(unsigned slots);
void pool_stats_set_stopping(void);
void pool_stats_set_recycling(int on);

/* The pool's numbers: the entries of live processes plus what ended ones counted. */
void pool_stats_read(pool_stats_view *out);

#endif
