/* Threads, exit codes, thread ids, pseudo-handles and thread-local storage. */
#include <windows.h>

#include "w3test.h"

static DWORD WINAPI return_parameter(LPVOID arg)
{
    return (DWORD)(ULONG_PTR)arg;
}

W3_TEST(thread_exit_code_is_the_return_value)
{
    DWORD id = 0, code = 0;
    HANDLE h = CreateThread(NULL, 0, return_parameter, (LPVOID)(ULONG_PTR)1234, 0, &id);
    W3_REQUIRE(h != NULL);
    W3_CHECK(id != 0);
    W3_CHECK(id != GetCurrentThreadId());
    W3_CHECK_EQ(WaitForSingleObject(h, 10000), WAIT_OBJECT_0);
    W3_CHECK(GetExitCodeThread(h, &code));
    W3_CHECK_EQ(code, 1234);
    W3_CHECK_EQ(WaitForSingleObject(h, 0), WAIT_OBJECT_0); /* stays signalled */
    W3_CHECK(CloseHandle(h));
}

static DWORD WINAPI exit_early(LPVOID arg)
{
    (void)arg;
    ExitThread(77);
}

W3_TEST(exit_thread_sets_the_exit_code)
{
    DWORD code = 0;
    HANDLE h = CreateThread(NULL, 0, exit_early, NULL, 0, NULL);
    W3_REQUIRE(h != NULL);
    W3_CHECK_EQ(WaitForSingleObject(h, 10000), WAIT_OBJECT_0);
    W3_CHECK(GetExitCodeThread(h, &code));
    W3_CHECK_EQ(code, 77);
    CloseHandle(h);
}

static DWORD WINAPI wait_for_event(LPVOID arg)
{
    return WaitForSingleObject((HANDLE)arg, 10000) == WAIT_OBJECT_0 ? 5 : 6;
}

W3_TEST(running_thread_is_still_active_and_unsignalled)
{
    DWORD code = 0;
    HANDLE go = CreateEventA(NULL, TRUE, FALSE, NULL);
    HANDLE h = CreateThread(NULL, 0, wait_for_event, go, 0, NULL);
    W3_REQUIRE(go && h);
    W3_CHECK(GetExitCodeThread(h, &code));
    W3_CHECK_EQ(code, STILL_ACTIVE);
    W3_CHECK_EQ(WaitForSingleObject(h, 100), WAIT_TIMEOUT);
    SetEvent(go);
    W3_CHECK_EQ(WaitForSingleObject(h, 10000), WAIT_OBJECT_0);
    W3_CHECK(GetExitCodeThread(h, &code));
    W3_CHECK_EQ(code, 5);
    CloseHandle(h);
    CloseHandle(go);
}

static LONG ran;

static DWORD WINAPI mark_ran(LPVOID arg)
{
    (void)arg;
    InterlockedExchange(&ran, 1);
    return 3;
}

W3_TEST(suspended_thread_starts_on_resume)
{
    DWORD id = 0;
    HANDLE h = CreateThread(NULL, 0, mark_ran, NULL, CREATE_SUSPENDED, &id);
    W3_REQUIRE(h != NULL);
    W3_CHECK(id != 0);
    W3_CHECK_EQ(WaitForSingleObject(h, 100), WAIT_TIMEOUT);
    W3_CHECK_EQ_I(InterlockedCompareExchange(&ran, 0, 0), 0);
    W3_CHECK_EQ(ResumeThread(h), 1);
    W3_CHECK_EQ(WaitForSingleObject(h, 10000), WAIT_OBJECT_0);
    W3_CHECK_EQ_I(ran, 1);
    W3_CHECK_EQ(ResumeThread(h), 0);
    CloseHandle(h);
}

W3_TEST(wait_for_multiple_threads_all)
{
    HANDLE h[4];
    DWORD code;
    for (int i = 0; i < 4; i++) {
        h[i] =
            CreateThread(NULL, 64 * 1024, return_parameter, (LPVOID)(ULONG_PTR)(i + 10), 0, NULL);
        W3_REQUIRE(h[i] != NULL);
    }
    W3_CHECK_EQ(WaitForMultipleObjects(4, h, TRUE, 10000), WAIT_OBJECT_0);
    for (int i = 0; i < 4; i++) {
        W3_CHECK(GetExitCodeThread(h[i], &code));
        W3_CHECK_EQ(code, (DWORD)(i + 10));
        CloseHandle(h[i]);
    }
}

W3_TEST(closing_a_running_thread_handle_lets_it_finish)
{
    HANDLE go = CreateEventA(NULL, TRUE, FALSE, NULL);
    HANDLE h = CreateThread(NULL, 0, wait_for_event, go, 0, NULL);
    W3_REQUIRE(go && h);
    W3_CHECK(CloseHandle(h));
    SetEvent(go);
    Sleep(50);
    CloseHandle(go);
}

static DWORD WINAPI report_id(LPVOID arg)
{
    *(DWORD *)arg = GetCurrentThreadId();
    return 0;
}

W3_TEST(thread_ids_match_inside_and_out)
{
    DWORD from_create = 0, from_inside = 0;
    HANDLE h = CreateThread(NULL, 0, report_id, &from_inside, 0, &from_create);
    W3_REQUIRE(h != NULL);
    W3_CHECK_EQ(WaitForSingleObject(h, 10000), WAIT_OBJECT_0);
    W3_CHECK_EQ(from_inside, from_create);
    W3_CHECK_EQ(GetThreadId(h), from_create);
    CloseHandle(h);
}

W3_TEST(pseudo_handles_name_the_caller)
{
    DWORD code = 0;
    W3_CHECK(GetCurrentProcess() == (HANDLE)(LONG_PTR)-1);
    W3_CHECK(GetCurrentThread() == (HANDLE)(LONG_PTR)-2);
    W3_CHECK(GetCurrentProcessId() != 0);
    W3_CHECK(GetCurrentThreadId() != 0);
    W3_CHECK_EQ(GetThreadId(GetCurrentThread()), GetCurrentThreadId());
    W3_CHECK(GetExitCodeThread(GetCurrentThread(), &code));
    W3_CHECK_EQ(code, STILL_ACTIVE);
    /* Waiting on oneself cannot succeed. */
    W3_CHECK_EQ(WaitForSingleObject(GetCurrentThread(), 10), WAIT_TIMEOUT);
    W3_CHECK_EQ(WaitForSingleObject(GetCurrentProcess(), 10), WAIT_TIMEOUT);
}

W3_TEST(thread_functions_reject_bogus_handles)
{
    DWORD code = 99;
    HANDLE e = CreateEventA(NULL, FALSE, FALSE, NULL);
    W3_REQUIRE(e != NULL);
    SetLastError(0);
    W3_CHECK(!GetExitCodeThread((HANDLE)(ULONG_PTR)0x7ff0, &code));
    W3_CHECK_EQ(GetLastError(), ERROR_INVALID_HANDLE);
    SetLastError(0);
    W3_CHECK(!GetExitCodeThread(e, &code)); /* not a thread */
    W3_CHECK_EQ(GetLastError(), ERROR_INVALID_HANDLE);
    SetLastError(0);
    W3_CHECK_EQ(ResumeThread(NULL), (DWORD)-1);
    W3_CHECK_EQ(GetLastError(), ERROR_INVALID_HANDLE);
    CloseHandle(e);
}

W3_TEST(sleep_and_switch_to_thread_return)
{
    ULONGLONG before = GetTickCount64();
    Sleep(0);
    Sleep(20);
    W3_CHECK_EQ(SleepEx(10, FALSE), 0);
    SwitchToThread();
    W3_CHECK(GetTickCount64() >= before);
}

/* ---- thread-local storage ---- */

static DWORD tls_index;

static DWORD WINAPI use_tls(LPVOID arg)
{
    if (TlsGetValue(tls_index) != NULL)
        return 1; /* a new thread starts with NULL */
    if (!TlsSetValue(tls_index, arg))
        return 2;
    Sleep(20);
    return TlsGetValue(tls_index) == arg ? 0 : 3;
}

W3_TEST(tls_values_are_per_thread)
{
    HANDLE h[3];
    DWORD code;
    tls_index = TlsAlloc();
    W3_REQUIRE(tls_index != TLS_OUT_OF_INDEXES);
    W3_CHECK(TlsSetValue(tls_index, &tls_index));
    for (int i = 0; i < 3; i++) {
        h[i] = CreateThread(NULL, 0, use_tls, (LPVOID)(ULONG_PTR)(0x1000 * (i + 1)), 0, NULL);
        W3_REQUIRE(h[i] != NULL);
    }
    W3_CHECK_EQ(WaitForMultipleObjects(3, h, TRUE, 10000), WAIT_OBJECT_0);
    for (int i = 0; i < 3; i++) {
        W3_CHECK(GetExitCodeThread(h[i], &code));
        W3_CHECK_EQ(code, 0);
        CloseHandle(h[i]);
    }
    W3_CHECK(TlsGetValue(tls_index) == &tls_index);
    W3_CHECK(TlsFree(tls_index));
}

W3_TEST(tls_get_value_sets_success_and_rejects_bad_indexes)
{
    DWORD i = TlsAlloc();
    W3_REQUIRE(i != TLS_OUT_OF_INDEXES);
    SetLastError(1234);
    W3_CHECK(TlsGetValue(i) == NULL);
    W3_CHECK_EQ(GetLastError(), ERROR_SUCCESS);
    W3_CHECK(TlsSetValue(i, (LPVOID)5));
    SetLastError(1234);
    W3_CHECK(TlsGetValue(i) == (LPVOID)5);
    W3_CHECK_EQ(GetLastError(), ERROR_SUCCESS);
    W3_CHECK(TlsFree(i));

    SetLastError(0);
    W3_CHECK(TlsGetValue(100000) == NULL);
    W3_CHECK_EQ(GetLastError(), ERROR_INVALID_PARAMETER);
    SetLastError(0);
    W3_CHECK(!TlsSetValue(100000, NULL));
    W3_CHECK_EQ(GetLastError(), ERROR_INVALID_PARAMETER);
    SetLastError(0);
    W3_CHECK(!TlsFree(100000));
    W3_CHECK_EQ(GetLastError(), ERROR_INVALID_PARAMETER);
}

W3_TEST(tls_reused_index_reads_null)
{
    DWORD i = TlsAlloc(), j;
    W3_REQUIRE(i != TLS_OUT_OF_INDEXES);
    W3_CHECK(TlsSetValue(i, (LPVOID)7));
    W3_CHECK(TlsFree(i));
    j = TlsAlloc();
    W3_REQUIRE(j != TLS_OUT_OF_INDEXES);
    W3_CHECK_EQ(j, i); /* the lowest free index comes back */
    W3_CHECK(TlsGetValue(j) == NULL);
    W3_CHECK(TlsFree(j));
}

W3_TEST(tls_runs_out_of_indexes)
{
    static DWORD taken[2000];
    int n = 0;
    DWORD i;
    while (n < 2000 && (i = TlsAlloc()) != TLS_OUT_OF_INDEXES)
        taken[n++] = i;
    W3_CHECK(n < 2000);
    W3_CHECK(n >= 64);
    W3_CHECK_EQ(TlsAlloc(), TLS_OUT_OF_INDEXES);
    W3_CHECK_EQ(GetLastError(), ERROR_NO_MORE_ITEMS);
    while (n > 0)
        W3_CHECK(TlsFree(taken[--n]));
    i = TlsAlloc();
    W3_CHECK(i != TLS_OUT_OF_INDEXES);
    TlsFree(i);
}
