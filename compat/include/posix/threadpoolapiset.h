/* The thread pool (Vista API): work objects, timers, simple callbacks and what a callback
 * can ask of its instance.
 *
 * Every callback runs on one process-wide pool of worker threads, which grows while all
 * its workers are busy (up to 512) and shrinks when they idle; a callback environment's
 * Pool, cleanup group and priority are accepted and do not change where or in which
 * order callbacks run (FIFO). Submitting a work object n times runs its callback n
 * times, possibly at once on several workers. Wait...Callbacks waits for the object's
 * callbacks, queued and running (with fCancelPendingCallbacks, queued ones are dropped
 * first); do not call it from one of those callbacks. Close... frees the object once its
 * outstanding callbacks have run. Timer due times are FILETIMEs: negative means relative
 * (100 ns units), otherwise absolute UTC; msWindowLength is accepted and ignored. */
#ifndef W3COMPAT_THREADPOOLAPISET_H
#define W3COMPAT_THREADPOOLAPISET_H

#include <string.h>

#include "synchapi.h"

typedef struct _TP_CALLBACK_INSTANCE TP_CALLBACK_INSTANCE, *PTP_CALLBACK_INSTANCE;
typedef struct _TP_POOL TP_POOL, *PTP_POOL;
typedef struct _TP_CLEANUP_GROUP TP_CLEANUP_GROUP, *PTP_CLEANUP_GROUP;
typedef struct _TP_WORK TP_WORK, *PTP_WORK;
typedef struct _TP_TIMER TP_TIMER, *PTP_TIMER;

typedef VOID(NTAPI *PTP_SIMPLE_CALLBACK)(PTP_CALLBACK_INSTANCE Instance, PVOID Context);
typedef VOID(NTAPI *PTP_WORK_CALLBACK)(PTP_CALLBACK_INSTANCE Instance, PVOID Context,
                                       PTP_WORK Work);
typedef VOID(NTAPI *PTP_TIMER_CALLBACK)(PTP_CALLBACK_INSTANCE Instance, PVOID Context,
                                        PTP_TIMER Timer);
typedef VOID(NTAPI *PTP_CLEANUP_GROUP_CANCEL_CALLBACK)(PVOID ObjectContext, PVOID CleanupContext);

typedef DWORD TP_VERSION, *PTP_VERSION;
typedef DWORD TP_WAIT_RESULT;

typedef enum _TP_CALLBACK_PRIORITY {
    TP_CALLBACK_PRIORITY_HIGH,
    TP_CALLBACK_PRIORITY_NORMAL,
    TP_CALLBACK_PRIORITY_LOW,
    TP_CALLBACK_PRIORITY_INVALID,
    TP_CALLBACK_PRIORITY_COUNT = TP_CALLBACK_PRIORITY_INVALID
} TP_CALLBACK_PRIORITY;

typedef struct _TP_CALLBACK_ENVIRON_V3 {
    TP_VERSION Version;
    PTP_POOL Pool;
    PTP_CLEANUP_GROUP CleanupGroup;
    PTP_CLEANUP_GROUP_CANCEL_CALLBACK CleanupGroupCancelCallback;
    PVOID RaceDll;
    struct _ACTIVATION_CONTEXT *ActivationContext;
    PTP_SIMPLE_CALLBACK FinalizationCallback;
    union {
        DWORD Flags;
        struct {
            DWORD LongFunction : 1;
            DWORD Persistent : 1;
            DWORD Private : 30;
        } s;
    } u;
    TP_CALLBACK_PRIORITY CallbackPriority;
    DWORD Size;
} TP_CALLBACK_ENVIRON_V3, TP_CALLBACK_ENVIRON, *PTP_CALLBACK_ENVIRON;

static __inline void TpInitializeCallbackEnviron(PTP_CALLBACK_ENVIRON CallbackEnviron)
{
    memset(CallbackEnviron, 0, sizeof *CallbackEnviron);
    CallbackEnviron->Version = 3;
    CallbackEnviron->CallbackPriority = TP_CALLBACK_PRIORITY_NORMAL;
    CallbackEnviron->Size = sizeof *CallbackEnviron;
}

#define InitializeThreadpoolEnvironment(pcbe) TpInitializeCallbackEnviron(pcbe)
#define DestroyThreadpoolEnvironment(pcbe) ((void)(pcbe))
#define SetThreadpoolCallbackPool(pcbe, ptpp) ((void)((pcbe)->Pool = (ptpp)))
#define SetThreadpoolCallbackCleanupGroup(pcbe, ptpcg, pfng)                                       \
    ((void)((pcbe)->CleanupGroup = (ptpcg), (pcbe)->CleanupGroupCancelCallback = (pfng)))
#define SetThreadpoolCallbackRunsLong(pcbe) ((void)((pcbe)->u.s.LongFunction = 1))
#define SetThreadpoolCallbackPriority(pcbe, prio) ((void)((pcbe)->CallbackPriority = (prio)))

W3COMPAT_BEGIN_C

WINBASEAPI BOOL WINAPI TrySubmitThreadpoolCallback(PTP_SIMPLE_CALLBACK pfns, PVOID pv,
                                                   PTP_CALLBACK_ENVIRON pcbe);

WINBASEAPI PTP_WORK WINAPI CreateThreadpoolWork(PTP_WORK_CALLBACK pfnwk, PVOID pv,
                                                PTP_CALLBACK_ENVIRON pcbe);
WINBASEAPI void WINAPI SubmitThreadpoolWork(PTP_WORK pwk);
WINBASEAPI void WINAPI WaitForThreadpoolWorkCallbacks(PTP_WORK pwk, BOOL fCancelPendingCallbacks);
WINBASEAPI void WINAPI CloseThreadpoolWork(PTP_WORK pwk);

WINBASEAPI PTP_TIMER WINAPI CreateThreadpoolTimer(PTP_TIMER_CALLBACK pfnti, PVOID pv,
                                                  PTP_CALLBACK_ENVIRON pcbe);
WINBASEAPI void WINAPI SetThreadpoolTimer(PTP_TIMER pti, PFILETIME pftDueTime, DWORD msPeriod,
                                          DWORD msWindowLength);
WINBASEAPI BOOL WINAPI IsThreadpoolTimerSet(PTP_TIMER pti);
WINBASEAPI void WINAPI WaitForThreadpoolTimerCallbacks(PTP_TIMER pti, BOOL fCancelPendingCallbacks);
WINBASEAPI void WINAPI CloseThreadpoolTimer(PTP_TIMER pti);

/* Done by the pool when the callback returns, in this order: leave the critical section,
 * release the mutex, release the semaphore, set the event. */
WINBASEAPI void WINAPI SetEventWhenCallbackReturns(PTP_CALLBACK_INSTANCE pci, HANDLE evt);
WINBASEAPI void WINAPI ReleaseSemaphoreWhenCallbackReturns(PTP_CALLBACK_INSTANCE pci, HANDLE sem,
                                                           DWORD crel);
WINBASEAPI void WINAPI ReleaseMutexWhenCallbackReturns(PTP_CALLBACK_INSTANCE pci, HANDLE mut);
WINBASEAPI void WINAPI LeaveCriticalSectionWhenCallbackReturns(PTP_CALLBACK_INSTANCE pci,
                                                               PCRITICAL_SECTION pcs);
/* TRUE: the pool has (or starts) another worker for the callbacks still queued. */
WINBASEAPI BOOL WINAPI CallbackMayRunLong(PTP_CALLBACK_INSTANCE pci);
/* From now on the callback no longer counts as running for Wait...Callbacks. */
WINBASEAPI void WINAPI DisassociateCurrentThreadFromCallback(PTP_CALLBACK_INSTANCE pci);

W3COMPAT_END_C

#endif
