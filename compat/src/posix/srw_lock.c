/* Slim reader/writer locks in the first 32 bits of SRWLOCK.Ptr: a reader count, a
 * writer bit, and a bit saying someone sleeps on the word. A thread that sleeps sets
 * the bit; whoever releases the lock to nobody clears it and wakes every sleeper, and
 * they compete again. New readers queue behind a sleeping writer so that a stream of
 * readers cannot starve it. */
#include "futex.h"

#define WRITER 0x40000000
#define SLEEPERS 0x20000000
#define READERS 0x1FFFFFFF

void WINAPI InitializeSRWLock(PSRWLOCK lock)
{
    lock->Ptr = NULL;
}

static int32_t *word_of(PSRWLOCK lock)
{
    return W3_WORD_OF(&lock->Ptr);
}

static int cas(int32_t *word, int32_t *expected, int32_t desired)
{
    return __atomic_compare_exchange_n(word, expected, desired, 1, __ATOMIC_ACQUIRE,
                                       __ATOMIC_RELAXED);
}

/* Sleeps on the word as it is in state s (with SLEEPERS set first). */
static void sleep_on(int32_t *word, int32_t s)
{
    if ((s & SLEEPERS) || cas(word, &s, s | SLEEPERS))
        w3_futex_wait(word, s | SLEEPERS, &w3_no_deadline);
}

static int can_share(int32_t s)
{
    return !(s & WRITER) && (!(s & SLEEPERS) || (s & READERS) == 0);
}

BOOLEAN WINAPI TryAcquireSRWLockExclusive(PSRWLOCK lock)
{
    int32_t *word = word_of(lock);
    int32_t s = __atomic_load_n(word, __ATOMIC_RELAXED);
    while ((s & (WRITER | READERS)) == 0) {
        if (cas(word, &s, s | WRITER))
            return TRUE;
    }
    return FALSE;
}

BOOLEAN WINAPI TryAcquireSRWLockShared(PSRWLOCK lock)
{
    int32_t *word = word_of(lock);
    int32_t s = __atomic_load_n(word, __ATOMIC_RELAXED);
    while (can_share(s)) {
        if (cas(word, &s, s + 1))
            return TRUE;
    }
    return FALSE;
}

void WINAPI AcquireSRWLockExclusive(PSRWLOCK lock)
{
    int32_t *word = word_of(lock);
    for (;;) {
        int32_t s = __atomic_load_n(word, __ATOMIC_RELAXED);
        if ((s & (WRITER | READERS)) == 0) {
            if (cas(word, &s, s | WRITER))
                return;
            continue;
        }
        sleep_on(word, s);
    }
}

void WINAPI AcquireSRWLockShared(PSRWLOCK lock)
{
    int32_t *word = word_of(lock);
    for (;;) {
        int32_t s = __atomic_load_n(word, __ATOMIC_RELAXED);
        if (can_share(s)) {
            if (cas(word, &s, s + 1))
                return;
            continue;
        }
        sleep_on(word, s);
    }
}

void WINAPI ReleaseSRWLockExclusive(PSRWLOCK lock)
{
    int32_t *word = word_of(lock);
    if (__atomic_fetch_and(word, ~(WRITER | SLEEPERS), __ATOMIC_RELEASE) & SLEEPERS)
        w3_futex_wake(word, INT32_MAX);
}

void WINAPI ReleaseSRWLockShared(PSRWLOCK lock)
{
    int32_t *word = word_of(lock);
    int32_t s = __atomic_load_n(word, __ATOMIC_RELAXED);
    int32_t next;
    do {
        next = s - 1;
        if ((next & READERS) == 0)
            next &= ~SLEEPERS;
    } while (!__atomic_compare_exchange_n(word, &s, next, 1, __ATOMIC_RELEASE, __ATOMIC_RELAXED));
    if ((s & SLEEPERS) && !(next & SLEEPERS))
        w3_futex_wake(word, INT32_MAX);
}
