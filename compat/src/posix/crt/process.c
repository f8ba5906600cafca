/* process.h's thread starters over compat's CreateThread. _beginthreadex returns the
 * thread's handle (closed by the caller); _beginthread's handle closes itself when
 * the thread ends, as with the CRT. */
#include <stdlib.h>

#include "../crt_internal.h"

uintptr_t __cdecl _beginthreadex(void *security, unsigned stack_size,
                                 unsigned(__stdcall *start)(void *), void *arg, unsigned flags,
                                 unsigned *thread_id)
{
    if (!start) {
        w3_crt_invalid_parameter(EINVAL, "_beginthreadex");
        return 0;
    }
    DWORD id = 0;
    HANDLE h = CreateThread((LPSECURITY_ATTRIBUTES)security, stack_size,
                            (LPTHREAD_START_ROUTINE)start, arg, flags, &id);
    if (!h) {
        errno = EAGAIN;
        return 0;
    }
    if (thread_id)
        *thread_id = id;
    return (uintptr_t)h;
}

void __cdecl _endthreadex(unsigned code)
{
    ExitThread(code);
}

struct simple_thread {
    void(__cdecl *start)(void *);
    void *arg;
    HANDLE self;
};

/* The handle of a _beginthread thread, closed when it returns or calls _endthread. */
static _Thread_local HANDLE simple_thread_self;

static DWORD WINAPI run_simple_thread(LPVOID param)
{
    struct simple_thread t = *(struct simple_thread *)param;
    free(param);
    simple_thread_self = t.self;
    t.start(t.arg);
    CloseHandle(t.self);
    return 0;
}

uintptr_t __cdecl _beginthread(void(__cdecl *start)(void *), unsigned stack_size, void *arg)
{
    if (!start) {
        w3_crt_invalid_parameter(EINVAL, "_beginthread");
        return (uintptr_t)-1;
    }
    struct simple_thread *t = malloc(sizeof *t);
    if (!t) {
        errno = ENOMEM;
        return (uintptr_t)-1;
    }
    t->start = start;
    t->arg = arg;
    /* Suspended until it knows its own handle. */
    HANDLE h = CreateThread(NULL, stack_size, run_simple_thread, t, CREATE_SUSPENDED, NULL);
    if (!h) {
        free(t);
        errno = EAGAIN;
        return (uintptr_t)-1;
    }
    t->self = h;
    ResumeThread(h);
    return (uintptr_t)h;
}

void __cdecl _endthread(void)
{
    if (simple_thread_self)
        CloseHandle(simple_thread_self);
    ExitThread(0);
}
