/* Worker threads and the task queue. Workers are started when a task is queued and
 * fewer idle workers wait than tasks are queued, up to MAX_WORKERS; a worker idle for
 * IDLE_SECONDS ends. */
#include "pool.h"

#include <errno.h>
#include <pthread.h>
#include <time.h>

#define MAX_WORKERS 512
#define IDLE_SECONDS 20

static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t work_ready = PTHREAD_COND_INITIALIZER;
static pthread_cond_t changed = PTHREAD_COND_INITIALIZER;
static struct tp_task *head, *tail;
static unsigned queued, idle, workers;

void tp_lock(void)
{
    pthread_mutex_lock(&lock);
}

void tp_unlock(void)
{
    pthread_mutex_unlock(&lock);
}

void tp_timed_wait(pthread_cond_t *cond, const struct timespec *deadline)
{
    if (deadline)
        pthread_cond_timedwait(cond, &lock, deadline);
    else
        pthread_cond_wait(cond, &lock);
}

static struct tp_task *pop(void)
{
    struct tp_task *t = head;
    head = t->next;
    if (!head)
        tail = NULL;
    t->next = NULL;
    t->queued = 0;
    queued--;
    return t;
}

static void remove_task(struct tp_task *task)
{
    struct tp_task **link = &head, *previous = NULL;
    while (*link && *link != task) {
        previous = *link;
        link = &(*link)->next;
    }
    if (!*link)
        return;
    *link = task->next;
    if (tail == task)
        tail = previous;
    task->next = NULL;
    task->queued = 0;
    queued--;
}

/* What the instance asked for, done after the callback returned, as Windows orders it. */
static void finish_instance(PTP_CALLBACK_INSTANCE inst)
{
    if (inst->leave_cs)
        LeaveCriticalSection(inst->leave_cs);
    if (inst->release_mutex)
        ReleaseMutex(inst->release_mutex);
    if (inst->release_semaphore)
        ReleaseSemaphore(inst->release_semaphore, (LONG)inst->semaphore_count, NULL);
    if (inst->set_event)
        SetEvent(inst->set_event);
}

/* Called with the lock held when one callback of obj no longer counts as running. */
static void callback_done(struct tp_object *obj)
{
    obj->running--;
    pthread_cond_broadcast(&changed);
    if (obj->closed && obj->pending == 0 && obj->running == 0)
        obj->destroy(obj);
}

static BOOL enqueue(struct tp_task *task);

/* Runs a task just taken from the queue; called and returns with the lock held. */
static void run_one(struct tp_task *task)
{
    struct _TP_CALLBACK_INSTANCE inst = {0};
    struct tp_object *obj = task->object;

    if (obj) {
        obj->pending--;
        obj->running++;
        if (obj->pending > 0)
            enqueue(task); /* the next submission may start on another worker */
        inst.object = obj;
    }
    tp_unlock();
    task->run(task, &inst);
    finish_instance(&inst);
    tp_lock();
    if (obj && !inst.disassociated)
        callback_done(obj);
}

static void *worker(void *arg)
{
    (void)arg;
    tp_lock();
    for (;;) {
        while (!head) {
            struct timespec deadline;
            int rc;
            clock_gettime(CLOCK_REALTIME, &deadline);
            deadline.tv_sec += IDLE_SECONDS;
            idle++;
            rc = pthread_cond_timedwait(&work_ready, &lock, &deadline);
            idle--;
            if (rc == ETIMEDOUT && !head) {
                workers--;
                tp_unlock();
                return NULL;
            }
        }
        run_one(pop());
    }
}

static BOOL start_worker(void)
{
    pthread_attr_t attr;
    pthread_t thread;
    int rc;

    pthread_attr_init(&attr);
    pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
    rc = pthread_create(&thread, &attr, worker, NULL);
    pthread_attr_destroy(&attr);
    if (rc != 0)
        return FALSE;
    workers++;
    return TRUE;
}

static BOOL enqueue(struct tp_task *task)
{
    task->next = NULL;
    task->queued = 1;
    if (tail)
        tail->next = task;
    else
        head = task;
    tail = task;
    queued++;
    if (queued > idle && workers < MAX_WORKERS && !start_worker() && workers == 0) {
        remove_task(task);
        SetLastError(ERROR_NOT_ENOUGH_MEMORY);
        return FALSE;
    }
    pthread_cond_signal(&work_ready);
    return TRUE;
}

BOOL tp_queue_task(struct tp_task *task)
{
    return enqueue(task);
}

void tp_submit(struct tp_object *obj)
{
    obj->pending++;
    if (!obj->task.queued)
        enqueue(&obj->task);
}

void tp_cancel_pending(struct tp_object *obj)
{
    if (obj->task.queued)
        remove_task(&obj->task);
    if (obj->pending) {
        obj->pending = 0;
        pthread_cond_broadcast(&changed);
    }
}

void tp_wait_idle(struct tp_object *obj)
{
    while (obj->pending > 0 || obj->running > 0)
        pthread_cond_wait(&changed, &lock);
}

void tp_close(struct tp_object *obj)
{
    obj->closed = 1;
    if (obj->pending == 0 && obj->running == 0)
        obj->destroy(obj);
}

/* Called with the lock held by a callback's own thread (through its instance). */
void tp_disassociate(PTP_CALLBACK_INSTANCE inst)
{
    if (inst->object && !inst->disassociated) {
        inst->disassociated = 1;
        callback_done(inst->object);
    }
}

BOOL tp_may_run_long(void)
{
    if (queued <= idle)
        return TRUE;
    return workers < MAX_WORKERS && start_worker();
}
