#include "w3test.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#ifdef _WIN32
#include <windows.h>
#else
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>
extern char **environ;
#endif

#define W3T_MAX_CASES 512

struct w3t_entry {
    const char *name;
    w3t_fn fn;
};

static struct w3t_entry cases[W3T_MAX_CASES];
static size_t case_count;
static struct w3t_entry children[W3T_MAX_CASES];
static size_t child_count;
static int current_failures;
static jmp_buf case_exit;
static char exe_path[4096];
static char exe_dir[4096];

static void add_entry(struct w3t_entry *table, size_t *count, const char *name, w3t_fn fn)
{
    if (*count == W3T_MAX_CASES) {
        fprintf(stderr, "w3test: more than %d entries\n", W3T_MAX_CASES);
        exit(2);
    }
    table[*count].name = name;
    table[*count].fn = fn;
    ++*count;
}

void w3t_register(const char *name, w3t_fn fn)
{
    add_entry(cases, &case_count, name, fn);
}

void w3t_register_child(const char *name, w3t_fn fn)
{
    add_entry(children, &child_count, name, fn);
}

void w3t_fail(const char *file, int line, const char *fmt, ...)
{
    va_list ap;
    fprintf(stderr, "%s:%d: ", file, line);
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fputc('\n', stderr);
    current_failures++;
}

void w3t_abort_case(void)
{
    longjmp(case_exit, 1);
}

void w3t_check_u(const char *file, int line, const char *expr_a, const char *expr_b,
                 unsigned long long a, unsigned long long b)
{
    if (a != b)
        w3t_fail(file, line, "%s == %s: %llu (0x%llx) != %llu (0x%llx)", expr_a, expr_b, a, a, b,
                 b);
}

void w3t_check_i(const char *file, int line, const char *expr_a, const char *expr_b, long long a,
                 long long b)
{
    if (a != b)
        w3t_fail(file, line, "%s == %s: %lld != %lld", expr_a, expr_b, a, b);
}

void w3t_check_str(const char *file, int line, const char *expr_a, const char *expr_b,
                   const char *a, const char *b)
{
    if (a == NULL || b == NULL) {
        if (a != b)
            w3t_fail(file, line, "%s == %s: \"%s\" != \"%s\"", expr_a, expr_b, a ? a : "(null)",
                     b ? b : "(null)");
        return;
    }
    if (strcmp(a, b) != 0)
        w3t_fail(file, line, "%s == %s: \"%s\" != \"%s\"", expr_a, expr_b, a, b);
}

void w3t_check_mem(const char *file, int line, const char *expr_a, const char *expr_b,
                   const void *a, const void *b, size_t n)
{
    const unsigned char *pa = a, *pb = b;
    for (size_t i = 0; i < n; i++) {
        if (pa[i] != pb[i]) {
            w3t_fail(file, line, "%s == %s: byte %zu differs: 0x%02x != 0x%02x", expr_a, expr_b, i,
                     pa[i], pb[i]);
            return;
        }
    }
}

static int run_case(const struct w3t_entry *c)
{
    current_failures = 0;
    if (setjmp(case_exit) == 0)
        c->fn();
    printf("%s %s\n", current_failures ? "FAIL" : "PASS", c->name);
    fflush(stdout);
    return current_failures == 0;
}

static const struct w3t_entry *find(const struct w3t_entry *table, size_t count, const char *name)
{
    for (size_t i = 0; i < count; i++)
        if (strcmp(table[i].name, name) == 0)
            return &table[i];
    return NULL;
}

#ifdef _WIN32
static LONG WINAPI exit_with_exception_code(EXCEPTION_POINTERS *info)
{
    fflush(stdout);
    fflush(stderr);
    ExitProcess(info->ExceptionRecord->ExceptionCode);
    return EXCEPTION_EXECUTE_HANDLER;
}

static void prepare_child_process(void)
{
    /* No crash dialog, no debugger: the exception code becomes the exit code. */
    SetErrorMode(SEM_FAILCRITICALERRORS | SEM_NOGPFAULTERRORBOX);
    SetUnhandledExceptionFilter(exit_with_exception_code);
}

static void locate_self(void)
{
    DWORD n = GetModuleFileNameA(NULL, exe_path, sizeof exe_path);
    if (n == 0 || n >= sizeof exe_path) {
        fprintf(stderr, "w3test: cannot locate the test executable\n");
        exit(2);
    }
}

struct w3t_child_result w3t_run_child(const char *name)
{
    struct w3t_child_result r = {0};
    char cmd[8192];
    STARTUPINFOA si = {0};
    PROCESS_INFORMATION pi;
    DWORD code = 0;

    si.cb = sizeof si;
    snprintf(cmd, sizeof cmd, "\"%s\" --child %s", exe_path, name);
    fflush(stdout);
    fflush(stderr);
    if (!CreateProcessA(exe_path, cmd, NULL, NULL, TRUE, 0, NULL, NULL, &si, &pi))
        return r;
    WaitForSingleObject(pi.hProcess, INFINITE);
    GetExitCodeProcess(pi.hProcess, &code);
    CloseHandle(pi.hThread);
    CloseHandle(pi.hProcess);
    r.started = 1;
    r.code = code;
    r.crashed = (code & 0xC0000000u) == 0xC0000000u;
    r.access_violation = code == EXCEPTION_ACCESS_VIOLATION;
    return r;
}
#else
static void prepare_child_process(void)
{
    /* Sanitizers install fault handlers that turn a fault into an exit(1); a child
     * whose fault is the expected outcome must die of the signal instead. */
    signal(SIGSEGV, SIG_DFL);
    signal(SIGBUS, SIG_DFL);
    signal(SIGABRT, SIG_DFL);
}

static void locate_self(void)
{
    ssize_t n = readlink("/proc/self/exe", exe_path, sizeof exe_path - 1);
    if (n <= 0) {
        fprintf(stderr, "w3test: cannot locate the test executable\n");
        exit(2);
    }
    exe_path[n] = '\0';
}

struct w3t_child_result w3t_run_child(const char *name)
{
    struct w3t_child_result r = {0};
    char *argv[] = {exe_path, (char *)"--child", (char *)name, NULL};
    pid_t pid;
    int status;

    fflush(stdout);
    fflush(stderr);
    if (posix_spawn(&pid, exe_path, NULL, NULL, argv, environ) != 0)
        return r;
    if (waitpid(pid, &status, 0) != pid)
        return r;
    r.started = 1;
    if (WIFSIGNALED(status)) {
        r.crashed = 1;
        r.code = (unsigned long)WTERMSIG(status);
        r.access_violation = r.code == SIGSEGV || r.code == SIGBUS;
    } else {
        r.code = (unsigned long)WEXITSTATUS(status);
    }
    return r;
}
#endif

const char *w3t_exe_dir(void)
{
    return exe_dir;
}

static void compute_exe_dir(void)
{
    size_t cut = 0;
    strcpy(exe_dir, exe_path);
    for (size_t i = 0; exe_dir[i]; i++)
        if (exe_dir[i] == '/' || exe_dir[i] == '\\')
            cut = i + 1;
    exe_dir[cut] = '\0';
}

int main(int argc, char **argv)
{
    size_t passed = 0, failed = 0;

    locate_self();
    compute_exe_dir();
    setvbuf(stdout, NULL, _IONBF, 0);
    if (argc == 3 && strcmp(argv[1], "--child") == 0) {
        const struct w3t_entry *c = find(children, child_count, argv[2]);
        if (!c) {
            fprintf(stderr, "w3test: no child body named %s\n", argv[2]);
            return 2;
        }
        prepare_child_process();
        c->fn();
        return 0;
    }
    if (argc == 2 && strcmp(argv[1], "--list") == 0) {
        for (size_t i = 0; i < case_count; i++)
            printf("%s\n", cases[i].name);
        return 0;
    }
    if (argc >= 2) {
        for (int i = 1; i < argc; i++) {
            const struct w3t_entry *c = find(cases, case_count, argv[i]);
            if (!c) {
                fprintf(stderr, "w3test: no case named %s\n", argv[i]);
                return 2;
            }
            run_case(c) ? passed++ : failed++;
        }
    } else {
        for (size_t i = 0; i < case_count; i++)
            run_case(&cases[i]) ? passed++ : failed++;
    }
    printf("%zu passed, %zu failed\n", passed, failed);
    return failed ? 1 : 0;
}
