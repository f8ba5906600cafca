/* Kernel mutexes: owned by a thread, which may acquire them recursively and must
 * release them as often. Ownership is not given up when the owner ends (no
 * WAIT_ABANDONED). */
#include <stdlib.h>

#include "thread_id.h"
#include "waitable.h"

struct mutex {
    struct w3_waitable base;
    DWORD owner; /* thread id, 0 when free */
    DWORD recursion;
};

static int is_signaled(struct w3_waitable *w, DWORD tid)
{
    struct mutex *m = (struct mutex *)w;
    return m->owner == 0 || m->owner == tid;
}

static void acquire(struct w3_waitable *w, DWORD tid)
{
    struct mutex *m = (struct mutex *)w;
    m->owner = tid;
    m->recursion++;
}

static const struct w3_object_ops mutex_ops = {w3_waitable_destroy, w3_waitable_wait};
static const struct w3_waitable_ops mutex_wait_ops = {is_signaled, acquire};

/* Owned by the creating thread when initial_owner is set. Ownership is set before the
 * handle is opened: when the name is already taken the fresh mutex is discarded, so the
 * creator never owns an existing named mutex. */
static struct mutex *new_mutex(BOOL initial_owner)
{
    struct mutex *m = malloc(sizeof *m);
    if (!m) {
        SetLastError(ERROR_NOT_ENOUGH_MEMORY);
        return NULL;
    }
    w3_waitable_init(&m->base, &mutex_ops, &mutex_wait_ops);
    m->owner = initial_owner ? w3_thread_id() : 0;
    m->recursion = initial_owner ? 1 : 0;
    return m;
}

HANDLE WINAPI CreateMutexW(LPSECURITY_ATTRIBUTES sa, BOOL initial_owner, LPCWSTR name)
{
    struct mutex *m = new_mutex(initial_owner);
    (void)sa;
    return m ? w3_waitable_open(&m->base, name) : NULL;
}

HANDLE WINAPI CreateMutexA(LPSECURITY_ATTRIBUTES sa, BOOL initial_owner, LPCSTR name)
{
    struct mutex *m = new_mutex(initial_owner);
    (void)sa;
    return m ? w3_waitable_open_a(&m->base, name) : NULL;
}

BOOL WINAPI ReleaseMutex(HANDLE h)
{
    struct mutex *m = (struct mutex *)w3_waitable_lookup(h, &mutex_ops);
    BOOL ok = FALSE;

    if (!m)
        return FALSE;
    w3_sync_lock();
    if (m->owner != w3_thread_id()) {
        SetLastError(ERROR_NOT_OWNER);
    } else {
        if (--m->recursion == 0) {
            m->owner = 0;
            w3_waitable_changed(&m->base);
        }
        ok = TRUE;
    }
    w3_sync_unlock();
    w3_waitable_release(&m->base);
    return ok;
}
