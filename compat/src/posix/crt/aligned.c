/* malloc.h's aligned allocations and _msize. _msize is what the C library reports as
 * usable, at least the size asked for (the CRT reports exactly that size). */
#include <malloc.h>
#include <stdlib.h>

#include "../crt_internal.h"

static int power_of_two(size_t n)
{
    return n && !(n & (n - 1));
}

void *__cdecl _aligned_malloc(size_t size, size_t alignment)
{
    if (!power_of_two(alignment)) {
        w3_crt_invalid_parameter(EINVAL, "_aligned_malloc");
        return NULL;
    }
    if (alignment < sizeof(void *))
        alignment = sizeof(void *);
    void *p = NULL;
    int err = posix_memalign(&p, alignment, size ? size : 1);
    if (err) {
        errno = ENOMEM;
        return NULL;
    }
    return p;
}

void __cdecl _aligned_free(void *block)
{
    free(block);
}

void *__cdecl _aligned_realloc(void *block, size_t size, size_t alignment)
{
    if (!block)
        return _aligned_malloc(size, alignment);
    if (size == 0) {
        free(block);
        return NULL;
    }
    if (!power_of_two(alignment)) {
        w3_crt_invalid_parameter(EINVAL, "_aligned_realloc");
        return NULL;
    }
    void *moved = _aligned_malloc(size, alignment);
    if (!moved)
        return NULL;
    size_t old = malloc_usable_size(block);
    memcpy(moved, block, old < size ? old : size);
    free(block);
    return moved;
}

size_t __cdecl _aligned_msize(void *block, size_t alignment, size_t offset)
{
    (void)alignment, (void)offset;
    if (!block) {
        w3_crt_invalid_parameter(EINVAL, "_aligned_msize");
        return (size_t)-1;
    }
    return malloc_usable_size(block);
}

size_t __cdecl _msize(void *block)
{
    if (!block) {
        w3_crt_invalid_parameter(EINVAL, "_msize");
        return (size_t)-1;
    }
    return malloc_usable_size(block);
}
