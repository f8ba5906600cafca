/* The engine's allocation seam. Request memory and AllocMem blocks come from arenas
 * whose whole content is freed at a named event (end of request, after
 * END_OF_NET_SESSION). Everything the engine allocates goes through these functions,
 * so that moving onto the shared pool API (w3pool.h) changes this pair of files only. */
#ifndef W3E_ENGINE_ALLOC_H
#define W3E_ENGINE_ALLOC_H

#include <stddef.h>

typedef struct w3e_arena w3e_arena;

w3e_arena *w3e_arena_create(void);
/* Zero-filled, aligned for any type; NULL when out of memory. */
void *w3e_arena_alloc(w3e_arena *arena, size_t size);
/* A block handed to a filter (AllocMem): `owner` names the filter, `url` the request. */
void *w3e_arena_alloc_tagged(w3e_arena *arena, size_t size, const char *owner, const char *url);
void w3e_arena_destroy(w3e_arena *arena);

/* Long-lived engine objects (server, filters, connections) outside any arena. */
void *w3e_alloc(size_t size);
void w3e_free(void *p);

#endif
