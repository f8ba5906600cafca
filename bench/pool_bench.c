/* Pool allocation versus malloc+free (and glibc's obstack) for 16-256-byte blocks, in
 * one run, and the memory a request pool holds for N small allocations. Prints numbers
 * and ratios; not a test. Usage: pool_bench [requests] [blocks-per-request]
 *
 * Each comparison runs twice: allocation alone (what an allocator costs), and with one
 * word written into every block (what using fresh memory adds: a pool's blocks are new
 * cache lines, while malloc+free hands back the same hot block again and again). */
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include "w3pool.h"

#ifdef __GLIBC__
#include <obstack.h>
#define obstack_chunk_alloc malloc
#define obstack_chunk_free free
#endif

static double now(void)
{
    struct timespec ts;
    timespec_get(&ts, TIME_UTC);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

static SIZE_T sizes[4096];
/* Write a word into every block (a struct field, say) or only allocate. */
static int touch;

static double bench_pool(struct w3_mem_config *cfg, int requests, int blocks)
{
    double t0 = now();
    for (int r = 0; r < requests; r++) {
        struct w3_pool *pool = w3_pool_create(cfg, eTaskCritical);
        for (int i = 0; i < blocks; i++) {
            unsigned *p = w3_pool_alloc(pool, sizes[(r + i) & 4095]);
            if (touch)
                p[0] = (unsigned)i;
        }
        w3_pool_destroy(pool);
    }
    return now() - t0;
}

/* Each block freed right after use: the most favourable pattern for malloc. */
static double bench_malloc_free(int requests, int blocks)
{
    double t0 = now();
    for (int r = 0; r < requests; r++) {
        for (int i = 0; i < blocks; i++) {
            unsigned *p = malloc(sizes[(r + i) & 4095]);
            if (touch)
                p[0] = (unsigned)i;
            free(p);
        }
    }
    return now() - t0;
}

/* The request's pattern: blocks held until the request ends, then freed. */
static double bench_malloc_request(int requests, int blocks)
{
    void **held = malloc(sizeof(void *) * (size_t)blocks);
    double t0 = now();
    for (int r = 0; r < requests; r++) {
        for (int i = 0; i < blocks; i++) {
            unsigned *p = malloc(sizes[(r + i) & 4095]);
            if (touch)
                p[0] = (unsigned)i;
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
        obstack_init(&ob);
        for (int i = 0; i < blocks; i++) {
            unsigned *p = obstack_alloc(&ob, sizes[(r + i) & 4095]);
            if (touch)
                p[0] = (unsigned)i;
        }
        obstack_free(&ob, NULL);
    }
    return now() - t0;
}
#endif

static void overhead(struct w3_mem_config *cfg)
{
    static const int counts[] = {1, 10, 100, 1000};
    printf("\nmemory per request pool, N allocations of 16-256 bytes:\n");
    printf("%8s %14s %14s %10s\n", "N", "requested", "held(pages)", "overhead");
    for (size_t k = 0; k < sizeof counts / sizeof counts[0]; k++) {
        struct w3_pool *pool = w3_pool_create(cfg, eTaskCritical);
        for (int i = 0; i < counts[k]; i++)
            w3_pool_alloc(pool, sizes[i & 4095]);
        SIZE_T used = w3_pool_bytes_allocated(pool), held = w3_pool_bytes_reserved(pool);
        printf("%8d %14llu %14llu %9.1f%%\n", counts[k], (unsigned long long)used,
               (unsigned long long)held, 100.0 * (double)(held - used) / (double)held);
        w3_pool_destroy(pool);
    }
}

int main(int argc, char **argv)
{
    int requests = argc > 1 ? atoi(argv[1]) : 200000;
    int blocks = argc > 2 ? atoi(argv[2]) : 64;
    struct w3_mem_config cfg;

    srand(42);
    for (int i = 0; i < 4096; i++)
        sizes[i] = 16 + (SIZE_T)(rand() % 241);
    if (FAILED(w3_mem_config_init(&cfg, NULL))) {
        fprintf(stderr, "w3_mem_config_init failed\n");
        return 1;
    }
    cfg.page_heap = FALSE;

    /* Warm up the chunk cache and malloc's arenas. */
    bench_pool(&cfg, requests / 10, blocks);
    bench_malloc_request(requests / 10, blocks);

    double n = (double)requests * blocks;
    printf("%d requests x %d blocks of 16-256 bytes (%.0f allocations)\n", requests, blocks, n);
    for (touch = 0; touch <= 1; touch++) {
        double pool = bench_pool(&cfg, requests, blocks);
        double mf = bench_malloc_free(requests, blocks);
        double mr = bench_malloc_request(requests, blocks);
        printf("\n%s\n",
               touch ? "allocation, then one word written into the block:" : "allocation alone:");
        printf("%-34s %8.2f ns/block\n", "pool (create, alloc, destroy)", pool / n * 1e9);
        printf("%-34s %8.2f ns/block  pool is %.1fx faster\n", "malloc+free each block",
               mf / n * 1e9, mf / pool);
        printf("%-34s %8.2f ns/block  pool is %.1fx faster\n", "malloc all, free at request end",
               mr / n * 1e9, mr / pool);
#ifdef __GLIBC__
        double ob = bench_obstack(requests, blocks);
        printf("%-34s %8.2f ns/block  pool is %.1fx faster\n", "glibc obstack", ob / n * 1e9,
               ob / pool);
#endif
    }
    overhead(&cfg);
    w3_mem_config_release(&cfg);
    return 0;
}
