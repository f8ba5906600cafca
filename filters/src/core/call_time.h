/* The time extensions' code takes: each call to a module's handler or a filter's
 * HttpFilterProc is timed, less the calls into other extensions it caused (a filter
 * that SetStatus runs, a child request's modules), so that the times of all
 * extensions add up to what they took together. */
#ifndef W3E_CALL_TIME_H
#define W3E_CALL_TIME_H

#include <windows.h>

typedef struct w3e_call_timer {
    int on; /* the server times its extensions (w3_server_config::time_extensions) */
    LONGLONG start;
    LONGLONG outer_nested; /* the enclosing call's nested time so far */
} w3e_call_timer;

/* What an extension took so far; added to from any thread. */
typedef struct w3e_call_time {
    volatile LONG64 ns;
    volatile LONG64 calls;
} w3e_call_time;

void w3e_call_timer_begin(w3e_call_timer *t);
void w3e_call_timer_end(w3e_call_timer *t, w3e_call_time *total);

/* Every extension call passes here: when the server does not time its extensions (as
 * is usual) this is one test, without a call. */
static inline void w3e_call_timer_start(w3e_call_timer *t, int on)
{
    t->on = on;
    if (on)
        w3e_call_timer_begin(t);
}

/* Adds the call's own time to *total, and the whole call's to the enclosing one's
 * nested time. */
static inline void w3e_call_timer_stop(w3e_call_timer *t, w3e_call_time *total)
{
    if (t->on)
        w3e_call_timer_end(t, total);
}

#endif
