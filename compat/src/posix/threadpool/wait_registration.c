/* RegisterWaitForSingleObject and UnregisterWait(Ex). Each registration has a thread of
 * its own that waits for the object (or the time-out) and for a cancel event, and runs
 * the callback itself, as WT_EXECUTEINWAITTHREAD would. */
#include <windows.h>

#include <pthread.h>
#include <stdlib.h>

struct registration {
    HANDLE object;
    HANDLE cancel;
    WAITORTIMERCALLBACK callback;
    PVOID context;
    DWORD timeout;
    ULONG flags;
    pthread_mutex_t lock;
    pthread_cond_t changed;
    LONG refs; /* the wait thread's and the caller's */
    int cancelled;
    int in_callback;
    int finished;
    DWORD thread_id;   /* of the wait thread */
    HANDLE completion; /* set when the wait thread ends, or NULL */
};

static void release(struct registration *r)
{
    if (__atomic_sub_fetch(&r->refs, 1, __ATOMIC_ACQ_REL) != 0)
        return;
    CloseHandle(r->cancel);
    pthread_cond_destroy(&r->changed);
    pthread_mutex_destroy(&r->lock);
    free(r);
}

static void *wait_thread(void *arg)
{
    struct registration *r = arg;
    HANDLE handles[2] = {r->cancel, r->object}; /* cancel first, so that it wins */

    pthread_mutex_lock(&r->lock);
    r->thread_id = GetCurrentThreadId();
    pthread_mutex_unlock(&r->lock);
    for (;;) {
        DWORD w = WaitForMultipleObjects(2, handles, FALSE, r->timeout);
        if (w != WAIT_OBJECT_0 + 1 && w != WAIT_TIMEOUT)
            break; /* cancelled, or the object is gone */
        pthread_mutex_lock(&r->lock);
        if (r->cancelled) {
            pthread_mutex_unlock(&r->lock);
            break;
        }
        r->in_callback = 1;
        pthread_mutex_unlock(&r->lock);
        r->callback(r->context, w == WAIT_TIMEOUT);
        pthread_mutex_lock(&r->lock);
        r->in_callback = 0;
        pthread_cond_broadcast(&r->changed);
        pthread_mutex_unlock(&r->lock);
        if (r->flags & WT_EXECUTEONLYONCE) {
            WaitForSingleObject(r->cancel, INFINITE); /* registered until unregistered */
            break;
        }
    }
    pthread_mutex_lock(&r->lock);
    r->finished = 1;
    if (r->completion)
        SetEvent(r->completion);
    pthread_cond_broadcast(&r->changed);
    pthread_mutex_unlock(&r->lock);
    release(r);
    return NULL;
}

BOOL WINAPI RegisterWaitForSingleObject(PHANDLE phNewWaitObject, HANDLE hObject,
                                        WAITORTIMERCALLBACK Callback, PVOID Context,
                                        ULONG dwMilliseconds, ULONG dwFlags)
{
    struct registration *r;
    pthread_attr_t attr;
    pthread_t thread;
    int rc;

    if (!phNewWaitObject || !Callback) {
        SetLastError(ERROR_INVALID_PARAMETER);
        return FALSE;
    }
    r = calloc(1, sizeof *r);
    if (!r || !(r->cancel = CreateEventA(NULL, TRUE, FALSE, NULL))) {
        free(r);
        SetLastError(ERROR_NOT_ENOUGH_MEMORY);
        return FALSE;
    }
    r->object = hObject;
    r->callback = Callback;
    r->context = Context;
    r->timeout = dwMilliseconds;
    r->flags = dwFlags;
    r->refs = 2;
    pthread_mutex_init(&r->lock, NULL);
    pthread_cond_init(&r->changed, NULL);
    pthread_attr_init(&attr);
    pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
    rc = pthread_create(&thread, &attr, wait_thread, r);
    pthread_attr_destroy(&attr);
    if (rc != 0) {
        r->refs = 1;
        release(r);
        SetLastError(ERROR_NOT_ENOUGH_MEMORY);
        return FALSE;
    }
    *phNewWaitObject = r;
    return TRUE;
}

BOOL WINAPI UnregisterWaitEx(HANDLE WaitHandle, HANDLE CompletionEvent)
{
    struct registration *r = WaitHandle;
    BOOL pending;

    if (!r) {
        SetLastError(ERROR_INVALID_HANDLE);
        return FALSE;
    }
    pthread_mutex_lock(&r->lock);
    r->cancelled = 1;
    SetEvent(r->cancel);
    /* Waiting from the callback itself would never end: it is then a NULL event. */
    if (CompletionEvent == INVALID_HANDLE_VALUE && r->thread_id == GetCurrentThreadId())
        CompletionEvent = NULL;
    if (CompletionEvent == INVALID_HANDLE_VALUE) {
        while (!r->finished)
            pthread_cond_wait(&r->changed, &r->lock);
    } else if (CompletionEvent) {
        if (r->finished)
            SetEvent(CompletionEvent);
        else
            r->completion = CompletionEvent;
    }
    pending = r->in_callback && !r->finished && !CompletionEvent;
    pthread_mutex_unlock(&r->lock);
    release(r);
    if (pending) {
        SetLastError(ERROR_IO_PENDING);
        return FALSE;
    }
    return TRUE;
}

BOOL WINAPI UnregisterWait(HANDLE WaitHandle)
{
    return UnregisterWaitEx(WaitHandle, NULL);
}
