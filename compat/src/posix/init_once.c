/* One-time initialisation. INIT_ONCE.Ptr holds the state in its two low bits (the
 * INIT_ONCE_CTX_RESERVED_BITS) and, once done, the callback's context above them, as
 * on Windows. Threads that find the callback running sleep on the word's low half. */
#include "futex.h"

#define RUNNING 1u
#define DONE 2u
#define STATE_MASK 3u

_Static_assert(__BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__,
               "the futex word must be the low half of INIT_ONCE.Ptr");

void WINAPI InitOnceInitialize(PINIT_ONCE once)
{
    once->Ptr = NULL;
}

static uintptr_t *value_of(PINIT_ONCE once)
{
    return (uintptr_t *)&once->Ptr;
}

BOOL WINAPI InitOnceExecuteOnce(PINIT_ONCE once, PINIT_ONCE_FN init_fn, PVOID parameter,
                                LPVOID *context)
{
    uintptr_t *value = value_of(once);

    for (;;) {
        uintptr_t v = __atomic_load_n(value, __ATOMIC_ACQUIRE);
        if ((v & STATE_MASK) == DONE) {
            if (context)
                *context = (PVOID)(v & ~(uintptr_t)STATE_MASK);
            return TRUE;
        }
        if (v == 0 && __atomic_compare_exchange_n(value, &v, RUNNING, 0, __ATOMIC_ACQUIRE,
                                                  __ATOMIC_ACQUIRE)) {
            PVOID result = NULL;
            BOOL ok = init_fn(once, parameter, &result);
            uintptr_t final = ok ? ((uintptr_t)result & ~(uintptr_t)STATE_MASK) | DONE : 0;
            __atomic_store_n(value, final, __ATOMIC_RELEASE);
            w3_futex_wake(W3_WORD_OF(value), INT32_MAX);
            if (ok && context)
                *context = (PVOID)(final & ~(uintptr_t)STATE_MASK);
            return ok;
        }
        if ((v & STATE_MASK) == RUNNING)
            w3_futex_wait(W3_WORD_OF(value), (int32_t)(uint32_t)v, &w3_no_deadline);
    }
}
