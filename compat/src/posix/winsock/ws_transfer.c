/* Sending and receiving. Winsock never raises SIGPIPE (a send on a broken connection is
 * an error) and its blocking calls are not interrupted by signals. */
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdlib.h>
#include <sys/uio.h>

#include "ws_address_len.h"
#include "ws_internal.h"

/* Fails with the Winsock error for a failed transfer: on a blocking socket, "would
 * block" means SO_RCVTIMEO or SO_SNDTIMEO ran out, which Winsock reports as a timeout. */
static int transfer_failed(int fd, int sending)
{
    int would_block = errno == EAGAIN || errno == EWOULDBLOCK, result;
    if (would_block) {
        int flags = fcntl(fd, F_GETFL);
        result = w3ws_fail(flags >= 0 && !(flags & O_NONBLOCK) ? WSAETIMEDOUT : WSAEWOULDBLOCK);
    } else {
        result = w3ws_fail_errno();
    }
    /* Winsock reports FD_WRITE again after a send that would block. */
    if (sending && would_block)
        w3ws_event_note(fd, W3WS_NOTE_SEND_BLOCKED);
    return result;
}

/* The result of a receive; each receive lets FD_READ be reported again. */
static int received(int fd, ssize_t n)
{
    int result = n < 0 ? transfer_failed(fd, 0) : (int)n;
    w3ws_event_note(fd, W3WS_NOTE_RECEIVED);
    return result;
}

int w3ws_send(SOCKET s, const char *buf, int len, int flags)
{
    return w3ws_sendto(s, buf, len, flags, NULL, 0);
}

int w3ws_recv(SOCKET s, char *buf, int len, int flags)
{
    return w3ws_recvfrom(s, buf, len, flags, NULL, NULL);
}

int w3ws_sendto(SOCKET s, const char *buf, int len, int flags, const struct sockaddr *to, int tolen)
{
    ssize_t n;
    int fd = w3ws_fd(s);
    if (fd < 0)
        return SOCKET_ERROR;
    if (len < 0 || (len > 0 && !buf))
        return w3ws_fail(WSAEFAULT);
    if (to && !w3ws_address_len_ok(to, tolen))
        return w3ws_fail(WSAEFAULT);
    do {
        n = sendto(fd, buf, (size_t)len, flags | MSG_NOSIGNAL, to, to ? (socklen_t)tolen : 0);
    } while (n < 0 && errno == EINTR);
    if (n < 0)
        return transfer_failed(fd, 1);
    return (int)n;
}

int w3ws_recvfrom(SOCKET s, char *buf, int len, int flags, struct sockaddr *from, int *fromlen)
{
    struct sockaddr_storage peer;
    socklen_t peerlen = sizeof peer;
    ssize_t n;
    int fd = w3ws_fd(s);
    if (fd < 0)
        return SOCKET_ERROR;
    if (len < 0 || (len > 0 && !buf))
        return w3ws_fail(WSAEFAULT);
    if (from && (!fromlen || *fromlen < w3ws_socket_address_len(fd)))
        return w3ws_fail(WSAEFAULT);
    do {
        n = recvfrom(fd, buf, (size_t)len, flags, from ? (struct sockaddr *)&peer : NULL,
                     from ? &peerlen : NULL);
    } while (n < 0 && errno == EINTR);
    if (n >= 0 && from)
        w3ws_copy_address(from, fromlen, &peer, peerlen);
    return received(fd, n);
}

/* The WSABUF array as an iovec array (malloc'd), or NULL with the Winsock error set. */
static struct iovec *to_iovec(LPWSABUF buffers, DWORD count)
{
    struct iovec *iov;
    DWORD i;
    if (!buffers || count == 0 || count > IOV_MAX) {
        SetLastError(buffers ? WSAEINVAL : WSAEFAULT);
        return NULL;
    }
    iov = malloc(count * sizeof *iov);
    if (!iov) {
        SetLastError(WSAENOBUFS);
        return NULL;
    }
    for (i = 0; i < count; i++) {
        iov[i].iov_base = buffers[i].buf;
        iov[i].iov_len = buffers[i].len;
    }
    return iov;
}

/* Only synchronous calls: overlapped I/O and completion routines are not supported. */
static int check_synchronous(LPWSAOVERLAPPED overlapped, LPWSAOVERLAPPED_COMPLETION_ROUTINE routine,
                             const void *count)
{
    if (overlapped || routine)
        return w3ws_fail(WSAEOPNOTSUPP);
    if (!count)
        return w3ws_fail(WSAEFAULT);
    return 0;
}

int WSAAPI WSASend(SOCKET s, LPWSABUF lpBuffers, DWORD dwBufferCount, LPDWORD lpNumberOfBytesSent,
                   DWORD dwFlags, LPWSAOVERLAPPED lpOverlapped,
                   LPWSAOVERLAPPED_COMPLETION_ROUTINE lpCompletionRoutine)
{
    struct msghdr msg = {0};
    ssize_t n;
    int fd = w3ws_fd(s);
    if (fd < 0 || check_synchronous(lpOverlapped, lpCompletionRoutine, lpNumberOfBytesSent))
        return SOCKET_ERROR;
    msg.msg_iov = to_iovec(lpBuffers, dwBufferCount);
    if (!msg.msg_iov)
        return SOCKET_ERROR;
    msg.msg_iovlen = dwBufferCount;
    do {
        n = sendmsg(fd, &msg, (int)dwFlags | MSG_NOSIGNAL);
    } while (n < 0 && errno == EINTR);
    free(msg.msg_iov);
    if (n < 0)
        return transfer_failed(fd, 1);
    *lpNumberOfBytesSent = (DWORD)n;
    return 0;
}

int WSAAPI WSARecv(SOCKET s, LPWSABUF lpBuffers, DWORD dwBufferCount, LPDWORD lpNumberOfBytesRecvd,
                   LPDWORD lpFlags, LPWSAOVERLAPPED lpOverlapped,
                   LPWSAOVERLAPPED_COMPLETION_ROUTINE lpCompletionRoutine)
{
    struct msghdr msg = {0};
    ssize_t n;
    int fd = w3ws_fd(s);
    if (fd < 0 || check_synchronous(lpOverlapped, lpCompletionRoutine, lpNumberOfBytesRecvd))
        return SOCKET_ERROR;
    if (!lpFlags)
        return w3ws_fail(WSAEFAULT);
    msg.msg_iov = to_iovec(lpBuffers, dwBufferCount);
    if (!msg.msg_iov)
        return SOCKET_ERROR;
    msg.msg_iovlen = dwBufferCount;
    do {
        n = recvmsg(fd, &msg, (int)*lpFlags);
    } while (n < 0 && errno == EINTR);
    free(msg.msg_iov);
    if (received(fd, n) == SOCKET_ERROR)
        return SOCKET_ERROR;
    *lpNumberOfBytesRecvd = (DWORD)n;
    *lpFlags = 0;
    return 0;
}
