/* Critical sections, SRW locks, condition variables, InitOnce, events, semaphores,
 * mutexes and the wait functions. */
#include <windows.h>

#include "w3test.h"

/* Runs fn(arg) on a new thread and returns its handle. */
static HANDLE start(LPTHREAD_START_ROUTINE fn, void *arg)
{
    HANDLE h = CreateThread(NULL, 0, fn, arg, 0, NULL);
    W3_REQUIRE(h != NULL);
    return h;
}

static void join(HANDLE h)
{
    W3_CHECK_EQ(WaitForSingleObject(h, 10000), WAIT_OBJECT_0);
    CloseHandle(h);
}

/* ---- critical sections ---- */

static DWORD WINAPI try_enter_cs(LPVOID arg)
{
    CRITICAL_SECTION *cs = arg;
    if (!TryEnterCriticalSection(cs))
        return 1;
    LeaveCriticalSection(cs);
    return 2;
}

W3_TEST(critical_section_is_recursive_and_excludes_other_threads)
{
    CRITICAL_SECTION cs;
    DWORD code = 0;
    HANDLE h;

    InitializeCriticalSection(&cs);
    EnterCriticalSection(&cs);
    EnterCriticalSection(&cs);
    W3_CHECK(TryEnterCriticalSection(&cs));
    LeaveCriticalSection(&cs);
    h = start(try_enter_cs, &cs);
    W3_CHECK_EQ(WaitForSingleObject(h, 10000), WAIT_OBJECT_0);
    W3_CHECK(GetExitCodeThread(h, &code));
    W3_CHECK_EQ(code, 1); /* held twice */
    CloseHandle(h);

    LeaveCriticalSection(&cs);
    h = start(try_enter_cs, &cs);
    W3_CHECK(WaitForSingleObject(h, 10000) == WAIT_OBJECT_0);
    W3_CHECK(GetExitCodeThread(h, &code));
    W3_CHECK_EQ(code, 1); /* held still: entered twice, left once */
    CloseHandle(h);

    LeaveCriticalSection(&cs);
    h = start(try_enter_cs, &cs);
    W3_CHECK(WaitForSingleObject(h, 10000) == WAIT_OBJECT_0);
    W3_CHECK(GetExitCodeThread(h, &code));
    W3_CHECK_EQ(code, 2); /* free now */
    CloseHandle(h);
    DeleteCriticalSection(&cs);
}

struct counted_cs {
    CRITICAL_SECTION cs;
    long counter;
};

static DWORD WINAPI add_under_cs(LPVOID arg)
{
    struct counted_cs *c = arg;
    for (int i = 0; i < 20000; i++) {
        EnterCriticalSection(&c->cs);
        c->counter++;
        LeaveCriticalSection(&c->cs);
    }
    return 0;
}

W3_TEST(critical_section_serialises_increments)
{
    struct counted_cs c = {.counter = 0};
    HANDLE threads[4];

    W3_REQUIRE(InitializeCriticalSectionAndSpinCount(&c.cs, 4000));
    for (int i = 0; i < 4; i++)
        threads[i] = start(add_under_cs, &c);
    for (int i = 0; i < 4; i++)
        join(threads[i]);
    W3_CHECK_EQ_I(c.counter, 80000);
    DeleteCriticalSection(&c.cs);
}

W3_TEST(critical_section_ex_initialises_a_usable_lock)
{
    CRITICAL_SECTION cs;
    W3_REQUIRE(InitializeCriticalSectionEx(&cs, 100, 0));
    EnterCriticalSection(&cs);
    W3_CHECK(TryEnterCriticalSection(&cs));
    LeaveCriticalSection(&cs);
    LeaveCriticalSection(&cs);
    DeleteCriticalSection(&cs);
}

/* ---- SRW locks ---- */

static SRWLOCK static_srw = SRWLOCK_INIT;

static DWORD WINAPI try_exclusive(LPVOID arg)
{
    SRWLOCK *l = arg;
    if (!TryAcquireSRWLockExclusive(l))
        return 1;
    ReleaseSRWLockExclusive(l);
    return 2;
}

static DWORD WINAPI try_shared(LPVOID arg)
{
    SRWLOCK *l = arg;
    if (!TryAcquireSRWLockShared(l))
        return 1;
    ReleaseSRWLockShared(l);
    return 2;
}

static DWORD run_and_get_code(LPTHREAD_START_ROUTINE fn, void *arg)
{
    DWORD code = 0;
    HANDLE h = start(fn, arg);
    W3_CHECK_EQ(WaitForSingleObject(h, 10000), WAIT_OBJECT_0);
    W3_CHECK(GetExitCodeThread(h, &code));
    CloseHandle(h);
    return code;
}

W3_TEST(srw_exclusive_excludes_readers_and_writers)
{
    AcquireSRWLockExclusive(&static_srw);
    W3_CHECK_EQ(run_and_get_code(try_exclusive, &static_srw), 1);
    W3_CHECK_EQ(run_and_get_code(try_shared, &static_srw), 1);
    ReleaseSRWLockExclusive(&static_srw);
    W3_CHECK_EQ(run_and_get_code(try_exclusive, &static_srw), 2);
}

W3_TEST(srw_shared_admits_readers_but_not_writers)
{
    SRWLOCK l;
    InitializeSRWLock(&l);
    AcquireSRWLockShared(&l);
    W3_CHECK_EQ(run_and_get_code(try_shared, &l), 2);
    W3_CHECK_EQ(run_and_get_code(try_exclusive, &l), 1);
    ReleaseSRWLockShared(&l);
    W3_CHECK(TryAcquireSRWLockExclusive(&l));
    W3_CHECK(!TryAcquireSRWLockShared(&l));
    ReleaseSRWLockExclusive(&l);
}

struct readers {
    SRWLOCK lock;
    LONG inside;
    LONG most_inside;
    HANDLE all_in;
};

static DWORD WINAPI reader(LPVOID arg)
{
    struct readers *r = arg;
    AcquireSRWLockShared(&r->lock);
    LONG n = InterlockedIncrement(&r->inside);
    if (n == 3)
        SetEvent(r->all_in);
    /* Every reader holds the lock until all three are inside at once. */
    DWORD w = WaitForSingleObject(r->all_in, 5000);
    InterlockedDecrement(&r->inside);
    ReleaseSRWLockShared(&r->lock);
    return w == WAIT_OBJECT_0 ? 0 : 1;
}

W3_TEST(srw_shared_readers_hold_the_lock_concurrently)
{
    struct readers r = {SRWLOCK_INIT, 0, 0, NULL};
    HANDLE threads[3];
    DWORD code;

    r.all_in = CreateEventA(NULL, TRUE, FALSE, NULL);
    W3_REQUIRE(r.all_in != NULL);
    for (int i = 0; i < 3; i++)
        threads[i] = start(reader, &r);
    W3_CHECK_EQ(WaitForMultipleObjects(3, threads, TRUE, 10000), WAIT_OBJECT_0);
    for (int i = 0; i < 3; i++) {
        W3_CHECK(GetExitCodeThread(threads[i], &code));
        W3_CHECK_EQ(code, 0);
        CloseHandle(threads[i]);
    }
    CloseHandle(r.all_in);
}

struct srw_counter {
    SRWLOCK lock;
    long value;
};

static DWORD WINAPI srw_writer(LPVOID arg)
{
    struct srw_counter *c = arg;
    for (int i = 0; i < 20000; i++) {
        AcquireSRWLockExclusive(&c->lock);
        c->value++;
        ReleaseSRWLockExclusive(&c->lock);
        AcquireSRWLockShared(&c->lock);
        (void)c->value;
        ReleaseSRWLockShared(&c->lock);
    }
    return 0;
}

W3_TEST(srw_exclusive_serialises_writers_among_readers)
{
    struct srw_counter c = {SRWLOCK_INIT, 0};
    HANDLE threads[4];
    for (int i = 0; i < 4; i++)
        threads[i] = start(srw_writer, &c);
    for (int i = 0; i < 4; i++)
        join(threads[i]);
    W3_CHECK_EQ_I(c.value, 80000);
}

/* ---- condition variables ---- */

struct mailbox {
    CRITICAL_SECTION cs;
    SRWLOCK srw;
    CONDITION_VARIABLE changed;
    int item; /* 0 = empty */
    int taken;
};

static DWORD WINAPI consume_cs(LPVOID arg)
{
    struct mailbox *m = arg;
    EnterCriticalSection(&m->cs);
    while (m->item == 0)
        if (!SleepConditionVariableCS(&m->changed, &m->cs, 10000))
            break;
    m->taken = m->item;
    m->item = 0;
    WakeAllConditionVariable(&m->changed);
    LeaveCriticalSection(&m->cs);
    return 0;
}

W3_TEST(condition_variable_hands_off_under_a_critical_section)
{
    struct mailbox m = {.item = 0, .taken = 0};
    HANDLE h;

    InitializeCriticalSection(&m.cs);
    InitializeConditionVariable(&m.changed);
    h = start(consume_cs, &m);
    Sleep(50);
    EnterCriticalSection(&m.cs);
    m.item = 42;
    WakeConditionVariable(&m.changed);
    while (m.taken == 0)
        if (!SleepConditionVariableCS(&m.changed, &m.cs, 10000))
            break;
    W3_CHECK_EQ_I(m.taken, 42);
    W3_CHECK_EQ_I(m.item, 0);
    LeaveCriticalSection(&m.cs);
    join(h);
    DeleteCriticalSection(&m.cs);
}

struct pingpong {
    SRWLOCK lock;
    CONDITION_VARIABLE turn_changed;
    int turn; /* whose turn: 0 main, 1 worker */
    int rounds;
};

static DWORD WINAPI pong(LPVOID arg)
{
    struct pingpong *p = arg;
    AcquireSRWLockExclusive(&p->lock);
    for (int i = 0; i < 100; i++) {
        while (p->turn != 1)
            SleepConditionVariableSRW(&p->turn_changed, &p->lock, INFINITE, 0);
        p->rounds++;
        p->turn = 0;
        WakeConditionVariable(&p->turn_changed);
    }
    ReleaseSRWLockExclusive(&p->lock);
    return 0;
}

W3_TEST(condition_variable_alternates_turns_under_srw)
{
    struct pingpong p = {SRWLOCK_INIT, CONDITION_VARIABLE_INIT, 0, 0};
    HANDLE h = start(pong, &p);
    AcquireSRWLockExclusive(&p.lock);
    for (int i = 0; i < 100; i++) {
        while (p.turn != 0)
            SleepConditionVariableSRW(&p.turn_changed, &p.lock, INFINITE, 0);
        p.turn = 1;
        WakeConditionVariable(&p.turn_changed);
    }
    while (p.turn != 0)
        SleepConditionVariableSRW(&p.turn_changed, &p.lock, INFINITE, 0);
    W3_CHECK_EQ_I(p.rounds, 100);
    ReleaseSRWLockExclusive(&p.lock);
    join(h);
}

W3_TEST(condition_variable_timeout_returns_false_with_error_timeout)
{
    CONDITION_VARIABLE cv = CONDITION_VARIABLE_INIT;
    CRITICAL_SECTION cs;
    SRWLOCK srw = SRWLOCK_INIT;

    InitializeCriticalSection(&cs);
    EnterCriticalSection(&cs);
    SetLastError(0);
    W3_CHECK(!SleepConditionVariableCS(&cv, &cs, 100));
    W3_CHECK_EQ(GetLastError(), ERROR_TIMEOUT);
    /* The lock is held again on return. */
    W3_CHECK_EQ(run_and_get_code(try_enter_cs, &cs), 1);
    LeaveCriticalSection(&cs);
    DeleteCriticalSection(&cs);

    AcquireSRWLockShared(&srw);
    SetLastError(0);
    W3_CHECK(!SleepConditionVariableSRW(&cv, &srw, 50, CONDITION_VARIABLE_LOCKMODE_SHARED));
    W3_CHECK_EQ(GetLastError(), ERROR_TIMEOUT);
    W3_CHECK_EQ(run_and_get_code(try_exclusive, &srw), 1);
    W3_CHECK_EQ(run_and_get_code(try_shared, &srw), 2);
    ReleaseSRWLockShared(&srw);
}

struct shared_waiters {
    SRWLOCK lock;
    CONDITION_VARIABLE go;
    int open;
    LONG woken;
};

static DWORD WINAPI wait_shared(LPVOID arg)
{
    struct shared_waiters *s = arg;
    AcquireSRWLockShared(&s->lock);
    while (!s->open)
        if (!SleepConditionVariableSRW(&s->go, &s->lock, 10000, CONDITION_VARIABLE_LOCKMODE_SHARED))
            break;
    if (s->open)
        InterlockedIncrement(&s->woken);
    ReleaseSRWLockShared(&s->lock);
    return 0;
}

W3_TEST(wake_all_releases_every_shared_sleeper)
{
    struct shared_waiters s = {SRWLOCK_INIT, CONDITION_VARIABLE_INIT, 0, 0};
    HANDLE threads[3];
    for (int i = 0; i < 3; i++)
        threads[i] = start(wait_shared, &s);
    Sleep(100);
    AcquireSRWLockExclusive(&s.lock);
    s.open = 1;
    ReleaseSRWLockExclusive(&s.lock);
    WakeAllConditionVariable(&s.go);
    for (int i = 0; i < 3; i++)
        join(threads[i]);
    W3_CHECK_EQ_I(s.woken, 3);
}

/* ---- InitOnce ---- */

static INIT_ONCE racing_once = INIT_ONCE_STATIC_INIT;
static LONG racing_calls;
static HANDLE racing_gate;
static int context_target;

static BOOL WINAPI count_init(PINIT_ONCE once, PVOID param, PVOID *context)
{
    (void)once;
    (void)param;
    InterlockedIncrement(&racing_calls);
    Sleep(20);
    *context = &context_target;
    return TRUE;
}

static DWORD WINAPI race_once(LPVOID arg)
{
    PVOID ctx = NULL;
    (void)arg;
    WaitForSingleObject(racing_gate, 10000);
    if (!InitOnceExecuteOnce(&racing_once, count_init, NULL, &ctx))
        return 1;
    return ctx == &context_target ? 0 : 2;
}

W3_TEST(init_once_runs_once_across_racing_threads)
{
    HANDLE threads[6];
    DWORD code;
    racing_gate = CreateEventW(NULL, TRUE, FALSE, NULL);
    W3_REQUIRE(racing_gate != NULL);
    for (int i = 0; i < 6; i++)
        threads[i] = start(race_once, NULL);
    SetEvent(racing_gate);
    W3_CHECK_EQ(WaitForMultipleObjects(6, threads, TRUE, 10000), WAIT_OBJECT_0);
    for (int i = 0; i < 6; i++) {
        W3_CHECK(GetExitCodeThread(threads[i], &code));
        W3_CHECK_EQ(code, 0);
        CloseHandle(threads[i]);
    }
    W3_CHECK_EQ_I(racing_calls, 1);
    CloseHandle(racing_gate);
}

static int attempts;

static BOOL WINAPI fail_first_time(PINIT_ONCE once, PVOID param, PVOID *context)
{
    (void)once;
    *context = NULL;
    attempts++;
    if (attempts == 1)
        return FALSE;
    *context = param;
    return TRUE;
}

W3_TEST(init_once_retries_after_a_failed_callback)
{
    INIT_ONCE once;
    static int value;
    PVOID ctx = (PVOID)1;

    InitOnceInitialize(&once);
    attempts = 0;
    W3_CHECK(!InitOnceExecuteOnce(&once, fail_first_time, &value, &ctx));
    W3_CHECK(InitOnceExecuteOnce(&once, fail_first_time, &value, &ctx));
    W3_CHECK(ctx == &value);
    ctx = NULL;
    W3_CHECK(InitOnceExecuteOnce(&once, fail_first_time, NULL, &ctx));
    W3_CHECK(ctx == &value);
    W3_CHECK_EQ_I(attempts, 2);
}

/* ---- events ---- */

W3_TEST(event_wait_times_out_when_unsignalled)
{
    HANDLE e = CreateEventA(NULL, FALSE, FALSE, NULL);
    W3_REQUIRE(e != NULL);
    W3_CHECK_EQ(WaitForSingleObject(e, 0), WAIT_TIMEOUT);
    W3_CHECK_EQ(WaitForSingleObject(e, 100), WAIT_TIMEOUT);
    W3_CHECK(CloseHandle(e));
}

W3_TEST(event_initial_state_and_reset)
{
    HANDLE manual = CreateEventA(NULL, TRUE, TRUE, NULL);
    HANDLE automatic = CreateEventW(NULL, FALSE, TRUE, NULL);
    W3_REQUIRE(manual && automatic);
    W3_CHECK_EQ(WaitForSingleObject(manual, 0), WAIT_OBJECT_0);
    W3_CHECK_EQ(WaitForSingleObject(manual, 0), WAIT_OBJECT_0); /* stays set */
    W3_CHECK(ResetEvent(manual));
    W3_CHECK_EQ(WaitForSingleObject(manual, 0), WAIT_TIMEOUT);
    W3_CHECK_EQ(WaitForSingleObject(automatic, 0), WAIT_OBJECT_0);
    W3_CHECK_EQ(WaitForSingleObject(automatic, 0), WAIT_TIMEOUT); /* the wait reset it */
    W3_CHECK(SetEvent(automatic));
    W3_CHECK(SetEvent(automatic)); /* setting a set event does not count twice */
    W3_CHECK_EQ(WaitForSingleObject(automatic, 0), WAIT_OBJECT_0);
    W3_CHECK_EQ(WaitForSingleObject(automatic, 0), WAIT_TIMEOUT);
    CloseHandle(manual);
    CloseHandle(automatic);
}

W3_TEST(create_event_ex_takes_flags)
{
    HANDLE e = CreateEventExW(NULL, NULL, CREATE_EVENT_MANUAL_RESET | CREATE_EVENT_INITIAL_SET,
                              EVENT_ALL_ACCESS);
    W3_REQUIRE(e != NULL);
    W3_CHECK_EQ(WaitForSingleObject(e, 0), WAIT_OBJECT_0);
    W3_CHECK_EQ(WaitForSingleObject(e, 0), WAIT_OBJECT_0);
    CloseHandle(e);
}

struct gate_waiters {
    HANDLE event;
    LONG passed;
};

static DWORD WINAPI pass_gate(LPVOID arg)
{
    struct gate_waiters *g = arg;
    if (WaitForSingleObject(g->event, 2000) == WAIT_OBJECT_0)
        InterlockedIncrement(&g->passed);
    return 0;
}

static void start_gate_waiters(struct gate_waiters *g, HANDLE *threads, int n)
{
    for (int i = 0; i < n; i++)
        threads[i] = start(pass_gate, g);
    Sleep(100); /* let them block on the event */
}

W3_TEST(auto_reset_event_releases_exactly_one_waiter)
{
    struct gate_waiters g = {CreateEventA(NULL, FALSE, FALSE, NULL), 0};
    HANDLE threads[3];
    W3_REQUIRE(g.event != NULL);
    start_gate_waiters(&g, threads, 3);
    W3_CHECK(SetEvent(g.event));
    for (int i = 0; i < 3; i++)
        join(threads[i]); /* the other two time out */
    W3_CHECK_EQ_I(g.passed, 1);
    W3_CHECK_EQ(WaitForSingleObject(g.event, 0), WAIT_TIMEOUT);
    CloseHandle(g.event);
}

W3_TEST(manual_reset_event_releases_every_waiter)
{
    struct gate_waiters g = {CreateEventA(NULL, TRUE, FALSE, NULL), 0};
    HANDLE threads[3];
    W3_REQUIRE(g.event != NULL);
    start_gate_waiters(&g, threads, 3);
    W3_CHECK(SetEvent(g.event));
    for (int i = 0; i < 3; i++)
        join(threads[i]);
    W3_CHECK_EQ_I(g.passed, 3);
    W3_CHECK_EQ(WaitForSingleObject(g.event, 0), WAIT_OBJECT_0);
    CloseHandle(g.event);
}

W3_TEST(named_event_is_shared_by_name)
{
    HANDLE a = CreateEventA(NULL, TRUE, FALSE, "w3compat-sync-test-event");
    HANDLE b;
    W3_REQUIRE(a != NULL);
    W3_CHECK_EQ(GetLastError(), ERROR_SUCCESS);
    b = CreateEventW(NULL, FALSE, TRUE, L"w3compat-sync-test-event");
    W3_REQUIRE(b != NULL);
    W3_CHECK_EQ(GetLastError(), ERROR_ALREADY_EXISTS);
    W3_CHECK(a != b);
    W3_CHECK_EQ(WaitForSingleObject(a, 0), WAIT_TIMEOUT); /* b's arguments were ignored */
    W3_CHECK(SetEvent(b));
    W3_CHECK_EQ(WaitForSingleObject(a, 0), WAIT_OBJECT_0);
    CloseHandle(a);
    CloseHandle(b);
}

W3_TEST(name_of_another_type_is_refused)
{
    HANDLE e = CreateEventA(NULL, TRUE, FALSE, "w3compat-sync-test-clash");
    W3_REQUIRE(e != NULL);
    SetLastError(0);
    W3_CHECK(CreateSemaphoreA(NULL, 0, 1, "w3compat-sync-test-clash") == NULL);
    W3_CHECK_EQ(GetLastError(), ERROR_INVALID_HANDLE);
    CloseHandle(e);
}

W3_TEST(unnamed_create_clears_last_error)
{
    HANDLE e;
    SetLastError(1234);
    e = CreateEventA(NULL, FALSE, FALSE, NULL);
    W3_REQUIRE(e != NULL);
    W3_CHECK_EQ(GetLastError(), ERROR_SUCCESS);
    CloseHandle(e);
}

W3_TEST(bogus_handles_fail_with_invalid_handle)
{
    HANDLE bogus = (HANDLE)(ULONG_PTR)0x7ff0;
    HANDLE e = CreateEventA(NULL, TRUE, FALSE, NULL);
    W3_REQUIRE(e != NULL);

    SetLastError(0);
    W3_CHECK_EQ(WaitForSingleObject(bogus, 0), WAIT_FAILED);
    W3_CHECK_EQ(GetLastError(), ERROR_INVALID_HANDLE);
    SetLastError(0);
    W3_CHECK(!SetEvent(bogus));
    W3_CHECK_EQ(GetLastError(), ERROR_INVALID_HANDLE);
    SetLastError(0);
    W3_CHECK(!ResetEvent(NULL));
    W3_CHECK_EQ(GetLastError(), ERROR_INVALID_HANDLE);
    HANDLE pair[2] = {e, bogus};
    SetLastError(0);
    W3_CHECK_EQ(WaitForMultipleObjects(2, pair, FALSE, 0), WAIT_FAILED);
    W3_CHECK_EQ(GetLastError(), ERROR_INVALID_HANDLE);

    W3_CHECK(CloseHandle(e));
    SetLastError(0);
    W3_CHECK_EQ(WaitForSingleObject(e, 0), WAIT_FAILED); /* closed */
    W3_CHECK_EQ(GetLastError(), ERROR_INVALID_HANDLE);
}

W3_TEST(wait_for_multiple_any_reports_the_lowest_signalled_index)
{
    HANDLE e[3];
    for (int i = 0; i < 3; i++) {
        e[i] = CreateEventA(NULL, TRUE, FALSE, NULL);
        W3_REQUIRE(e[i] != NULL);
    }
    W3_CHECK_EQ(WaitForMultipleObjects(3, e, FALSE, 50), WAIT_TIMEOUT);
    SetEvent(e[2]);
    W3_CHECK_EQ(WaitForMultipleObjects(3, e, FALSE, 0), WAIT_OBJECT_0 + 2);
    SetEvent(e[1]);
    W3_CHECK_EQ(WaitForMultipleObjects(3, e, FALSE, 0), WAIT_OBJECT_0 + 1);
    for (int i = 0; i < 3; i++)
        CloseHandle(e[i]);
}

W3_TEST(wait_for_multiple_all_needs_every_object)
{
    HANDLE e[2] = {CreateEventA(NULL, FALSE, FALSE, NULL), CreateEventA(NULL, FALSE, FALSE, NULL)};
    W3_REQUIRE(e[0] && e[1]);
    SetEvent(e[0]);
    W3_CHECK_EQ(WaitForMultipleObjects(2, e, TRUE, 50), WAIT_TIMEOUT);
    /* A wait-all that fails takes nothing: e[0] is still set. */
    W3_CHECK_EQ(WaitForSingleObject(e[0], 0), WAIT_OBJECT_0);
    SetEvent(e[0]);
    SetEvent(e[1]);
    W3_CHECK_EQ(WaitForMultipleObjects(2, e, TRUE, 0), WAIT_OBJECT_0);
    /* Both auto-reset events were consumed. */
    W3_CHECK_EQ(WaitForSingleObject(e[0], 0), WAIT_TIMEOUT);
    W3_CHECK_EQ(WaitForSingleObject(e[1], 0), WAIT_TIMEOUT);
    CloseHandle(e[0]);
    CloseHandle(e[1]);
}

W3_TEST(wait_for_multiple_rejects_a_bad_count)
{
    HANDLE e = CreateEventA(NULL, TRUE, TRUE, NULL);
    W3_REQUIRE(e != NULL);
    SetLastError(0);
    W3_CHECK_EQ(WaitForMultipleObjects(0, &e, FALSE, 0), WAIT_FAILED);
    W3_CHECK_EQ(GetLastError(), ERROR_INVALID_PARAMETER);
    SetLastError(0);
    W3_CHECK_EQ(WaitForMultipleObjects(MAXIMUM_WAIT_OBJECTS + 1, &e, FALSE, 0), WAIT_FAILED);
    W3_CHECK_EQ(GetLastError(), ERROR_INVALID_PARAMETER);
    CloseHandle(e);
}

static DWORD WINAPI set_after_delay(LPVOID arg)
{
    Sleep(100);
    SetEvent((HANDLE)arg);
    return 0;
}

W3_TEST(wait_returns_when_another_thread_signals)
{
    HANDLE e = CreateEventA(NULL, FALSE, FALSE, NULL);
    HANDLE h;
    W3_REQUIRE(e != NULL);
    h = start(set_after_delay, e);
    W3_CHECK_EQ(WaitForSingleObject(e, 10000), WAIT_OBJECT_0);
    join(h);
    CloseHandle(e);
}

struct close_race {
    HANDLE event;
    DWORD result;
};

static DWORD WINAPI wait_long(LPVOID arg)
{
    struct close_race *c = arg;
    c->result = WaitForSingleObject(c->event, 300);
    return 0;
}

W3_TEST(closing_a_handle_while_another_thread_waits_is_safe)
{
    struct close_race c = {CreateEventA(NULL, TRUE, FALSE, NULL), 0xdead};
    HANDLE h;
    W3_REQUIRE(c.event != NULL);
    h = start(wait_long, &c);
    Sleep(50);
    W3_CHECK(CloseHandle(c.event));
    join(h);
    /* The waiter kept the object alive and timed out normally. */
    W3_CHECK_EQ(c.result, WAIT_TIMEOUT);
}

/* ---- semaphores and mutexes ---- */

W3_TEST(semaphore_counts_and_reports_the_previous_count)
{
    LONG previous = -1;
    HANDLE s = CreateSemaphoreA(NULL, 1, 3, NULL);
    W3_REQUIRE(s != NULL);
    W3_CHECK_EQ(WaitForSingleObject(s, 0), WAIT_OBJECT_0);
    W3_CHECK_EQ(WaitForSingleObject(s, 0), WAIT_TIMEOUT);
    W3_CHECK(ReleaseSemaphore(s, 2, &previous));
    W3_CHECK_EQ_I(previous, 0);
    W3_CHECK(ReleaseSemaphore(s, 1, &previous));
    W3_CHECK_EQ_I(previous, 2);
    SetLastError(0);
    previous = -1;
    W3_CHECK(!ReleaseSemaphore(s, 1, &previous));
    W3_CHECK_EQ(GetLastError(), ERROR_TOO_MANY_POSTS);
    for (int i = 0; i < 3; i++)
        W3_CHECK_EQ(WaitForSingleObject(s, 0), WAIT_OBJECT_0);
    W3_CHECK_EQ(WaitForSingleObject(s, 0), WAIT_TIMEOUT);
    CloseHandle(s);
}

W3_TEST(semaphore_rejects_bad_counts)
{
    LONG previous = -1;
    HANDLE s;
    SetLastError(0);
    W3_CHECK(CreateSemaphoreW(NULL, 2, 1, NULL) == NULL);
    W3_CHECK_EQ(GetLastError(), ERROR_INVALID_PARAMETER);
    SetLastError(0);
    W3_CHECK(CreateSemaphoreA(NULL, 0, 0, NULL) == NULL);
    W3_CHECK_EQ(GetLastError(), ERROR_INVALID_PARAMETER);
    s = CreateSemaphoreA(NULL, 0, 5, NULL);
    W3_REQUIRE(s != NULL);
    W3_CHECK(ReleaseSemaphore(s, 0, &previous));
    W3_CHECK_EQ_I(previous, 0);
    SetLastError(0);
    W3_CHECK(!ReleaseSemaphore(s, -1, NULL));
    W3_CHECK_EQ(GetLastError(), ERROR_TOO_MANY_POSTS);
    CloseHandle(s);
}

/* 2: the mutex was free (taken and given back); 1: owned elsewhere, and releasing it
 * fails with ERROR_NOT_OWNER; 3: anything else. */
static DWORD WINAPI try_mutex(LPVOID arg)
{
    HANDLE m = arg;
    if (WaitForSingleObject(m, 0) == WAIT_OBJECT_0)
        return ReleaseMutex(m) ? 2 : 3;
    SetLastError(0);
    return !ReleaseMutex(m) && GetLastError() == ERROR_NOT_OWNER ? 1 : 3;
}

W3_TEST(mutex_is_owned_recursively_by_one_thread)
{
    HANDLE m = CreateMutexA(NULL, TRUE, NULL);
    W3_REQUIRE(m != NULL);
    W3_CHECK_EQ(WaitForSingleObject(m, 0), WAIT_OBJECT_0); /* owner again: count 2 */
    W3_CHECK_EQ(run_and_get_code(try_mutex, m), 1);
    W3_CHECK(ReleaseMutex(m));
    W3_CHECK_EQ(run_and_get_code(try_mutex, m), 1);
    W3_CHECK(ReleaseMutex(m));
    W3_CHECK_EQ(run_and_get_code(try_mutex, m), 2);
    SetLastError(0);
    W3_CHECK(!ReleaseMutex(m));
    W3_CHECK_EQ(GetLastError(), ERROR_NOT_OWNER);
    CloseHandle(m);
}

W3_TEST(mutex_created_unowned_is_free)
{
    HANDLE m = CreateMutexW(NULL, FALSE, NULL);
    W3_REQUIRE(m != NULL);
    W3_CHECK_EQ(run_and_get_code(try_mutex, m), 2);
    CloseHandle(m);
}
