/* The thread pool: QueueUserWorkItem, work objects, simple callbacks, what a callback
 * instance can do, thread-pool timers and timer-queue timers. */
#include <windows.h>

#include "w3test.h"

#define WAIT_MS 10000

static HANDLE new_event(void)
{
    HANDLE e = CreateEventA(NULL, TRUE, FALSE, NULL);
    W3_REQUIRE(e != NULL);
    return e;
}

struct ran {
    HANDLE done;
    DWORD thread;
    LONG volatile count;
};

static DWORD WINAPI legacy_item(LPVOID arg)
{
    struct ran *r = arg;
    r->thread = GetCurrentThreadId();
    InterlockedIncrement(&r->count);
    SetEvent(r->done);
    return 0;
}

W3_TEST(queue_user_work_item_runs_on_a_pool_thread)
{
    struct ran r = {new_event(), 0, 0};
    W3_REQUIRE(QueueUserWorkItem(legacy_item, &r, WT_EXECUTEDEFAULT));
    W3_CHECK_EQ(WaitForSingleObject(r.done, WAIT_MS), WAIT_OBJECT_0);
    W3_CHECK(r.thread != 0 && r.thread != GetCurrentThreadId());
    ResetEvent(r.done);
    W3_REQUIRE(QueueUserWorkItem(legacy_item, &r, WT_EXECUTELONGFUNCTION));
    W3_CHECK_EQ(WaitForSingleObject(r.done, WAIT_MS), WAIT_OBJECT_0);
    W3_CHECK_EQ_I(r.count, 2);
    CloseHandle(r.done);
}

static VOID NTAPI count_work(PTP_CALLBACK_INSTANCE instance, PVOID context, PTP_WORK work)
{
    struct ran *r = context;
    (void)instance;
    (void)work;
    Sleep(1);
    InterlockedIncrement(&r->count);
}

W3_TEST(work_runs_once_per_submission)
{
    struct ran r = {NULL, 0, 0};
    PTP_WORK work = CreateThreadpoolWork(count_work, &r, NULL);
    W3_REQUIRE(work != NULL);
    for (int i = 0; i < 20; i++)
        SubmitThreadpoolWork(work);
    WaitForThreadpoolWorkCallbacks(work, FALSE);
    W3_CHECK_EQ_I(r.count, 20);
    SubmitThreadpoolWork(work);
    WaitForThreadpoolWorkCallbacks(work, FALSE);
    W3_CHECK_EQ_I(r.count, 21);
    CloseThreadpoolWork(work);
}

W3_TEST(wait_with_cancel_leaves_nothing_running)
{
    struct ran r = {NULL, 0, 0};
    PTP_WORK work = CreateThreadpoolWork(count_work, &r, NULL);
    W3_REQUIRE(work != NULL);
    for (int i = 0; i < 200; i++)
        SubmitThreadpoolWork(work);
    WaitForThreadpoolWorkCallbacks(work, TRUE);
    LONG seen = r.count;
    W3_CHECK(seen >= 0 && seen <= 200);
    Sleep(50);
    W3_CHECK_EQ_I(r.count, seen); /* nothing ran after the wait returned */
    CloseThreadpoolWork(work);
}

struct pair {
    HANDLE second_ran;
    LONG volatile first_saw_second;
    HANDLE first_done;
};

static VOID NTAPI first_callback(PTP_CALLBACK_INSTANCE instance, PVOID context)
{
    struct pair *p = context;
    if (WaitForSingleObject(p->second_ran, WAIT_MS) == WAIT_OBJECT_0)
        p->first_saw_second = 1;
    SetEventWhenCallbackReturns(instance, p->first_done);
}

static VOID NTAPI second_callback(PTP_CALLBACK_INSTANCE instance, PVOID context)
{
    struct pair *p = context;
    (void)instance;
    SetEvent(p->second_ran);
}

W3_TEST(blocked_callback_does_not_block_the_next)
{
    struct pair p = {new_event(), 0, new_event()};
    W3_REQUIRE(TrySubmitThreadpoolCallback(first_callback, &p, NULL));
    W3_REQUIRE(TrySubmitThreadpoolCallback(second_callback, &p, NULL));
    W3_CHECK_EQ(WaitForSingleObject(p.first_done, WAIT_MS * 2), WAIT_OBJECT_0);
    W3_CHECK_EQ_I(p.first_saw_second, 1);
    CloseHandle(p.second_ran);
    CloseHandle(p.first_done);
}

struct instance_actions {
    LONG volatile flag;
    HANDLE event;
    HANDLE semaphore;
    CRITICAL_SECTION cs;
};

static VOID NTAPI act_on_return(PTP_CALLBACK_INSTANCE instance, PVOID context)
{
    struct instance_actions *a = context;
    EnterCriticalSection(&a->cs);
    LeaveCriticalSectionWhenCallbackReturns(instance, &a->cs);
    ReleaseSemaphoreWhenCallbackReturns(instance, a->semaphore, 2);
    SetEventWhenCallbackReturns(instance, a->event);
    CallbackMayRunLong(instance);
    Sleep(20);
    a->flag = 1; /* the event must not be set before this */
}

W3_TEST(instance_actions_happen_when_the_callback_returns)
{
    struct instance_actions a;
    a.flag = 0;
    a.event = new_event();
    a.semaphore = CreateSemaphoreA(NULL, 0, 10, NULL);
    W3_REQUIRE(a.semaphore != NULL);
    InitializeCriticalSection(&a.cs);
    W3_REQUIRE(TrySubmitThreadpoolCallback(act_on_return, &a, NULL));
    W3_CHECK_EQ(WaitForSingleObject(a.event, WAIT_MS), WAIT_OBJECT_0);
    W3_CHECK_EQ_I(a.flag, 1);
    W3_CHECK_EQ(WaitForSingleObject(a.semaphore, 0), WAIT_OBJECT_0);
    W3_CHECK_EQ(WaitForSingleObject(a.semaphore, 0), WAIT_OBJECT_0);
    W3_CHECK_EQ(WaitForSingleObject(a.semaphore, 0), WAIT_TIMEOUT);
    W3_CHECK(TryEnterCriticalSection(&a.cs)); /* left by the pool */
    LeaveCriticalSection(&a.cs);
    DeleteCriticalSection(&a.cs);
    CloseHandle(a.semaphore);
    CloseHandle(a.event);
}

struct detached {
    HANDLE gate;
    HANDLE started;
};

static VOID NTAPI disassociating_work(PTP_CALLBACK_INSTANCE instance, PVOID context, PTP_WORK work)
{
    struct detached *d = context;
    (void)work;
    DisassociateCurrentThreadFromCallback(instance);
    SetEvent(d->started);
    WaitForSingleObject(d->gate, WAIT_MS);
}

static DWORD WINAPI wait_for_work(LPVOID arg)
{
    WaitForThreadpoolWorkCallbacks((PTP_WORK)arg, FALSE);
    return 0;
}

W3_TEST(disassociated_callback_no_longer_counts_as_running)
{
    struct detached d = {new_event(), new_event()};
    PTP_WORK work = CreateThreadpoolWork(disassociating_work, &d, NULL);
    W3_REQUIRE(work != NULL);
    SubmitThreadpoolWork(work);
    W3_REQUIRE(WaitForSingleObject(d.started, WAIT_MS) == WAIT_OBJECT_0);
    HANDLE waiter = CreateThread(NULL, 0, wait_for_work, work, 0, NULL);
    W3_REQUIRE(waiter != NULL);
    W3_CHECK_EQ(WaitForSingleObject(waiter, WAIT_MS), WAIT_OBJECT_0);
    SetEvent(d.gate);
    CloseHandle(waiter);
    CloseThreadpoolWork(work);
    Sleep(20); /* let the callback leave before its events go */
    CloseHandle(d.gate);
    CloseHandle(d.started);
}

struct ticks {
    HANDLE event;
    LONG volatile count;
    LONG target;
};

static VOID NTAPI timer_tick(PTP_CALLBACK_INSTANCE instance, PVOID context, PTP_TIMER timer)
{
    struct ticks *t = context;
    (void)instance;
    (void)timer;
    if (InterlockedIncrement(&t->count) == t->target)
        SetEvent(t->event);
}

static void relative_ms(FILETIME *ft, LONGLONG ms)
{
    ULARGE_INTEGER due;
    due.QuadPart = (ULONGLONG)(-ms * 10000);
    ft->dwLowDateTime = due.LowPart;
    ft->dwHighDateTime = due.HighPart;
}

W3_TEST(threadpool_timer_fires_once_after_its_due_time)
{
    struct ticks t = {new_event(), 0, 1};
    FILETIME due;
    PTP_TIMER timer = CreateThreadpoolTimer(timer_tick, &t, NULL);
    W3_REQUIRE(timer != NULL);
    W3_CHECK(!IsThreadpoolTimerSet(timer));
    relative_ms(&due, 60);
    ULONGLONG start = GetTickCount64();
    SetThreadpoolTimer(timer, &due, 0, 0);
    W3_CHECK(IsThreadpoolTimerSet(timer));
    W3_CHECK_EQ(WaitForSingleObject(t.event, WAIT_MS), WAIT_OBJECT_0);
    W3_CHECK(GetTickCount64() - start >= 40);
    Sleep(100);
    W3_CHECK_EQ_I(t.count, 1);
    SetThreadpoolTimer(timer, NULL, 0, 0);
    W3_CHECK(!IsThreadpoolTimerSet(timer));
    WaitForThreadpoolTimerCallbacks(timer, TRUE);
    CloseThreadpoolTimer(timer);
    CloseHandle(t.event);
}

W3_TEST(threadpool_timer_repeats_until_cancelled)
{
    struct ticks t = {new_event(), 0, 3};
    FILETIME due;
    PTP_TIMER timer = CreateThreadpoolTimer(timer_tick, &t, NULL);
    W3_REQUIRE(timer != NULL);
    relative_ms(&due, 5);
    SetThreadpoolTimer(timer, &due, 10, 0);
    W3_CHECK_EQ(WaitForSingleObject(t.event, WAIT_MS), WAIT_OBJECT_0);
    SetThreadpoolTimer(timer, NULL, 0, 0);
    WaitForThreadpoolTimerCallbacks(timer, TRUE);
    LONG seen = t.count;
    W3_CHECK(seen >= 3);
    Sleep(60);
    W3_CHECK_EQ_I(t.count, seen);
    CloseThreadpoolTimer(timer);
    CloseHandle(t.event);
}

struct queue_ticks {
    HANDLE event;
    LONG volatile count;
    LONG target;
    BOOLEAN fired;
};

static VOID CALLBACK queue_tick(PVOID parameter, BOOLEAN timer_or_wait_fired)
{
    struct queue_ticks *q = parameter;
    q->fired = timer_or_wait_fired;
    if (InterlockedIncrement(&q->count) == q->target)
        SetEvent(q->event);
}

W3_TEST(timer_queue_timer_once_and_periodic)
{
    struct queue_ticks once = {new_event(), 0, 1, FALSE};
    struct queue_ticks periodic = {new_event(), 0, 3, FALSE};
    HANDLE t1 = NULL, t2 = NULL;
    W3_REQUIRE(CreateTimerQueueTimer(&t1, NULL, queue_tick, &once, 10, 0, WT_EXECUTEONLYONCE));
    W3_REQUIRE(CreateTimerQueueTimer(&t2, NULL, queue_tick, &periodic, 5, 10, WT_EXECUTEDEFAULT));
    W3_CHECK_EQ(WaitForSingleObject(once.event, WAIT_MS), WAIT_OBJECT_0);
    W3_CHECK_EQ(WaitForSingleObject(periodic.event, WAIT_MS), WAIT_OBJECT_0);
    W3_CHECK(once.fired);
    W3_CHECK(DeleteTimerQueueTimer(NULL, t2, INVALID_HANDLE_VALUE));
    LONG seen = periodic.count;
    Sleep(60);
    W3_CHECK_EQ_I(periodic.count, seen);
    W3_CHECK_EQ_I(once.count, 1);
    W3_CHECK(DeleteTimerQueueTimer(NULL, t1, INVALID_HANDLE_VALUE));
    CloseHandle(once.event);
    CloseHandle(periodic.event);
}

W3_TEST(timer_queue_of_its_own_and_completion_event)
{
    struct queue_ticks q = {new_event(), 0, 2, FALSE};
    HANDLE queue = CreateTimerQueue();
    HANDLE timer = NULL, done = new_event();
    W3_REQUIRE(queue != NULL);
    W3_REQUIRE(CreateTimerQueueTimer(&timer, queue, queue_tick, &q, 1, 5, WT_EXECUTEDEFAULT));
    W3_CHECK_EQ(WaitForSingleObject(q.event, WAIT_MS), WAIT_OBJECT_0);
    W3_CHECK(ChangeTimerQueueTimer(queue, timer, 100000, 0)); /* far away now */
    /* With a completion event the call may also return FALSE with ERROR_IO_PENDING (a
     * callback still out): the event is signalled once it is done, either way. */
    SetLastError(0);
    BOOL deleted = DeleteTimerQueueTimer(queue, timer, done);
    W3_CHECK(deleted || GetLastError() == ERROR_IO_PENDING);
    W3_CHECK_EQ(WaitForSingleObject(done, WAIT_MS), WAIT_OBJECT_0);
    W3_CHECK(DeleteTimerQueueEx(queue, INVALID_HANDLE_VALUE));
    CloseHandle(done);
    CloseHandle(q.event);
}

W3_TEST(timer_queue_errors)
{
    SetLastError(0);
    W3_CHECK(!DeleteTimerQueueTimer(NULL, NULL, NULL));
    W3_CHECK_EQ(GetLastError(), ERROR_INVALID_PARAMETER);
    SetLastError(0);
    W3_CHECK(!DeleteTimerQueueEx(NULL, NULL));
    W3_CHECK_EQ(GetLastError(), ERROR_INVALID_HANDLE);
}

struct registered {
    HANDLE event;
    HANDLE done;
    LONG volatile signalled;
    LONG volatile timed_out;
};

static VOID CALLBACK on_wait(PVOID context, BOOLEAN timer_or_wait_fired)
{
    struct registered *r = context;
    if (timer_or_wait_fired)
        InterlockedIncrement(&r->timed_out);
    else
        InterlockedIncrement(&r->signalled);
    SetEvent(r->done);
}

W3_TEST(registered_wait_runs_on_signal_and_on_timeout)
{
    struct registered r = {CreateEventA(NULL, FALSE, FALSE, NULL), new_event(), 0, 0};
    HANDLE wait = NULL;
    W3_REQUIRE(r.event != NULL);
    W3_REQUIRE(
        RegisterWaitForSingleObject(&wait, r.event, on_wait, &r, INFINITE, WT_EXECUTEDEFAULT));
    SetEvent(r.event);
    W3_CHECK_EQ(WaitForSingleObject(r.done, WAIT_MS), WAIT_OBJECT_0);
    W3_CHECK_EQ_I(r.signalled, 1);
    W3_CHECK(UnregisterWaitEx(wait, INVALID_HANDLE_VALUE));
    SetEvent(r.event);
    Sleep(30);
    W3_CHECK_EQ_I(r.signalled, 1); /* unregistered: no more callbacks */

    ResetEvent(r.done);
    ResetEvent(r.event);
    W3_REQUIRE(RegisterWaitForSingleObject(&wait, r.event, on_wait, &r, 20, WT_EXECUTEONLYONCE));
    W3_CHECK_EQ(WaitForSingleObject(r.done, WAIT_MS), WAIT_OBJECT_0);
    Sleep(60);
    W3_CHECK_EQ_I(r.timed_out, 1); /* once only */
    HANDLE finished = new_event();
    W3_CHECK(UnregisterWaitEx(wait, finished));
    W3_CHECK_EQ(WaitForSingleObject(finished, WAIT_MS), WAIT_OBJECT_0);
    CloseHandle(finished);
    CloseHandle(r.event);
    CloseHandle(r.done);
}
