/* What a worker tells others about itself: its numbers into the pool's shared counters
 * (pool_stats.h), and its supervisor when a <periodicRestart> limit is reached. */
#include "host.h"
#include "host_log.h"
#include "pool_stats.h"

#include <stdio.h>

#ifndef _WIN32
#include <signal.h>
#include <unistd.h>
#endif

#include <objbase.h> /* after uv.h (host.h): winsock2.h goes before windows.h */
#include <hostmem.h>

/* A worker asks its supervisor for a recycle (<periodicRestart requests/privateMemory>),
 * once. */
static void ask_recycle(host *h, const char *why)
{
    if (!h->worker || h->recycle_asked || h->draining)
        return;
    h->recycle_asked = 1;
    host_log(HOST_LOG_NOTICE, "w3host[%d]: %s: asking for a recycle", (int)uv_os_getpid(), why);
#ifndef _WIN32
    kill(getppid(), SIGUSR2);
#endif
}

/* The process's private bytes (resident, not shared with another process), or 0. */
static unsigned long long private_bytes(void)
{
#ifdef __linux__
    unsigned long long size, resident, shared;
    FILE *f = fopen("/proc/self/statm", "r");
    if (f == NULL)
        return 0;
    int n = fscanf(f, "%llu %llu %llu", &size, &resident, &shared);
    fclose(f);
    return n == 3 && resident > shared ? (resident - shared) * (unsigned long long)getpagesize()
                                       : 0;
#else
    return 0;
#endif
}

/* Each module's (or filter's) time, summed over the sites, which load the same list. */
static void extension_times(host *h, int kind)
{
    if (h->site_count == 0)
        return;
    int (*time_of)(const w3_server *, unsigned, const char **, unsigned long long *,
                   unsigned long long *) =
        kind == POOL_MODULE ? w3_server_module_time : w3_server_filter_time;
    const char *name, *other;
    unsigned long long ns, calls, more_ns, more_calls;
    for (unsigned i = 0; time_of(h->sites[0].server, i, &name, &ns, &calls); i++) {
        for (size_t s = 1; s < h->site_count; s++)
            if (time_of(h->sites[s].server, i, &other, &more_ns, &more_calls))
                ns += more_ns, calls += more_calls;
        pool_stats_extension_time(kind, i, name, ns, calls);
    }
}

void worker_report_tick(host *h)
{
    unsigned open = 0, idle = 0;
    for (hconn *c = h->conns; c != NULL; c = conn_next(c)) {
        open++;
        idle += !conn_is_busy(c);
    }
    pool_stats_connections(open, idle);
    /* Every site has its own engine server: the worker's numbers are their sums. */
    long long perf[2][POOL_PERF_COUNTERS] = {{0}};
    for (size_t s = 0; s < h->site_count; s++)
        for (unsigned i = 0; i < POOL_PERF_COUNTERS; i++) {
            perf[0][i] += w3_server_perf_counter(h->sites[s].server, W3_PERF_SERVER, i);
            perf[1][i] += w3_server_perf_counter(h->sites[s].server, W3_PERF_SITE, i);
        }
    pool_stats_perf_counters((const long long(*)[POOL_PERF_COUNTERS])perf);
    extension_times(h, POOL_MODULE);
    extension_times(h, POOL_FILTER);
    if (h->memory != NULL) {
        DWORD load = 0;
        SIZE_T available = 0;
        unsigned long long limit = h->opts->memory_limit;
        if (SUCCEEDED(h->memory->lpVtbl->GetMemoryLoad(h->memory, &load, &available)))
            pool_stats_memory(available < limit ? limit - available : 0, limit,
                              load >= W3_HOSTMEM_LOW_PERCENT);
    }
    unsigned long long kb = h->opts->recycle_private_kb;
    if (kb != 0 && private_bytes() / 1024 >= kb)
        ask_recycle(h, "periodicRestart privateMemory reached");
}

void worker_report_request(host *h, const w3_log_record *rec)
{
    pool_stats_request(rec);
    h->served++;
    if (h->opts->recycle_requests != 0 && h->served >= h->opts->recycle_requests)
        ask_recycle(h, "periodicRestart requests reached");
}
