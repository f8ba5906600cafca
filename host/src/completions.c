#include "completions.h"

#include <stdlib.h>

#include "host.h"
#include "host_log.h"

static void on_wake(uv_async_t *wake)
{
    completions *q = wake->data;
    host *h = wake->loop->data;
    /* Take the whole batch: completions posted meanwhile (even by the modules resumed
     * here) start a new one and wake the loop again. */
    uv_mutex_lock(&q->lock);
    w3_conn **batch = q->queue;
    size_t count = q->count;
    q->queue = NULL;
    q->count = q->cap = 0;
    uv_mutex_unlock(&q->lock);
    for (size_t i = 0; i < count; i++)
        conn_resume(h, batch[i]);
    free(batch);
}

int completions_init(completions *q, host *h)
{
    q->queue = NULL;
    q->count = q->cap = 0;
    if (uv_mutex_init(&q->lock) != 0)
        return 0;
    h->loop.data = h;
    q->wake.data = q;
    if (uv_async_init(&h->loop, &q->wake, on_wake) != 0) {
        uv_mutex_destroy(&q->lock);
        return 0;
    }
    return 1;
}

void completions_post(void *ctx, w3_conn *conn)
{
    completions *q = ctx;
    uv_mutex_lock(&q->lock);
    if (q->count == q->cap) {
        size_t cap = q->cap != 0 ? q->cap * 2 : 64;
        w3_conn **grown = realloc(q->queue, cap * sizeof *grown);
        if (grown == NULL) {
            /* A lost completion would leave its request waiting for ever. */
            host_log(HOST_LOG_ERR, "w3host: out of memory queueing a module's completion");
            abort();
        }
        q->queue = grown;
        q->cap = cap;
    }
    q->queue[q->count++] = conn;
    uv_mutex_unlock(&q->lock);
    uv_async_send(&q->wake);
}

static void on_wake_closed(uv_handle_t *handle)
{
    completions *q = handle->data;
    uv_mutex_destroy(&q->lock);
    free(q->queue);
    q->queue = NULL;
}

void completions_close(completions *q)
{
    uv_close((uv_handle_t *)&q->wake, on_wake_closed);
}
