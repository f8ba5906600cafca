/* WSAIoctl: the socket controls compat carries out. SIO_KEEPALIVE_VALS becomes Linux's
 * per-socket keep-alive options; its times are milliseconds, Linux's whole seconds. */
#include <netinet/in.h>
#include <netinet/tcp.h>

#include "ws_internal.h"

#include <mstcpip.h>

/* Milliseconds as whole seconds, at least one. */
static int seconds(ULONG ms)
{
    ULONG s = ms / 1000;
    return s == 0 ? 1 : s > 32767 ? 32767 : (int)s;
}

static int set_keepalive(int fd, const struct tcp_keepalive *ka)
{
    int on = ka->onoff != 0, idle = seconds(ka->keepalivetime),
        interval = seconds(ka->keepaliveinterval);
    if (setsockopt(fd, SOL_SOCKET, SO_KEEPALIVE, &on, sizeof on) != 0 ||
        (on && (setsockopt(fd, IPPROTO_TCP, TCP_KEEPIDLE, &idle, sizeof idle) != 0 ||
                setsockopt(fd, IPPROTO_TCP, TCP_KEEPINTVL, &interval, sizeof interval) != 0)))
        return w3ws_fail_errno();
    return 0;
}

int WSAAPI WSAIoctl(SOCKET s, DWORD dwIoControlCode, LPVOID lpvInBuffer, DWORD cbInBuffer,
                    LPVOID lpvOutBuffer, DWORD cbOutBuffer, LPDWORD lpcbBytesReturned,
                    LPWSAOVERLAPPED lpOverlapped,
                    LPWSAOVERLAPPED_COMPLETION_ROUTINE lpCompletionRoutine)
{
    int fd = w3ws_fd(s);
    if (fd < 0)
        return SOCKET_ERROR;
    if (lpOverlapped != NULL || lpCompletionRoutine != NULL)
        return w3ws_fail(WSAEOPNOTSUPP);
    if (lpcbBytesReturned == NULL)
        return w3ws_fail(WSAEFAULT);
    *lpcbBytesReturned = 0;
    switch (dwIoControlCode) {
    case (DWORD)FIONBIO:
        if (lpvInBuffer == NULL || cbInBuffer < sizeof(u_long))
            return w3ws_fail(WSAEFAULT);
        return ioctlsocket(s, FIONBIO, (u_long *)lpvInBuffer);
    case (DWORD)FIONREAD:
        if (lpvOutBuffer == NULL || cbOutBuffer < sizeof(u_long))
            return w3ws_fail(WSAEFAULT);
        if (ioctlsocket(s, FIONREAD, (u_long *)lpvOutBuffer) != 0)
            return SOCKET_ERROR;
        *lpcbBytesReturned = sizeof(u_long);
        return 0;
    case SIO_KEEPALIVE_VALS:
        if (lpvInBuffer == NULL || cbInBuffer < sizeof(struct tcp_keepalive))
            return w3ws_fail(WSAEFAULT);
        return set_keepalive(fd, (const struct tcp_keepalive *)lpvInBuffer);
    case SIO_GET_EXTENSION_FUNCTION_POINTER:
        return w3ws_fail(WSAEOPNOTSUPP); /* no AcceptEx, TransmitFile... (mswsock.h) */
    default:
        return w3ws_fail(WSAEINVAL);
    }
}
