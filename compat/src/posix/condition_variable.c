/* Condition variables: the first 32 bits of CONDITION_VARIABLE.Ptr count wake-ups. A
 * sleeper reads the count before releasing its lock and sleeps while it is unchanged,
 * so a wake between the release and the sleep is not lost. Wakes may be spurious, as
 * Windows allows. */
#include <limits.h>

#include "futex.h"

void WINAPI InitializeConditionVariable(PCONDITION_VARIABLE cv)
{
    cv->Ptr = NULL;
}

static int32_t *word_of(PCONDITION_VARIABLE cv)
{
    return W3_WORD_OF(&cv->Ptr);
}

static BOOL sleep_unlocked(int32_t *word, int32_t seen, DWORD milliseconds)
{
    struct w3_deadline deadline = w3_deadline_after(milliseconds);
    if (!w3_futex_wait(word, seen, &deadline)) {
        SetLastError(ERROR_TIMEOUT);
        return FALSE;
    }
    return TRUE;
}

BOOL WINAPI SleepConditionVariableCS(PCONDITION_VARIABLE cv, PCRITICAL_SECTION cs,
                                     DWORD milliseconds)
{
    int32_t *word = word_of(cv);
    int32_t seen = __atomic_load_n(word, __ATOMIC_ACQUIRE);
    BOOL woken;

    LeaveCriticalSection(cs);
    woken = sleep_unlocked(word, seen, milliseconds);
    EnterCriticalSection(cs);
    return woken;
}

BOOL WINAPI SleepConditionVariableSRW(PCONDITION_VARIABLE cv, PSRWLOCK lock, DWORD milliseconds,
                                      ULONG flags)
{
    int32_t *word = word_of(cv);
    int32_t seen = __atomic_load_n(word, __ATOMIC_ACQUIRE);
    int shared = (flags & CONDITION_VARIABLE_LOCKMODE_SHARED) != 0;
    BOOL woken;

    if (flags & ~CONDITION_VARIABLE_LOCKMODE_SHARED) {
        SetLastError(ERROR_INVALID_PARAMETER);
        return FALSE;
    }
    if (shared)
        ReleaseSRWLockShared(lock);
    else
        ReleaseSRWLockExclusive(lock);
    woken = sleep_unlocked(word, seen, milliseconds);
    if (shared)
        AcquireSRWLockShared(lock);
    else
        AcquireSRWLockExclusive(lock);
    return woken;
}

void WINAPI WakeConditionVariable(PCONDITION_VARIABLE cv)
{
    __atomic_add_fetch(word_of(cv), 1, __ATOMIC_RELEASE);
    w3_futex_wake(word_of(cv), 1);
}

void WINAPI WakeAllConditionVariable(PCONDITION_VARIABLE cv)
{
    __atomic_add_fetch(word_of(cv), 1, __ATOMIC_RELEASE);
    w3_futex_wake(word_of(cv), INT_MAX);
}
