/* Shared by the Winsock sources. Internal.
 *
 * The sources call the C library's socket functions, so the names that winsock2.h
 * routes to the w3ws_* functions are given back their C library meaning here. */
#ifndef W3COMPAT_POSIX_WS_INTERNAL_H
#define W3COMPAT_POSIX_WS_INTERNAL_H

#include <windows.h>
#include <winsock2.h>
#include <ws2tcpip.h>

#undef socket
#undef accept
#undef bind
#undef connect
#undef listen
#undef shutdown
#undef getsockname
#undef getpeername
#undef send
#undef recv
#undef sendto
#undef recvfrom
#undef getsockopt
#undef setsockopt
#undef select
#undef gethostname
#undef gethostbyname
#undef inet_pton
#undef inet_ntop
#undef getaddrinfo
#undef freeaddrinfo
#undef getnameinfo
#undef gai_strerror

/* The Winsock error for a C library errno value. */
int w3ws_error_from_errno(int err);

/* Sets the Winsock error and returns SOCKET_ERROR, for a failed call's return. */
int w3ws_fail(int wsa_error);
/* Sets the Winsock error for errno and returns SOCKET_ERROR. */
int w3ws_fail_errno(void);

/* The descriptor behind s, or -1 with WSAENOTSOCK when s cannot be one. */
int w3ws_fd(SOCKET s);

/* Whether WSAStartup is in effect. */
int w3ws_started(void);

#endif
