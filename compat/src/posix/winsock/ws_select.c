/* select and WSAPoll over poll(2). Winsock's fd_set is a list of sockets, so any number
 * of sockets with any descriptor values fit, and select rewrites each list to the
 * sockets that are ready. */
#include <poll.h>

/* Linux's poll bits, before winsock2.h gives the names Winsock's values. */
enum {
    LINUX_POLLIN = POLLIN,
    LINUX_POLLPRI = POLLPRI,
    LINUX_POLLOUT = POLLOUT,
    LINUX_POLLERR = POLLERR,
    LINUX_POLLHUP = POLLHUP,
    LINUX_POLLNVAL = POLLNVAL
};

#include <errno.h>
#include <stdlib.h>
#include <time.h>

#include "ws_internal.h"

static long long now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (long long)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

/* poll(2) until something is ready or timeout_ms (-1: no limit) passes; Winsock calls
 * are not interrupted by signals. */
static int poll_uninterrupted(struct pollfd *fds, nfds_t n, int timeout_ms)
{
    long long deadline = timeout_ms < 0 ? 0 : now_ms() + timeout_ms;
    for (;;) {
        int r = poll(fds, n, timeout_ms);
        if (r >= 0 || errno != EINTR)
            return r;
        if (timeout_ms >= 0) {
            long long left = deadline - now_ms();
            timeout_ms = left > 0 ? (int)left : 0;
        }
    }
}

int WSAAPI __WSAFDIsSet(SOCKET fd, fd_set *set)
{
    u_int i;
    for (i = 0; set && i < set->fd_count; i++) {
        if (set->fd_array[i] == fd)
            return 1;
    }
    return 0;
}

static u_int count_of(const fd_set *set)
{
    return set ? set->fd_count : 0;
}

/* Adds set's sockets to fds with the given events; 0 with WSAENOTSOCK for a value that
 * cannot be a descriptor. */
static int add_set(struct pollfd *fds, nfds_t *n, const fd_set *set, short events)
{
    u_int i;
    for (i = 0; i < count_of(set); i++) {
        int fd = w3ws_fd(set->fd_array[i]);
        if (fd < 0)
            return 0;
        fds[*n].fd = fd;
        fds[*n].events = events;
        fds[*n].revents = 0;
        (*n)++;
    }
    return 1;
}

/* Keeps in set the sockets whose poll entries (starting at fds) show readiness. */
static int keep_ready(fd_set *set, const struct pollfd *fds, short ready)
{
    u_int i, kept = 0;
    for (i = 0; i < count_of(set); i++) {
        if (fds[i].revents & ready)
            set->fd_array[kept++] = set->fd_array[i];
    }
    if (set)
        set->fd_count = kept;
    return (int)kept;
}

int w3ws_select(int nfds, fd_set *readfds, fd_set *writefds, fd_set *exceptfds,
                const struct timeval *timeout)
{
    const u_int nread = count_of(readfds), nwrite = count_of(writefds);
    const u_int total = nread + nwrite + count_of(exceptfds);
    struct pollfd *fds;
    nfds_t n = 0;
    int timeout_ms = -1, r, ready;
    nfds_t i;
    (void)nfds; /* ignored by Winsock */
    if (total == 0)
        return w3ws_fail(WSAEINVAL);
    if (timeout) {
        if (timeout->tv_sec < 0 || timeout->tv_usec < 0)
            return w3ws_fail(WSAEINVAL);
        long long ms = (long long)timeout->tv_sec * 1000 + (timeout->tv_usec + 999) / 1000;
        timeout_ms = ms > 0x7fffffff ? 0x7fffffff : (int)ms;
    }
    fds = malloc(total * sizeof *fds);
    if (!fds)
        return w3ws_fail(WSAENOBUFS);
    if (!add_set(fds, &n, readfds, LINUX_POLLIN) || !add_set(fds, &n, writefds, LINUX_POLLOUT) ||
        !add_set(fds, &n, exceptfds, LINUX_POLLPRI)) {
        free(fds);
        return SOCKET_ERROR;
    }
    r = poll_uninterrupted(fds, n, timeout_ms);
    for (i = 0; r >= 0 && i < n; i++) {
        if (fds[i].revents & LINUX_POLLNVAL) {
            free(fds);
            return w3ws_fail(WSAENOTSOCK);
        }
    }
    if (r < 0) {
        free(fds);
        return w3ws_fail_errno();
    }
    /* Readable includes a closed or failed connection (recv then reports it); a failed
     * connect shows in exceptfds, not writefds. */
    for (i = nread; i < nread + nwrite; i++) {
        if (fds[i].revents & LINUX_POLLERR)
            fds[i].revents = 0;
    }
    ready = keep_ready(readfds, fds, LINUX_POLLIN | LINUX_POLLHUP | LINUX_POLLERR);
    ready += keep_ready(writefds, fds + nread, LINUX_POLLOUT);
    ready += keep_ready(exceptfds, fds + nread + nwrite, LINUX_POLLPRI | LINUX_POLLERR);
    free(fds);
    return ready;
}

static short to_linux_events(SHORT events)
{
    short out = 0;
    if (events & (POLLRDNORM | POLLRDBAND))
        out |= LINUX_POLLIN;
    if (events & POLLPRI)
        out |= LINUX_POLLPRI;
    if (events & (POLLWRNORM | POLLWRBAND))
        out |= LINUX_POLLOUT;
    return out;
}

static SHORT from_linux_events(short revents, SHORT requested)
{
    SHORT out = 0;
    if (revents & LINUX_POLLIN)
        out |= requested & (POLLRDNORM | POLLRDBAND);
    if (revents & LINUX_POLLPRI)
        out |= requested & POLLPRI;
    if (revents & LINUX_POLLOUT)
        out |= requested & (POLLWRNORM | POLLWRBAND);
    if (revents & LINUX_POLLERR)
        out |= POLLERR;
    if (revents & LINUX_POLLHUP)
        out |= POLLHUP;
    if (revents & LINUX_POLLNVAL)
        out |= POLLNVAL;
    return out;
}

int WSAAPI WSAPoll(LPWSAPOLLFD fdArray, ULONG fds, INT timeout)
{
    const SHORT allowed = POLLRDNORM | POLLRDBAND | POLLPRI | POLLWRNORM | POLLWRBAND;
    struct pollfd *p;
    ULONG i;
    int r, ready = 0;
    if (!fdArray)
        return w3ws_fail(WSAEFAULT);
    if (fds == 0)
        return w3ws_fail(WSAEINVAL);
    p = malloc(fds * sizeof *p);
    if (!p)
        return w3ws_fail(WSAENOBUFS);
    for (i = 0; i < fds; i++) {
        if (fdArray[i].events & ~allowed) {
            free(p);
            return w3ws_fail(WSAEINVAL);
        }
        /* A negative descriptor (INVALID_SOCKET) is skipped, as in Winsock. */
        p[i].fd = fdArray[i].fd > (SOCKET)0x7fffffff ? -1 : (int)fdArray[i].fd;
        p[i].events = to_linux_events(fdArray[i].events);
        p[i].revents = 0;
    }
    r = poll_uninterrupted(p, fds, timeout < 0 ? -1 : timeout);
    if (r < 0) {
        free(p);
        return w3ws_fail_errno();
    }
    for (i = 0; i < fds; i++) {
        fdArray[i].revents = from_linux_events(p[i].revents, fdArray[i].events);
        if (fdArray[i].revents)
            ready++;
    }
    free(p);
    return ready;
}
