/* Asynchronous completion: the engine's post callback queues a connection from any
 * thread; the server's thread resumes it (w3engine.h, w3_post_fn). */
#include "harness.h"

void w3h_post(void *ctx, w3_conn *conn)
{
    w3h_server *s = ctx;
    EnterCriticalSection(&s->lock);
    if (s->post_count < W3H_MAX_PENDING)
        s->posts[s->post_count++] = conn;
    else /* every post needs its resume: losing one would hang the request */
        w3h_fail(W3H_E_NO_MEMORY, "more than %d completions waiting to be resumed",
                 W3H_MAX_PENDING);
    s->outstanding++;
    LeaveCriticalSection(&s->lock);
    SetEvent(s->posted);
}

/* Whether conn is the engine connection of one of the server's open connections. */
static int is_open(const w3h_server *s, const w3_conn *conn)
{
    for (const w3h_conn *c = s->conns; c != NULL; c = c->next)
        if (c->engine == conn)
            return 1;
    return 0;
}

size_t w3h_resume_posted(w3h_server *s)
{
    size_t resumed = 0;
    for (;;) {
        EnterCriticalSection(&s->lock);
        w3_conn *conn = NULL;
        if (s->post_count > 0) {
            conn = s->posts[0];
            for (size_t i = 1; i < s->post_count; i++)
                s->posts[i - 1] = s->posts[i];
            s->post_count--;
        }
        LeaveCriticalSection(&s->lock);
        if (conn == NULL)
            return resumed;
        w3_conn_resume(conn);
        if (s->closed_pending > 0 && !is_open(s, conn))
            s->closed_pending--;
        EnterCriticalSection(&s->lock);
        s->outstanding--;
        LeaveCriticalSection(&s->lock);
        resumed++;
    }
}

size_t w3h_waiting(w3h_server *s)
{
    size_t n = s->closed_pending;
    for (w3h_conn *c = s->conns; c != NULL; c = c->next)
        if (!c->closed && w3_conn_pending(c->engine))
            n++;
    EnterCriticalSection(&s->lock);
    size_t outstanding = s->outstanding;
    LeaveCriticalSection(&s->lock);
    return n > outstanding ? n : outstanding; /* a queued post may be for either kind */
}

w3h_status w3h_server_run_pending(w3h_server *server, unsigned timeout_ms)
{
    w3h_status st = w3h_server_check(server, "w3h_server_run_pending");
    if (st != W3H_OK)
        return st;
    DWORD start = GetTickCount();
    for (;;) {
        w3h_resume_posted(server);
        size_t left = w3h_waiting(server);
        if (left == 0)
            return W3H_OK;
        DWORD spent = GetTickCount() - start;
        if (spent >= timeout_ms)
            return w3h_fail(W3H_E_TIMEOUT,
                            "w3h_server_run_pending: %lu request(s) still wait for a module's "
                            "completion after %u ms",
                            (unsigned long)left, timeout_ms);
        WaitForSingleObject(server->posted, timeout_ms - spent);
    }
}
