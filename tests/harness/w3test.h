/* w3test: the project's test harness. A suite is one executable; each W3_TEST(name)
 * is a case that CTest runs on its own (`suite_test name`). Without arguments every
 * case runs in-process. */
#ifndef W3TEST_H
#define W3TEST_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef void (*w3t_fn)(void);

void w3t_register(const char *name, w3t_fn fn);
void w3t_register_child(const char *name, w3t_fn fn);

/* The constructor registers the case before main runs; CMake finds the same names by
 * scanning sources for lines that start with W3_TEST(. */
#define W3_TEST(name)                                                                              \
    static void w3t_case_##name(void);                                                             \
    __attribute__((constructor)) static void w3t_reg_##name(void)                                  \
    {                                                                                              \
        w3t_register(#name, w3t_case_##name);                                                      \
    }                                                                                              \
    static void w3t_case_##name(void)

/* A body run in a child process by w3t_run_child, for behaviour that ends a process
 * (a fault at a guard page, an unhandled exception, abort). */
#define W3_CHILD(name)                                                                             \
    static void w3t_child_##name(void);                                                            \
    __attribute__((constructor)) static void w3t_regchild_##name(void)                             \
    {                                                                                              \
        w3t_register_child(#name, w3t_child_##name);                                               \
    }                                                                                              \
    static void w3t_child_##name(void)

struct w3t_child_result {
    int started;          /* the child process could be created and waited for */
    int crashed;          /* ended by a signal (POSIX) or an NTSTATUS exception code */
    int access_violation; /* SIGSEGV/SIGBUS, or STATUS_ACCESS_VIOLATION */
    unsigned long code;   /* exit code, signal number or exception code */
};

/* Runs W3_CHILD(name) of this executable in a new process and reports how it ended. */
struct w3t_child_result w3t_run_child(const char *name);

/* Directory of the running test executable, with a trailing separator. */
const char *w3t_exe_dir(void);

#ifdef __MINGW32__
#define W3T_PRINTF_STYLE gnu_printf /* __USE_MINGW_ANSI_STDIO gives C99 formats */
#else
#define W3T_PRINTF_STYLE printf
#endif
void w3t_fail(const char *file, int line, const char *fmt, ...)
    __attribute__((format(W3T_PRINTF_STYLE, 3, 4)));
void w3t_check_u(const char *file, int line, const char *expr_a, const char *expr_b,
                 unsigned long long a, unsigned long long b);
void w3t_check_i(const char *file, int line, const char *expr_a, const char *expr_b, long long a,
                 long long b);
void w3t_check_str(const char *file, int line, const char *expr_a, const char *expr_b,
                   const char *a, const char *b);
void w3t_check_mem(const char *file, int line, const char *expr_a, const char *expr_b,
                   const void *a, const void *b, size_t n);
/* Ends the current case after a failed W3_REQUIRE. */
void w3t_abort_case(void) __attribute__((noreturn));

#define W3_CHECK(cond) ((cond) ? (void)0 : w3t_fail(__FILE__, __LINE__, "check failed: %s", #cond))
#define W3_REQUIRE(cond)                                                                           \
    do {                                                                                           \
        if (!(cond)) {                                                                             \
            w3t_fail(__FILE__, __LINE__, "requirement failed: %s", #cond);                         \
            w3t_abort_case();                                                                      \
        }                                                                                          \
    } while (0)
/* Unsigned comparison: both sides are widened to unsigned long long. */
#define W3_CHECK_EQ(a, b)                                                                          \
    w3t_check_u(__FILE__, __LINE__, #a, #b, (unsigned long long)(a), (unsigned long long)(b))
/* Signed comparison: both sides are widened to long long. */
#define W3_CHECK_EQ_I(a, b) w3t_check_i(__FILE__, __LINE__, #a, #b, (long long)(a), (long long)(b))
#define W3_CHECK_STR(a, b) w3t_check_str(__FILE__, __LINE__, #a, #b, (a), (b))
#define W3_CHECK_MEM(a, b, n) w3t_check_mem(__FILE__, __LINE__, #a, #b, (a), (b), (n))

#ifdef __cplusplus
}
#endif

#endif
