/* Creating, naming, connecting and closing sockets. */
#include <errno.h>
#include <poll.h>
#include <string.h>
#include <sys/stat.h>

#include "ws_address_len.h"
#include "ws_internal.h"

SOCKET w3ws_socket(int af, int type, int protocol)
{
    int fd;
    if (!w3ws_started()) {
        SetLastError(WSANOTINITIALISED);
        return INVALID_SOCKET;
    }
    /* Winsock sockets are not inherited by programs the process starts. */
    fd = socket(af, type | SOCK_CLOEXEC, protocol);
    if (fd < 0) {
        w3ws_fail_errno();
        return INVALID_SOCKET;
    }
    return (SOCKET)fd;
}

/* Sockets are created as WSA_FLAG_OVERLAPPED would make them (overlapped calls are not
 * supported, synchronous ones work) and never inherited; protocol descriptions and groups
 * are not supported. */
static SOCKET wsa_socket(int af, int type, int protocol, const void *info, GROUP g)
{
    if (info || g != 0) {
        SetLastError(WSAEINVAL);
        return INVALID_SOCKET;
    }
    return w3ws_socket(af, type, protocol);
}

SOCKET WSAAPI WSASocketA(int af, int type, int protocol, LPWSAPROTOCOL_INFOA lpProtocolInfo,
                         GROUP g, DWORD dwFlags)
{
    (void)dwFlags;
    return wsa_socket(af, type, protocol, lpProtocolInfo, g);
}

SOCKET WSAAPI WSASocketW(int af, int type, int protocol, LPWSAPROTOCOL_INFOW lpProtocolInfo,
                         GROUP g, DWORD dwFlags)
{
    (void)dwFlags;
    return wsa_socket(af, type, protocol, lpProtocolInfo, g);
}

int WSAAPI closesocket(SOCKET s)
{
    struct stat st;
    int fd = w3ws_fd(s);
    if (fd < 0)
        return SOCKET_ERROR;
    /* Only a socket is closed: another descriptor is WSAENOTSOCK and stays open. */
    if (fstat(fd, &st) != 0 || !S_ISSOCK(st.st_mode))
        return w3ws_fail(WSAENOTSOCK);
    w3ws_event_note(fd, W3WS_NOTE_CLOSING);
    /* After EINTR the descriptor is gone on Linux; retrying could close another. */
    if (close(fd) != 0 && errno != EINTR)
        return w3ws_fail_errno();
    return 0;
}

int w3ws_bind(SOCKET s, const struct sockaddr *name, int namelen)
{
    int fd = w3ws_fd(s);
    if (fd < 0)
        return SOCKET_ERROR;
    if (!w3ws_address_len_ok(name, namelen))
        return w3ws_fail(WSAEFAULT);
    if (bind(fd, name, (socklen_t)namelen) != 0)
        return w3ws_fail_errno();
    return 0;
}

/* A blocking connect interrupted by a signal goes on in the background; Winsock calls
 * are not interrupted, so this waits for its outcome. */
static int finish_interrupted_connect(int fd)
{
    struct pollfd p = {fd, POLLOUT, 0};
    int err = 0;
    socklen_t len = sizeof err;
    while (poll(&p, 1, -1) < 0) {
        if (errno != EINTR)
            return w3ws_fail_errno();
    }
    if (getsockopt(fd, SOL_SOCKET, SO_ERROR, &err, &len) != 0)
        return w3ws_fail_errno();
    if (err != 0)
        return w3ws_fail(w3ws_error_from_errno(err));
    return 0;
}

int w3ws_connect(SOCKET s, const struct sockaddr *name, int namelen)
{
    int fd = w3ws_fd(s);
    if (fd < 0)
        return SOCKET_ERROR;
    if (!w3ws_address_len_ok(name, namelen))
        return w3ws_fail(WSAEFAULT);
    if (connect(fd, name, (socklen_t)namelen) != 0) {
        if (errno == EINTR)
            return finish_interrupted_connect(fd);
        if (errno == EINPROGRESS)
            w3ws_event_note(fd, W3WS_NOTE_CONNECTING);
        return w3ws_fail_errno();
    }
    w3ws_event_note(fd, W3WS_NOTE_CONNECTED);
    return 0;
}

int w3ws_listen(SOCKET s, int backlog)
{
    int fd = w3ws_fd(s);
    if (fd < 0)
        return SOCKET_ERROR;
    if (listen(fd, backlog) != 0)
        return w3ws_fail_errno();
    w3ws_event_note(fd, W3WS_NOTE_LISTENING);
    return 0;
}

SOCKET w3ws_accept(SOCKET s, struct sockaddr *addr, int *addrlen)
{
    struct sockaddr_storage peer;
    socklen_t len = sizeof peer;
    int fd = w3ws_fd(s), conn;
    if (fd < 0)
        return INVALID_SOCKET;
    /* Winsock checks the buffer before taking a connection off the queue. */
    if (addr && (!addrlen || *addrlen < w3ws_socket_address_len(fd))) {
        SetLastError(WSAEFAULT);
        return INVALID_SOCKET;
    }
    do {
        conn = accept4(fd, (struct sockaddr *)&peer, &len, SOCK_CLOEXEC);
    } while (conn < 0 && errno == EINTR);
    if (conn < 0) {
        w3ws_fail_errno();
        w3ws_event_note(fd, W3WS_NOTE_ACCEPTED);
        return INVALID_SOCKET;
    }
    w3ws_event_accepted(fd, conn);
    if (addr)
        w3ws_copy_address(addr, addrlen, &peer, len);
    return (SOCKET)conn;
}

int w3ws_shutdown(SOCKET s, int how)
{
    int fd = w3ws_fd(s);
    if (fd < 0)
        return SOCKET_ERROR;
    if (how != SD_RECEIVE && how != SD_SEND && how != SD_BOTH)
        return w3ws_fail(WSAEINVAL);
    if (shutdown(fd, how) != 0)
        return w3ws_fail_errno();
    return 0;
}

static int query_name(SOCKET s, struct sockaddr *name, int *namelen, int peer)
{
    struct sockaddr_storage found;
    socklen_t len = sizeof found;
    int fd = w3ws_fd(s);
    if (fd < 0)
        return SOCKET_ERROR;
    if (!name || !namelen)
        return w3ws_fail(WSAEFAULT);
    if ((peer ? getpeername(fd, (struct sockaddr *)&found, &len)
              : getsockname(fd, (struct sockaddr *)&found, &len)) != 0)
        return w3ws_fail_errno();
    if (*namelen < 0 || (socklen_t)*namelen < len)
        return w3ws_fail(WSAEFAULT);
    w3ws_copy_address(name, namelen, &found, len);
    return 0;
}

int w3ws_getsockname(SOCKET s, struct sockaddr *name, int *namelen)
{
    return query_name(s, name, namelen, 0);
}

int w3ws_getpeername(SOCKET s, struct sockaddr *name, int *namelen)
{
    return query_name(s, name, namelen, 1);
}
