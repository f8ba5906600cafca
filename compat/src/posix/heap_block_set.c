#include "heap_block_set.h"

#include <stdint.h>
#include <stdlib.h>

static size_t home_slot(const struct w3_heap_block_set *set, const void *ptr)
{
    /* Fibonacci hashing of the address without its always-zero alignment bits. */
    uint64_t h = ((uint64_t)(uintptr_t)ptr >> 4) * 0x9E3779B97F4A7C15ull;
    return (size_t)(h >> 32) & (set->slot_count - 1);
}

struct w3_heap_block *w3_heap_blocks_find(struct w3_heap_block_set *set, const void *ptr)
{
    if (!set->slot_count || !ptr)
        return NULL;
    for (size_t i = home_slot(set, ptr);; i = (i + 1) & (set->slot_count - 1)) {
        if (set->slots[i].ptr == ptr)
            return &set->slots[i];
        if (!set->slots[i].ptr)
            return NULL;
    }
}

static void place(struct w3_heap_block_set *set, struct w3_heap_block block)
{
    size_t i = home_slot(set, block.ptr);
    while (set->slots[i].ptr)
        i = (i + 1) & (set->slot_count - 1);
    set->slots[i] = block;
}

static int grow(struct w3_heap_block_set *set)
{
    size_t old_count = set->slot_count;
    struct w3_heap_block *old = set->slots;
    size_t count = old_count ? old_count * 2 : 64;
    struct w3_heap_block *slots = calloc(count, sizeof *slots);
    if (!slots)
        return 0;
    set->slots = slots;
    set->slot_count = count;
    for (size_t i = 0; i < old_count; i++)
        if (old[i].ptr)
            place(set, old[i]);
    free(old);
    return 1;
}

int w3_heap_blocks_add(struct w3_heap_block_set *set, void *ptr, size_t size, size_t capacity)
{
    /* At most half full, so probe sequences stay short. */
    if ((set->used + 1) * 2 > set->slot_count && !grow(set))
        return 0;
    struct w3_heap_block block = {ptr, size, capacity};
    place(set, block);
    set->used++;
    return 1;
}

void w3_heap_blocks_remove(struct w3_heap_block_set *set, struct w3_heap_block *entry)
{
    size_t mask = set->slot_count - 1;
    size_t hole = (size_t)(entry - set->slots);

    set->slots[hole].ptr = NULL;
    set->used--;
    /* Backward-shift deletion: move later entries of the probe run into the hole when
     * their home slot does not lie cyclically in (hole, i]. */
    for (size_t i = (hole + 1) & mask; set->slots[i].ptr; i = (i + 1) & mask) {
        size_t home = home_slot(set, set->slots[i].ptr);
        int home_in_between = hole <= i ? (home > hole && home <= i) : (home > hole || home <= i);
        if (!home_in_between) {
            set->slots[hole] = set->slots[i];
            set->slots[i].ptr = NULL;
            hole = i;
        }
    }
}

void w3_heap_blocks_free_all(struct w3_heap_block_set *set,
                             void (*release)(void *ctx, void *ptr, size_t capacity), void *ctx)
{
    for (size_t i = 0; i < set->slot_count; i++)
        if (set->slots[i].ptr)
            release(ctx, set->slots[i].ptr, set->slots[i].capacity);
    free(set->slots);
    set->slots = NULL;
    set->slot_count = 0;
    set->used = 0;
}
