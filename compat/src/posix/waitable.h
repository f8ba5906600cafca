/* Waitable kernel objects (events, semaphores, mutexes, threads). Internal.
 *
 * Every waitable object embeds struct w3_waitable first, and its w3_object_ops.wait is
 * w3_waitable_wait; that hook identifies the object as a w3_waitable. Object state is
 * guarded by one process-wide lock (w3_sync_lock); a waiting thread links itself to
 * each object it waits on and is signalled when any of them changes. */
#ifndef W3COMPAT_POSIX_WAITABLE_H
#define W3COMPAT_POSIX_WAITABLE_H

#include <pthread.h>

#include "handle.h"

struct w3_waitable;
struct w3_wait_link;

struct w3_waitable_ops {
    /* Whether a wait by thread tid would be satisfied now. Called under the lock. */
    int (*is_signaled)(struct w3_waitable *w, DWORD tid);
    /* Takes what a satisfied wait takes (a semaphore count, an auto-reset event's
     * signal, a mutex's ownership). Called under the lock. */
    void (*acquire)(struct w3_waitable *w, DWORD tid);
};

struct w3_waitable {
    struct w3_object obj;
    const struct w3_waitable_ops *wops;
    struct w3_wait_link *waiters;
    WCHAR *name; /* in the process-local namespace, or NULL */
};

void w3_waitable_init(struct w3_waitable *w, const struct w3_object_ops *ops,
                      const struct w3_waitable_ops *wops);
/* Frees what w3_waitable_init and naming set up; for the type's destroy hook. */
void w3_waitable_fini(struct w3_waitable *w);
/* The destroy hook of a type that owns nothing beyond its malloc'd struct. */
void w3_waitable_destroy(struct w3_object *obj);

void w3_sync_lock(void);
void w3_sync_unlock(void);
/* Waits on cond, which is used only with the sync lock; called under the lock. */
void w3_sync_wait(pthread_cond_t *cond);
/* Tells the threads waiting on w that its state changed. Called under the lock. */
void w3_waitable_changed(struct w3_waitable *w);

/* The w3_object_ops.wait hook of every waitable type. */
DWORD w3_waitable_wait(struct w3_object *obj, DWORD milliseconds);

/* The waitable object behind h of the given type, retained, or NULL with
 * ERROR_INVALID_HANDLE. */
struct w3_waitable *w3_waitable_lookup(HANDLE h, const struct w3_object_ops *ops);
void w3_waitable_release(struct w3_waitable *w);

/* Opens a handle for a newly created object, named or not. With a name already in use
 * by an object of the same type, fresh is discarded and the handle is to that object
 * (last error ERROR_ALREADY_EXISTS); by another type, NULL with ERROR_INVALID_HANDLE.
 * Otherwise the last error is ERROR_SUCCESS. */
HANDLE w3_waitable_open(struct w3_waitable *fresh, LPCWSTR name);
/* The live object of that type named name, retained, or NULL with
 * ERROR_FILE_NOT_FOUND (for the Open* functions). */
struct w3_waitable *w3_waitable_find(LPCWSTR name, const struct w3_object_ops *ops);
HANDLE w3_waitable_open_a(struct w3_waitable *fresh, LPCSTR name);

#endif
