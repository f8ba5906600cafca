/* The live blocks of one heap, keyed by address (internal). Lets HeapFree, HeapSize and
 * HeapReAlloc tell a block of theirs from any other pointer without reading memory in
 * front of it. An open-addressing hash table with linear probing. */
#ifndef W3COMPAT_POSIX_HEAP_BLOCK_SET_H
#define W3COMPAT_POSIX_HEAP_BLOCK_SET_H

#include <stddef.h>

struct w3_heap_block {
    void *ptr;       /* NULL marks an empty slot */
    size_t size;     /* what HeapSize reports */
    size_t capacity; /* bytes actually allocated; in-place growth may use up to this */
};

struct w3_heap_block_set {
    struct w3_heap_block *slots;
    size_t slot_count; /* 0 or a power of two */
    size_t used;
};

/* The entry for ptr, or NULL. The pointer is valid until the set changes. */
struct w3_heap_block *w3_heap_blocks_find(struct w3_heap_block_set *set, const void *ptr);
/* Adds an entry; 0 when out of memory. ptr must not be in the set. */
int w3_heap_blocks_add(struct w3_heap_block_set *set, void *ptr, size_t size, size_t capacity);
/* Removes the entry that w3_heap_blocks_find returned. */
void w3_heap_blocks_remove(struct w3_heap_block_set *set, struct w3_heap_block *entry);
/* Hands every block to release(ctx, ptr, capacity), then frees the table; the set is
 * empty afterwards. */
void w3_heap_blocks_free_all(struct w3_heap_block_set *set,
                             void (*release)(void *ctx, void *ptr, size_t capacity), void *ctx);

#endif
