#include "conn_limit.h"

#include <stdatomic.h>
#include <stdlib.h>

#ifndef _WIN32
#include <sys/mman.h>
#endif

/* Shared by the worker processes (one mapping inherited through fork). The total is what
 * the limit checks; the per-slot counts let the supervisor take back what a worker
 * that died still held. */
struct shared_count {
    atomic_uint total;
    atomic_uint slot[128]; /* per worker process, POOL_MAX_PROCESSES */
};

static struct shared_count *count;
static unsigned limit;
static unsigned my_slot;

int conn_limit_init(unsigned max, unsigned slots)
{
    limit = max;
    if (max == 0 || slots > 128)
        return max == 0;
#ifdef _WIN32
    count = calloc(1, sizeof *count);
#else
    void *p = mmap(NULL, sizeof *count, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
    count = p == MAP_FAILED ? NULL : p;
#endif
    return count != NULL;
}

void conn_limit_enter_slot(unsigned slot)
{
    my_slot = slot;
}

int conn_limit_take(void)
{
    if (count == NULL)
        return 1;
    unsigned seen = atomic_load(&count->total);
    do {
        if (seen >= limit)
            return 0;
    } while (!atomic_compare_exchange_weak(&count->total, &seen, seen + 1));
    atomic_fetch_add(&count->slot[my_slot], 1);
    return 1;
}

void conn_limit_give(void)
{
    if (count == NULL)
        return;
    atomic_fetch_sub(&count->slot[my_slot], 1);
    atomic_fetch_sub(&count->total, 1);
}

void conn_limit_reset_slot(unsigned slot)
{
    if (count != NULL)
        atomic_fetch_sub(&count->total, atomic_exchange(&count->slot[slot], 0));
}
