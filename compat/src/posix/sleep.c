/* Sleeping and yielding. There are no APCs, so SleepEx is never cut short. */
#include <errno.h>
#include <time.h>
#include <unistd.h>

#include <windows.h>

void WINAPI Sleep(DWORD milliseconds)
{
    struct timespec left;

    if (milliseconds == INFINITE) {
        for (;;)
            pause();
    }
    left.tv_sec = milliseconds / 1000;
    left.tv_nsec = (long)(milliseconds % 1000) * 1000000L;
    while (nanosleep(&left, &left) == -1 && errno == EINTR)
        ;
}

DWORD WINAPI SleepEx(DWORD milliseconds, BOOL alertable)
{
    (void)alertable;
    Sleep(milliseconds);
    return 0;
}
