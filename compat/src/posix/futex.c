#include "futex.h"

#include <errno.h>
#include <limits.h>
#include <linux/futex.h>
#include <sys/syscall.h>
#include <unistd.h>

const struct w3_deadline w3_no_deadline = {1, {0, 0}};

struct w3_deadline w3_deadline_after(DWORD milliseconds)
{
    struct w3_deadline d = {0};
    if (milliseconds == INFINITE) {
        d.infinite = 1;
        return d;
    }
    clock_gettime(CLOCK_MONOTONIC, &d.at);
    d.at.tv_sec += milliseconds / 1000;
    d.at.tv_nsec += (long)(milliseconds % 1000) * 1000000L;
    if (d.at.tv_nsec >= 1000000000L) {
        d.at.tv_sec++;
        d.at.tv_nsec -= 1000000000L;
    }
    return d;
}

int w3_deadline_passed(const struct w3_deadline *deadline)
{
    struct timespec now;
    if (deadline->infinite)
        return 0;
    clock_gettime(CLOCK_MONOTONIC, &now);
    return now.tv_sec > deadline->at.tv_sec ||
           (now.tv_sec == deadline->at.tv_sec && now.tv_nsec >= deadline->at.tv_nsec);
}

int w3_futex_wait(int32_t *word, int32_t expected, const struct w3_deadline *deadline)
{
    /* FUTEX_WAIT_BITSET takes an absolute CLOCK_MONOTONIC time, so retries after a
     * spurious return do not stretch the timeout. */
    long rc = syscall(SYS_futex, word, FUTEX_WAIT_BITSET | FUTEX_PRIVATE_FLAG, expected,
                      deadline->infinite ? NULL : &deadline->at, NULL, FUTEX_BITSET_MATCH_ANY);
    return !(rc == -1 && errno == ETIMEDOUT);
}

void w3_futex_wake(int32_t *word, int count)
{
    syscall(SYS_futex, word, FUTEX_WAKE | FUTEX_PRIVATE_FLAG, count, NULL, NULL, 0);
}
