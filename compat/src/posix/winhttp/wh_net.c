/* WinHTTP's sockets: connect, send and receive, each bounded by the handle's timeout. */
#include "wh_net.h"

#include <errno.h>
#include <fcntl.h>
#include <netdb.h>
#include <poll.h>
#include <stdio.h>
#include <sys/socket.h>
#include <unistd.h>

/* Waits for the socket to be ready for `events`: 1, 0 on timeout, -1 on failure. */
static int wait_ready(int fd, short events, int timeout_ms)
{
    struct pollfd p = {fd, events, 0};
    int rc;
    do
        rc = poll(&p, 1, timeout_ms > 0 ? timeout_ms : -1);
    while (rc < 0 && errno == EINTR);
    return rc;
}

static int connect_one(const struct addrinfo *a, int timeout_ms)
{
    int fd = socket(a->ai_family, a->ai_socktype | SOCK_CLOEXEC, a->ai_protocol);
    if (fd < 0)
        return W3WH_NET_REFUSED;
    int flags = fcntl(fd, F_GETFL);
    fcntl(fd, F_SETFL, flags | O_NONBLOCK);
    int rc = connect(fd, a->ai_addr, a->ai_addrlen);
    if (rc < 0 && errno == EINPROGRESS) {
        int ready = wait_ready(fd, POLLOUT, timeout_ms);
        if (ready == 0) {
            close(fd);
            return W3WH_NET_TIMEOUT;
        }
        int err = 0;
        socklen_t len = sizeof err;
        rc = (ready > 0 && getsockopt(fd, SOL_SOCKET, SO_ERROR, &err, &len) == 0 && err == 0) ? 0
                                                                                              : -1;
    }
    if (rc < 0) {
        close(fd);
        return W3WH_NET_REFUSED;
    }
    fcntl(fd, F_SETFL, flags);
    return fd;
}

int w3wh_net_connect(const char *host, unsigned short port, int timeout_ms)
{
    struct addrinfo hints = {0}, *list = NULL;
    char service[8];
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_STREAM;
    snprintf(service, sizeof service, "%u", port);
    if (getaddrinfo(host, service, &hints, &list) != 0 || list == NULL)
        return W3WH_NET_NAME;
    int result = W3WH_NET_REFUSED;
    for (const struct addrinfo *a = list; a; a = a->ai_next) {
        result = connect_one(a, timeout_ms);
        if (result >= 0 || result == W3WH_NET_TIMEOUT)
            break;
    }
    freeaddrinfo(list);
    return result;
}

int w3wh_net_send(int fd, const void *data, size_t n, int timeout_ms)
{
    const char *p = data;
    while (n > 0) {
        int ready = wait_ready(fd, POLLOUT, timeout_ms);
        if (ready == 0)
            return W3WH_NET_TIMEOUT;
        if (ready < 0)
            return W3WH_NET_FAILED;
        ssize_t sent = send(fd, p, n, MSG_NOSIGNAL | MSG_DONTWAIT);
        if (sent < 0 && (errno == EINTR || errno == EAGAIN || errno == EWOULDBLOCK))
            continue;
        if (sent < 0)
            return W3WH_NET_FAILED;
        p += sent;
        n -= (size_t)sent;
    }
    return W3WH_NET_OK;
}

long w3wh_net_recv(int fd, void *data, size_t n, int timeout_ms)
{
    for (;;) {
        int ready = wait_ready(fd, POLLIN, timeout_ms);
        if (ready == 0)
            return W3WH_NET_TIMEOUT;
        if (ready < 0)
            return W3WH_NET_FAILED;
        ssize_t got = recv(fd, data, n, MSG_DONTWAIT);
        if (got < 0 && (errno == EINTR || errno == EAGAIN || errno == EWOULDBLOCK))
            continue;
        return got < 0 ? W3WH_NET_FAILED : (long)got;
    }
}

void w3wh_net_close(int fd)
{
    if (fd >= 0)
        close(fd);
}
