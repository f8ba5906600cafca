/* Threads on pthreads. A thread handle is a waitable object signalled when the thread
 * ends; the running thread holds a reference of its own, so closing the handle early
 * is safe. CreateThread returns once the new thread has published its id; with
 * CREATE_SUSPENDED the new thread then waits until ResumeThread. */
#include <limits.h>
#include <pthread.h>
#include <sched.h>
#include <stdlib.h>
#include <unistd.h>

#include "thread_id.h"
#include "waitable.h"

struct thread {
    struct w3_waitable base;
    pthread_cond_t gate; /* id published, or resumed; with the sync lock */
    LPTHREAD_START_ROUTINE start;
    LPVOID parameter;
    DWORD id;
    DWORD suspend_count;
    DWORD exit_code;
    int finished;
    int priority; /* as set by SetThreadPriority; not applied */
};

static _Thread_local struct thread *current;
/* The priority of a thread not made by CreateThread (the main thread, pool workers). */
static _Thread_local int own_priority;

static void destroy(struct w3_object *obj)
{
    struct thread *t = (struct thread *)obj;
    pthread_cond_destroy(&t->gate);
    w3_waitable_fini(&t->base);
    free(t);
}

static int is_signaled(struct w3_waitable *w, DWORD tid)
{
    (void)tid;
    return ((struct thread *)w)->finished;
}

static void acquire(struct w3_waitable *w, DWORD tid)
{
    (void)w;
    (void)tid;
}

static const struct w3_object_ops thread_ops = {destroy, w3_waitable_wait};
static const struct w3_waitable_ops thread_wait_ops = {is_signaled, acquire};

static void finish(void *arg)
{
    struct thread *t = arg;
    w3_sync_lock();
    t->finished = 1;
    w3_waitable_changed(&t->base);
    w3_sync_unlock();
    current = NULL;
    w3_waitable_release(&t->base);
}

static void *run(void *arg)
{
    struct thread *t = arg;
    DWORD code;

    current = t;
    w3_sync_lock();
    t->id = w3_thread_id();
    pthread_cond_broadcast(&t->gate);
    while (t->suspend_count > 0)
        w3_sync_wait(&t->gate);
    w3_sync_unlock();

    pthread_cleanup_push(finish, t);
    code = t->start(t->parameter);
    t->exit_code = code;
    pthread_cleanup_pop(1);
    return NULL;
}

static int start_pthread(struct thread *t, SIZE_T stack_size)
{
    pthread_attr_t attr;
    pthread_t pt;
    int rc;

    pthread_attr_init(&attr);
    pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
    if (stack_size) {
        long page = sysconf(_SC_PAGESIZE);
        SIZE_T size =
            stack_size < (SIZE_T)PTHREAD_STACK_MIN ? (SIZE_T)PTHREAD_STACK_MIN : stack_size;
        pthread_attr_setstacksize(&attr, (size + (SIZE_T)page - 1) & ~((SIZE_T)page - 1));
    }
    rc = pthread_create(&pt, &attr, run, t);
    pthread_attr_destroy(&attr);
    return rc == 0;
}

HANDLE WINAPI CreateThread(LPSECURITY_ATTRIBUTES sa, SIZE_T stack_size,
                           LPTHREAD_START_ROUTINE start, LPVOID parameter, DWORD flags,
                           LPDWORD thread_id)
{
    struct thread *t = calloc(1, sizeof *t);
    HANDLE h;

    (void)sa;
    if (!t) {
        SetLastError(ERROR_NOT_ENOUGH_MEMORY);
        return NULL;
    }
    w3_waitable_init(&t->base, &thread_ops, &thread_wait_ops);
    pthread_cond_init(&t->gate, NULL);
    t->start = start;
    t->parameter = parameter;
    t->suspend_count = (flags & CREATE_SUSPENDED) ? 1 : 0;

    w3_object_retain(&t->base.obj); /* the running thread's reference */
    h = w3_handle_open(&t->base.obj);
    if (!h) {
        w3_waitable_release(&t->base);
        return NULL;
    }
    if (!start_pthread(t, stack_size)) {
        w3_waitable_release(&t->base);
        CloseHandle(h);
        SetLastError(ERROR_NOT_ENOUGH_MEMORY);
        return NULL;
    }
    w3_sync_lock();
    while (t->id == 0)
        w3_sync_wait(&t->gate);
    w3_sync_unlock();
    if (thread_id)
        *thread_id = t->id;
    return h;
}

DWORD WINAPI ResumeThread(HANDLE h)
{
    struct thread *t = (struct thread *)w3_waitable_lookup(h, &thread_ops);
    DWORD previous;

    if (!t)
        return (DWORD)-1;
    w3_sync_lock();
    previous = t->suspend_count;
    if (previous > 0 && --t->suspend_count == 0)
        pthread_cond_broadcast(&t->gate);
    w3_sync_unlock();
    w3_waitable_release(&t->base);
    return previous;
}

void WINAPI ExitThread(DWORD exit_code)
{
    if (current)
        current->exit_code = exit_code;
    pthread_exit(NULL);
}

BOOL WINAPI GetExitCodeThread(HANDLE h, LPDWORD exit_code)
{
    struct thread *t;

    if (h == PSEUDO_CURRENT_THREAD) {
        *exit_code = STILL_ACTIVE;
        return TRUE;
    }
    t = (struct thread *)w3_waitable_lookup(h, &thread_ops);
    if (!t)
        return FALSE;
    w3_sync_lock();
    *exit_code = t->finished ? t->exit_code : STILL_ACTIVE;
    w3_sync_unlock();
    w3_waitable_release(&t->base);
    return TRUE;
}

DWORD WINAPI GetThreadId(HANDLE h)
{
    struct thread *t;
    DWORD id;

    if (h == PSEUDO_CURRENT_THREAD)
        return w3_thread_id();
    t = (struct thread *)w3_waitable_lookup(h, &thread_ops);
    if (!t)
        return 0;
    id = t->id;
    w3_waitable_release(&t->base);
    return id;
}

HANDLE WINAPI GetCurrentThread(void)
{
    return PSEUDO_CURRENT_THREAD;
}

HANDLE WINAPI GetCurrentProcess(void)
{
    return PSEUDO_CURRENT_PROCESS;
}

BOOL WINAPI SwitchToThread(void)
{
    sched_yield();
    return TRUE;
}

static int valid_priority(int priority)
{
    return (priority >= THREAD_PRIORITY_LOWEST && priority <= THREAD_PRIORITY_HIGHEST) ||
           priority == THREAD_PRIORITY_IDLE || priority == THREAD_PRIORITY_TIME_CRITICAL;
}

/* The priority slot of thread h, or NULL with ERROR_INVALID_HANDLE; *ref is the thread
 * object to release afterwards (NULL for the calling thread). */
static int *priority_slot(HANDLE h, struct thread **ref)
{
    *ref = NULL;
    if (h == PSEUDO_CURRENT_THREAD)
        return current ? &current->priority : &own_priority;
    *ref = (struct thread *)w3_waitable_lookup(h, &thread_ops);
    return *ref ? &(*ref)->priority : NULL;
}

BOOL WINAPI SetThreadPriority(HANDLE hThread, int nPriority)
{
    struct thread *ref;
    int *slot;

    if (!valid_priority(nPriority)) {
        SetLastError(ERROR_INVALID_PARAMETER);
        return FALSE;
    }
    slot = priority_slot(hThread, &ref);
    if (!slot)
        return FALSE;
    __atomic_store_n(slot, nPriority, __ATOMIC_RELAXED);
    if (ref)
        w3_waitable_release(&ref->base);
    return TRUE;
}

int WINAPI GetThreadPriority(HANDLE hThread)
{
    struct thread *ref;
    int *slot = priority_slot(hThread, &ref);
    int priority;

    if (!slot)
        return THREAD_PRIORITY_ERROR_RETURN;
    priority = __atomic_load_n(slot, __ATOMIC_RELAXED);
    if (ref)
        w3_waitable_release(&ref->base);
    return priority;
}

DWORD WINAPI GetCurrentProcessorNumber(void)
{
    int cpu = sched_getcpu();
    return cpu < 0 ? 0 : (DWORD)cpu;
}
