/* Pool allocation versus malloc+free (and glibc's obstack) for 16-256-byte blocks, in
 * one run, and the memory a request pool holds for N small allocations. Prints numbers
 * and ratios; not a test. Usage: pool_bench [requests] [blocks-per-request...]
 *
 * Every allocator runs the same loop: per request, `blocks` allocations of sizes drawn
 * from one table, the first word of each block written (a struct field, say), then the
 * request's memory given back. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include "w3pool.h"

#ifdef __GLIBC__
#include <obstack.h>
#define obstack_chunk_alloc malloc
#define obstack_chunk_free free
#endif

/* Request r takes its sizes from sizes[r % SIZE_COUNT] on: the table has `blocks` more
 * entries than that, so that a loop walks it without wrapping around. */
#define SIZE_COUNT 4096 /* a power of two */

static SIZE_T *sizes;

static double now(void)
{
    struct timespec ts;
    timespec_get(&ts, TIME_UTC);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

static double bench_pool(struct w3_mem_config *cfg, int requests, int blocks)
{
    double t0 = now();
    for (int r = 0; r < requests; r++) {
        const SIZE_T *sz = sizes + (r & (SIZE_COUNT - 1));
        struct w3_pool *pool = w3_pool_create(cfg, eTaskCritical);
        for (int i = 0; i < blocks; i++) {
            uintptr_t *p = w3_pool_alloc(pool, sz[i]);
            p[0] = (uintptr_t)i;
        }
        w3_pool_destroy(pool);
    }
    return now() - t0;
}

/* Each block freed right after use: the most favourable pattern for malloc, which hands
 * the same hot block back again and again. */
static double bench_malloc_free(int requests, int blocks)
{
    double t0 = now();
    for (int r = 0; r < requests; r++) {
        const SIZE_T *sz = sizes + (r & (SIZE_COUNT - 1));
        for (int i = 0; i < blocks; i++) {
            uintptr_t *p = malloc(sz[i]);
            p[0] = (uintptr_t)i;
            free(p);
        }
    }
    return now() - t0;
}

/* The request's pattern: blocks held until the request ends, then freed. */
static double bench_malloc_request(int requests, int blocks)
{
    uintptr_t **held = malloc(sizeof *held * (size_t)blocks);
    double t0 = now();
    for (int r = 0; r < requests; r++) {
        const SIZE_T *sz = sizes + (r & (SIZE_COUNT - 1));
        for (int i = 0; i < blocks; i++) {
            uintptr_t *p = malloc(sz[i]);
            p[0] = (uintptr_t)i;
            held[i] = p;
        }
        for (int i = 0; i < blocks; i++)
            free(held[i]);
    }
    double t = now() - t0;
    free(held);
    return t;
}

#ifdef __GLIBC__
static double bench_obstack(int requests, int blocks)
{
    struct obstack ob;
    double t0 = now();
    for (int r = 0; r < requests; r++) {
        const SIZE_T *sz = sizes + (r & (SIZE_COUNT - 1));
        obstack_init(&ob);
        for (int i = 0; i < blocks; i++) {
            uintptr_t *p = obstack_alloc(&ob, sz[i]);
            p[0] = (uintptr_t)i;
        }
        obstack_free(&ob, NULL);
    }
    return now() - t0;
}
#endif

static void report(const char *name, double seconds, double n, double pool)
{
    printf("  %-32s %7.2f ns/block  pool is %4.1fx faster\n", name, seconds / n * 1e9,
           seconds / pool);
}

/* The best of ROUNDS runs of each, interleaved: the machine's noise only ever adds. */
#define ROUNDS 5

static double best(double a, double b)
{
    return a < b ? a : b;
}

static void compare(struct w3_mem_config *cfg, int requests, int blocks)
{
    double n = (double)requests * blocks;
    double pool = 1e9, mf = 1e9, mr = 1e9, ob = 1e9;
    /* Warm up the chunk cache and malloc's arenas. */
    bench_pool(cfg, requests / 10, blocks);
    bench_malloc_request(requests / 10, blocks);
    for (int round = 0; round < ROUNDS; round++) {
        pool = best(pool, bench_pool(cfg, requests, blocks));
        mf = best(mf, bench_malloc_free(requests, blocks));
        mr = best(mr, bench_malloc_request(requests, blocks));
#ifdef __GLIBC__
        ob = best(ob, bench_obstack(requests, blocks));
#endif
    }
    printf("\n%d requests x %d blocks of 16-256 bytes, best of %d runs:\n", requests, blocks,
           ROUNDS);
    printf("  %-32s %7.2f ns/block\n", "pool (create, alloc, destroy)", pool / n * 1e9);
    report("malloc+free each block", mf, n, pool);
    report("malloc all, free at request end", mr, n, pool);
#ifdef __GLIBC__
    report("glibc obstack", ob, n, pool);
#endif
}

static void overhead(struct w3_mem_config *cfg)
{
    static const int counts[] = {1, 10, 100, 1000};
    printf("\nmemory per request pool, N allocations of 16-256 bytes:\n");
    printf("%8s %14s %14s %10s\n", "N", "handed out", "held(pages)", "overhead");
    for (size_t k = 0; k < sizeof counts / sizeof counts[0]; k++) {
        struct w3_pool *pool = w3_pool_create(cfg, eTaskCritical);
        for (int i = 0; i < counts[k]; i++)
            w3_pool_alloc(pool, sizes[i]);
        SIZE_T used = w3_pool_bytes_allocated(pool), held = w3_pool_bytes_reserved(pool);
        printf("%8d %14llu %14llu %9.1f%%\n", counts[k], (unsigned long long)used,
               (unsigned long long)held, 100.0 * (double)(held - used) / (double)held);
        w3_pool_destroy(pool);
    }
}

int main(int argc, char **argv)
{
    int requests = argc > 1 ? atoi(argv[1]) : 100000;
    struct w3_mem_config cfg;

    int max_blocks = 1000; /* the overhead table's largest N */
    for (int a = 2; a < argc; a++)
        if (atoi(argv[a]) > max_blocks)
            max_blocks = atoi(argv[a]);
    sizes = malloc(sizeof *sizes * (size_t)(SIZE_COUNT + max_blocks));
    if (sizes == NULL)
        return 1;
    srand(42);
    for (int i = 0; i < SIZE_COUNT + max_blocks; i++)
        sizes[i] = 16 + (SIZE_T)(rand() % 241);
    if (FAILED(w3_mem_config_init(&cfg, NULL))) {
        fprintf(stderr, "w3_mem_config_init failed\n");
        return 1;
    }
    cfg.page_heap = FALSE;

    if (argc > 2) {
        for (int a = 2; a < argc; a++)
            compare(&cfg, requests, atoi(argv[a]));
    } else {
        compare(&cfg, requests, 64);
        compare(&cfg, requests / 4, 256);
    }
    overhead(&cfg);
    w3_mem_config_release(&cfg);
    free(sizes);
    return 0;
}
