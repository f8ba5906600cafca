#include "supervisor.h"

#include <stdio.h>
#include <string.h>

#include "host_log.h"
#include "server.h"

#ifdef _WIN32

/* Windows: one process is the whole web garden. */
int supervisor_run(const host_options *opts, int argc, char **argv)
{
    (void)argc;
    (void)argv;
    host_log(HOST_LOG_WARNING, "w3host: --workers %u: one worker process on Windows",
             opts->workers);
    return host_serve(opts, 0);
}

#else

#include <errno.h>
#include <poll.h>
#include <signal.h>
#include <stdlib.h>
#include <sys/wait.h>
#ifdef __linux__
#include <sys/prctl.h>
#endif
#include <time.h>
#include <unistd.h>

#include "conn_limit.h"
#include "listen_socket.h"
#include "pool_stats.h"
#include "service_notify.h"

/* How long a new generation has to start listening before the recycle is refused. */
#define RECYCLE_START_MS 30000

/* A place in the web garden: what rapid-fail protection counts. */
typedef struct worker_slot {
    int failures;
    long long window_start_ms;
    int given_up;
} worker_slot;

/* A worker process; its index in the table is its entry in the shared counters. */
typedef struct worker_proc {
    pid_t pid; /* 0: a free entry */
    unsigned slot;
    unsigned generation;
    int ready_fd; /* the read end of its "listening" pipe until it has said so */
    int ready;
    int retiring; /* sent SIGTERM by a recycle: its end is no failure */
} worker_proc;

typedef struct supervisor {
    const host_options *opts;
    int argc;
    char **argv;
    host_inherited_socket listeners[HOST_MAX_LISTENERS];
    size_t listener_count;
    int metrics_fd;
    worker_slot slots[64];
    worker_proc procs[POOL_MAX_PROCESSES];
    unsigned generation;     /* the one serving */
    unsigned new_generation; /* starting next to it (0: no recycle under way) */
    long long generation_started_ms, recycle_started_ms;
    int announced_ready; /* READY=1 sent for the first generation */
} supervisor;

static volatile sig_atomic_t stop_requested;
static volatile sig_atomic_t hangup_requested;
static volatile sig_atomic_t worker_asked_recycle;
static volatile sig_atomic_t reopen_requested;

/* The signals the supervisor handles (on_signal). */
static const int handled_signals[] = {SIGTERM, SIGINT, SIGHUP, SIGUSR1, SIGUSR2};

static void on_signal(int signum)
{
    if (signum == SIGHUP)
        hangup_requested = 1;
    else if (signum == SIGUSR2)
        worker_asked_recycle = 1;
    else if (signum == SIGUSR1)
        reopen_requested = 1;
    else
        stop_requested = signum;
}

static long long now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (long long)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

/* In the new worker process: its options (read anew for a recycled generation), then
 * it serves. Never returns. It starts with the supervisor's signals blocked (`mask` is
 * the mask to go back to): one sent to it before its handlers are its own waits for
 * them, instead of setting the flags of the supervisor's copy. */
static void run_worker(supervisor *s, unsigned index, unsigned generation, int ready_fd,
                       const sigset_t *mask)
{
    signal(SIGTERM, SIG_DFL);
    signal(SIGINT, SIG_IGN);
    signal(SIGHUP, SIG_DFL);
    signal(SIGUSR1, SIG_DFL);
    signal(SIGUSR2, SIG_DFL);
    sigprocmask(SIG_SETMASK, mask, NULL);
    for (unsigned i = 0; i < POOL_MAX_PROCESSES; i++)
        if (s->procs[i].pid > 0 && s->procs[i].ready_fd >= 0)
            close(s->procs[i].ready_fd); /* its siblings' pipes */
    conn_limit_enter_slot(index);
    pool_stats_enter(index);
    static host_options fresh;
    const host_options *opts = s->opts;
    if (generation > 1) {
        /* The configuration file and the command line as they are now: a file that no
         * longer passes the checks ends this worker before it listens. */
        if (host_options_parse(&fresh, s->argc, s->argv) != 0)
            _exit(2);
        opts = &fresh;
    } else {
        fresh = *opts;
        opts = &fresh;
    }
    memcpy(fresh.listen_sockets, s->listeners, sizeof s->listeners);
    fresh.listen_socket_count = s->listener_count;
    fresh.metrics_fd = s->metrics_fd;
    fresh.ready_fd = ready_fd;
    fresh.quiet = s->opts->quiet;
    _exit(host_serve(opts, 1));
}

/* Starts a worker of `generation` in `slot`; returns nonzero if it was forked. */
static int start_worker(supervisor *s, unsigned slot, unsigned generation)
{
    unsigned index = 0;
    while (index < POOL_MAX_PROCESSES && s->procs[index].pid != 0)
        index++;
    int pipe_fds[2];
    if (index == POOL_MAX_PROCESSES || pipe(pipe_fds) != 0) {
        host_log(HOST_LOG_ERR, "w3host: no room for another worker process");
        return 0;
    }
    pid_t supervisor_pid = getpid();
    sigset_t handled, mask;
    sigemptyset(&handled);
    for (size_t i = 0; i < sizeof handled_signals / sizeof handled_signals[0]; i++)
        sigaddset(&handled, handled_signals[i]);
    sigprocmask(SIG_BLOCK, &handled, &mask);
    pid_t pid = fork();
    if (pid == 0) {
#ifdef __linux__
        prctl(PR_SET_PDEATHSIG, SIGTERM); /* a worker does not outlive its supervisor */
        if (getppid() != supervisor_pid)
            _exit(0); /* it died before prctl */
#endif
        close(pipe_fds[0]);
        run_worker(s, index, generation, pipe_fds[1], &mask);
    }
    sigprocmask(SIG_SETMASK, &mask, NULL); /* what came meanwhile is handled now */
    close(pipe_fds[1]);
    if (pid < 0) {
        close(pipe_fds[0]);
        host_log(HOST_LOG_ERR, "w3host: cannot start a worker: %s", strerror(errno));
        return 0;
    }
    worker_proc *p = &s->procs[index];
    memset(p, 0, sizeof *p);
    p->pid = pid;
    p->slot = slot;
    p->generation = generation;
    p->ready_fd = pipe_fds[0];
    return 1;
}

static void signal_generation(supervisor *s, unsigned generation, int signum)
{
    for (unsigned i = 0; i < POOL_MAX_PROCESSES; i++)
        if (s->procs[i].pid > 0 && (generation == 0 || s->procs[i].generation == generation))
            kill(s->procs[i].pid, signum);
}

static void retire_generation(supervisor *s, unsigned generation)
{
    for (unsigned i = 0; i < POOL_MAX_PROCESSES; i++)
        if (s->procs[i].pid > 0 && s->procs[i].generation == generation)
            s->procs[i].retiring = 1;
    signal_generation(s, generation, SIGTERM);
}

static void begin_recycle(supervisor *s, const char *why)
{
    if (s->new_generation != 0 || stop_requested)
        return; /* one at a time; none while stopping */
    service_notify("RELOADING=1");
    s->new_generation = s->generation + 1;
    s->recycle_started_ms = now_ms();
    pool_stats_set_recycling(1);
    host_log(HOST_LOG_NOTICE, "w3host: recycling (%s): starting %u new workers", why,
             s->opts->workers);
    for (unsigned slot = 0; slot < s->opts->workers; slot++)
        if (!s->slots[slot].given_up)
            start_worker(s, slot, s->new_generation);
}

/* The new generation listens: the old one stops accepting and drains. */
static void commit_recycle(supervisor *s)
{
    retire_generation(s, s->generation);
    host_log(HOST_LOG_NOTICE, "w3host: recycled: generation %u serves, generation %u drains",
             s->new_generation, s->generation);
    s->generation = s->new_generation;
    s->generation_started_ms = now_ms();
    s->new_generation = 0;
    pool_stats_set_recycling(0);
    pool_stats_recycled(1);
    service_notify("READY=1");
}

static void refuse_recycle(supervisor *s, const char *why)
{
    host_log(HOST_LOG_ERR, "w3host: recycle refused: %s; the running workers keep serving", why);
    retire_generation(s, s->new_generation);
    s->new_generation = 0;
    pool_stats_set_recycling(0);
    pool_stats_recycled(0);
    service_notify("READY=1");
}

/* Nonzero once every live worker of `generation` has said it listens. */
static int generation_ready(const supervisor *s, unsigned generation)
{
    int any = 0;
    for (unsigned i = 0; i < POOL_MAX_PROCESSES; i++) {
        const worker_proc *p = &s->procs[i];
        if (p->pid > 0 && p->generation == generation) {
            if (!p->ready)
                return 0;
            any = 1;
        }
    }
    return any;
}

/* Waits up to `ms` for workers' "listening" bytes (a signal cuts it short). */
static void wait_ready_messages(supervisor *s, int ms)
{
    struct pollfd fds[POOL_MAX_PROCESSES];
    unsigned owner[POOL_MAX_PROCESSES];
    nfds_t n = 0;
    for (unsigned i = 0; i < POOL_MAX_PROCESSES; i++)
        if (s->procs[i].pid > 0 && s->procs[i].ready_fd >= 0) {
            fds[n].fd = s->procs[i].ready_fd;
            fds[n].events = POLLIN;
            owner[n++] = i;
        }
    if (poll(fds, n, ms) <= 0)
        return;
    for (nfds_t k = 0; k < n; k++) {
        if (fds[k].revents == 0)
            continue;
        worker_proc *p = &s->procs[owner[k]];
        char byte;
        p->ready = read(p->ready_fd, &byte, 1) == 1;
        close(p->ready_fd); /* said it, or died before it could */
        p->ready_fd = -1;
    }
}

/* Records a slot's worker's death; returns nonzero if the slot may be restarted. */
static int note_failure(supervisor *s, const worker_proc *p, int status)
{
    worker_slot *slot = &s->slots[p->slot];
    long long now = now_ms();
    if (WIFSIGNALED(status))
        host_log(HOST_LOG_ERR, "w3host: worker %u (pid %d) killed by signal %d", p->slot,
                 (int)p->pid, WTERMSIG(status));
    else
        host_log(HOST_LOG_ERR, "w3host: worker %u (pid %d) exited with status %d", p->slot,
                 (int)p->pid, WEXITSTATUS(status));
    if (slot->failures == 0 || now - slot->window_start_ms > (long long)s->opts->rapid_fail_ms) {
        slot->failures = 0;
        slot->window_start_ms = now;
    }
    if (++slot->failures >= (int)s->opts->rapid_fail_count) {
        host_log(HOST_LOG_ERR,
                 "w3host: worker %u failed %d times within %u s: rapid-fail protection, not "
                 "restarting it",
                 p->slot, slot->failures, s->opts->rapid_fail_ms / 1000);
        slot->given_up = 1;
        unsigned stopped = 0;
        for (unsigned i = 0; i < s->opts->workers; i++)
            stopped += (unsigned)s->slots[i].given_up;
        pool_stats_set_rapid_fail_slots(stopped);
        return 0;
    }
    return 1;
}

static void on_worker_exit(supervisor *s, worker_proc *p, int status)
{
    unsigned index = (unsigned)(p - s->procs);
    if (p->ready_fd >= 0)
        close(p->ready_fd);
    conn_limit_reset_slot(index); /* its connections ended with it */
    pool_stats_retire(index);
    worker_proc gone = *p;
    memset(p, 0, sizeof *p);
    p->ready_fd = -1;
    if (gone.retiring || stop_requested)
        return;
    if (gone.generation == s->new_generation) {
        refuse_recycle(s, gone.ready ? "a new worker ended" : "a new worker did not start");
        return;
    }
    if (note_failure(s, &gone, status)) {
        pool_stats_worker_restarted();
        start_worker(s, gone.slot, gone.generation);
    }
}

static int any_alive(const supervisor *s)
{
    for (unsigned i = 0; i < POOL_MAX_PROCESSES; i++)
        if (s->procs[i].pid > 0)
            return 1;
    return 0;
}

/* What the signals and the clock ask for, between waits. */
static void handle_requests(supervisor *s, int *forwarded_stop)
{
    if (stop_requested && !*forwarded_stop) {
        service_notify("STOPPING=1");
        pool_stats_set_stopping();
        signal_generation(s, 0, SIGTERM);
        *forwarded_stop = 1;
    }
    if (reopen_requested) {
        reopen_requested = 0;
        signal_generation(s, 0, SIGUSR1);
    }
    if (hangup_requested) {
        hangup_requested = 0;
        begin_recycle(s, "SIGHUP");
    }
    if (worker_asked_recycle) {
        worker_asked_recycle = 0;
        begin_recycle(s, "a worker reached its periodicRestart limit");
    }
    const host_options *o = s->opts;
    if (o->recycle_time_s != 0 &&
        now_ms() - s->generation_started_ms >= (long long)o->recycle_time_s * 1000)
        begin_recycle(s, "periodicRestart time");
    if (!s->announced_ready && !stop_requested && generation_ready(s, s->generation)) {
        s->announced_ready = 1;
        service_notify("READY=1");
    }
    if (s->new_generation != 0 && !stop_requested) {
        if (generation_ready(s, s->new_generation))
            commit_recycle(s);
        else if (now_ms() - s->recycle_started_ms > RECYCLE_START_MS)
            refuse_recycle(s, "the new workers did not start listening in time");
    }
}

/* The listening socket of an address:port, opened once if no binding before had it. */
static int open_listener(supervisor *s, const host_binding *b)
{
    for (size_t i = 0; i < s->listener_count; i++)
        if (s->listeners[i].port == b->port && strcmp(s->listeners[i].ip, b->listen_ip) == 0)
            return 1;
    if (s->listener_count == HOST_MAX_LISTENERS) {
        host_log(HOST_LOG_ERR, "w3host: more than %d addresses to listen on", HOST_MAX_LISTENERS);
        return 0;
    }
    /* Without SO_REUSEPORT: a port another server listens on is refused here, as one
     * clear error before any worker starts. */
    char err[256];
    int fd = listen_socket_open_shared(b->listen_ip, b->port, err, sizeof err);
    if (fd < 0) {
        host_log(HOST_LOG_ERR, "w3host: %s", err);
        return 0;
    }
    host_inherited_socket *l = &s->listeners[s->listener_count++];
    snprintf(l->ip, sizeof l->ip, "%s", b->listen_ip);
    l->port = b->port;
    l->fd = fd;
    return 1;
}

/* Every address:port of every site, and the metrics listener: opened once, inherited by
 * every worker of every generation. */
static int open_sockets(supervisor *s)
{
    char err[256];
    const host_options *o = s->opts;
    for (size_t i = 0; i < o->site_count; i++)
        for (size_t b = 0; b < o->sites[i].binding_count; b++)
            if (!open_listener(s, &o->sites[i].bindings[b]))
                return 0;
    if (o->metrics_port != 0) {
        s->metrics_fd = listen_socket_open_shared(o->metrics_ip, o->metrics_port, err, sizeof err);
        if (s->metrics_fd < 0) {
            host_log(HOST_LOG_ERR, "w3host: metrics: %s", err);
            return 0;
        }
    }
    return 1;
}

int supervisor_run(const host_options *opts, int argc, char **argv)
{
    static supervisor s_storage;
    supervisor *s = &s_storage;
    memset(s, 0, sizeof *s);
    s->opts = opts;
    s->argc = argc;
    s->argv = argv;
    s->metrics_fd = -1;
    if (!open_sockets(s))
        return 2;
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_signal;
    sigemptyset(&sa.sa_mask);
    for (size_t i = 0; i < sizeof handled_signals / sizeof handled_signals[0]; i++)
        sigaction(handled_signals[i], &sa, NULL);
    s->generation = 1;
    s->generation_started_ms = now_ms();
    for (unsigned slot = 0; slot < opts->workers; slot++)
        start_worker(s, slot, s->generation);
    host_log(HOST_LOG_NOTICE, "w3host: supervisor %d started %u workers", (int)getpid(),
             opts->workers);

    int forwarded_stop = 0;
    for (;;) {
        handle_requests(s, &forwarded_stop);
        int status;
        pid_t pid = waitpid(-1, &status, WNOHANG);
        if (pid == 0) {
            wait_ready_messages(s, 50);
            continue;
        }
        if (pid < 0) {
            if (errno == EINTR)
                continue;
            break; /* no children left */
        }
        for (unsigned i = 0; i < POOL_MAX_PROCESSES; i++)
            if (s->procs[i].pid == pid)
                on_worker_exit(s, &s->procs[i], status);
        if (stop_requested && forwarded_stop && !any_alive(s))
            break;
        int any = 0;
        for (unsigned slot = 0; slot < opts->workers; slot++)
            any |= !s->slots[slot].given_up;
        if (!any) {
            host_log(HOST_LOG_ERR, "w3host: every worker hit rapid-fail protection; stopping");
            return 2;
        }
    }
    return stop_requested ? 0 : 2;
}

#endif
