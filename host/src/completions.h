/* Modules' asynchronous completions: the engine's post callback, called from any thread,
 * queues the connection and wakes the loop (uv_async), which resumes each on the loop's
 * thread. */
#ifndef W3HOST_COMPLETIONS_H
#define W3HOST_COMPLETIONS_H

#include <stddef.h>

#include <uv.h>

#include "w3engine.h"

typedef struct host host;

typedef struct completions {
    uv_async_t wake;
    uv_mutex_t lock;
    w3_conn **queue; /* posted, not yet resumed */
    size_t count, cap;
} completions;

/* Initialises the queue on h's loop; resumed connections go to conn_resume(h, ...). */
int completions_init(completions *q, host *h);

/* w3_server_config::post. */
void completions_post(void *ctx, w3_conn *conn);

/* Closes the wake-up handle: only once no completion can come any more. */
void completions_close(completions *q);

#endif
