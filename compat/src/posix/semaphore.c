/* Counting semaphores: a satisfied wait takes one from the count. */
#include <stdlib.h>

#include "waitable.h"

struct semaphore {
    struct w3_waitable base;
    LONG count;
    LONG maximum;
};

static int is_signaled(struct w3_waitable *w, DWORD tid)
{
    (void)tid;
    return ((struct semaphore *)w)->count > 0;
}

static void acquire(struct w3_waitable *w, DWORD tid)
{
    (void)tid;
    ((struct semaphore *)w)->count--;
}

static const struct w3_object_ops semaphore_ops = {w3_waitable_destroy, w3_waitable_wait};
static const struct w3_waitable_ops semaphore_wait_ops = {is_signaled, acquire};

static struct semaphore *new_semaphore(LONG initial, LONG maximum)
{
    struct semaphore *s;
    if (maximum <= 0 || initial < 0 || initial > maximum) {
        SetLastError(ERROR_INVALID_PARAMETER);
        return NULL;
    }
    s = malloc(sizeof *s);
    if (!s) {
        SetLastError(ERROR_NOT_ENOUGH_MEMORY);
        return NULL;
    }
    w3_waitable_init(&s->base, &semaphore_ops, &semaphore_wait_ops);
    s->count = initial;
    s->maximum = maximum;
    return s;
}

HANDLE WINAPI CreateSemaphoreW(LPSECURITY_ATTRIBUTES sa, LONG initial, LONG maximum, LPCWSTR name)
{
    struct semaphore *s = new_semaphore(initial, maximum);
    (void)sa;
    return s ? w3_waitable_open(&s->base, name) : NULL;
}

HANDLE WINAPI CreateSemaphoreA(LPSECURITY_ATTRIBUTES sa, LONG initial, LONG maximum, LPCSTR name)
{
    struct semaphore *s = new_semaphore(initial, maximum);
    (void)sa;
    return s ? w3_waitable_open_a(&s->base, name) : NULL;
}

BOOL WINAPI ReleaseSemaphore(HANDLE h, LONG release_count, LPLONG previous_count)
{
    struct semaphore *s;
    BOOL ok = FALSE;

    s = (struct semaphore *)w3_waitable_lookup(h, &semaphore_ops);
    if (!s)
        return FALSE;
    w3_sync_lock();
    /* As under Wine, a release of 0 succeeds and a negative one counts as too many. */
    if (release_count < 0 || release_count > s->maximum - s->count) {
        SetLastError(ERROR_TOO_MANY_POSTS);
    } else {
        if (previous_count)
            *previous_count = s->count;
        s->count += release_count;
        w3_waitable_changed(&s->base);
        ok = TRUE;
    }
    w3_sync_unlock();
    w3_waitable_release(&s->base);
    return ok;
}
