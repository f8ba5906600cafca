#include "pool_stats.h"

#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#ifndef _WIN32
#include <sys/mman.h>
#endif

const unsigned pool_duration_bounds_ms[POOL_DURATION_BOUNDS] = {5,   10,   25,   50,   100,  250,
                                                                500, 1000, 2500, 5000, 10000};

typedef struct shared_extension_time {
    char name[POOL_EXTENSION_NAME];
    atomic_ullong ns, calls;
} shared_extension_time;

/* One process's counters: written by that process only, read by any. */
typedef struct process_counters {
    atomic_ullong requests[5];
    atomic_ullong bytes_in, bytes_out;
    atomic_ullong duration_buckets[POOL_DURATION_BOUNDS + 1];
    atomic_ullong duration_sum_ms;
    /* Gauges: not carried over when the process ends. */
    atomic_uint live;
    atomic_uint open_conns, idle_conns;
    atomic_ullong memory_committed, memory_limit;
    atomic_uint memory_limited;
    atomic_llong perf[2][POOL_PERF_COUNTERS];
    /* Monotonic, but by name: the ended processes' are kept in `ended_extensions`. */
    shared_extension_time extensions[2][POOL_EXTENSIONS];
} process_counters;

struct shared_stats {
    process_counters process[POOL_MAX_PROCESSES];
    process_counters ended; /* the counters of processes that have ended */
    shared_extension_time ended_extensions[2][2 * POOL_EXTENSIONS];
    atomic_ullong worker_restarts, recycles, recycles_refused;
    atomic_uint rapid_fail_slots, stopping, recycling;
};

static struct shared_stats *stats;
static process_counters *mine;

int pool_stats_init(void)
{
#ifdef _WIN32
    stats = calloc(1, sizeof *stats);
#else
    void *p = mmap(NULL, sizeof *stats, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
    stats = p == MAP_FAILED ? NULL : p;
#endif
    return stats != NULL;
}

void pool_stats_enter(unsigned index)
{
    if (stats == NULL || index >= POOL_MAX_PROCESSES)
        return;
    mine = &stats->process[index];
    atomic_store(&mine->live, 1);
}

void pool_stats_request(const w3_log_record *rec)
{
    if (mine == NULL)
        return;
    if (rec->status >= 100 && rec->status < 600)
        atomic_fetch_add(&mine->requests[rec->status / 100 - 1], 1);
    atomic_fetch_add(&mine->bytes_in, rec->bytes_received);
    atomic_fetch_add(&mine->bytes_out, rec->bytes_sent);
    unsigned b = 0;
    while (b < POOL_DURATION_BOUNDS && rec->time_taken_ms > pool_duration_bounds_ms[b])
        b++;
    atomic_fetch_add(&mine->duration_buckets[b], 1);
    atomic_fetch_add(&mine->duration_sum_ms, rec->time_taken_ms);
}

void pool_stats_connections(unsigned open, unsigned idle)
{
    if (mine == NULL)
        return;
    atomic_store(&mine->open_conns, open);
    atomic_store(&mine->idle_conns, idle);
}

void pool_stats_memory(unsigned long long committed, unsigned long long limit, int limited)
{
    if (mine == NULL)
        return;
    atomic_store(&mine->memory_committed, committed);
    atomic_store(&mine->memory_limit, limit);
    atomic_store(&mine->memory_limited, limited != 0);
}

void pool_stats_perf_counters(const long long values[2][POOL_PERF_COUNTERS])
{
    if (mine == NULL)
        return;
    for (int scope = 0; scope < 2; scope++)
        for (int i = 0; i < POOL_PERF_COUNTERS; i++)
            atomic_store(&mine->perf[scope][i], values[scope][i]);
}

void pool_stats_extension_time(int kind, unsigned index, const char *name, unsigned long long ns,
                               unsigned long long calls)
{
    if (mine == NULL || index >= POOL_EXTENSIONS)
        return;
    shared_extension_time *e = &mine->extensions[kind][index];
    if (e->name[0] == '\0') /* names do not change while the process lives */
        snprintf(e->name, sizeof e->name, "%s", name);
    atomic_store(&e->ns, ns);
    atomic_store(&e->calls, calls);
}

/* Adds an extension's time to the entry of its name in `table` (n entries). */
static void add_extension(pool_extension_time *table, size_t n, const char *name,
                          unsigned long long ns, unsigned long long calls)
{
    for (size_t i = 0; i < n; i++) {
        if (table[i].name[0] == '\0')
            snprintf(table[i].name, sizeof table[i].name, "%s", name);
        else if (strcmp(table[i].name, name) != 0)
            continue;
        table[i].ns += ns;
        table[i].calls += calls;
        return;
    }
}

/* Adds the monotonic counters of `from` to `to`. */
static void add_counters(process_counters *to, process_counters *from)
{
    for (int i = 0; i < 5; i++)
        atomic_fetch_add(&to->requests[i], atomic_load(&from->requests[i]));
    atomic_fetch_add(&to->bytes_in, atomic_load(&from->bytes_in));
    atomic_fetch_add(&to->bytes_out, atomic_load(&from->bytes_out));
    for (int i = 0; i <= POOL_DURATION_BOUNDS; i++)
        atomic_fetch_add(&to->duration_buckets[i], atomic_load(&from->duration_buckets[i]));
    atomic_fetch_add(&to->duration_sum_ms, atomic_load(&from->duration_sum_ms));
}

void pool_stats_retire(unsigned index)
{
    if (stats == NULL || index >= POOL_MAX_PROCESSES)
        return;
    process_counters *p = &stats->process[index];
    /* The process is dead: nobody writes p any more. A scrape between the two steps
     * can see its counts twice; the next one sees them once. */
    add_counters(&stats->ended, p);
    for (int kind = 0; kind < 2; kind++)
        for (unsigned i = 0; i < POOL_EXTENSIONS && p->extensions[kind][i].name[0] != '\0'; i++) {
            shared_extension_time *from = &p->extensions[kind][i];
            for (unsigned k = 0; k < 2 * POOL_EXTENSIONS; k++) {
                shared_extension_time *to = &stats->ended_extensions[kind][k];
                if (to->name[0] == '\0')
                    memcpy(to->name, from->name, sizeof to->name);
                else if (strcmp(to->name, from->name) != 0)
                    continue;
                atomic_fetch_add(&to->ns, atomic_load(&from->ns));
                atomic_fetch_add(&to->calls, atomic_load(&from->calls));
                break;
            }
        }
    memset(p, 0, sizeof *p);
}

void pool_stats_worker_restarted(void)
{
    if (stats != NULL)
        atomic_fetch_add(&stats->worker_restarts, 1);
}

void pool_stats_recycled(int accepted)
{
    if (stats != NULL)
        atomic_fetch_add(accepted ? &stats->recycles : &stats->recycles_refused, 1);
}

void pool_stats_set_rapid_fail_slots(unsigned slots)
{
    if (stats != NULL)
        atomic_store(&stats->rapid_fail_slots, slots);
}

void pool_stats_set_stopping(void)
{
    if (stats != NULL)
        atomic_store(&stats->stopping, 1);
}

void pool_stats_set_recycling(int on)
{
    if (stats != NULL)
        atomic_store(&stats->recycling, on != 0);
}

static void read_counters(pool_stats_view *out, process_counters *p)
{
    for (int i = 0; i < 5; i++)
        out->requests[i] += atomic_load(&p->requests[i]);
    out->bytes_in += atomic_load(&p->bytes_in);
    out->bytes_out += atomic_load(&p->bytes_out);
    for (int i = 0; i <= POOL_DURATION_BOUNDS; i++)
        out->duration_buckets[i] += atomic_load(&p->duration_buckets[i]);
    out->duration_sum_ms += atomic_load(&p->duration_sum_ms);
}

void pool_stats_read(pool_stats_view *out)
{
    memset(out, 0, sizeof *out);
    if (stats == NULL)
        return;
    read_counters(out, &stats->ended);
    for (int kind = 0; kind < 2; kind++)
        for (unsigned k = 0; k < 2 * POOL_EXTENSIONS; k++) {
            shared_extension_time *e = &stats->ended_extensions[kind][k];
            if (e->name[0] != '\0')
                add_extension(out->extensions[kind], 2 * POOL_EXTENSIONS, e->name,
                              atomic_load(&e->ns), atomic_load(&e->calls));
        }
    for (unsigned i = 0; i < POOL_MAX_PROCESSES; i++) {
        process_counters *p = &stats->process[i];
        if (!atomic_load(&p->live))
            continue;
        read_counters(out, p);
        out->processes++;
        out->open_conns += atomic_load(&p->open_conns);
        out->idle_conns += atomic_load(&p->idle_conns);
        out->memory_committed += atomic_load(&p->memory_committed);
        out->memory_limit += atomic_load(&p->memory_limit);
        out->memory_limited_processes += atomic_load(&p->memory_limited);
        for (int scope = 0; scope < 2; scope++)
            for (int k = 0; k < POOL_PERF_COUNTERS; k++)
                out->perf[scope][k] += atomic_load(&p->perf[scope][k]);
        for (int kind = 0; kind < 2; kind++)
            for (unsigned k = 0; k < POOL_EXTENSIONS; k++) {
                shared_extension_time *e = &p->extensions[kind][k];
                if (e->name[0] != '\0')
                    add_extension(out->extensions[kind], 2 * POOL_EXTENSIONS, e->name,
                                  atomic_load(&e->ns), atomic_load(&e->calls));
            }
    }
    out->worker_restarts = atomic_load(&stats->worker_restarts);
    out->recycles = atomic_load(&stats->recycles);
    out->recycles_refused = atomic_load(&stats->recycles_refused);
    out->rapid_fail_slots = atomic_load(&stats->rapid_fail_slots);
    out->stopping = (int)atomic_load(&stats->stopping);
    out->recycling = (int)atomic_load(&stats->recycling);
}
