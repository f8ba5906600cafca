/* Interlocked singly linked lists. Each header is guarded by one of a fixed set of
 * mutexes picked by its address, so the header keeps Windows' size and needs no
 * initialisation beyond InitializeSListHead. The fields are also written atomically so
 * that QueryDepthSList and RtlFirstEntrySList need no lock. */
#include <windows.h>

#include <pthread.h>
#include <stdint.h>

#define LOCK_COUNT 64

static pthread_mutex_t locks[LOCK_COUNT] = {[0 ... LOCK_COUNT - 1] = PTHREAD_MUTEX_INITIALIZER};

/* Where this target's header keeps the first entry and the depth. */
#if __SIZEOF_POINTER__ == 8
static PSLIST_ENTRY first_of(const SLIST_HEADER *h)
{
    return (PSLIST_ENTRY)(uintptr_t)__atomic_load_n(&h->Alignment, __ATOMIC_ACQUIRE);
}
static void set_first(PSLIST_HEADER h, PSLIST_ENTRY e)
{
    __atomic_store_n(&h->Alignment, (ULONGLONG)(uintptr_t)e, __ATOMIC_RELEASE);
}
static WORD depth_of(const SLIST_HEADER *h)
{
    return (WORD)__atomic_load_n(&h->Region, __ATOMIC_RELAXED);
}
static void set_depth(PSLIST_HEADER h, WORD depth)
{
    __atomic_store_n(&h->Region, (ULONGLONG)depth, __ATOMIC_RELAXED);
}
#else
static PSLIST_ENTRY first_of(const SLIST_HEADER *h)
{
    return __atomic_load_n(&h->Next.Next, __ATOMIC_ACQUIRE);
}
static void set_first(PSLIST_HEADER h, PSLIST_ENTRY e)
{
    __atomic_store_n(&h->Next.Next, e, __ATOMIC_RELEASE);
}
static WORD depth_of(const SLIST_HEADER *h)
{
    return __atomic_load_n(&h->Depth, __ATOMIC_RELAXED);
}
static void set_depth(PSLIST_HEADER h, WORD depth)
{
    __atomic_store_n(&h->Depth, depth, __ATOMIC_RELAXED);
}
#endif

static pthread_mutex_t *lock_of(const SLIST_HEADER *h)
{
    return &locks[((uintptr_t)h / sizeof(SLIST_HEADER)) % LOCK_COUNT];
}

void WINAPI InitializeSListHead(PSLIST_HEADER ListHead)
{
    memset(ListHead, 0, sizeof *ListHead);
}

PSLIST_ENTRY WINAPI InterlockedPushListSListEx(PSLIST_HEADER ListHead, PSLIST_ENTRY List,
                                               PSLIST_ENTRY ListEnd, ULONG Count)
{
    pthread_mutex_t *lock = lock_of(ListHead);
    PSLIST_ENTRY previous;

    pthread_mutex_lock(lock);
    previous = first_of(ListHead);
    ListEnd->Next = previous;
    set_first(ListHead, List);
    set_depth(ListHead, (WORD)(depth_of(ListHead) + Count));
    pthread_mutex_unlock(lock);
    return previous;
}

PSLIST_ENTRY WINAPI InterlockedPushEntrySList(PSLIST_HEADER ListHead, PSLIST_ENTRY ListEntry)
{
    return InterlockedPushListSListEx(ListHead, ListEntry, ListEntry, 1);
}

PSLIST_ENTRY WINAPI InterlockedPopEntrySList(PSLIST_HEADER ListHead)
{
    pthread_mutex_t *lock = lock_of(ListHead);
    PSLIST_ENTRY first;

    pthread_mutex_lock(lock);
    first = first_of(ListHead);
    if (first) {
        set_first(ListHead, first->Next);
        set_depth(ListHead, (WORD)(depth_of(ListHead) - 1));
    }
    pthread_mutex_unlock(lock);
    return first;
}

PSLIST_ENTRY WINAPI InterlockedFlushSList(PSLIST_HEADER ListHead)
{
    pthread_mutex_t *lock = lock_of(ListHead);
    PSLIST_ENTRY first;

    pthread_mutex_lock(lock);
    first = first_of(ListHead);
    set_first(ListHead, NULL);
    set_depth(ListHead, 0);
    pthread_mutex_unlock(lock);
    return first;
}

USHORT WINAPI QueryDepthSList(PSLIST_HEADER ListHead)
{
    return depth_of(ListHead);
}

PSLIST_ENTRY NTAPI RtlFirstEntrySList(const SLIST_HEADER *ListHead)
{
    return first_of(ListHead);
}
