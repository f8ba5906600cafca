/* Timer queues and their timers (CreateTimerQueueTimer family), on thread-pool timers.
 * A queue is a list of its timers; NULL names the process's default queue. */
#include <stdlib.h>

#include "timer.h"

struct queue_timer;

struct timer_queue {
    struct queue_timer *timers;
};

struct queue_timer {
    PTP_TIMER timer;
    WAITORTIMERCALLBACK callback;
    PVOID parameter;
    struct timer_queue *queue;
    struct queue_timer *next;
    HANDLE completion_event; /* set when the timer is freed, or NULL */
};

static struct timer_queue default_queue;

static struct timer_queue *queue_of(HANDLE h)
{
    return h ? (struct timer_queue *)h : &default_queue;
}

static void NTAPI run_queue_timer(PTP_CALLBACK_INSTANCE instance, PVOID context, PTP_TIMER timer)
{
    struct queue_timer *qt = context;
    (void)instance;
    (void)timer;
    qt->callback(qt->parameter, TRUE);
}

/* The thread-pool timer is being freed (lock held): its callbacks are all done. */
static void queue_timer_gone(PVOID context)
{
    struct queue_timer *qt = context;
    if (qt->completion_event && qt->completion_event != INVALID_HANDLE_VALUE)
        SetEvent(qt->completion_event);
    free(qt);
}

HANDLE WINAPI CreateTimerQueue(void)
{
    struct timer_queue *q = calloc(1, sizeof *q);
    if (!q)
        SetLastError(ERROR_NOT_ENOUGH_MEMORY);
    return q;
}

BOOL WINAPI CreateTimerQueueTimer(PHANDLE phNewTimer, HANDLE TimerQueue,
                                  WAITORTIMERCALLBACK Callback, PVOID Parameter, DWORD DueTime,
                                  DWORD Period, ULONG Flags)
{
    struct queue_timer *qt;

    if (!phNewTimer || !Callback) {
        SetLastError(ERROR_INVALID_PARAMETER);
        return FALSE;
    }
    qt = calloc(1, sizeof *qt);
    if (!qt) {
        SetLastError(ERROR_NOT_ENOUGH_MEMORY);
        return FALSE;
    }
    qt->callback = Callback;
    qt->parameter = Parameter;
    qt->queue = queue_of(TimerQueue);
    qt->timer = tp_timer_create(run_queue_timer, qt, queue_timer_gone);
    if (!qt->timer) {
        free(qt);
        return FALSE;
    }
    tp_lock();
    qt->next = qt->queue->timers;
    qt->queue->timers = qt;
    tp_timer_arm(qt->timer, DueTime, (Flags & WT_EXECUTEONLYONCE) ? 0 : Period);
    tp_unlock();
    *phNewTimer = qt;
    return TRUE;
}

BOOL WINAPI ChangeTimerQueueTimer(HANDLE TimerQueue, HANDLE Timer, ULONG DueTime, ULONG Period)
{
    struct queue_timer *qt = Timer;
    (void)TimerQueue;
    if (!qt) {
        SetLastError(ERROR_INVALID_PARAMETER);
        return FALSE;
    }
    tp_lock();
    tp_timer_arm(qt->timer, DueTime, Period);
    tp_unlock();
    return TRUE;
}

/* Deletes qt, with the lock held; FALSE with ERROR_IO_PENDING when its callback is still
 * running and the caller asked neither to wait nor to be told. */
static BOOL delete_locked(struct queue_timer *qt, HANDLE completion)
{
    struct tp_object *obj = tp_timer_object(qt->timer);
    struct queue_timer **link = &qt->queue->timers;
    BOOL running;

    while (*link && *link != qt)
        link = &(*link)->next;
    if (*link)
        *link = qt->next;
    tp_timer_disarm(qt->timer);
    tp_cancel_pending(obj);
    if (completion == INVALID_HANDLE_VALUE)
        tp_wait_idle(obj);
    running = obj->running > 0;
    qt->completion_event = completion;
    tp_close(obj); /* frees qt now or after the running callback */
    if (running && !completion) {
        SetLastError(ERROR_IO_PENDING);
        return FALSE;
    }
    return TRUE;
}

BOOL WINAPI DeleteTimerQueueTimer(HANDLE TimerQueue, HANDLE Timer, HANDLE CompletionEvent)
{
    BOOL ok;
    (void)TimerQueue;
    if (!Timer) {
        SetLastError(ERROR_INVALID_PARAMETER);
        return FALSE;
    }
    tp_lock();
    ok = delete_locked(Timer, CompletionEvent);
    tp_unlock();
    return ok;
}

BOOL WINAPI DeleteTimerQueueEx(HANDLE TimerQueue, HANDLE CompletionEvent)
{
    struct timer_queue *q = TimerQueue;
    HANDLE each = CompletionEvent ? INVALID_HANDLE_VALUE : NULL;

    if (!q) {
        SetLastError(ERROR_INVALID_HANDLE);
        return FALSE;
    }
    tp_lock();
    while (q->timers)
        delete_locked(q->timers, each);
    tp_unlock();
    free(q);
    if (CompletionEvent && CompletionEvent != INVALID_HANDLE_VALUE)
        SetEvent(CompletionEvent);
    return TRUE;
}

BOOL WINAPI DeleteTimerQueue(HANDLE TimerQueue)
{
    return DeleteTimerQueueEx(TimerQueue, NULL);
}
