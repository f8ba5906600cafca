/* Arena over the C heap: a list of blocks freed together. Stands in for the request and
 * connection pools of w3pool.h until they are available. */
#include "engine_alloc.h"

#include <stdlib.h>

struct arena_block {
    struct arena_block *next;
    /* followed by the caller's bytes, aligned for max_align_t */
};

struct w3e_arena {
    struct arena_block *blocks;
};

#define BLOCK_HEADER                                                                               \
    ((sizeof(struct arena_block) + _Alignof(max_align_t) - 1) / _Alignof(max_align_t) *            \
     _Alignof(max_align_t))

w3e_arena *w3e_arena_create(void)
{
    return calloc(1, sizeof(w3e_arena));
}

void *w3e_arena_alloc(w3e_arena *arena, size_t size)
{
    if (size > (size_t)-1 - BLOCK_HEADER)
        return NULL;
    struct arena_block *b = calloc(1, BLOCK_HEADER + size);
    if (b == NULL)
        return NULL;
    b->next = arena->blocks;
    arena->blocks = b;
    return (char *)b + BLOCK_HEADER;
}

void *w3e_arena_alloc_tagged(w3e_arena *arena, size_t size, const char *owner, const char *url)
{
    (void)owner;
    (void)url;
    return w3e_arena_alloc(arena, size);
}

void w3e_arena_destroy(w3e_arena *arena)
{
    if (arena == NULL)
        return;
    struct arena_block *b = arena->blocks;
    while (b != NULL) {
        struct arena_block *next = b->next;
        free(b);
        b = next;
    }
    free(arena);
}

void *w3e_alloc(size_t size)
{
    return calloc(1, size ? size : 1);
}

void w3e_free(void *p)
{
    free(p);
}
