/* The C library's <malloc.h>, then the Microsoft CRT's additions: aligned blocks,
 * _msize, and the stack allocations (_alloca; _malloca, which may take the heap and
 * so is paired with _freea). */
#ifndef W3COMPAT_CRT_MALLOC_H
#define W3COMPAT_CRT_MALLOC_H

#include_next <malloc.h>
#include <alloca.h>
#include <stdlib.h>

#include "w3crt.h"

#define _alloca(size) alloca(size)
#define _malloca(size) malloc(size)
#define _freea(block) free(block)

W3CRT_BEGIN_C

/* alignment must be a power of two (EINVAL through the handler otherwise). */
W3COMPAT_EXPORT void *__cdecl _aligned_malloc(size_t size, size_t alignment);
W3COMPAT_EXPORT void *__cdecl _aligned_realloc(void *block, size_t size, size_t alignment);
W3COMPAT_EXPORT void __cdecl _aligned_free(void *block);
W3COMPAT_EXPORT size_t __cdecl _aligned_msize(void *block, size_t alignment, size_t offset);
/* The usable size of a malloc'd block: at least what was asked for. */
W3COMPAT_EXPORT size_t __cdecl _msize(void *block);

W3CRT_END_C

#endif
