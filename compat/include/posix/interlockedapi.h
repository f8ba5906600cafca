/* Interlocked operations, inline as on Windows (where they are compiler intrinsics).
 * Every one is a full barrier. Increment, Decrement and Add return the new value;
 * Exchange, ExchangeAdd, CompareExchange, And, Or and Xor return the old one. */
#ifndef W3COMPAT_INTERLOCKEDAPI_H
#define W3COMPAT_INTERLOCKEDAPI_H

#include "windef.h"

#define W3_INTERLOCKED_FAMILY(suffix, T)                                                     \
    static __inline T InterlockedIncrement##suffix(T volatile *Addend)                     \
    {                                                                                      \
        return __atomic_add_fetch(Addend, 1, __ATOMIC_SEQ_CST);                            \
    }                                                                                      \
    static __inline T InterlockedDecrement##suffix(T volatile *Addend)                     \
    {                                                                                      \
        return __atomic_sub_fetch(Addend, 1, __ATOMIC_SEQ_CST);                            \
    }                                                                                      \
    static __inline T InterlockedExchange##suffix(T volatile *Target, T Value)             \
    {                                                                                      \
        return __atomic_exchange_n(Target, Value, __ATOMIC_SEQ_CST);                       \
    }                                                                                      \
    static __inline T InterlockedExchangeAdd##suffix(T volatile *Addend, T Value)          \
    {                                                                                      \
        return __atomic_fetch_add(Addend, Value, __ATOMIC_SEQ_CST);                        \
    }                                                                                      \
    static __inline T InterlockedAdd##suffix(T volatile *Addend, T Value)                  \
    {                                                                                      \
        return __atomic_add_fetch(Addend, Value, __ATOMIC_SEQ_CST);                        \
    }                                                                                      \
    static __inline T InterlockedCompareExchange##suffix(T volatile *Destination,          \
                                                         T Exchange, T Comparand)          \
    {                                                                                      \
        __atomic_compare_exchange_n(Destination, &Comparand, Exchange, 0, __ATOMIC_SEQ_CST, \
                                    __ATOMIC_SEQ_CST);                                     \
        return Comparand;                                                                  \
    }                                                                                      \
    static __inline T InterlockedAnd##suffix(T volatile *Destination, T Value)             \
    {                                                                                      \
        return __atomic_fetch_and(Destination, Value, __ATOMIC_SEQ_CST);                   \
    }                                                                                      \
    static __inline T InterlockedOr##suffix(T volatile *Destination, T Value)              \
    {                                                                                      \
        return __atomic_fetch_or(Destination, Value, __ATOMIC_SEQ_CST);                    \
    }                                                                                      \
    static __inline T InterlockedXor##suffix(T volatile *Destination, T Value)             \
    {                                                                                      \
        return __atomic_fetch_xor(Destination, Value, __ATOMIC_SEQ_CST);                   \
    }

W3COMPAT_BEGIN_C

W3_INTERLOCKED_FAMILY(, LONG)
W3_INTERLOCKED_FAMILY(64, LONG64)

static __inline PVOID InterlockedExchangePointer(PVOID volatile *Target, PVOID Value)
{
    return __atomic_exchange_n(Target, Value, __ATOMIC_SEQ_CST);
}

static __inline PVOID InterlockedCompareExchangePointer(PVOID volatile *Destination,
                                                        PVOID Exchange, PVOID Comparand)
{
    __atomic_compare_exchange_n(Destination, &Comparand, Exchange, 0, __ATOMIC_SEQ_CST,
                                __ATOMIC_SEQ_CST);
    return Comparand;
}

W3COMPAT_END_C

#undef W3_INTERLOCKED_FAMILY

#define MemoryBarrier() __atomic_thread_fence(__ATOMIC_SEQ_CST)
#if defined(__x86_64__) || defined(__i386__)
#define YieldProcessor() __builtin_ia32_pause()
#else
#define YieldProcessor() ((void)0)
#endif

#endif
