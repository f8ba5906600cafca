#include "call_time.h"

/* Ticks spent in calls nested inside the current one, on this thread. */
static _Thread_local LONGLONG nested_ticks;

static LONGLONG ticks(void)
{
    LARGE_INTEGER now;
    QueryPerformanceCounter(&now);
    return now.QuadPart;
}

void w3e_call_timer_begin(w3e_call_timer *t)
{
    t->outer_nested = nested_ticks;
    nested_ticks = 0;
    t->start = ticks();
}

void w3e_call_timer_end(w3e_call_timer *t, w3e_call_time *total)
{
    static LONGLONG frequency;
    if (frequency == 0) {
        LARGE_INTEGER f;
        QueryPerformanceFrequency(&f);
        frequency = f.QuadPart > 0 ? f.QuadPart : 1;
    }
    LONGLONG whole = ticks() - t->start;
    LONGLONG own = whole - nested_ticks;
    nested_ticks = t->outer_nested + whole;
    if (own < 0)
        own = 0;
    /* Seconds and the remainder apart: no overflow for any realistic call. */
    LONGLONG ns = own / frequency * 1000000000LL + own % frequency * 1000000000LL / frequency;
    InterlockedExchangeAdd64(&total->ns, ns);
    InterlockedIncrement64(&total->calls);
}
