/* WSAEventSelect: a watcher thread polls the sockets that have network events selected,
 * records each event once in the socket's record and signals its event object. As in
 * Winsock, a recorded event is reported again only after the call that re-enables it
 * (recv for FD_READ, a blocked send for FD_WRITE, accept for FD_ACCEPT), so the watcher
 * stops polling a condition until then. */
#include <poll.h>

/* Linux's poll bits, before winsock2.h gives the names Winsock's values. */
enum {
    LINUX_POLLIN = POLLIN,
    LINUX_POLLOUT = POLLOUT,
    LINUX_POLLERR = POLLERR,
    LINUX_POLLHUP = POLLHUP,
    LINUX_POLLNVAL = POLLNVAL
};

#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "ws_internal.h"

enum state { IDLE, LISTENING, CONNECTING, CONNECTED };

/* What the watcher polls for, until the re-enabling call. */
enum { ARM_READ = 1, ARM_WRITE = 2, ARM_ACCEPT = 4 };

struct selection {
    uint64_t id;
    int fd;
    int datagram;
    WSAEVENT event;
    long mask;
    enum state state;
    int armed;
    LONG recorded;
    int errors[FD_MAX_EVENTS];
};

static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static struct selection **selections;
static size_t count, capacity;
static uint64_t next_id = 1;
static atomic_int any_selected;
static int wake_pipe[2] = {-1, -1};
static int watcher_started;

static struct selection *find_locked(int fd)
{
    size_t i;
    for (i = 0; i < count; i++) {
        if (selections[i]->fd == fd)
            return selections[i];
    }
    return NULL;
}

static void remove_locked(int fd)
{
    size_t i;
    for (i = 0; i < count; i++) {
        if (selections[i]->fd == fd) {
            free(selections[i]);
            selections[i] = selections[--count];
            break;
        }
    }
    atomic_store(&any_selected, count > 0);
}

static void wake_watcher(void)
{
    char byte = 0;
    if (wake_pipe[1] >= 0 && write(wake_pipe[1], &byte, 1) < 0) {
        /* Full pipe: the watcher is already due to wake. */
    }
}

static void record_locked(struct selection *sel, int bit, int error)
{
    if (!(sel->mask & (1L << bit)))
        return;
    sel->recorded |= 1 << bit;
    sel->errors[bit] = error;
    SetEvent(sel->event);
}

static short poll_events(const struct selection *sel)
{
    switch (sel->state) {
    case LISTENING:
        return (sel->armed & ARM_ACCEPT) ? LINUX_POLLIN : 0;
    case CONNECTING:
        return LINUX_POLLOUT;
    case CONNECTED:
        return (short)(((sel->armed & ARM_READ) ? LINUX_POLLIN : 0) |
                       ((sel->armed & ARM_WRITE) ? LINUX_POLLOUT : 0));
    default:
        return 0;
    }
}

static int pending_error(int fd)
{
    int err = 0;
    socklen_t len = sizeof err;
    if (getsockopt(fd, SOL_SOCKET, SO_ERROR, &err, &len) != 0)
        err = errno;
    return err ? w3ws_error_from_errno(err) : 0;
}

/* Readable: data (FD_READ), or the end of the connection (FD_CLOSE). */
static void readable_locked(struct selection *sel)
{
    char byte;
    ssize_t n = sel->datagram ? 1 : recv(sel->fd, &byte, 1, MSG_PEEK | MSG_DONTWAIT);
    if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK))
        return;
    sel->armed &= ~ARM_READ;
    if (n > 0) {
        record_locked(sel, FD_READ_BIT, 0);
    } else {
        record_locked(sel, FD_CLOSE_BIT, n == 0 ? 0 : w3ws_error_from_errno(errno));
        sel->state = IDLE;
    }
}

static void ready_locked(struct selection *sel, short revents)
{
    if (revents & LINUX_POLLNVAL) {
        /* Closed without closesocket: nothing more to watch. */
        sel->state = IDLE;
        return;
    }
    switch (sel->state) {
    case LISTENING:
        if (revents & LINUX_POLLIN) {
            sel->armed &= ~ARM_ACCEPT;
            record_locked(sel, FD_ACCEPT_BIT, 0);
        }
        break;
    case CONNECTING:
        if (revents & (LINUX_POLLOUT | LINUX_POLLERR | LINUX_POLLHUP)) {
            int err = pending_error(sel->fd);
            record_locked(sel, FD_CONNECT_BIT, err);
            sel->state = err ? IDLE : CONNECTED;
        }
        break;
    case CONNECTED:
        if ((revents & LINUX_POLLOUT) && (sel->armed & ARM_WRITE)) {
            sel->armed &= ~ARM_WRITE;
            record_locked(sel, FD_WRITE_BIT, 0);
        }
        if ((revents & (LINUX_POLLIN | LINUX_POLLHUP | LINUX_POLLERR)) && (sel->armed & ARM_READ))
            readable_locked(sel);
        /* A broken connection is never writable; do not poll it for that again. */
        if (revents & (LINUX_POLLHUP | LINUX_POLLERR))
            sel->armed &= ~ARM_WRITE;
        break;
    default:
        break;
    }
}

static void *watch(void *unused)
{
    struct pollfd *fds = NULL;
    uint64_t *ids = NULL;
    size_t room = 0;
    (void)unused;
    for (;;) {
        size_t n = 1, i, j;
        pthread_mutex_lock(&lock);
        if (room < count + 1) {
            room = (count + 1) * 2;
            fds = realloc(fds, room * sizeof *fds);
            ids = realloc(ids, room * sizeof *ids);
            if (!fds || !ids)
                abort();
        }
        fds[0].fd = wake_pipe[0];
        fds[0].events = LINUX_POLLIN;
        for (i = 0; i < count; i++) {
            short events = poll_events(selections[i]);
            if (!events)
                continue;
            fds[n].fd = selections[i]->fd;
            fds[n].events = events;
            ids[n] = selections[i]->id;
            n++;
        }
        pthread_mutex_unlock(&lock);
        for (i = 0; i < n; i++)
            fds[i].revents = 0;
        if (poll(fds, n, -1) < 0)
            continue;
        if (fds[0].revents) {
            char drain[64];
            while (read(wake_pipe[0], drain, sizeof drain) > 0) {
            }
        }
        pthread_mutex_lock(&lock);
        for (i = 1; i < n; i++) {
            if (!fds[i].revents)
                continue;
            /* The selection may have been cancelled meanwhile. */
            for (j = 0; j < count; j++) {
                if (selections[j]->id == ids[i]) {
                    ready_locked(selections[j], fds[i].revents);
                    break;
                }
            }
        }
        pthread_mutex_unlock(&lock);
    }
    return NULL;
}

/* Starts the watcher once; 0 with the Winsock error set if it cannot run. */
static int start_watcher_locked(void)
{
    pthread_t thread;
    pthread_attr_t attr;
    int ok;
    if (watcher_started)
        return 1;
    if (pipe2(wake_pipe, O_CLOEXEC | O_NONBLOCK) != 0) {
        w3ws_fail_errno();
        return 0;
    }
    pthread_attr_init(&attr);
    pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
    ok = pthread_create(&thread, &attr, watch, NULL) == 0;
    pthread_attr_destroy(&attr);
    if (!ok) {
        close(wake_pipe[0]);
        close(wake_pipe[1]);
        wake_pipe[0] = wake_pipe[1] = -1;
        w3ws_fail(WSAENOBUFS);
        return 0;
    }
    watcher_started = 1;
    return 1;
}

static enum state initial_state(int fd, int *datagram)
{
    int value = 0;
    socklen_t len = sizeof value;
    struct sockaddr_storage peer;
    socklen_t peerlen = sizeof peer;
    struct tcp_info info;
    *datagram = getsockopt(fd, SOL_SOCKET, SO_TYPE, &value, &len) == 0 && value == SOCK_DGRAM;
    if (*datagram)
        return CONNECTED;
    len = sizeof value;
    if (getsockopt(fd, SOL_SOCKET, SO_ACCEPTCONN, &value, &len) == 0 && value)
        return LISTENING;
    if (getpeername(fd, (struct sockaddr *)&peer, &peerlen) == 0)
        return CONNECTED;
    /* A connect started before the selection. */
    len = sizeof info;
    if (getsockopt(fd, IPPROTO_TCP, TCP_INFO, &info, &len) == 0 && info.tcpi_state == TCP_SYN_SENT)
        return CONNECTING;
    return IDLE;
}

/* Selects events on fd (replacing any earlier selection); 0 with the error set. */
static int select_locked(int fd, WSAEVENT event, long mask, enum state state, int datagram)
{
    struct selection *sel;
    remove_locked(fd);
    if (mask == 0)
        return 1;
    if (!start_watcher_locked())
        return 0;
    if (count == capacity) {
        size_t grown = capacity ? capacity * 2 : 8;
        struct selection **bigger = realloc(selections, grown * sizeof *bigger);
        if (!bigger) {
            w3ws_fail(WSAENOBUFS);
            return 0;
        }
        selections = bigger;
        capacity = grown;
    }
    sel = calloc(1, sizeof *sel);
    if (!sel) {
        w3ws_fail(WSAENOBUFS);
        return 0;
    }
    sel->id = next_id++;
    sel->fd = fd;
    sel->datagram = datagram;
    sel->event = event;
    sel->mask = mask;
    sel->state = state;
    sel->armed = ARM_READ | ARM_WRITE | ARM_ACCEPT;
    selections[count++] = sel;
    atomic_store(&any_selected, 1);
    return 1;
}

static int make_nonblocking(int fd)
{
    int flags = fcntl(fd, F_GETFL);
    return flags >= 0 && fcntl(fd, F_SETFL, flags | O_NONBLOCK) == 0;
}

int WSAAPI WSAEventSelect(SOCKET s, WSAEVENT hEventObject, long lNetworkEvents)
{
    int fd = w3ws_fd(s), datagram, ok;
    enum state state;
    if (fd < 0)
        return SOCKET_ERROR;
    if (lNetworkEvents != 0 && !hEventObject)
        return w3ws_fail(WSAEINVAL);
    state = initial_state(fd, &datagram);
    /* Winsock makes the socket non-blocking. */
    if (!make_nonblocking(fd))
        return w3ws_fail_errno();
    pthread_mutex_lock(&lock);
    ok = select_locked(fd, hEventObject, lNetworkEvents, state, datagram);
    pthread_mutex_unlock(&lock);
    if (!ok)
        return SOCKET_ERROR;
    wake_watcher();
    return 0;
}

int WSAAPI WSAEnumNetworkEvents(SOCKET s, WSAEVENT hEventObject, LPWSANETWORKEVENTS lpNetworkEvents)
{
    struct selection *sel;
    int fd = w3ws_fd(s);
    if (fd < 0)
        return SOCKET_ERROR;
    if (!lpNetworkEvents)
        return w3ws_fail(WSAEFAULT);
    memset(lpNetworkEvents, 0, sizeof *lpNetworkEvents);
    pthread_mutex_lock(&lock);
    sel = find_locked(fd);
    if (sel) {
        lpNetworkEvents->lNetworkEvents = sel->recorded;
        memcpy(lpNetworkEvents->iErrorCode, sel->errors, sizeof sel->errors);
        sel->recorded = 0;
        memset(sel->errors, 0, sizeof sel->errors);
    }
    /* Reset under the lock, so that an event the watcher records now is not lost. */
    if (hEventObject)
        ResetEvent(hEventObject);
    pthread_mutex_unlock(&lock);
    return 0;
}

void w3ws_event_note(int fd, enum w3ws_note note)
{
    struct selection *sel;
    if (!atomic_load(&any_selected))
        return;
    pthread_mutex_lock(&lock);
    sel = find_locked(fd);
    if (sel) {
        switch (note) {
        case W3WS_NOTE_RECEIVED:
            sel->armed |= ARM_READ;
            break;
        case W3WS_NOTE_SEND_BLOCKED:
            sel->armed |= ARM_WRITE;
            break;
        case W3WS_NOTE_ACCEPTED:
            sel->armed |= ARM_ACCEPT;
            break;
        case W3WS_NOTE_LISTENING:
            sel->state = LISTENING;
            break;
        case W3WS_NOTE_CONNECTING:
            sel->state = CONNECTING;
            break;
        case W3WS_NOTE_CONNECTED:
            record_locked(sel, FD_CONNECT_BIT, 0);
            sel->state = CONNECTED;
            break;
        case W3WS_NOTE_CLOSING:
            remove_locked(fd);
            break;
        }
    }
    pthread_mutex_unlock(&lock);
    if (sel)
        wake_watcher();
}

void w3ws_event_accepted(int listener, int conn)
{
    struct selection *sel;
    int ok = 0;
    if (!atomic_load(&any_selected))
        return;
    pthread_mutex_lock(&lock);
    sel = find_locked(listener);
    if (sel) {
        sel->armed |= ARM_ACCEPT;
        ok = make_nonblocking(conn) &&
             select_locked(conn, sel->event, sel->mask, CONNECTED, sel->datagram);
    }
    pthread_mutex_unlock(&lock);
    if (sel || ok)
        wake_watcher();
}
