#include "engine_alloc.h"

#include <stdlib.h>
#include <string.h>

w3e_arena *w3e_arena_create(struct w3_mem_config *mem, enum w3e_lifetime lifetime)
{
    EMemoryCriticalLevel level = lifetime == W3E_REQUEST_LIFETIME      ? eTaskCritical
                                 : lifetime == W3E_CONNECTION_LIFETIME ? eAppDomainCritical
                                                                       : eProcessCritical;
    return w3_pool_create(mem, level);
}

void *w3e_arena_alloc(w3e_arena *arena, size_t size)
{
    void *p = w3_pool_alloc(arena, size ? size : 1);
    if (p != NULL)
        memset(p, 0, size);
    return p;
}

void *w3e_arena_alloc_unfilled(w3e_arena *arena, size_t size)
{
    return w3_pool_alloc(arena, size ? size : 1);
}

void *w3e_arena_alloc_tagged(w3e_arena *arena, size_t size, const char *owner, const char *url)
{
    return w3_pool_alloc_tagged(arena, size ? size : 1, owner, url);
}

void w3e_arena_destroy(w3e_arena *arena)
{
    if (arena != NULL)
        w3_pool_destroy(arena);
}

void *w3e_alloc(size_t size)
{
    return calloc(1, size ? size : 1);
}

void w3e_free(void *p)
{
    free(p);
}

void *w3e_grow_by_one(void *items, size_t count, size_t item_size)
{
    void *grown = w3e_alloc(item_size * (count + 1));
    if (grown == NULL)
        return NULL;
    if (count != 0)
        memcpy(grown, items, item_size * count);
    w3e_free(items);
    return grown;
}
