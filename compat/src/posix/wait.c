/* WaitForSingleObject / WaitForMultipleObjects over waitable kernel objects. A waiter
 * has a condition variable of its own and links it to every object it waits on; an
 * object whose state changes signals the waiters linked to it. */
#include <errno.h>
#include <pthread.h>

#include "futex.h"
#include "thread_id.h"
#include "waitable.h"

struct waiter {
    pthread_cond_t cond;
};

struct w3_wait_link {
    struct w3_wait_link *prev, *next;
    struct waiter *waiter;
};

static pthread_mutex_t sync_lock = PTHREAD_MUTEX_INITIALIZER;

void w3_sync_lock(void)
{
    pthread_mutex_lock(&sync_lock);
}
void w3_sync_unlock(void)
{
    pthread_mutex_unlock(&sync_lock);
}
void w3_sync_wait(pthread_cond_t *cond)
{
    pthread_cond_wait(cond, &sync_lock);
}

void w3_waitable_init(struct w3_waitable *w, const struct w3_object_ops *ops,
                      const struct w3_waitable_ops *wops)
{
    w3_object_init(&w->obj, ops);
    w->wops = wops;
    w->waiters = NULL;
    w->name = NULL;
}

void w3_waitable_changed(struct w3_waitable *w)
{
    for (struct w3_wait_link *l = w->waiters; l; l = l->next)
        pthread_cond_signal(&l->waiter->cond);
}

static void link_waiter(struct w3_waitable *w, struct w3_wait_link *l, struct waiter *me)
{
    l->waiter = me;
    l->prev = NULL;
    l->next = w->waiters;
    if (w->waiters)
        w->waiters->prev = l;
    w->waiters = l;
}

static void unlink_waiter(struct w3_waitable *w, struct w3_wait_link *l)
{
    if (l->prev)
        l->prev->next = l->next;
    else
        w->waiters = l->next;
    if (l->next)
        l->next->prev = l->prev;
}

/* Under the lock: takes what the wait asks for if it can be had now. */
static int try_satisfy(struct w3_waitable **objs, DWORD n, BOOL wait_all, DWORD tid, DWORD *result)
{
    if (wait_all) {
        for (DWORD i = 0; i < n; i++)
            if (!objs[i]->wops->is_signaled(objs[i], tid))
                return 0;
        for (DWORD i = 0; i < n; i++)
            objs[i]->wops->acquire(objs[i], tid);
        *result = WAIT_OBJECT_0;
        return 1;
    }
    for (DWORD i = 0; i < n; i++) {
        if (objs[i]->wops->is_signaled(objs[i], tid)) {
            objs[i]->wops->acquire(objs[i], tid);
            *result = WAIT_OBJECT_0 + i;
            return 1;
        }
    }
    return 0;
}

static DWORD wait_objects(struct w3_waitable **objs, DWORD n, BOOL wait_all, DWORD milliseconds)
{
    struct w3_wait_link links[MAXIMUM_WAIT_OBJECTS];
    struct w3_deadline deadline = w3_deadline_after(milliseconds);
    struct waiter me;
    int linked = 0;
    DWORD tid = w3_thread_id();
    DWORD result;

    pthread_mutex_lock(&sync_lock);
    while (!try_satisfy(objs, n, wait_all, tid, &result)) {
        if (w3_deadline_passed(&deadline)) {
            result = WAIT_TIMEOUT;
            break;
        }
        if (!linked) {
            pthread_condattr_t attr;
            pthread_condattr_init(&attr);
            pthread_condattr_setclock(&attr, CLOCK_MONOTONIC);
            pthread_cond_init(&me.cond, &attr);
            pthread_condattr_destroy(&attr);
            for (DWORD i = 0; i < n; i++)
                link_waiter(objs[i], &links[i], &me);
            linked = 1;
        }
        if (deadline.infinite)
            pthread_cond_wait(&me.cond, &sync_lock);
        else
            pthread_cond_timedwait(&me.cond, &sync_lock, &deadline.at);
    }
    if (linked) {
        for (DWORD i = 0; i < n; i++)
            unlink_waiter(objs[i], &links[i]);
        pthread_cond_destroy(&me.cond);
    }
    pthread_mutex_unlock(&sync_lock);
    return result;
}

DWORD w3_waitable_wait(struct w3_object *obj, DWORD milliseconds)
{
    struct w3_waitable *w = (struct w3_waitable *)obj;
    return wait_objects(&w, 1, FALSE, milliseconds);
}

static int is_waitable(struct w3_object *obj)
{
    return obj->ops->wait == w3_waitable_wait;
}

struct w3_waitable *w3_waitable_lookup(HANDLE h, const struct w3_object_ops *ops)
{
    return (struct w3_waitable *)w3_handle_lookup(h, ops);
}

void w3_waitable_release(struct w3_waitable *w)
{
    w3_object_release(&w->obj);
}

/* Waiting on the current process or thread cannot end while the caller runs. */
static DWORD wait_on_self(DWORD milliseconds)
{
    do
        Sleep(milliseconds);
    while (milliseconds == INFINITE);
    return WAIT_TIMEOUT;
}

DWORD WINAPI WaitForSingleObject(HANDLE h, DWORD milliseconds)
{
    struct w3_object *obj;
    DWORD result;

    if (h == PSEUDO_CURRENT_PROCESS || h == PSEUDO_CURRENT_THREAD)
        return wait_on_self(milliseconds);
    obj = w3_handle_lookup(h, NULL);
    if (!obj)
        return WAIT_FAILED;
    if (!obj->ops->wait) {
        w3_object_release(obj);
        SetLastError(ERROR_INVALID_HANDLE);
        return WAIT_FAILED;
    }
    result = obj->ops->wait(obj, milliseconds);
    w3_object_release(obj);
    return result;
}

DWORD WINAPI WaitForSingleObjectEx(HANDLE h, DWORD milliseconds, BOOL alertable)
{
    (void)alertable; /* there are no APCs to deliver */
    return WaitForSingleObject(h, milliseconds);
}

DWORD WINAPI WaitForMultipleObjects(DWORD n, const HANDLE *handles, BOOL wait_all,
                                    DWORD milliseconds)
{
    struct w3_waitable *objs[MAXIMUM_WAIT_OBJECTS];
    DWORD found = 0, result;

    if (n == 0 || n > MAXIMUM_WAIT_OBJECTS || !handles) {
        SetLastError(ERROR_INVALID_PARAMETER);
        return WAIT_FAILED;
    }
    for (; found < n; found++) {
        struct w3_object *obj = w3_handle_lookup(handles[found], NULL);
        if (!obj)
            break;
        if (!is_waitable(obj)) {
            w3_object_release(obj);
            SetLastError(ERROR_INVALID_HANDLE);
            break;
        }
        objs[found] = (struct w3_waitable *)obj;
    }
    result = found == n ? wait_objects(objs, n, wait_all, milliseconds) : WAIT_FAILED;
    while (found > 0)
        w3_waitable_release(objs[--found]);
    return result;
}

DWORD WINAPI WaitForMultipleObjectsEx(DWORD n, const HANDLE *handles, BOOL wait_all,
                                      DWORD milliseconds, BOOL alertable)
{
    (void)alertable;
    return WaitForMultipleObjects(n, handles, wait_all, milliseconds);
}
