/* Recursive critical sections. LockCount is the lock word: 0 free, 1 held, 2 held with
 * sleepers. OwningThread holds the owner's thread id, written only by the owner, so a
 * thread comparing it with its own id never sees a false match. */
#include "futex.h"
#include "thread_id.h"

enum { FREE = 0, HELD = 1, CONTENDED = 2 };

static void init(LPCRITICAL_SECTION cs, DWORD spin)
{
    cs->DebugInfo = NULL;
    cs->LockCount = FREE;
    cs->RecursionCount = 0;
    cs->OwningThread = NULL;
    cs->LockSemaphore = NULL;
    cs->SpinCount = spin & 0x00FFFFFFu;
}

void WINAPI InitializeCriticalSection(LPCRITICAL_SECTION cs)
{
    init(cs, 0);
}

BOOL WINAPI InitializeCriticalSectionAndSpinCount(LPCRITICAL_SECTION cs, DWORD spin)
{
    init(cs, spin);
    return TRUE;
}

BOOL WINAPI InitializeCriticalSectionEx(LPCRITICAL_SECTION cs, DWORD spin, DWORD flags)
{
    (void)flags;
    init(cs, spin);
    return TRUE;
}

DWORD WINAPI SetCriticalSectionSpinCount(LPCRITICAL_SECTION cs, DWORD spin)
{
    DWORD old = (DWORD)cs->SpinCount;
    cs->SpinCount = spin & 0x00FFFFFFu;
    return old;
}

void WINAPI DeleteCriticalSection(LPCRITICAL_SECTION cs)
{
    init(cs, 0);
}

static HANDLE owner_of(LPCRITICAL_SECTION cs)
{
    return __atomic_load_n(&cs->OwningThread, __ATOMIC_RELAXED);
}

static HANDLE self_as_owner(void)
{
    return (HANDLE)(uintptr_t)w3_thread_id();
}

static void take_ownership(LPCRITICAL_SECTION cs)
{
    __atomic_store_n(&cs->OwningThread, self_as_owner(), __ATOMIC_RELAXED);
    cs->RecursionCount = 1;
}

static int try_lock(LPCRITICAL_SECTION cs)
{
    int32_t expected = FREE;
    return __atomic_compare_exchange_n(&cs->LockCount, &expected, HELD, 0, __ATOMIC_ACQUIRE,
                                       __ATOMIC_RELAXED);
}

BOOL WINAPI TryEnterCriticalSection(LPCRITICAL_SECTION cs)
{
    if (owner_of(cs) == self_as_owner()) {
        cs->RecursionCount++;
        return TRUE;
    }
    if (!try_lock(cs))
        return FALSE;
    take_ownership(cs);
    return TRUE;
}

void WINAPI EnterCriticalSection(LPCRITICAL_SECTION cs)
{
    if (owner_of(cs) == self_as_owner()) {
        cs->RecursionCount++;
        return;
    }
    for (ULONG_PTR spins = cs->SpinCount; spins > 0; spins--) {
        if (try_lock(cs)) {
            take_ownership(cs);
            return;
        }
    }
    if (!try_lock(cs)) {
        /* Mark the lock contended, then sleep until whoever holds it lets go. */
        while (__atomic_exchange_n(&cs->LockCount, CONTENDED, __ATOMIC_ACQUIRE) != FREE)
            w3_futex_wait(&cs->LockCount, CONTENDED, &w3_no_deadline);
    }
    take_ownership(cs);
}

void WINAPI LeaveCriticalSection(LPCRITICAL_SECTION cs)
{
    if (--cs->RecursionCount > 0)
        return;
    __atomic_store_n(&cs->OwningThread, NULL, __ATOMIC_RELAXED);
    if (__atomic_exchange_n(&cs->LockCount, FREE, __ATOMIC_RELEASE) == CONTENDED)
        w3_futex_wake(&cs->LockCount, 1);
}
