#include "supervisor.h"

#include <stdio.h>
#include <string.h>

#include "server.h"

#ifdef _WIN32

/* Windows: one process is the whole web garden. */
int supervisor_run(const host_options *opts)
{
    fprintf(stderr, "w3host: --workers %u: one worker process on Windows\n", opts->workers);
    return host_serve(opts, 0);
}

#else

#include <errno.h>
#include <signal.h>
#include <stdlib.h>
#include <sys/wait.h>
#ifdef __linux__
#include <sys/prctl.h>
#endif
#include <time.h>
#include <unistd.h>

#include <uv.h>

#include "conn_limit.h"
#include "listeners.h"

typedef struct worker_slot {
    pid_t pid;
    int failures;
    long long window_start_ms;
    int given_up;
} worker_slot;

static volatile sig_atomic_t stop_requested;
static volatile sig_atomic_t hangup_requested;

static void on_signal(int signum)
{
    if (signum == SIGHUP)
        hangup_requested = 1;
    else
        stop_requested = signum;
}

static long long now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (long long)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

static pid_t start_worker(const host_options *opts, unsigned slot)
{
    pid_t supervisor = getpid();
    pid_t pid = fork();
    if (pid == 0) {
        signal(SIGTERM, SIG_DFL);
        signal(SIGINT, SIG_IGN);
        signal(SIGHUP, SIG_DFL);
#ifdef __linux__
        prctl(PR_SET_PDEATHSIG, SIGTERM); /* a worker does not outlive its supervisor */
        if (getppid() != supervisor)
            _exit(0); /* it died before prctl */
#endif
        conn_limit_enter_slot(slot);
        _exit(host_serve(opts, 1));
    }
    return pid;
}

static void signal_workers(worker_slot *slots, unsigned n, int signum)
{
    for (unsigned i = 0; i < n; i++)
        if (slots[i].pid > 0)
            kill(slots[i].pid, signum);
}

/* Records a worker's death; returns nonzero if the slot may be restarted. */
static int note_failure(const host_options *opts, worker_slot *slot, unsigned index, int status)
{
    long long now = now_ms();
    if (WIFSIGNALED(status))
        fprintf(stderr, "w3host: worker %u (pid %d) killed by signal %d\n", index, (int)slot->pid,
                WTERMSIG(status));
    else
        fprintf(stderr, "w3host: worker %u (pid %d) exited with status %d\n", index, (int)slot->pid,
                WEXITSTATUS(status));
    if (slot->failures == 0 || now - slot->window_start_ms > (long long)opts->rapid_fail_ms) {
        slot->failures = 0;
        slot->window_start_ms = now;
    }
    if (++slot->failures >= (int)opts->rapid_fail_count) {
        fprintf(stderr,
                "w3host: worker %u failed %d times within %u s: rapid-fail protection, not "
                "restarting it\n",
                index, slot->failures, opts->rapid_fail_ms / 1000);
        slot->given_up = 1;
        return 0;
    }
    return 1;
}

int supervisor_run(const host_options *opts)
{
    /* The ports must be free before workers are forked: workers share them with
     * SO_REUSEPORT, which would also share them with another server's workers, and a busy
     * port is one clear error from the supervisor rather than N dying workers. */
    if (!listeners_check_free(opts))
        return 2;
    worker_slot slots[64];
    unsigned n = opts->workers;
    memset(slots, 0, sizeof slots);
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_signal;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGTERM, &sa, NULL);
    sigaction(SIGINT, &sa, NULL);
    sigaction(SIGHUP, &sa, NULL);
    for (unsigned i = 0; i < n; i++)
        slots[i].pid = start_worker(opts, i);
    fprintf(stderr, "w3host: supervisor %d started %u workers\n", (int)getpid(), n);

    int forwarded_stop = 0;
    for (;;) {
        if (stop_requested && !forwarded_stop) {
            signal_workers(slots, n, SIGTERM);
            forwarded_stop = 1;
        }
        if (hangup_requested) {
            hangup_requested = 0;
            signal_workers(slots, n, SIGHUP);
        }
        int status;
        pid_t pid = waitpid(-1, &status, WNOHANG);
        if (pid == 0) {
            struct timespec tick = {0, 50 * 1000 * 1000};
            nanosleep(&tick, NULL); /* a signal cuts it short */
            continue;
        }
        if (pid < 0) {
            if (errno == EINTR)
                continue;
            break; /* no children left */
        }
        for (unsigned i = 0; i < n; i++) {
            if (slots[i].pid != pid)
                continue;
            if (stop_requested) {
                slots[i].pid = 0;
                break;
            }
            conn_limit_reset_slot(i); /* its connections died with it */
            int restart = note_failure(opts, &slots[i], i, status);
            slots[i].pid = restart ? start_worker(opts, i) : 0;
        }
        if (stop_requested && forwarded_stop) {
            int alive = 0;
            for (unsigned i = 0; i < n; i++)
                alive |= slots[i].pid > 0;
            if (!alive)
                break;
        }
        int any = 0;
        for (unsigned i = 0; i < n; i++)
            any |= !slots[i].given_up;
        if (!any) {
            fprintf(stderr, "w3host: every worker hit rapid-fail protection; stopping\n");
            return 2;
        }
    }
    return stop_requested ? 0 : 2;
}

#endif
