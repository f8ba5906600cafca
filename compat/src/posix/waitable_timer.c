/* Waitable timers: waitable objects signalled by a thread-pool timer when they fall due.
 * A manual-reset timer stays signalled until set again; a synchronization timer releases
 * one waiter per expiry. */
#include <stdlib.h>

#include "waitable.h"

struct wtimer {
    struct w3_waitable base;
    PTP_TIMER tp;
    int manual_reset;
    int signaled;
};

static int is_signaled(struct w3_waitable *w, DWORD tid)
{
    (void)tid;
    return ((struct wtimer *)w)->signaled;
}

static void acquire(struct w3_waitable *w, DWORD tid)
{
    struct wtimer *t = (struct wtimer *)w;
    (void)tid;
    if (!t->manual_reset)
        t->signaled = 0;
}

static void destroy(struct w3_object *obj)
{
    struct wtimer *t = (struct wtimer *)obj;
    SetThreadpoolTimer(t->tp, NULL, 0, 0);
    WaitForThreadpoolTimerCallbacks(t->tp, TRUE);
    CloseThreadpoolTimer(t->tp);
    w3_waitable_destroy(obj);
}

static const struct w3_object_ops wtimer_ops = {destroy, w3_waitable_wait};
static const struct w3_waitable_ops wtimer_wait_ops = {is_signaled, acquire};

static VOID NTAPI expired(PTP_CALLBACK_INSTANCE instance, PVOID context, PTP_TIMER timer)
{
    struct wtimer *t = context;
    (void)instance;
    (void)timer;
    w3_sync_lock();
    t->signaled = 1;
    w3_waitable_changed(&t->base);
    w3_sync_unlock();
}

static struct wtimer *new_timer(DWORD flags)
{
    struct wtimer *t;
    if (flags & ~CREATE_WAITABLE_TIMER_MANUAL_RESET) {
        SetLastError(ERROR_INVALID_PARAMETER);
        return NULL;
    }
    t = calloc(1, sizeof *t);
    if (!t || !(t->tp = CreateThreadpoolTimer(expired, t, NULL))) {
        free(t);
        SetLastError(ERROR_NOT_ENOUGH_MEMORY);
        return NULL;
    }
    w3_waitable_init(&t->base, &wtimer_ops, &wtimer_wait_ops);
    t->manual_reset = (flags & CREATE_WAITABLE_TIMER_MANUAL_RESET) != 0;
    return t;
}

HANDLE WINAPI CreateWaitableTimerExW(LPSECURITY_ATTRIBUTES lpTimerAttributes, LPCWSTR lpTimerName,
                                     DWORD dwFlags, DWORD dwDesiredAccess)
{
    struct wtimer *t;
    (void)lpTimerAttributes;
    (void)dwDesiredAccess;
    t = new_timer(dwFlags);
    return t ? w3_waitable_open(&t->base, lpTimerName) : NULL;
}

HANDLE WINAPI CreateWaitableTimerExA(LPSECURITY_ATTRIBUTES lpTimerAttributes, LPCSTR lpTimerName,
                                     DWORD dwFlags, DWORD dwDesiredAccess)
{
    struct wtimer *t;
    (void)lpTimerAttributes;
    (void)dwDesiredAccess;
    t = new_timer(dwFlags);
    return t ? w3_waitable_open_a(&t->base, lpTimerName) : NULL;
}

HANDLE WINAPI CreateWaitableTimerW(LPSECURITY_ATTRIBUTES lpTimerAttributes, BOOL bManualReset,
                                   LPCWSTR lpTimerName)
{
    return CreateWaitableTimerExW(lpTimerAttributes, lpTimerName,
                                  bManualReset ? CREATE_WAITABLE_TIMER_MANUAL_RESET : 0,
                                  TIMER_ALL_ACCESS);
}

HANDLE WINAPI CreateWaitableTimerA(LPSECURITY_ATTRIBUTES lpTimerAttributes, BOOL bManualReset,
                                   LPCSTR lpTimerName)
{
    return CreateWaitableTimerExA(lpTimerAttributes, lpTimerName,
                                  bManualReset ? CREATE_WAITABLE_TIMER_MANUAL_RESET : 0,
                                  TIMER_ALL_ACCESS);
}

BOOL WINAPI SetWaitableTimer(HANDLE hTimer, const LARGE_INTEGER *lpDueTime, LONG lPeriod,
                             PTIMERAPCROUTINE pfnCompletionRoutine, LPVOID lpArgToCompletionRoutine,
                             BOOL fResume)
{
    struct wtimer *t;
    FILETIME due;

    (void)pfnCompletionRoutine; /* APCs are not delivered */
    (void)lpArgToCompletionRoutine;
    if (!lpDueTime || lPeriod < 0) {
        SetLastError(ERROR_INVALID_PARAMETER);
        return FALSE;
    }
    t = (struct wtimer *)w3_waitable_lookup(hTimer, &wtimer_ops);
    if (!t)
        return FALSE;
    w3_sync_lock();
    t->signaled = 0;
    w3_sync_unlock();
    due.dwLowDateTime = lpDueTime->u.LowPart;
    due.dwHighDateTime = (DWORD)lpDueTime->u.HighPart;
    SetThreadpoolTimer(t->tp, &due, (DWORD)lPeriod, 0);
    w3_waitable_release(&t->base);
    /* Waking a suspended machine is not supported: Windows then succeeds and says so. */
    SetLastError(fResume ? ERROR_NOT_SUPPORTED : ERROR_SUCCESS);
    return TRUE;
}

BOOL WINAPI CancelWaitableTimer(HANDLE hTimer)
{
    struct wtimer *t = (struct wtimer *)w3_waitable_lookup(hTimer, &wtimer_ops);
    if (!t)
        return FALSE;
    SetThreadpoolTimer(t->tp, NULL, 0, 0);
    w3_waitable_release(&t->base);
    return TRUE;
}
