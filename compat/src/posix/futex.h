/* Waiting on a 32-bit word (Linux futexes), for the locks that must fit in Windows'
 * fixed-size, allocation-free structures: CRITICAL_SECTION, SRWLOCK,
 * CONDITION_VARIABLE and INIT_ONCE. Internal to libw3compat. */
#ifndef W3COMPAT_POSIX_FUTEX_H
#define W3COMPAT_POSIX_FUTEX_H

#include <stdint.h>
#include <time.h>

#include <windows.h>

/* A point on CLOCK_MONOTONIC, or never (for INFINITE). */
struct w3_deadline {
    int infinite;
    struct timespec at;
};

/* The deadline that never passes: a wait without a timeout. */
extern const struct w3_deadline w3_no_deadline;

struct w3_deadline w3_deadline_after(DWORD milliseconds);
int w3_deadline_passed(const struct w3_deadline *deadline);

/* Sleeps while *word == expected, until woken or the deadline passes. Returns 0 if the
 * deadline passed, nonzero otherwise (woken, value changed, or interrupted). */
int w3_futex_wait(int32_t *word, int32_t expected, const struct w3_deadline *deadline);
void w3_futex_wake(int32_t *word, int count);

/* The lock word inside a pointer-sized Windows structure: its first four bytes, which
 * the structure's all-zero static initialiser clears. */
typedef int32_t __attribute__((may_alias)) w3_word32;
#define W3_WORD_OF(ptr_field) ((int32_t *)(w3_word32 *)(ptr_field))

#endif
