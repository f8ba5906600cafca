/* Interlocked operations, inline as on Windows (where they are compiler intrinsics).
 * Every one is a full barrier. Increment, Decrement and Add return the new value;
 * Exchange, ExchangeAdd, CompareExchange, And, Or and Xor return the old one.
 *
 * LONG is 32 bits here, so C's long is another type (64 bits on LP64 Linux), yet code
 * written for Windows declares its counters `long` (`volatile long m_cRef;`) or
 * unsigned. In C++ each function therefore has overloads for long, unsigned int and
 * unsigned long, working at that type's own width, and the 64-bit family also takes
 * unsigned 64-bit (and an 8-byte long). C has no overloads: pass LONG * there. */
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

W3_INTERLOCKED_FAMILY(, LONG)
W3_INTERLOCKED_FAMILY(64, LONG64)

#ifdef __cplusplus
W3_INTERLOCKED_FAMILY(, long)
W3_INTERLOCKED_FAMILY(, unsigned int)
W3_INTERLOCKED_FAMILY(, unsigned long)
W3_INTERLOCKED_FAMILY(64, unsigned long long)
#if __SIZEOF_LONG__ == 8
W3_INTERLOCKED_FAMILY(64, long)
W3_INTERLOCKED_FAMILY(64, unsigned long)
#endif
#endif

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

#undef W3_INTERLOCKED_FAMILY

/* Interlocked singly linked lists (SLIST): a LIFO stack that threads share. Entries
 * must be aligned on MEMORY_ALLOCATION_ALIGNMENT (16 bytes on 64-bit targets, where
 * SLIST_ENTRY carries that alignment). The header is the size and alignment of
 * Windows'; here each operation is serialised by a lock chosen by the header's address,
 * so push, pop and flush are atomic with respect to each other, and QueryDepthSList
 * reads the depth without locking. */
typedef struct _SINGLE_LIST_ENTRY {
    struct _SINGLE_LIST_ENTRY *Next;
} SINGLE_LIST_ENTRY, *PSINGLE_LIST_ENTRY;

#if __SIZEOF_POINTER__ == 8
typedef struct DECLSPEC_ALIGN(16) _SLIST_ENTRY {
    struct _SLIST_ENTRY *Next;
} SLIST_ENTRY, *PSLIST_ENTRY;

/* Alignment holds the first entry, the low 16 bits of Region the depth. */
typedef union DECLSPEC_ALIGN(16) _SLIST_HEADER {
    struct {
        ULONGLONG Alignment;
        ULONGLONG Region;
    };
} SLIST_HEADER, *PSLIST_HEADER;
#else
typedef SINGLE_LIST_ENTRY SLIST_ENTRY, *PSLIST_ENTRY;

typedef union _SLIST_HEADER {
    ULONGLONG Alignment;
    struct {
        SLIST_ENTRY Next;
        WORD Depth;
        WORD Sequence;
    };
} SLIST_HEADER, *PSLIST_HEADER;
#endif

W3COMPAT_BEGIN_C

WINBASEAPI void WINAPI InitializeSListHead(PSLIST_HEADER ListHead);
WINBASEAPI PSLIST_ENTRY WINAPI InterlockedPushEntrySList(PSLIST_HEADER ListHead,
                                                         PSLIST_ENTRY ListEntry);
/* Pushes the chain List..ListEnd (Count entries, linked through Next) as one step. */
WINBASEAPI PSLIST_ENTRY WINAPI InterlockedPushListSListEx(PSLIST_HEADER ListHead, PSLIST_ENTRY List,
                                                          PSLIST_ENTRY ListEnd, ULONG Count);
WINBASEAPI PSLIST_ENTRY WINAPI InterlockedPopEntrySList(PSLIST_HEADER ListHead);
WINBASEAPI PSLIST_ENTRY WINAPI InterlockedFlushSList(PSLIST_HEADER ListHead);
WINBASEAPI USHORT WINAPI QueryDepthSList(PSLIST_HEADER ListHead);
NTSYSAPI PSLIST_ENTRY NTAPI RtlFirstEntrySList(const SLIST_HEADER *ListHead);

W3COMPAT_END_C

#define InterlockedPushListSList InterlockedPushListSListEx
#define RtlInitializeSListHead InitializeSListHead
#define RtlInterlockedPushEntrySList InterlockedPushEntrySList
#define RtlInterlockedPopEntrySList InterlockedPopEntrySList
#define RtlInterlockedFlushSList InterlockedFlushSList
#define RtlQueryDepthSList QueryDepthSList

#define MemoryBarrier() __atomic_thread_fence(__ATOMIC_SEQ_CST)
#if defined(__x86_64__) || defined(__i386__)
#define YieldProcessor() __builtin_ia32_pause()
#else
#define YieldProcessor() ((void)0)
#endif

#endif
