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

/* What a call did to a socket, for WSAEventSelect's records. */
enum w3ws_note {
    W3WS_NOTE_RECEIVED,     /* a receive was made: FD_READ can be reported again */
    W3WS_NOTE_SEND_BLOCKED, /* a send would block: FD_WRITE when there is room */
    W3WS_NOTE_ACCEPTED,     /* FD_ACCEPT can be reported again */
    W3WS_NOTE_LISTENING,    /* the socket now listens */
    W3WS_NOTE_CONNECTING,   /* a connect is under way: FD_CONNECT when it ends */
    W3WS_NOTE_CONNECTED,    /* a connect succeeded at once */
    W3WS_NOTE_CLOSING       /* the socket is about to be closed */
};

/* Tells WSAEventSelect's watcher about a call on fd; nothing when no socket has events
 * selected. */
void w3ws_event_note(int fd, enum w3ws_note note);

/* A socket accepted from a listener with events selected gets the same selection. */
void w3ws_event_accepted(int listener, int conn);

#endif
