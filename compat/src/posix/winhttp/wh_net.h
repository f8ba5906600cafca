/* The sockets under WinHTTP's requests: blocking calls bounded by a timeout, over the C
 * library's socket functions. Kept free of Win32 types (winsock2.h renames the socket
 * functions), so callers map the outcomes to WinHTTP errors. Internal. */
#ifndef W3COMPAT_POSIX_WH_NET_H
#define W3COMPAT_POSIX_WH_NET_H

#include <stddef.h>

enum w3wh_net_result {
    W3WH_NET_OK = 0,
    W3WH_NET_NAME = -1,    /* the name did not resolve */
    W3WH_NET_REFUSED = -2, /* no address accepted the connection */
    W3WH_NET_TIMEOUT = -3, /* the timeout passed */
    W3WH_NET_FAILED = -4   /* the connection broke */
};

/* Connects to host:port (any address family); a timeout of 0 or less waits without end.
 * Returns the socket, or a w3wh_net_result. */
int w3wh_net_connect(const char *host, unsigned short port, int timeout_ms);
/* Sends all n bytes: W3WH_NET_OK or a failure. */
int w3wh_net_send(int fd, const void *data, size_t n, int timeout_ms);
/* Receives up to n bytes: their count, 0 at the peer's end, or a failure. */
long w3wh_net_recv(int fd, void *data, size_t n, int timeout_ms);
void w3wh_net_close(int fd);

#endif
