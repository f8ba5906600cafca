/* Interlocked operations: return values, and atomicity under contention. */
#include <windows.h>

#include "w3test.h"

W3_TEST(interlocked_32_bit_return_values)
{
    LONG volatile v = 5;
    W3_CHECK_EQ_I(InterlockedIncrement(&v), 6);
    W3_CHECK_EQ_I(InterlockedDecrement(&v), 5);
    W3_CHECK_EQ_I(InterlockedExchange(&v, 9), 5);
    W3_CHECK_EQ_I(InterlockedExchangeAdd(&v, 3), 9);
    W3_CHECK_EQ_I(v, 12);
    W3_CHECK_EQ_I(InterlockedCompareExchange(&v, 1, 99), 12); /* no match: unchanged */
    W3_CHECK_EQ_I(v, 12);
    W3_CHECK_EQ_I(InterlockedCompareExchange(&v, 1, 12), 12);
    W3_CHECK_EQ_I(v, 1);
    v = 0x0F;
    W3_CHECK_EQ_I(InterlockedAnd(&v, 0x3C), 0x0F);
    W3_CHECK_EQ_I(v, 0x0C);
    W3_CHECK_EQ_I(InterlockedOr(&v, 0x30), 0x0C);
    W3_CHECK_EQ_I(v, 0x3C);
    W3_CHECK_EQ_I(InterlockedXor(&v, 0xFF), 0x3C);
    W3_CHECK_EQ_I(v, 0xC3);
}

W3_TEST(interlocked_wraps_at_32_bits)
{
    LONG volatile v = MAXLONG;
    W3_CHECK_EQ_I(InterlockedIncrement(&v), (LONG)0x80000000u);
    v = 0;
    W3_CHECK_EQ_I(InterlockedDecrement(&v), -1);
}

W3_TEST(interlocked_64_bit_return_values)
{
    LONG64 volatile v = 0x100000000LL;
    W3_CHECK_EQ_I(InterlockedIncrement64(&v), 0x100000001LL);
    W3_CHECK_EQ_I(InterlockedDecrement64(&v), 0x100000000LL);
    W3_CHECK_EQ_I(InterlockedExchange64(&v, 0x500000000LL), 0x100000000LL);
    W3_CHECK_EQ_I(InterlockedExchangeAdd64(&v, 0x100000000LL), 0x500000000LL);
    W3_CHECK_EQ_I(v, 0x600000000LL);
    W3_CHECK_EQ_I(InterlockedCompareExchange64(&v, 7, 0x600000000LL), 0x600000000LL);
    W3_CHECK_EQ_I(v, 7);
    W3_CHECK_EQ_I(InterlockedAnd64(&v, 3), 7);
    W3_CHECK_EQ_I(InterlockedOr64(&v, 0x100000000LL), 3);
    W3_CHECK_EQ_I(InterlockedXor64(&v, 1), 0x100000003LL);
    W3_CHECK_EQ_I(v, 0x100000002LL);
}

W3_TEST(interlocked_pointers)
{
    int a, b;
    PVOID volatile p = &a;
    W3_CHECK(InterlockedExchangePointer(&p, &b) == &a);
    W3_CHECK(p == &b);
    W3_CHECK(InterlockedCompareExchangePointer(&p, &a, &a) == &b); /* no match */
    W3_CHECK(p == &b);
    W3_CHECK(InterlockedCompareExchangePointer(&p, &a, &b) == &b);
    W3_CHECK(p == &a);
    MemoryBarrier();
}

struct contended {
    LONG volatile counter;
    LONG64 volatile total;
    LONG volatile spin;
    LONG volatile cas_counter;
};

#define ROUNDS 50000

static DWORD WINAPI hammer(LPVOID arg)
{
    struct contended *c = arg;
    for (int i = 0; i < ROUNDS; i++) {
        InterlockedIncrement(&c->counter);
        InterlockedExchangeAdd64(&c->total, 3);
        LONG seen;
        do
            seen = c->cas_counter;
        while (InterlockedCompareExchange(&c->cas_counter, seen + 1, seen) != seen);
    }
    for (int i = 0; i < ROUNDS / 2; i++)
        InterlockedDecrement(&c->counter);
    return 0;
}

W3_TEST(interlocked_counters_survive_contention)
{
    struct contended c = {0, 0, 0, 0};
    HANDLE h[4];
    for (int i = 0; i < 4; i++) {
        h[i] = CreateThread(NULL, 0, hammer, &c, 0, NULL);
        W3_REQUIRE(h[i] != NULL);
    }
    W3_CHECK_EQ(WaitForMultipleObjects(4, h, TRUE, 30000), WAIT_OBJECT_0);
    for (int i = 0; i < 4; i++)
        CloseHandle(h[i]);
    W3_CHECK_EQ_I(c.counter, 4 * ROUNDS / 2);
    W3_CHECK_EQ_I(c.total, 4LL * ROUNDS * 3);
    W3_CHECK_EQ_I(c.cas_counter, 4 * ROUNDS);
}

static DWORD WINAPI spin_lock_users(LPVOID arg)
{
    struct contended *c = arg;
    for (int i = 0; i < ROUNDS / 5; i++) {
        while (InterlockedExchange(&c->spin, 1) != 0)
            YieldProcessor();
        c->counter = c->counter + 1; /* plain read-modify-write, guarded by the spin lock */
        InterlockedExchange(&c->spin, 0);
    }
    return 0;
}

W3_TEST(interlocked_exchange_builds_a_working_spin_lock)
{
    struct contended c = {0, 0, 0, 0};
    HANDLE h[3];
    for (int i = 0; i < 3; i++) {
        h[i] = CreateThread(NULL, 0, spin_lock_users, &c, 0, NULL);
        W3_REQUIRE(h[i] != NULL);
    }
    W3_CHECK_EQ(WaitForMultipleObjects(3, h, TRUE, 30000), WAIT_OBJECT_0);
    for (int i = 0; i < 3; i++)
        CloseHandle(h[i]);
    W3_CHECK_EQ_I(c.counter, 3 * (ROUNDS / 5));
}
