/* winsock2.h for POSIX: Winsock 2 over the C library's BSD sockets.
 *
 * The C library's socket headers stay included, so their structures (sockaddr, in_addr,
 * hostent, addrinfo...) and constants (AF_*, SOCK_*, SOL_SOCKET, SO_*, MSG_*) are the
 * ones code sees, and a translation unit may also include POSIX headers. What Winsock
 * does differently is routed to libw3compat's w3ws_* functions, which set the Winsock
 * error (the thread's last-error slot) and keep Windows semantics: in C by renaming
 * macros, in C++ by overloads that win over the C library's for Winsock argument types
 * (macros named bind, connect or send would break std::bind and member functions).
 * fd_set and u_long are Winsock's own types under these names. docs/winsock.md has the
 * details and what is not supported. */
#ifndef W3COMPAT_WINSOCK2_H
#define W3COMPAT_WINSOCK2_H

/* An FD_SETSIZE chosen by the code before any system header sets the Winsock set size;
 * glibc's sys/select.h would replace it with its own. */
#if defined(FD_SETSIZE) && !defined(_SYS_SELECT_H)
#define W3WS_FD_SETSIZE_FROM_USER
#pragma push_macro("FD_SETSIZE")
#endif

#include <sys/types.h>
#include <sys/select.h>
#include <sys/socket.h>
/* Winsock's in_addr holds a union, S_un, and names its parts through macros (s_addr is
 * S_un.S_addr). glibc's netinet/in.h declares the structure as `in_addr_t s_addr;`: while
 * that header is read, s_addr expands to a zero-width bit-field followed by Winsock's
 * union, so struct in_addr keeps glibc's name and 4-byte layout (glibc's functions take
 * it) and gains Winsock's members. If netinet/in.h came first, in_addr stays glibc's. */
#ifndef _NETINET_IN_H
#define W3WS_IN_ADDR_UNION
#define s_addr                                                                                     \
    : 0;                                                                                           \
    union {                                                                                        \
        struct {                                                                                   \
            unsigned char s_b1, s_b2, s_b3, s_b4;                                                  \
        } S_un_b;                                                                                  \
        struct {                                                                                   \
            unsigned short s_w1, s_w2;                                                             \
        } S_un_w;                                                                                  \
        in_addr_t S_addr;                                                                          \
    } S_un
#endif
#include <netinet/in.h>
#ifdef W3WS_IN_ADDR_UNION
#undef W3WS_IN_ADDR_UNION
#undef s_addr
#define s_addr S_un.S_addr
#define s_host S_un.S_un_b.s_b2
#define s_net S_un.S_un_b.s_b1
#define s_imp S_un.S_un_w.s_w2
#define s_impno S_un.S_un_b.s_b4
#define s_lh S_un.S_un_b.s_b3
#endif
#include <netinet/tcp.h>
#include <arpa/inet.h>
#include <netdb.h>
#include <unistd.h>

#include "windef.h"
#include "winerror.h"

#ifdef W3WS_FD_SETSIZE_FROM_USER
#undef FD_SETSIZE
#pragma pop_macro("FD_SETSIZE")
#elif !defined(FD_SETSIZE) || FD_SETSIZE == __FD_SETSIZE
#undef FD_SETSIZE
#define FD_SETSIZE 64
#endif

/* Code defines _WINSOCKAPI_ to keep winsock.h out, or tests _WINSOCK2API_ to see
 * whether Winsock 2 is already there. */
#ifndef _WINSOCKAPI_
#define _WINSOCKAPI_
#endif
#define _WINSOCK2API_

#define WSAAPI

#ifndef __USE_MISC
typedef unsigned char u_char;
typedef unsigned short u_short;
typedef unsigned int u_int;
#endif
/* u_long is 32 bits in Winsock (ioctlsocket writes one through a u_long *). */
typedef ULONG w3ws_u_long;
#undef u_long
#define u_long w3ws_u_long

typedef UINT_PTR SOCKET;
#define INVALID_SOCKET ((SOCKET)(~0))
#define SOCKET_ERROR (-1)

typedef struct sockaddr SOCKADDR, *PSOCKADDR, *LPSOCKADDR;
typedef struct sockaddr_in SOCKADDR_IN, *PSOCKADDR_IN, *LPSOCKADDR_IN;
typedef struct sockaddr_in6 SOCKADDR_IN6, *PSOCKADDR_IN6, *LPSOCKADDR_IN6;
typedef struct sockaddr_storage SOCKADDR_STORAGE, *PSOCKADDR_STORAGE, *LPSOCKADDR_STORAGE;
typedef struct in_addr IN_ADDR, *PIN_ADDR, *LPIN_ADDR;
typedef struct in6_addr IN6_ADDR, *PIN6_ADDR, *LPIN6_ADDR;
typedef struct hostent HOSTENT, *PHOSTENT, *LPHOSTENT;
typedef struct timeval TIMEVAL, *PTIMEVAL, *LPTIMEVAL;
typedef struct linger LINGER, *PLINGER, *LPLINGER;
#ifndef h_addr
#define h_addr h_addr_list[0]
#endif

#define SD_RECEIVE 0x00
#define SD_SEND 0x01
#define SD_BOTH 0x02

/* Not an option on Linux: a bound address is exclusive unless SO_REUSEADDR is set. */
#define SO_EXCLUSIVEADDRUSE ((int)(~SO_REUSEADDR))

/* ioctlsocket commands, Winsock's values (the Linux ones are accepted too). */
#undef FIONREAD
#undef FIONBIO
#define FIONREAD ((long)0x4004667f)
#define FIONBIO ((long)0x8004667e)

/* WSAIoctl codes that compat carries out (others fail with WSAEINVAL). */
#define SIO_KEEPALIVE_VALS ((DWORD)0x98000004)
#define SIO_GET_EXTENSION_FUNCTION_POINTER ((DWORD)0xc8000006)

#define WSADESCRIPTION_LEN 256
#define WSASYS_STATUS_LEN 128

typedef struct WSAData {
    WORD wVersion;
    WORD wHighVersion;
#if defined(__LP64__) || defined(_WIN64)
    unsigned short iMaxSockets;
    unsigned short iMaxUdpDg;
    char *lpVendorInfo;
    char szDescription[WSADESCRIPTION_LEN + 1];
    char szSystemStatus[WSASYS_STATUS_LEN + 1];
#else
    char szDescription[WSADESCRIPTION_LEN + 1];
    char szSystemStatus[WSASYS_STATUS_LEN + 1];
    unsigned short iMaxSockets;
    unsigned short iMaxUdpDg;
    char *lpVendorInfo;
#endif
} WSADATA, *LPWSADATA;

/* Winsock's fd_set: a count and an array of sockets, FD_SETSIZE (default 64) of them. */
#undef FD_ZERO
#undef FD_SET
#undef FD_CLR
#undef FD_ISSET
#define fd_set w3ws_fd_set
typedef struct fd_set {
    u_int fd_count;
    SOCKET fd_array[FD_SETSIZE];
} fd_set, FD_SET, *PFD_SET, *LPFD_SET;

/* The Winsock error codes (WSAGetLastError), as in winerror.h. */
#ifndef WSABASEERR
#define WSABASEERR 10000
#define WSAEINTR 10004
#define WSAEBADF 10009
#define WSAEACCES 10013
#define WSAEFAULT 10014
#define WSAEINVAL 10022
#define WSAEMFILE 10024
#define WSAEWOULDBLOCK 10035
#define WSAEINPROGRESS 10036
#define WSAEALREADY 10037
#define WSAENOTSOCK 10038
#define WSAEDESTADDRREQ 10039
#define WSAEMSGSIZE 10040
#define WSAEPROTOTYPE 10041
#define WSAENOPROTOOPT 10042
#define WSAEPROTONOSUPPORT 10043
#define WSAESOCKTNOSUPPORT 10044
#define WSAEOPNOTSUPP 10045
#define WSAEPFNOSUPPORT 10046
#define WSAEAFNOSUPPORT 10047
#define WSAEADDRINUSE 10048
#define WSAEADDRNOTAVAIL 10049
#define WSAENETDOWN 10050
#define WSAENETUNREACH 10051
#define WSAENETRESET 10052
#define WSAECONNABORTED 10053
#define WSAECONNRESET 10054
#define WSAENOBUFS 10055
#define WSAEISCONN 10056
#define WSAENOTCONN 10057
#define WSAESHUTDOWN 10058
#define WSAETOOMANYREFS 10059
#define WSAETIMEDOUT 10060
#define WSAECONNREFUSED 10061
#define WSAELOOP 10062
#define WSAENAMETOOLONG 10063
#define WSAEHOSTDOWN 10064
#define WSAEHOSTUNREACH 10065
#define WSAENOTEMPTY 10066
#define WSAEPROCLIM 10067
#define WSAEUSERS 10068
#define WSAEDQUOT 10069
#define WSAESTALE 10070
#define WSAEREMOTE 10071
#define WSASYSNOTREADY 10091
#define WSAVERNOTSUPPORTED 10092
#define WSANOTINITIALISED 10093
#define WSAEDISCON 10101
#define WSAENOMORE 10102
#define WSAECANCELLED 10103
#define WSAEINVALIDPROCTABLE 10104
#define WSAEINVALIDPROVIDER 10105
#define WSAEPROVIDERFAILEDINIT 10106
#define WSASYSCALLFAILURE 10107
#define WSASERVICE_NOT_FOUND 10108
#define WSATYPE_NOT_FOUND 10109
#define WSAHOST_NOT_FOUND 11001
#define WSATRY_AGAIN 11002
#define WSANO_RECOVERY 11003
#define WSANO_DATA 11004
#define WSAEREFUSED 10112
#endif
#ifndef WSA_NOT_ENOUGH_MEMORY
#define WSA_NOT_ENOUGH_MEMORY 8
#define WSA_OPERATION_ABORTED 995
#define WSA_IO_INCOMPLETE 996
#define WSA_IO_PENDING 997
#endif

/* WSAPoll: Winsock's event bits, which are not the C library's. */
#undef POLLRDNORM
#undef POLLRDBAND
#undef POLLIN
#undef POLLPRI
#undef POLLWRNORM
#undef POLLOUT
#undef POLLWRBAND
#undef POLLERR
#undef POLLHUP
#undef POLLNVAL
#define POLLRDNORM 0x0100
#define POLLRDBAND 0x0200
#define POLLIN (POLLRDNORM | POLLRDBAND)
#define POLLPRI 0x0400
#define POLLWRNORM 0x0010
#define POLLOUT (POLLWRNORM)
#define POLLWRBAND 0x0020
#define POLLERR 0x0001
#define POLLHUP 0x0002
#define POLLNVAL 0x0004

typedef struct w3ws_pollfd {
    SOCKET fd;
    SHORT events;
    SHORT revents;
} WSAPOLLFD, *PWSAPOLLFD, *LPWSAPOLLFD;

/* WSASocket: protocol descriptions are not supported, so their type stays opaque. */
typedef unsigned int GROUP;
typedef struct _WSAPROTOCOL_INFOA WSAPROTOCOL_INFOA, *LPWSAPROTOCOL_INFOA;
typedef struct _WSAPROTOCOL_INFOW WSAPROTOCOL_INFOW, *LPWSAPROTOCOL_INFOW;
#define WSA_FLAG_OVERLAPPED 0x01
#define WSA_FLAG_NO_HANDLE_INHERIT 0x80

/* WSASend/WSARecv buffers. */
typedef struct _WSABUF {
    ULONG len;
    CHAR *buf;
} WSABUF, *LPWSABUF;
typedef OVERLAPPED WSAOVERLAPPED, *LPWSAOVERLAPPED;
typedef void(WSAAPI *LPWSAOVERLAPPED_COMPLETION_ROUTINE)(DWORD dwError, DWORD cbTransferred,
                                                         LPWSAOVERLAPPED lpOverlapped,
                                                         DWORD dwFlags);

/* Network events (WSAEventSelect) and the event objects they signal. */
typedef HANDLE WSAEVENT, *LPWSAEVENT;
#define WSA_INVALID_EVENT ((WSAEVENT)NULL)
#define WSA_MAXIMUM_WAIT_EVENTS 64
#define WSA_WAIT_EVENT_0 ((DWORD)0)
#define WSA_WAIT_IO_COMPLETION ((DWORD)0xC0)
#define WSA_WAIT_TIMEOUT ((DWORD)258)
#define WSA_WAIT_FAILED ((DWORD)0xFFFFFFFF)
#define WSA_INFINITE ((DWORD)0xFFFFFFFF)
#define WSA_INVALID_HANDLE 6
#define WSA_INVALID_PARAMETER 87

#define FD_READ_BIT 0
#define FD_READ (1 << FD_READ_BIT)
#define FD_WRITE_BIT 1
#define FD_WRITE (1 << FD_WRITE_BIT)
#define FD_OOB_BIT 2
#define FD_OOB (1 << FD_OOB_BIT)
#define FD_ACCEPT_BIT 3
#define FD_ACCEPT (1 << FD_ACCEPT_BIT)
#define FD_CONNECT_BIT 4
#define FD_CONNECT (1 << FD_CONNECT_BIT)
#define FD_CLOSE_BIT 5
#define FD_CLOSE (1 << FD_CLOSE_BIT)
#define FD_MAX_EVENTS 10
#define FD_ALL_EVENTS ((1 << FD_MAX_EVENTS) - 1)

typedef struct _WSANETWORKEVENTS {
    LONG lNetworkEvents;
    int iErrorCode[FD_MAX_EVENTS];
} WSANETWORKEVENTS, *LPWSANETWORKEVENTS;

W3COMPAT_BEGIN_C

W3COMPAT_EXPORT WSAEVENT WSAAPI WSACreateEvent(void);
W3COMPAT_EXPORT BOOL WSAAPI WSACloseEvent(WSAEVENT hEvent);
W3COMPAT_EXPORT BOOL WSAAPI WSASetEvent(WSAEVENT hEvent);
W3COMPAT_EXPORT BOOL WSAAPI WSAResetEvent(WSAEVENT hEvent);
W3COMPAT_EXPORT DWORD WSAAPI WSAWaitForMultipleEvents(DWORD cEvents, const WSAEVENT *lphEvents,
                                                      BOOL fWaitAll, DWORD dwTimeout,
                                                      BOOL fAlertable);
W3COMPAT_EXPORT int WSAAPI WSAEventSelect(SOCKET s, WSAEVENT hEventObject, long lNetworkEvents);
W3COMPAT_EXPORT int WSAAPI WSAEnumNetworkEvents(SOCKET s, WSAEVENT hEventObject,
                                                LPWSANETWORKEVENTS lpNetworkEvents);

W3COMPAT_EXPORT int WSAAPI WSAStartup(WORD wVersionRequested, LPWSADATA lpWSAData);
W3COMPAT_EXPORT int WSAAPI WSACleanup(void);
W3COMPAT_EXPORT int WSAAPI WSAGetLastError(void);
W3COMPAT_EXPORT void WSAAPI WSASetLastError(int iError);

W3COMPAT_EXPORT SOCKET WSAAPI WSASocketA(int af, int type, int protocol,
                                         LPWSAPROTOCOL_INFOA lpProtocolInfo, GROUP g,
                                         DWORD dwFlags);
W3COMPAT_EXPORT SOCKET WSAAPI WSASocketW(int af, int type, int protocol,
                                         LPWSAPROTOCOL_INFOW lpProtocolInfo, GROUP g,
                                         DWORD dwFlags);
W3COMPAT_EXPORT int WSAAPI closesocket(SOCKET s);
W3COMPAT_EXPORT int WSAAPI ioctlsocket(SOCKET s, long cmd, u_long *argp);
/* FIONBIO and FIONREAD as ioctlsocket does them, and SIO_KEEPALIVE_VALS (mstcpip.h).
 * No overlapped calls (WSAEOPNOTSUPP), and no extension functions to hand out
 * (SIO_GET_EXTENSION_FUNCTION_POINTER: WSAEOPNOTSUPP). */
W3COMPAT_EXPORT int WSAAPI WSAIoctl(SOCKET s, DWORD dwIoControlCode, LPVOID lpvInBuffer,
                                    DWORD cbInBuffer, LPVOID lpvOutBuffer, DWORD cbOutBuffer,
                                    LPDWORD lpcbBytesReturned, LPWSAOVERLAPPED lpOverlapped,
                                    LPWSAOVERLAPPED_COMPLETION_ROUTINE lpCompletionRoutine);
W3COMPAT_EXPORT int WSAAPI __WSAFDIsSet(SOCKET fd, fd_set *set);
W3COMPAT_EXPORT int WSAAPI WSAPoll(LPWSAPOLLFD fdArray, ULONG fds, INT timeout);
W3COMPAT_EXPORT int WSAAPI WSASend(SOCKET s, LPWSABUF lpBuffers, DWORD dwBufferCount,
                                   LPDWORD lpNumberOfBytesSent, DWORD dwFlags,
                                   LPWSAOVERLAPPED lpOverlapped,
                                   LPWSAOVERLAPPED_COMPLETION_ROUTINE lpCompletionRoutine);
W3COMPAT_EXPORT int WSAAPI WSARecv(SOCKET s, LPWSABUF lpBuffers, DWORD dwBufferCount,
                                   LPDWORD lpNumberOfBytesRecvd, LPDWORD lpFlags,
                                   LPWSAOVERLAPPED lpOverlapped,
                                   LPWSAOVERLAPPED_COMPLETION_ROUTINE lpCompletionRoutine);

/* The Winsock versions of the BSD calls. */
W3COMPAT_EXPORT SOCKET w3ws_socket(int af, int type, int protocol);
W3COMPAT_EXPORT SOCKET w3ws_accept(SOCKET s, struct sockaddr *addr, int *addrlen);
W3COMPAT_EXPORT int w3ws_bind(SOCKET s, const struct sockaddr *name, int namelen);
W3COMPAT_EXPORT int w3ws_connect(SOCKET s, const struct sockaddr *name, int namelen);
W3COMPAT_EXPORT int w3ws_listen(SOCKET s, int backlog);
W3COMPAT_EXPORT int w3ws_shutdown(SOCKET s, int how);
W3COMPAT_EXPORT int w3ws_getsockname(SOCKET s, struct sockaddr *name, int *namelen);
W3COMPAT_EXPORT int w3ws_getpeername(SOCKET s, struct sockaddr *name, int *namelen);
W3COMPAT_EXPORT int w3ws_send(SOCKET s, const char *buf, int len, int flags);
W3COMPAT_EXPORT int w3ws_recv(SOCKET s, char *buf, int len, int flags);
W3COMPAT_EXPORT int w3ws_sendto(SOCKET s, const char *buf, int len, int flags,
                                const struct sockaddr *to, int tolen);
W3COMPAT_EXPORT int w3ws_recvfrom(SOCKET s, char *buf, int len, int flags, struct sockaddr *from,
                                  int *fromlen);
W3COMPAT_EXPORT int w3ws_getsockopt(SOCKET s, int level, int optname, char *optval, int *optlen);
W3COMPAT_EXPORT int w3ws_setsockopt(SOCKET s, int level, int optname, const char *optval,
                                    int optlen);
W3COMPAT_EXPORT int w3ws_select(int nfds, fd_set *readfds, fd_set *writefds, fd_set *exceptfds,
                                const struct timeval *timeout);
W3COMPAT_EXPORT int w3ws_gethostname(char *name, int namelen);
W3COMPAT_EXPORT struct hostent *w3ws_gethostbyname(const char *name);
W3COMPAT_EXPORT int w3ws_inet_pton(int family, const char *src, void *dst);
W3COMPAT_EXPORT const char *w3ws_inet_ntop(int family, const void *src, char *dst, size_t size);

W3COMPAT_END_C

#ifdef UNICODE
#define WSASocket WSASocketW
#else
#define WSASocket WSASocketA
#endif

/* FD_SET and FD_CLR keep the set's order as Winsock does; FD_SET ignores a socket once
 * the set holds FD_SETSIZE of them. */
static inline void w3ws_fd_set_add(SOCKET s, fd_set *set, u_int capacity)
{
    u_int i;
    for (i = 0; i < set->fd_count; i++) {
        if (set->fd_array[i] == s)
            return;
    }
    if (set->fd_count < capacity)
        set->fd_array[set->fd_count++] = s;
}

static inline void w3ws_fd_set_remove(SOCKET s, fd_set *set)
{
    u_int i;
    for (i = 0; i < set->fd_count; i++) {
        if (set->fd_array[i] == s) {
            for (; i + 1 < set->fd_count; i++)
                set->fd_array[i] = set->fd_array[i + 1];
            set->fd_count--;
            return;
        }
    }
}

#define FD_ZERO(set) (((fd_set *)(set))->fd_count = 0)
#define FD_SET(fd, set) w3ws_fd_set_add((SOCKET)(fd), (fd_set *)(set), FD_SETSIZE)
#define FD_CLR(fd, set) w3ws_fd_set_remove((SOCKET)(fd), (fd_set *)(set))
#define FD_ISSET(fd, set) __WSAFDIsSet((SOCKET)(fd), (fd_set *)(set))

/* Names the C library also declares. Those whose C signature is the same as Winsock's
 * can only be renamed; the rest are overloads in C++ (templates, so that a Winsock-typed
 * call is never ambiguous with the C library's function). In C++ socket stays the C
 * library's: classes often have a socket() member, and its -1 converts to INVALID_SOCKET
 * (it does not set the Winsock error, though). */
#define gethostname(name, namelen) w3ws_gethostname(name, namelen)
#define gethostbyname(name) w3ws_gethostbyname(name)
#define inet_pton(family, src, dst) w3ws_inet_pton(family, src, dst)
#define inet_ntop(family, src, dst, size) w3ws_inet_ntop(family, src, dst, size)

#ifndef __cplusplus
#define socket w3ws_socket
#define accept w3ws_accept
#define bind w3ws_bind
#define connect w3ws_connect
#define listen w3ws_listen
#define shutdown w3ws_shutdown
#define getsockname w3ws_getsockname
#define getpeername w3ws_getpeername
#define send w3ws_send
#define recv w3ws_recv
#define sendto w3ws_sendto
#define recvfrom w3ws_recvfrom
#define getsockopt w3ws_getsockopt
#define setsockopt w3ws_setsockopt
#define select w3ws_select
#else
template <class S> inline SOCKET accept(S s, struct sockaddr *addr, int *addrlen)
{
    return w3ws_accept((SOCKET)s, addr, addrlen);
}
template <class S, class L> inline int bind(S s, const struct sockaddr *name, L namelen)
{
    return w3ws_bind((SOCKET)s, name, (int)namelen);
}
template <class S, class L> inline int connect(S s, const struct sockaddr *name, L namelen)
{
    return w3ws_connect((SOCKET)s, name, (int)namelen);
}
template <class S> inline int listen(S s, int backlog)
{
    return w3ws_listen((SOCKET)s, backlog);
}
template <class S> inline int shutdown(S s, int how)
{
    return w3ws_shutdown((SOCKET)s, how);
}
template <class S> inline int getsockname(S s, struct sockaddr *name, int *namelen)
{
    return w3ws_getsockname((SOCKET)s, name, namelen);
}
template <class S> inline int getpeername(S s, struct sockaddr *name, int *namelen)
{
    return w3ws_getpeername((SOCKET)s, name, namelen);
}
template <class S, class L> inline int send(S s, const char *buf, L len, int flags)
{
    return w3ws_send((SOCKET)s, buf, (int)len, flags);
}
template <class S, class L> inline int recv(S s, char *buf, L len, int flags)
{
    return w3ws_recv((SOCKET)s, buf, (int)len, flags);
}
template <class S, class L, class T>
inline int sendto(S s, const char *buf, L len, int flags, const struct sockaddr *to, T tolen)
{
    return w3ws_sendto((SOCKET)s, buf, (int)len, flags, to, (int)tolen);
}
template <class S, class L>
inline int recvfrom(S s, char *buf, L len, int flags, struct sockaddr *from, int *fromlen)
{
    return w3ws_recvfrom((SOCKET)s, buf, (int)len, flags, from, fromlen);
}
template <class S> inline int getsockopt(S s, int level, int optname, char *optval, int *optlen)
{
    return w3ws_getsockopt((SOCKET)s, level, optname, optval, optlen);
}
template <class S, class L>
inline int setsockopt(S s, int level, int optname, const char *optval, L optlen)
{
    return w3ws_setsockopt((SOCKET)s, level, optname, optval, (int)optlen);
}
template <class N>
inline int select(N nfds, fd_set *readfds, fd_set *writefds, fd_set *exceptfds,
                  const struct timeval *timeout)
{
    return w3ws_select((int)nfds, readfds, writefds, exceptfds, timeout);
}
#endif

#endif
