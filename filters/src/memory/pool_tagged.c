/* AllocMem blocks: each carries a tail signature after the caller's bytes, checked when
 * the pool is verified or destroyed. A modified signature is reported once per block,
 * counted in the server statistic, and is fatal if so configured. */
#include <stdio.h>

#include "pool_internal.h"

static const char *copy_string(struct w3_pool *pool, const char *s, const char *fallback)
{
    if (!s)
        s = fallback;
    SIZE_T n = strlen(s) + 1;
    char *copy = w3e_pool_alloc_locked(pool, n);
    if (copy)
        memcpy(copy, s, n);
    return copy;
}

void *w3_pool_alloc_tagged(struct w3_pool *pool, SIZE_T cb, const char *owner, const char *url)
{
    if (cb == 0) {
        SetLastError(ERROR_INVALID_PARAMETER);
        return NULL;
    }
    if (pool->page_heap)
        return w3e_pageheap_alloc(pool, cb);
    if (cb > MAXSIZE_T - W3E_TAG_HEADER - W3E_TAIL_MIN - 2 * W3_POOL_ALIGNMENT) {
        SetLastError(ERROR_NOT_ENOUGH_MEMORY);
        return NULL;
    }
    SIZE_T sig_len = W3E_TAG_SIG_LEN(cb);
    w3e_pool_lock(pool);
    SIZE_T before = w3_pool_bytes_allocated(pool);
    struct w3e_tag *tag = w3e_pool_alloc_locked(pool, W3E_TAG_HEADER + cb + sig_len);
    const char *owner_copy = tag ? copy_string(pool, owner, "(unknown filter)") : NULL;
    const char *url_copy = owner_copy ? copy_string(pool, url, "") : NULL;
    if (!url_copy) {
        w3e_pool_unlock(pool);
        return NULL; /* last error set by the pool */
    }
    w3e_pool_count_block_only(pool, before, cb);
    tag->cb = cb;
    tag->owner = owner_copy;
    tag->url = url_copy;
    tag->reported = FALSE;
    memset(W3E_TAG_USER(tag) + cb, W3E_TAIL_BYTE, sig_len);
    tag->next = pool->tags;
    pool->tags = tag;
    w3e_pool_unlock(pool);
    return W3E_TAG_USER(tag);
}

static void report_overrun(struct w3_pool *pool, const struct w3e_tag *tag, const unsigned char *at)
{
    char message[1024];
    int width = (int)(2 * sizeof(void *));
    snprintf(message, sizeof message,
             "Heap block at %0*llX modified at %0*llX past requested size of %llu "
             "(filter \"%s\", URL \"%s\")",
             width, (unsigned long long)(UINT_PTR)W3E_TAG_USER(tag), width,
             (unsigned long long)(UINT_PTR)at, (unsigned long long)tag->cb, tag->owner, tag->url);
    InterlockedIncrement(&pool->cfg->overruns);
    pool->cfg->report(pool->cfg->report_context, message);
    if (pool->cfg->overrun_fatal)
        abort(); /* leaves a core with the heap as the overrun left it */
}

DWORD w3e_pool_verify_locked(struct w3_pool *pool)
{
    DWORD found = 0;
    for (struct w3e_tag *tag = pool->tags; tag; tag = tag->next) {
        if (tag->reported)
            continue;
        const unsigned char *tail = W3E_TAG_USER(tag) + tag->cb;
        for (SIZE_T i = 0; i < W3E_TAG_SIG_LEN(tag->cb); i++) {
            if (tail[i] != W3E_TAIL_BYTE) {
                tag->reported = TRUE;
                found++;
                report_overrun(pool, tag, tail + i);
                break;
            }
        }
    }
    return found;
}

DWORD w3_pool_verify(struct w3_pool *pool)
{
    w3e_pool_lock(pool);
    DWORD found = w3e_pool_verify_locked(pool);
    w3e_pool_unlock(pool);
    return found;
}
