/* CoInitialize(Ex) and CoUninitialize: per thread, a count of initialisations and the
 * apartment kind of the first; per process, how many threads are in the MTA. */
#include <stdatomic.h>

#include "com_internal.h"

static _Thread_local unsigned thread_init_count;
static _Thread_local int thread_in_sta;
static atomic_int mta_threads;

HRESULT WINAPI CoInitializeEx(LPVOID pvReserved, DWORD dwCoInit)
{
    if (pvReserved)
        return E_INVALIDARG;
    int wants_sta = (dwCoInit & COINIT_APARTMENTTHREADED) != 0;
    if (thread_init_count) {
        if (wants_sta != thread_in_sta)
            return RPC_E_CHANGED_MODE;
        thread_init_count++;
        return S_FALSE;
    }
    thread_init_count = 1;
    thread_in_sta = wants_sta;
    if (!wants_sta)
        atomic_fetch_add(&mta_threads, 1);
    return S_OK;
}

HRESULT WINAPI CoInitialize(LPVOID pvReserved)
{
    return CoInitializeEx(pvReserved, COINIT_APARTMENTTHREADED);
}

void WINAPI CoUninitialize(void)
{
    if (!thread_init_count)
        return;
    if (--thread_init_count == 0 && !thread_in_sta)
        atomic_fetch_sub(&mta_threads, 1);
}

int w3com_thread_can_use_com(void)
{
    return thread_init_count > 0 || atomic_load(&mta_threads) > 0;
}
