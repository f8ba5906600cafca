/* The process-wide pool of worker threads behind threadpoolapiset.h and
 * threadpoollegacyapiset.h. Internal.
 *
 * A task is queued FIFO and run by a worker. Tasks of callback objects (work objects
 * and timers) carry counters: `pending` submissions not yet started and `running`
 * callbacks; the object's task sits in the queue at most once and is queued again while
 * submissions remain, so several of its callbacks can run at once. All state is guarded
 * by one lock; waiters sleep on one condition that is broadcast whenever an object's
 * counters fall. */
#ifndef W3COMPAT_POSIX_THREADPOOL_POOL_H
#define W3COMPAT_POSIX_THREADPOOL_POOL_H

#include <windows.h>

struct tp_task;

struct _TP_CALLBACK_INSTANCE {
    struct tp_object *object; /* NULL for simple callbacks */
    int disassociated;
    PCRITICAL_SECTION leave_cs;
    HANDLE release_mutex;
    HANDLE release_semaphore;
    DWORD semaphore_count;
    HANDLE set_event;
};

/* Runs the task's callback (without the lock). */
typedef void (*tp_run_fn)(struct tp_task *task, PTP_CALLBACK_INSTANCE instance);

struct tp_task {
    tp_run_fn run;
    struct tp_object *object; /* the callback object this task belongs to, or NULL */
    struct tp_task *next;
    int queued;
};

/* A callback object: a work object or a timer. */
struct tp_object {
    struct tp_task task;
    unsigned pending;
    unsigned running;
    int closed;
    void (*destroy)(struct tp_object *obj); /* frees it once closed and idle */
};

#include <pthread.h>
#include <time.h>

void tp_lock(void);
void tp_unlock(void);
/* Waits on cond with the pool's lock, until deadline (NULL: no limit) on the clock that
 * cond was made with. */
void tp_timed_wait(pthread_cond_t *cond, const struct timespec *deadline);

/* Queues a one-off task (freed by its run function). Called with the lock held; FALSE
 * with ERROR_NOT_ENOUGH_MEMORY when no worker could be started. */
BOOL tp_queue_task(struct tp_task *task);

/* One more callback of obj to run. Called with the lock held. */
void tp_submit(struct tp_object *obj);
/* Drops obj's submissions that have not started. Called with the lock held. */
void tp_cancel_pending(struct tp_object *obj);
/* Waits until obj has no submission queued or running. Called with the lock held. */
void tp_wait_idle(struct tp_object *obj);
/* Marks obj closed; it is destroyed now or when its last callback returns. Called with
 * the lock held. */
void tp_close(struct tp_object *obj);

/* DisassociateCurrentThreadFromCallback and CallbackMayRunLong. Called with the lock
 * held. */
void tp_disassociate(PTP_CALLBACK_INSTANCE inst);
BOOL tp_may_run_long(void);

#endif
