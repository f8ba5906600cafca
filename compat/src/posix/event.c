/* Events: manual-reset (stay signalled, release every waiter) and auto-reset (a
 * satisfied wait resets them, so one waiter goes through per SetEvent). */
#include <stdlib.h>

#include "waitable.h"

struct event {
    struct w3_waitable base;
    int manual_reset;
    int signaled;
};

static int is_signaled(struct w3_waitable *w, DWORD tid)
{
    (void)tid;
    return ((struct event *)w)->signaled;
}

static void acquire(struct w3_waitable *w, DWORD tid)
{
    struct event *e = (struct event *)w;
    (void)tid;
    if (!e->manual_reset)
        e->signaled = 0;
}

static const struct w3_object_ops event_ops = {w3_waitable_destroy, w3_waitable_wait};
static const struct w3_waitable_ops event_wait_ops = {is_signaled, acquire};

/* A new event for CreateEventEx's flags; NULL with the Win32 error for unknown flags or
 * no memory. */
static struct event *new_event(DWORD flags)
{
    if (flags & ~(CREATE_EVENT_MANUAL_RESET | CREATE_EVENT_INITIAL_SET)) {
        SetLastError(ERROR_INVALID_PARAMETER);
        return NULL;
    }
    struct event *e = malloc(sizeof *e);
    if (!e) {
        SetLastError(ERROR_NOT_ENOUGH_MEMORY);
        return NULL;
    }
    w3_waitable_init(&e->base, &event_ops, &event_wait_ops);
    e->manual_reset = (flags & CREATE_EVENT_MANUAL_RESET) != 0;
    e->signaled = (flags & CREATE_EVENT_INITIAL_SET) != 0;
    return e;
}

static DWORD flags_of(BOOL manual_reset, BOOL initial_state)
{
    return (manual_reset ? CREATE_EVENT_MANUAL_RESET : 0) |
           (initial_state ? CREATE_EVENT_INITIAL_SET : 0);
}

HANDLE WINAPI CreateEventExW(LPSECURITY_ATTRIBUTES sa, LPCWSTR name, DWORD flags, DWORD access)
{
    struct event *e;
    (void)sa;
    (void)access;
    e = new_event(flags);
    return e ? w3_waitable_open(&e->base, name) : NULL;
}

HANDLE WINAPI CreateEventExA(LPSECURITY_ATTRIBUTES sa, LPCSTR name, DWORD flags, DWORD access)
{
    struct event *e;
    (void)sa;
    (void)access;
    e = new_event(flags);
    return e ? w3_waitable_open_a(&e->base, name) : NULL;
}

HANDLE WINAPI CreateEventW(LPSECURITY_ATTRIBUTES sa, BOOL manual_reset, BOOL initial_state,
                           LPCWSTR name)
{
    return CreateEventExW(sa, name, flags_of(manual_reset, initial_state), EVENT_ALL_ACCESS);
}

HANDLE WINAPI CreateEventA(LPSECURITY_ATTRIBUTES sa, BOOL manual_reset, BOOL initial_state,
                           LPCSTR name)
{
    return CreateEventExA(sa, name, flags_of(manual_reset, initial_state), EVENT_ALL_ACCESS);
}

static BOOL set_state(HANDLE h, int signaled)
{
    struct event *e = (struct event *)w3_waitable_lookup(h, &event_ops);
    if (!e)
        return FALSE;
    w3_sync_lock();
    e->signaled = signaled;
    if (signaled)
        w3_waitable_changed(&e->base);
    w3_sync_unlock();
    w3_waitable_release(&e->base);
    return TRUE;
}

BOOL WINAPI SetEvent(HANDLE h)
{
    return set_state(h, 1);
}

BOOL WINAPI ResetEvent(HANDLE h)
{
    return set_state(h, 0);
}
