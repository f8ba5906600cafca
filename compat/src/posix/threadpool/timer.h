/* Thread-pool timers as the timer-queue functions use them. Internal. */
#ifndef W3COMPAT_POSIX_THREADPOOL_TIMER_H
#define W3COMPAT_POSIX_THREADPOOL_TIMER_H

#include "pool.h"

/* A timer whose on_destroy(context) runs, with the pool's lock held, when it is freed. */
PTP_TIMER tp_timer_create(PTP_TIMER_CALLBACK callback, PVOID context,
                          void (*on_destroy)(PVOID context));
/* Arms the timer due_ms from now, then every period_ms (0: once). Called with the lock
 * held. */
void tp_timer_arm(PTP_TIMER timer, DWORD due_ms, DWORD period_ms);
/* Stops further expirations. Called with the lock held. */
void tp_timer_disarm(PTP_TIMER timer);
/* The timer's callback object (for tp_cancel_pending, tp_wait_idle, tp_close). */
struct tp_object *tp_timer_object(PTP_TIMER timer);

#endif
