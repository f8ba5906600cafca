/* Thread priorities, the processor number, MulDiv and IsDebuggerPresent. */
#include <windows.h>

#include "w3test.h"

static DWORD WINAPI idle_thread(LPVOID arg)
{
    WaitForSingleObject((HANDLE)arg, INFINITE);
    return 0;
}

W3_TEST(thread_priority_round_trips)
{
    HANDLE gate = CreateEventA(NULL, TRUE, FALSE, NULL);
    HANDLE t = CreateThread(NULL, 0, idle_thread, gate, 0, NULL);
    W3_REQUIRE(t != NULL);
    W3_CHECK_EQ_I(GetThreadPriority(t), THREAD_PRIORITY_NORMAL);
    W3_CHECK(SetThreadPriority(t, THREAD_PRIORITY_BELOW_NORMAL));
    W3_CHECK_EQ_I(GetThreadPriority(t), THREAD_PRIORITY_BELOW_NORMAL);
    W3_CHECK(SetThreadPriority(GetCurrentThread(), THREAD_PRIORITY_ABOVE_NORMAL));
    W3_CHECK_EQ_I(GetThreadPriority(GetCurrentThread()), THREAD_PRIORITY_ABOVE_NORMAL);
    W3_CHECK(SetThreadPriority(GetCurrentThread(), THREAD_PRIORITY_NORMAL));
    SetEvent(gate);
    WaitForSingleObject(t, INFINITE);
    CloseHandle(t);
    CloseHandle(gate);
}

W3_TEST(thread_priority_errors)
{
    HANDLE event = CreateEventA(NULL, TRUE, FALSE, NULL);
    HANDLE t = CreateThread(NULL, 0, idle_thread, event, 0, NULL);
    W3_REQUIRE(t != NULL);
    SetLastError(0);
    W3_CHECK(!SetThreadPriority(t, 100));
    W3_CHECK_EQ(GetLastError(), ERROR_INVALID_PARAMETER);
    SetEvent(event);
    WaitForSingleObject(t, INFINITE);
    CloseHandle(t);
    SetLastError(0);
    W3_CHECK_EQ_I(GetThreadPriority(t), THREAD_PRIORITY_ERROR_RETURN); /* closed */
    W3_CHECK_EQ(GetLastError(), ERROR_INVALID_HANDLE);
    CloseHandle(event);
}

W3_TEST(processor_number_is_below_the_count)
{
    SYSTEM_INFO si;
    GetSystemInfo(&si);
    W3_CHECK(GetCurrentProcessorNumber() < si.dwNumberOfProcessors);
}

W3_TEST(mul_div_rounds_and_reports_overflow)
{
    W3_CHECK_EQ_I(MulDiv(10, 3, 4), 8);   /* 7.5 rounds up */
    W3_CHECK_EQ_I(MulDiv(-10, 3, 4), -8); /* away from zero */
    W3_CHECK_EQ_I(MulDiv(10, 3, -4), -8);
    W3_CHECK_EQ_I(MulDiv(7, 1, 3), 2);                   /* 2.33 */
    W3_CHECK_EQ_I(MulDiv(0x40000000, 4, 2), -1);         /* does not fit */
    W3_CHECK_EQ_I(MulDiv(0x40000000, 4, 4), 0x40000000); /* the product may exceed 32 bits */
    W3_CHECK_EQ_I(MulDiv(5, 5, 0), -1);
}

W3_TEST(no_debugger_under_the_test_runner)
{
    W3_CHECK(!IsDebuggerPresent());
}
