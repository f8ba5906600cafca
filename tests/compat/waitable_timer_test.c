/* Waitable timers: manual-reset and synchronization timers, periods, cancelling, and the
 * documented errors. */
#include <windows.h>

#include "w3test.h"

static LARGE_INTEGER in_ms(LONGLONG ms)
{
    LARGE_INTEGER due;
    due.QuadPart = -ms * 10000; /* relative, 100 ns units */
    return due;
}

W3_TEST(manual_reset_timer_stays_signalled)
{
    HANDLE t = CreateWaitableTimerA(NULL, TRUE, NULL);
    LARGE_INTEGER due = in_ms(40);
    W3_REQUIRE(t != NULL);
    W3_CHECK_EQ(WaitForSingleObject(t, 0), WAIT_TIMEOUT); /* never set: not signalled */
    ULONGLONG start = GetTickCount64();
    W3_REQUIRE(SetWaitableTimer(t, &due, 0, NULL, NULL, FALSE));
    W3_CHECK_EQ(WaitForSingleObject(t, 0), WAIT_TIMEOUT);
    W3_CHECK_EQ(WaitForSingleObject(t, 10000), WAIT_OBJECT_0);
    W3_CHECK(GetTickCount64() - start >= 30);
    W3_CHECK_EQ(WaitForSingleObject(t, 0), WAIT_OBJECT_0); /* still signalled */
    due = in_ms(1000);
    W3_REQUIRE(SetWaitableTimer(t, &due, 0, NULL, NULL, FALSE)); /* setting resets it */
    W3_CHECK_EQ(WaitForSingleObject(t, 0), WAIT_TIMEOUT);
    W3_CHECK(CancelWaitableTimer(t));
    CloseHandle(t);
}

W3_TEST(synchronization_timer_releases_one_wait_per_period)
{
    HANDLE t = CreateWaitableTimerExW(NULL, NULL, 0, TIMER_ALL_ACCESS);
    LARGE_INTEGER due = in_ms(10);
    W3_REQUIRE(t != NULL);
    W3_REQUIRE(SetWaitableTimer(t, &due, 15, NULL, NULL, FALSE));
    for (int i = 0; i < 3; i++)
        W3_CHECK_EQ(WaitForSingleObject(t, 10000), WAIT_OBJECT_0);
    W3_CHECK(CancelWaitableTimer(t));
    Sleep(40);
    WaitForSingleObject(t, 0); /* drop an expiry that raced the cancel */
    W3_CHECK_EQ(WaitForSingleObject(t, 60), WAIT_TIMEOUT);
    CloseHandle(t);
}

W3_TEST(cancelled_timer_does_not_fire)
{
    HANDLE t = CreateWaitableTimerA(NULL, TRUE, NULL);
    LARGE_INTEGER due = in_ms(50);
    W3_REQUIRE(t != NULL);
    W3_REQUIRE(SetWaitableTimer(t, &due, 0, NULL, NULL, FALSE));
    W3_CHECK(CancelWaitableTimer(t));
    W3_CHECK_EQ(WaitForSingleObject(t, 150), WAIT_TIMEOUT);
    CloseHandle(t);
}

W3_TEST(waitable_timer_errors)
{
    HANDLE e = CreateEventA(NULL, TRUE, FALSE, NULL);
    LARGE_INTEGER due = in_ms(10);
    SetLastError(0);
    W3_CHECK(!SetWaitableTimer(e, &due, 0, NULL, NULL, FALSE));
    W3_CHECK_EQ(GetLastError(), ERROR_INVALID_HANDLE);
    SetLastError(0);
    W3_CHECK(!CancelWaitableTimer(e));
    W3_CHECK_EQ(GetLastError(), ERROR_INVALID_HANDLE);
    CloseHandle(e);
}
