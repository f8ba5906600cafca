/* The thread pool's older API: QueueUserWorkItem and timer-queue timers, run on the
 * same workers as threadpoolapiset.h's callbacks.
 *
 * Timer handles are not kernel handles (do not CloseHandle them). DeleteTimerQueueTimer
 * with CompletionEvent INVALID_HANDLE_VALUE waits for a running callback; with an event,
 * sets it once the callback is done; with NULL returns at once and, if the callback is
 * running, fails with ERROR_IO_PENDING (the timer is still deleted once it returns), as
 * Windows does. DeleteTimerQueueEx deletes every timer of the queue, waiting for running
 * callbacks unless CompletionEvent is NULL (an event is set once they are done). The
 * WT_EXECUTE* placement flags are accepted; only WT_EXECUTEONLYONCE changes anything
 * (the period is ignored).
 *
 * RegisterWaitForSingleObject runs the callback (TimerOrWaitFired TRUE on a time-out)
 * on a thread that waits for that object alone, each time the wait is satisfied, until
 * UnregisterWait(Ex); with WT_EXECUTEONLYONCE at most once. UnregisterWaitEx's
 * CompletionEvent means what DeleteTimerQueueTimer's does, and UnregisterWait is
 * UnregisterWaitEx with NULL (ERROR_IO_PENDING while the callback runs). */
#ifndef W3COMPAT_THREADPOOLLEGACYAPISET_H
#define W3COMPAT_THREADPOOLLEGACYAPISET_H

#include "processthreadsapi.h"

#define WT_EXECUTEDEFAULT 0x00000000u
#define WT_EXECUTEINIOTHREAD 0x00000001u
#define WT_EXECUTEINUITHREAD 0x00000002u
#define WT_EXECUTEINWAITTHREAD 0x00000004u
#define WT_EXECUTEONLYONCE 0x00000008u
#define WT_EXECUTELONGFUNCTION 0x00000010u
#define WT_EXECUTEINTIMERTHREAD 0x00000020u
#define WT_EXECUTEINPERSISTENTIOTHREAD 0x00000040u
#define WT_EXECUTEINPERSISTENTTHREAD 0x00000080u
#define WT_TRANSFER_IMPERSONATION 0x00000100u
#define WT_SET_MAX_THREADPOOL_THREADS(Flags, Limit) ((Flags) |= (Limit) << 16)

typedef VOID(NTAPI *WAITORTIMERCALLBACKFUNC)(PVOID, BOOLEAN);
typedef WAITORTIMERCALLBACKFUNC WAITORTIMERCALLBACK;

W3COMPAT_BEGIN_C

WINBASEAPI BOOL WINAPI QueueUserWorkItem(LPTHREAD_START_ROUTINE Function, PVOID Context,
                                         ULONG Flags);

WINBASEAPI HANDLE WINAPI CreateTimerQueue(void);
WINBASEAPI BOOL WINAPI DeleteTimerQueueEx(HANDLE TimerQueue, HANDLE CompletionEvent);
WINBASEAPI BOOL WINAPI DeleteTimerQueue(HANDLE TimerQueue);
WINBASEAPI BOOL WINAPI CreateTimerQueueTimer(PHANDLE phNewTimer, HANDLE TimerQueue,
                                             WAITORTIMERCALLBACK Callback, PVOID Parameter,
                                             DWORD DueTime, DWORD Period, ULONG Flags);
WINBASEAPI BOOL WINAPI ChangeTimerQueueTimer(HANDLE TimerQueue, HANDLE Timer, ULONG DueTime,
                                             ULONG Period);
WINBASEAPI BOOL WINAPI DeleteTimerQueueTimer(HANDLE TimerQueue, HANDLE Timer,
                                             HANDLE CompletionEvent);

WINBASEAPI BOOL WINAPI RegisterWaitForSingleObject(PHANDLE phNewWaitObject, HANDLE hObject,
                                                   WAITORTIMERCALLBACK Callback, PVOID Context,
                                                   ULONG dwMilliseconds, ULONG dwFlags);
WINBASEAPI BOOL WINAPI UnregisterWait(HANDLE WaitHandle);
WINBASEAPI BOOL WINAPI UnregisterWaitEx(HANDLE WaitHandle, HANDLE CompletionEvent);

W3COMPAT_END_C

#endif
