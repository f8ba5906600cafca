// Interlocked functions as C++ code written for Windows calls them: on counters declared
// long (64 bits on LP64 Linux, where LONG is 32) as well as LONG, as a COM-style
// reference count does, and on pointers.
#include <windows.h>

#include "w3test.h"

namespace
{

class RefCounted
{
  public:
    RefCounted() : m_cRef(1) {}
    ULONG AddRef() { return static_cast<ULONG>(InterlockedIncrement(&m_cRef)); }
    ULONG Release()
    {
        long remaining = InterlockedDecrement(&m_cRef);
        return static_cast<ULONG>(remaining);
    }

  private:
    volatile long m_cRef;
};

volatile long shared_long = 0;
volatile LONG shared_LONG = 0;

DWORD WINAPI bump_both(LPVOID)
{
    for (int i = 0; i < 20000; i++) {
        InterlockedIncrement(&shared_long);
        InterlockedExchangeAdd(&shared_LONG, 2);
    }
    return 0;
}

} // namespace

W3_TEST(interlocked_on_long_counters)
{
    long value = 10;
    W3_CHECK_EQ_I(InterlockedIncrement(&value), 11);
    W3_CHECK_EQ_I(InterlockedDecrement(&value), 10);
    W3_CHECK_EQ_I(InterlockedExchange(&value, 20), 10);
    W3_CHECK_EQ_I(InterlockedExchangeAdd(&value, 5), 20);
    W3_CHECK_EQ_I(value, 25);
    W3_CHECK_EQ_I(InterlockedCompareExchange(&value, 1, 99), 25);
    W3_CHECK_EQ_I(value, 25);
    W3_CHECK_EQ_I(InterlockedCompareExchange(&value, 1, 25), 25);
    W3_CHECK_EQ_I(value, 1);
    value = 0x0F;
    W3_CHECK_EQ_I(InterlockedAnd(&value, 0x3C), 0x0F);
    W3_CHECK_EQ_I(InterlockedOr(&value, 0x30), 0x0C);
    W3_CHECK_EQ_I(value, 0x3C);
}

W3_TEST(interlocked_on_LONG_counters)
{
    LONG value = 10;
    W3_CHECK_EQ_I(InterlockedIncrement(&value), 11);
    W3_CHECK_EQ_I(InterlockedDecrement(&value), 10);
    W3_CHECK_EQ_I(InterlockedExchange(&value, 20), 10);
    W3_CHECK_EQ_I(InterlockedExchangeAdd(&value, -5), 20);
    W3_CHECK_EQ_I(InterlockedCompareExchange(&value, 7, 15), 15);
    W3_CHECK_EQ_I(value, 7);
    LONG volatile wraps = MAXLONG;
    W3_CHECK_EQ_I(InterlockedIncrement(&wraps), (LONG)0x80000000u);
}

W3_TEST(interlocked_64_bit)
{
    LONG64 big = 0x100000000LL;
    LONGLONG other = 5;
    W3_CHECK_EQ_I(InterlockedIncrement64(&big), 0x100000001LL);
    W3_CHECK_EQ_I(InterlockedExchangeAdd64(&big, 0x100000000LL), 0x100000001LL);
    W3_CHECK_EQ_I(InterlockedCompareExchange64(&big, 3, 0x200000001LL), 0x200000001LL);
    W3_CHECK_EQ_I(big, 3);
    W3_CHECK_EQ_I(InterlockedDecrement64(&other), 4);
    W3_CHECK_EQ_I(InterlockedExchange64(&other, -1), 4);
}

W3_TEST(interlocked_com_style_reference_count)
{
    RefCounted *object = new RefCounted;
    W3_CHECK_EQ(object->AddRef(), 2);
    W3_CHECK_EQ(object->AddRef(), 3);
    W3_CHECK_EQ(object->Release(), 2);
    W3_CHECK_EQ(object->Release(), 1);
    W3_CHECK_EQ(object->Release(), 0);
    delete object;
}

W3_TEST(interlocked_pointers_in_cpp)
{
    int a = 0, b = 0;
    void *volatile slot = &a;
    W3_CHECK(InterlockedExchangePointer(&slot, &b) == &a);
    W3_CHECK(InterlockedCompareExchangePointer(&slot, &a, &a) == &b);
    W3_CHECK(slot == &b);
    W3_CHECK(InterlockedCompareExchangePointer(&slot, &a, &b) == &b);
    W3_CHECK(slot == &a);
}

W3_TEST(interlocked_long_and_LONG_under_contention)
{
    HANDLE threads[4];
    shared_long = 0;
    shared_LONG = 0;
    for (int i = 0; i < 4; i++) {
        threads[i] = CreateThread(NULL, 0, bump_both, NULL, 0, NULL);
        W3_REQUIRE(threads[i] != NULL);
    }
    W3_CHECK_EQ(WaitForMultipleObjects(4, threads, TRUE, 60000), WAIT_OBJECT_0);
    for (int i = 0; i < 4; i++)
        CloseHandle(threads[i]);
    W3_CHECK_EQ_I(shared_long, 80000);
    W3_CHECK_EQ_I(shared_LONG, 160000);
}
