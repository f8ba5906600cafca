#include "thread_id.h"

#include <sys/syscall.h>
#include <unistd.h>

static _Thread_local DWORD cached_tid;

DWORD w3_thread_id(void)
{
    if (!cached_tid)
        cached_tid = (DWORD)syscall(SYS_gettid);
    return cached_tid;
}

DWORD WINAPI GetCurrentThreadId(void)
{
    return w3_thread_id();
}

DWORD WINAPI GetCurrentProcessId(void)
{
    return (DWORD)getpid();
}
