/* The engine's allocation seam over the pools of w3pool.h. Request memory and AllocMem
 * blocks come from arenas whose whole content is freed at a named event (end of
 * request, after END_OF_NET_SESSION, server shutdown). */
#ifndef W3E_ENGINE_ALLOC_H
#define W3E_ENGINE_ALLOC_H

#include <stddef.h>

#include "w3pool.h"

typedef struct w3_pool w3e_arena;

enum w3e_lifetime {
    W3E_REQUEST_LIFETIME,    /* freed at the end of the request */
    W3E_CONNECTION_LIFETIME, /* freed after END_OF_NET_SESSION */
    W3E_SERVER_LIFETIME      /* freed when the server is destroyed */
};

w3e_arena *w3e_arena_create(struct w3_mem_config *mem, enum w3e_lifetime lifetime);
/* Zero-filled, aligned for any type; NULL when out of memory. */
void *w3e_arena_alloc(w3e_arena *arena, size_t size);
/* The same, not filled: for bytes the caller writes whole at once (text, buffers). */
void *w3e_arena_alloc_unfilled(w3e_arena *arena, size_t size);
/* A block handed to a filter (AllocMem), with a tail signature: `owner` names the
 * filter, `url` the request, for the overrun report. */
void *w3e_arena_alloc_tagged(w3e_arena *arena, size_t size, const char *owner, const char *url);
void w3e_arena_destroy(w3e_arena *arena);

/* Objects outside any arena: the server itself, connections, short-lived buffers. */
void *w3e_alloc(size_t size);
void w3e_free(void *p);
/* `items` (count of item_size bytes each, from w3e_alloc) moved into a new block with
 * room for one more, which is zero-filled; the old block is freed. NULL when out of
 * memory, and `items` stays as it was. */
void *w3e_grow_by_one(void *items, size_t count, size_t item_size);

#endif
