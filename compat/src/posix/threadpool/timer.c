/* Thread-pool timers. One timer thread keeps the armed timers and submits each one's
 * callback to the pool when it falls due; times are kept on CLOCK_MONOTONIC. */
#include "timer.h"

#include <stdlib.h>

struct _TP_TIMER {
    struct tp_object base;
    PTP_TIMER_CALLBACK callback;
    PVOID context;
    void (*on_destroy)(PVOID context);
    int is_set;
    int armed;
    ULONGLONG due_ns;
    ULONGLONG period_ns;
    struct _TP_TIMER *next_armed;
};

static struct _TP_TIMER *armed_list;
static pthread_cond_t timers_changed;
static int timer_thread_started;

static ULONGLONG now_ns(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (ULONGLONG)ts.tv_sec * 1000000000ull + (ULONGLONG)ts.tv_nsec;
}

/* Submits the timers that are due and returns the earliest due time of the rest (0 when
 * none is armed). Called with the lock held. */
static ULONGLONG fire_due_timers(void)
{
    ULONGLONG now = now_ns(), earliest = 0;
    struct _TP_TIMER **link = &armed_list;

    while (*link) {
        struct _TP_TIMER *t = *link;
        if (t->due_ns <= now) {
            tp_submit(&t->base);
            if (t->period_ns) {
                t->due_ns += t->period_ns;
                if (t->due_ns <= now)
                    t->due_ns = now + t->period_ns; /* skip missed periods */
            } else {
                *link = t->next_armed;
                t->armed = 0;
                continue;
            }
        }
        if (!earliest || t->due_ns < earliest)
            earliest = t->due_ns;
        link = &t->next_armed;
    }
    return earliest;
}

static void *timer_thread(void *arg)
{
    (void)arg;
    tp_lock();
    for (;;) {
        ULONGLONG next = fire_due_timers();
        if (next) {
            struct timespec deadline = {(time_t)(next / 1000000000ull),
                                        (long)(next % 1000000000ull)};
            tp_timed_wait(&timers_changed, &deadline);
        } else {
            tp_timed_wait(&timers_changed, NULL);
        }
    }
    return NULL;
}

/* Called with the lock held. */
static BOOL start_timer_thread(void)
{
    pthread_condattr_t attr;
    pthread_attr_t tattr;
    pthread_t thread;
    int rc;

    if (timer_thread_started)
        return TRUE;
    pthread_condattr_init(&attr);
    pthread_condattr_setclock(&attr, CLOCK_MONOTONIC);
    pthread_cond_init(&timers_changed, &attr);
    pthread_condattr_destroy(&attr);
    pthread_attr_init(&tattr);
    pthread_attr_setdetachstate(&tattr, PTHREAD_CREATE_DETACHED);
    rc = pthread_create(&thread, &tattr, timer_thread, NULL);
    pthread_attr_destroy(&tattr);
    if (rc != 0) {
        pthread_cond_destroy(&timers_changed);
        return FALSE;
    }
    timer_thread_started = 1;
    return TRUE;
}

static void unlink_armed(struct _TP_TIMER *t)
{
    struct _TP_TIMER **link = &armed_list;
    if (!t->armed)
        return;
    while (*link && *link != t)
        link = &(*link)->next_armed;
    if (*link)
        *link = t->next_armed;
    t->armed = 0;
}

static void run_timer(struct tp_task *task, PTP_CALLBACK_INSTANCE instance)
{
    PTP_TIMER t = (PTP_TIMER)task->object;
    t->callback(instance, t->context, t);
}

static void destroy_timer(struct tp_object *obj)
{
    PTP_TIMER t = (PTP_TIMER)obj;
    if (t->on_destroy)
        t->on_destroy(t->context);
    free(t);
}

PTP_TIMER tp_timer_create(PTP_TIMER_CALLBACK callback, PVOID context,
                          void (*on_destroy)(PVOID context))
{
    PTP_TIMER t;
    BOOL started;

    if (!callback) {
        SetLastError(ERROR_INVALID_PARAMETER);
        return NULL;
    }
    tp_lock();
    started = start_timer_thread();
    tp_unlock();
    t = started ? calloc(1, sizeof *t) : NULL;
    if (!t) {
        SetLastError(ERROR_NOT_ENOUGH_MEMORY);
        return NULL;
    }
    t->base.task.run = run_timer;
    t->base.task.object = &t->base;
    t->base.destroy = destroy_timer;
    t->callback = callback;
    t->context = context;
    t->on_destroy = on_destroy;
    return t;
}

static void arm_at(PTP_TIMER t, ULONGLONG due_ns, ULONGLONG period_ns)
{
    unlink_armed(t);
    t->due_ns = due_ns;
    t->period_ns = period_ns;
    t->armed = 1;
    t->is_set = 1;
    t->next_armed = armed_list;
    armed_list = t;
    pthread_cond_signal(&timers_changed);
}

void tp_timer_arm(PTP_TIMER timer, DWORD due_ms, DWORD period_ms)
{
    arm_at(timer, now_ns() + (ULONGLONG)due_ms * 1000000ull, (ULONGLONG)period_ms * 1000000ull);
}

void tp_timer_disarm(PTP_TIMER timer)
{
    unlink_armed(timer);
    timer->is_set = 0;
}

struct tp_object *tp_timer_object(PTP_TIMER timer)
{
    return &timer->base;
}

PTP_TIMER WINAPI CreateThreadpoolTimer(PTP_TIMER_CALLBACK pfnti, PVOID pv,
                                       PTP_CALLBACK_ENVIRON pcbe)
{
    (void)pcbe;
    return tp_timer_create(pfnti, pv, NULL);
}

void WINAPI SetThreadpoolTimer(PTP_TIMER pti, PFILETIME pftDueTime, DWORD msPeriod,
                               DWORD msWindowLength)
{
    (void)msWindowLength;
    tp_lock();
    if (!pftDueTime) {
        tp_timer_disarm(pti);
    } else {
        LONGLONG due =
            (LONGLONG)(((ULONGLONG)pftDueTime->dwHighDateTime << 32) | pftDueTime->dwLowDateTime);
        ULONGLONG delay_100ns;
        if (due < 0) {
            delay_100ns = (ULONGLONG)-due;
        } else {
            FILETIME now;
            LONGLONG now_ft;
            GetSystemTimeAsFileTime(&now);
            now_ft = (LONGLONG)(((ULONGLONG)now.dwHighDateTime << 32) | now.dwLowDateTime);
            delay_100ns = due > now_ft ? (ULONGLONG)(due - now_ft) : 0;
        }
        arm_at(pti, now_ns() + delay_100ns * 100ull, (ULONGLONG)msPeriod * 1000000ull);
    }
    tp_unlock();
}

BOOL WINAPI IsThreadpoolTimerSet(PTP_TIMER pti)
{
    BOOL set;
    tp_lock();
    set = pti->is_set;
    tp_unlock();
    return set;
}

void WINAPI WaitForThreadpoolTimerCallbacks(PTP_TIMER pti, BOOL fCancelPendingCallbacks)
{
    tp_lock();
    if (fCancelPendingCallbacks)
        tp_cancel_pending(&pti->base);
    tp_wait_idle(&pti->base);
    tp_unlock();
}

void WINAPI CloseThreadpoolTimer(PTP_TIMER pti)
{
    tp_lock();
    tp_timer_disarm(pti);
    tp_close(&pti->base);
    tp_unlock();
}
