/* Work objects, simple callbacks (TrySubmitThreadpoolCallback, QueueUserWorkItem) and
 * what a callback can ask of its instance. */
#include <stdlib.h>

#include "pool.h"

struct _TP_WORK {
    struct tp_object base;
    PTP_WORK_CALLBACK callback;
    PVOID context;
};

static void run_work(struct tp_task *task, PTP_CALLBACK_INSTANCE instance)
{
    PTP_WORK work = (PTP_WORK)task->object;
    work->callback(instance, work->context, work);
}

static void destroy_work(struct tp_object *obj)
{
    free(obj);
}

PTP_WORK WINAPI CreateThreadpoolWork(PTP_WORK_CALLBACK pfnwk, PVOID pv, PTP_CALLBACK_ENVIRON pcbe)
{
    PTP_WORK work;

    (void)pcbe;
    if (!pfnwk) {
        SetLastError(ERROR_INVALID_PARAMETER);
        return NULL;
    }
    work = calloc(1, sizeof *work);
    if (!work) {
        SetLastError(ERROR_NOT_ENOUGH_MEMORY);
        return NULL;
    }
    work->base.task.run = run_work;
    work->base.task.object = &work->base;
    work->base.destroy = destroy_work;
    work->callback = pfnwk;
    work->context = pv;
    return work;
}

void WINAPI SubmitThreadpoolWork(PTP_WORK pwk)
{
    tp_lock();
    tp_submit(&pwk->base);
    tp_unlock();
}

void WINAPI WaitForThreadpoolWorkCallbacks(PTP_WORK pwk, BOOL fCancelPendingCallbacks)
{
    tp_lock();
    if (fCancelPendingCallbacks)
        tp_cancel_pending(&pwk->base);
    tp_wait_idle(&pwk->base);
    tp_unlock();
}

void WINAPI CloseThreadpoolWork(PTP_WORK pwk)
{
    tp_lock();
    tp_close(&pwk->base);
    tp_unlock();
}

/* A one-off callback: a task that frees itself once run. */
struct simple_task {
    struct tp_task task;
    PTP_SIMPLE_CALLBACK simple;
    LPTHREAD_START_ROUTINE legacy;
    PVOID context;
};

static void run_simple(struct tp_task *task, PTP_CALLBACK_INSTANCE instance)
{
    struct simple_task *s = (struct simple_task *)task;
    if (s->simple)
        s->simple(instance, s->context);
    else
        s->legacy(s->context);
    free(s);
}

static BOOL queue_simple(PTP_SIMPLE_CALLBACK simple, LPTHREAD_START_ROUTINE legacy, PVOID context)
{
    struct simple_task *s;
    BOOL ok;

    if (!simple && !legacy) {
        SetLastError(ERROR_INVALID_PARAMETER);
        return FALSE;
    }
    s = calloc(1, sizeof *s);
    if (!s) {
        SetLastError(ERROR_NOT_ENOUGH_MEMORY);
        return FALSE;
    }
    s->task.run = run_simple;
    s->simple = simple;
    s->legacy = legacy;
    s->context = context;
    tp_lock();
    ok = tp_queue_task(&s->task);
    tp_unlock();
    if (!ok)
        free(s);
    return ok;
}

BOOL WINAPI TrySubmitThreadpoolCallback(PTP_SIMPLE_CALLBACK pfns, PVOID pv,
                                        PTP_CALLBACK_ENVIRON pcbe)
{
    (void)pcbe;
    return queue_simple(pfns, NULL, pv);
}

BOOL WINAPI QueueUserWorkItem(LPTHREAD_START_ROUTINE Function, PVOID Context, ULONG Flags)
{
    (void)Flags; /* placement hints: every worker can run every callback */
    return queue_simple(NULL, Function, Context);
}

void WINAPI SetEventWhenCallbackReturns(PTP_CALLBACK_INSTANCE pci, HANDLE evt)
{
    pci->set_event = evt;
}

void WINAPI ReleaseSemaphoreWhenCallbackReturns(PTP_CALLBACK_INSTANCE pci, HANDLE sem, DWORD crel)
{
    pci->release_semaphore = sem;
    pci->semaphore_count = crel;
}

void WINAPI ReleaseMutexWhenCallbackReturns(PTP_CALLBACK_INSTANCE pci, HANDLE mut)
{
    pci->release_mutex = mut;
}

void WINAPI LeaveCriticalSectionWhenCallbackReturns(PTP_CALLBACK_INSTANCE pci,
                                                    PCRITICAL_SECTION pcs)
{
    pci->leave_cs = pcs;
}

BOOL WINAPI CallbackMayRunLong(PTP_CALLBACK_INSTANCE pci)
{
    BOOL more;
    (void)pci;
    tp_lock();
    more = tp_may_run_long();
    tp_unlock();
    return more;
}

void WINAPI DisassociateCurrentThreadFromCallback(PTP_CALLBACK_INSTANCE pci)
{
    tp_lock();
    tp_disassociate(pci);
    tp_unlock();
}
