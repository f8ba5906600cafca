/* LocalAlloc / GlobalAlloc families: malloc'd blocks with a header that records the
 * requested size (LocalSize reports it exactly, as Windows does). Blocks never move. */
#include <windows.h>

#include <malloc.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#define BLOCK_MAGIC 0x4C4D454Du /* "LMEM" */

union block_header {
    struct {
        size_t size;
        unsigned magic;
    } h;
    max_align_t align;
};

static union block_header *header_of(HLOCAL mem)
{
    union block_header *hdr = (union block_header *)mem - 1;
    return hdr->h.magic == BLOCK_MAGIC ? hdr : NULL;
}

static HLOCAL alloc_block(UINT flags, SIZE_T bytes)
{
    if (bytes > MAXSIZE_T - sizeof(union block_header)) {
        SetLastError(ERROR_NOT_ENOUGH_MEMORY);
        return NULL;
    }
    union block_header *hdr =
        (flags & LMEM_ZEROINIT) ? calloc(1, sizeof *hdr + bytes) : malloc(sizeof *hdr + bytes);
    if (!hdr) {
        SetLastError(ERROR_NOT_ENOUGH_MEMORY);
        return NULL;
    }
    hdr->h.size = bytes;
    hdr->h.magic = BLOCK_MAGIC;
    return hdr + 1;
}

static HLOCAL free_block(HLOCAL mem)
{
    if (!mem)
        return NULL;
    union block_header *hdr = header_of(mem);
    if (!hdr) {
        SetLastError(ERROR_INVALID_HANDLE);
        return mem;
    }
    hdr->h.magic = 0;
    free(hdr);
    return NULL;
}

static SIZE_T block_size(HLOCAL mem)
{
    union block_header *hdr = mem ? header_of(mem) : NULL;
    if (!hdr) {
        SetLastError(ERROR_INVALID_HANDLE);
        return 0;
    }
    return hdr->h.size;
}

/* Without LMEM_MOVEABLE a block may only change size in place: growing past what the
 * allocation already holds fails with ERROR_NOT_ENOUGH_MEMORY, as on Windows. */
static HLOCAL realloc_block(HLOCAL mem, SIZE_T bytes, UINT flags)
{
    union block_header *hdr = mem ? header_of(mem) : NULL;
    if (!hdr) {
        SetLastError(ERROR_INVALID_HANDLE);
        return NULL;
    }
    if (flags & LMEM_MODIFY)
        return mem; /* only attributes change, and blocks have none */
    size_t old = hdr->h.size;
    if (bytes > MAXSIZE_T - sizeof *hdr) {
        SetLastError(ERROR_NOT_ENOUGH_MEMORY);
        return NULL;
    }
    if (bytes <= malloc_usable_size(hdr) - sizeof *hdr) {
        hdr->h.size = bytes;
    } else if (flags & LMEM_MOVEABLE) {
        union block_header *bigger = realloc(hdr, sizeof *hdr + bytes);
        if (!bigger) {
            SetLastError(ERROR_NOT_ENOUGH_MEMORY);
            return NULL;
        }
        hdr = bigger;
        hdr->h.size = bytes;
    } else {
        SetLastError(ERROR_NOT_ENOUGH_MEMORY);
        return NULL;
    }
    if ((flags & LMEM_ZEROINIT) && bytes > old)
        memset((char *)(hdr + 1) + old, 0, bytes - old);
    return hdr + 1;
}

HLOCAL WINAPI LocalAlloc(UINT uFlags, SIZE_T uBytes)
{
    return alloc_block(uFlags, uBytes);
}

HLOCAL WINAPI LocalReAlloc(HLOCAL hMem, SIZE_T uBytes, UINT uFlags)
{
    return realloc_block(hMem, uBytes, uFlags);
}

HLOCAL WINAPI LocalFree(HLOCAL hMem)
{
    return free_block(hMem);
}

SIZE_T WINAPI LocalSize(HLOCAL hMem)
{
    return block_size(hMem);
}

LPVOID WINAPI LocalLock(HLOCAL hMem)
{
    if (!hMem || !header_of(hMem)) {
        SetLastError(ERROR_INVALID_HANDLE);
        return NULL;
    }
    return hMem;
}

BOOL WINAPI LocalUnlock(HLOCAL hMem)
{
    /* A fixed block is never left locked: FALSE with NO_ERROR means "now unlocked". */
    if (!hMem || !header_of(hMem)) {
        SetLastError(ERROR_INVALID_HANDLE);
        return FALSE;
    }
    SetLastError(NO_ERROR);
    return FALSE;
}

/* The GMEM_* flags that matter have the LMEM_* values. */
HGLOBAL WINAPI GlobalAlloc(UINT uFlags, SIZE_T dwBytes)
{
    return alloc_block(uFlags, dwBytes);
}

HGLOBAL WINAPI GlobalReAlloc(HGLOBAL hMem, SIZE_T dwBytes, UINT uFlags)
{
    return realloc_block(hMem, dwBytes, uFlags);
}

HGLOBAL WINAPI GlobalFree(HGLOBAL hMem)
{
    return free_block(hMem);
}

SIZE_T WINAPI GlobalSize(HGLOBAL hMem)
{
    return block_size(hMem);
}

LPVOID WINAPI GlobalLock(HGLOBAL hMem)
{
    return LocalLock(hMem);
}

BOOL WINAPI GlobalUnlock(HGLOBAL hMem)
{
    return LocalUnlock(hMem);
}
