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

static void destroy(struct w3_object *obj)
{
    w3_waitable_fini((struct w3_waitable *)obj);
    free(obj);
}

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

static const struct w3_object_ops mutex_ops = {"mutex", destroy, w3_waitable_wait};
static const struct w3_waitable_ops mutex_wait_ops = {is_signaled, acquire};

static struct mutex *new_mutex(void)
{
    struct mutex *m = malloc(sizeof *m);
    if (!m) {
        SetLastError(ERROR_NOT_ENOUGH_MEMORY);
        return NULL;
    }
    w3_waitable_init(&m->base, &mutex_ops, &mutex_wait_ops);
    m->owner = 0;
    m->recursion = 0;
    return m;
}

/* The creator takes ownership only of a mutex it created, not of an existing named one. */
static HANDLE finish_create(struct mutex *m, HANDLE h, BOOL initial_owner)
{
    if (h && initial_owner && GetLastError() != ERROR_ALREADY_EXISTS) {
        w3_sync_lock();
        m->owner = w3_thread_id();
        m->recursion = 1;
        w3_sync_unlock();
    }
    return h;
}

HANDLE WINAPI CreateMutexW(LPSECURITY_ATTRIBUTES sa, BOOL initial_owner, LPCWSTR name)
{
    struct mutex *m = new_mutex();
    (void)sa;
    return m ? finish_create(m, w3_waitable_open(&m->base, name), initial_owner) : NULL;
}

HANDLE WINAPI CreateMutexA(LPSECURITY_ATTRIBUTES sa, BOOL initial_owner, LPCSTR name)
{
    struct mutex *m = new_mutex();
    (void)sa;
    return m ? finish_create(m, w3_waitable_open_a(&m->base, name), initial_owner) : NULL;
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
