/* Winsock: startup, TCP and UDP over loopback, non-blocking calls, select with
 * Winsock's fd_set, ioctlsocket, options, WSAPoll, WSASend/WSARecv and the Winsock error
 * codes. Only 127.0.0.1 and ::1 are used, and every wait is bounded. */
#include <stddef.h>
#include <string.h>

#include <winsock2.h>
#include <ws2tcpip.h>
#include <windows.h>

#include "w3test.h"

static void start(void)
{
    WSADATA data;
    W3_REQUIRE(WSAStartup(MAKEWORD(2, 2), &data) == 0);
}

static void stop(void)
{
    W3_CHECK_EQ_I(WSACleanup(), 0);
}

static struct sockaddr_in loopback(u_short port)
{
    struct sockaddr_in a;
    memset(&a, 0, sizeof a);
    a.sin_family = AF_INET;
    a.sin_port = htons(port);
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    return a;
}

/* A socket listening on 127.0.0.1 at a port the system chose; *at is its address. */
static SOCKET listener(struct sockaddr_in *at)
{
    SOCKET s = socket(AF_INET, SOCK_STREAM, IPPROTO_TCP);
    int len = (int)sizeof *at;
    W3_REQUIRE(s != INVALID_SOCKET);
    *at = loopback(0);
    W3_REQUIRE(bind(s, (struct sockaddr *)at, (int)sizeof *at) == 0);
    W3_REQUIRE(listen(s, SOMAXCONN) == 0);
    W3_REQUIRE(getsockname(s, (struct sockaddr *)at, &len) == 0);
    W3_CHECK_EQ_I(len, sizeof *at);
    W3_CHECK(at->sin_port != 0);
    return s;
}

/* A connected pair of TCP sockets over loopback. */
static void connected_pair(SOCKET *client, SOCKET *server)
{
    struct sockaddr_in at;
    SOCKET l = listener(&at);
    *client = socket(AF_INET, SOCK_STREAM, 0);
    W3_REQUIRE(*client != INVALID_SOCKET);
    W3_REQUIRE(connect(*client, (struct sockaddr *)&at, (int)sizeof at) == 0);
    *server = accept(l, NULL, NULL);
    W3_REQUIRE(*server != INVALID_SOCKET);
    W3_CHECK_EQ_I(closesocket(l), 0);
}

/* Waits at most two seconds for s to become readable. */
static int wait_readable(SOCKET s)
{
    fd_set rd;
    struct timeval tv = {2, 0};
    FD_ZERO(&rd);
    FD_SET(s, &rd);
    return select(0, &rd, NULL, NULL, &tv);
}

W3_TEST(startup_negotiates_version)
{
    WSADATA data;
    W3_CHECK_EQ_I(WSAStartup(0, &data), WSAVERNOTSUPPORTED);
    W3_CHECK_EQ_I(WSAStartup(MAKEWORD(0, 1), &data), WSAVERNOTSUPPORTED);
    W3_CHECK_EQ_I(WSAStartup(MAKEWORD(2, 2), NULL), WSAEFAULT);

    W3_REQUIRE(WSAStartup(MAKEWORD(1, 1), &data) == 0);
    W3_CHECK_EQ(data.wVersion, 0x0101);
    W3_CHECK_EQ(data.wHighVersion, 0x0202);
    W3_REQUIRE(WSAStartup(MAKEWORD(3, 5), &data) == 0);
    W3_CHECK_EQ(data.wVersion, 0x0202);
    W3_REQUIRE(WSAStartup(MAKEWORD(2, 2), &data) == 0);
    W3_CHECK_EQ(data.wVersion, 0x0202);
    W3_CHECK_STR(data.szSystemStatus, "Running");

    /* Each successful startup needs its cleanup; one more fails. */
    W3_CHECK_EQ_I(WSACleanup(), 0);
    W3_CHECK_EQ_I(WSACleanup(), 0);
    W3_CHECK_EQ_I(WSACleanup(), 0);
    W3_CHECK_EQ_I(WSACleanup(), SOCKET_ERROR);
    W3_CHECK_EQ_I(WSAGetLastError(), WSANOTINITIALISED);
}

W3_TEST(socket_needs_startup)
{
    SOCKET s = socket(AF_INET, SOCK_STREAM, 0);
    W3_CHECK(s == INVALID_SOCKET);
    W3_CHECK_EQ_I(WSAGetLastError(), WSANOTINITIALISED);
    start();
    s = socket(AF_INET, SOCK_STREAM, 0);
    W3_CHECK(s != INVALID_SOCKET);
    W3_CHECK_EQ_I(closesocket(s), 0);
    stop();
}

W3_TEST(types_are_laid_out_as_winsock)
{
    fd_set set;
    W3_CHECK_EQ(sizeof(SOCKET), sizeof(void *));
    W3_CHECK(INVALID_SOCKET == (SOCKET) ~(SOCKET)0);
    W3_CHECK_EQ_I(SOCKET_ERROR, -1);
    W3_CHECK_EQ(sizeof(u_long), 4);
    W3_CHECK_EQ(sizeof(u_short), 2);
    W3_CHECK_EQ_I(FD_SETSIZE, 64);
    W3_CHECK_EQ(offsetof(fd_set, fd_count), 0);
    W3_CHECK_EQ(offsetof(fd_set, fd_array), sizeof(SOCKET));
    W3_CHECK_EQ(sizeof set.fd_array / sizeof set.fd_array[0], 64);
    W3_CHECK_EQ(sizeof(struct sockaddr), 16);
    W3_CHECK_EQ(sizeof(struct sockaddr_in), 16);
    W3_CHECK_EQ(sizeof(struct sockaddr_in6), 28);
    W3_CHECK_EQ(sizeof(struct sockaddr_storage), 128);
    W3_CHECK_EQ(offsetof(WSABUF, buf), sizeof(void *));
    W3_CHECK_EQ(sizeof(WSABUF), 2 * sizeof(void *));
    W3_CHECK_EQ(offsetof(WSAPOLLFD, events), sizeof(SOCKET));
    W3_CHECK_EQ(offsetof(WSAPOLLFD, revents), sizeof(SOCKET) + 2);
    W3_CHECK_EQ(offsetof(WSADATA, wHighVersion), 2);
#if defined(_WIN64) || defined(__LP64__)
    /* 64-bit Winsock moved the counts and the vendor pointer before the strings. */
    W3_CHECK_EQ(offsetof(WSADATA, iMaxSockets), 4);
    W3_CHECK_EQ(offsetof(WSADATA, lpVendorInfo), 8);
    W3_CHECK_EQ(offsetof(WSADATA, szDescription), 16);
    W3_CHECK_EQ(offsetof(WSADATA, szSystemStatus), 16 + WSADESCRIPTION_LEN + 1);
    W3_CHECK_EQ(sizeof(WSADATA), 408);
#else
    W3_CHECK_EQ(offsetof(WSADATA, szDescription), 4);
    W3_CHECK_EQ(offsetof(WSADATA, iMaxSockets), 4 + WSADESCRIPTION_LEN + 1 + WSASYS_STATUS_LEN + 1);
    W3_CHECK_EQ(sizeof(WSADATA), 400);
#endif
}

W3_TEST(constants_have_winsock_values)
{
    W3_CHECK_EQ_I(SD_RECEIVE, 0);
    W3_CHECK_EQ_I(SD_SEND, 1);
    W3_CHECK_EQ_I(SD_BOTH, 2);
    W3_CHECK_EQ((unsigned long)FIONBIO, 0x8004667eUL);
    W3_CHECK_EQ((unsigned long)FIONREAD, 0x4004667fUL);
    W3_CHECK_EQ_I(WSAEWOULDBLOCK, 10035);
    W3_CHECK_EQ_I(WSAECONNREFUSED, 10061);
    W3_CHECK_EQ_I(WSAHOST_NOT_FOUND, 11001);
    W3_CHECK_EQ_I(EAI_NONAME, WSAHOST_NOT_FOUND);
    W3_CHECK_EQ_I(EAI_FAMILY, WSAEAFNOSUPPORT);
    W3_CHECK_EQ_I(POLLRDNORM, 0x100);
    W3_CHECK_EQ_I(POLLWRNORM, 0x10);
    W3_CHECK_EQ_I(POLLIN, 0x300);
    W3_CHECK_EQ_I(POLLHUP, 2);
}

W3_TEST(tcp_echo_over_loopback)
{
    struct sockaddr_in at, peer, mine;
    int peerlen = (int)sizeof peer, minelen = (int)sizeof mine;
    SOCKET l, c, s;
    char buf[32];
    start();
    l = listener(&at);
    c = socket(AF_INET, SOCK_STREAM, 0);
    W3_REQUIRE(c != INVALID_SOCKET);
    W3_REQUIRE(connect(c, (struct sockaddr *)&at, (int)sizeof at) == 0);
    s = accept(l, (struct sockaddr *)&peer, &peerlen);
    W3_REQUIRE(s != INVALID_SOCKET);
    W3_CHECK_EQ_I(peerlen, sizeof peer);
    W3_CHECK_EQ(peer.sin_family, AF_INET);
    W3_CHECK_EQ(ntohl(peer.sin_addr.s_addr), INADDR_LOOPBACK);
    W3_REQUIRE(getsockname(c, (struct sockaddr *)&mine, &minelen) == 0);
    W3_CHECK_EQ(mine.sin_port, peer.sin_port);

    W3_CHECK_EQ_I(send(c, "hello", 5, 0), 5);
    W3_REQUIRE(wait_readable(s) == 1);
    W3_CHECK_EQ_I(recv(s, buf, sizeof buf, 0), 5);
    W3_CHECK_MEM(buf, "hello", 5);
    W3_CHECK_EQ_I(send(s, buf, 5, 0), 5);
    W3_REQUIRE(wait_readable(c) == 1);
    memset(buf, 0, sizeof buf);
    W3_CHECK_EQ_I(recv(c, buf, sizeof buf, 0), 5);
    W3_CHECK_STR(buf, "hello");

    peerlen = (int)sizeof peer;
    W3_REQUIRE(getpeername(c, (struct sockaddr *)&peer, &peerlen) == 0);
    W3_CHECK_EQ(peer.sin_port, at.sin_port);

    /* The peer's SD_SEND is the end of the stream. */
    W3_CHECK_EQ_I(shutdown(c, SD_SEND), 0);
    W3_REQUIRE(wait_readable(s) == 1);
    W3_CHECK_EQ_I(recv(s, buf, sizeof buf, 0), 0);

    W3_CHECK_EQ_I(closesocket(s), 0);
    W3_CHECK_EQ_I(closesocket(c), 0);
    W3_CHECK_EQ_I(closesocket(l), 0);
    stop();
}

W3_TEST(udp_datagram_with_sender_address)
{
    struct sockaddr_in at = loopback(0), from;
    int len = (int)sizeof at, fromlen = (int)sizeof from;
    SOCKET a, b;
    char buf[16];
    start();
    a = socket(AF_INET, SOCK_DGRAM, IPPROTO_UDP);
    b = socket(AF_INET, SOCK_DGRAM, IPPROTO_UDP);
    W3_REQUIRE(a != INVALID_SOCKET && b != INVALID_SOCKET);
    W3_REQUIRE(bind(a, (struct sockaddr *)&at, (int)sizeof at) == 0);
    W3_REQUIRE(getsockname(a, (struct sockaddr *)&at, &len) == 0);
    W3_CHECK_EQ_I(sendto(b, "ping", 4, 0, (struct sockaddr *)&at, (int)sizeof at), 4);
    W3_REQUIRE(wait_readable(a) == 1);
    W3_CHECK_EQ_I(recvfrom(a, buf, sizeof buf, 0, (struct sockaddr *)&from, &fromlen), 4);
    W3_CHECK_MEM(buf, "ping", 4);
    W3_CHECK_EQ_I(fromlen, sizeof from);
    W3_CHECK_EQ(ntohl(from.sin_addr.s_addr), INADDR_LOOPBACK);
    W3_CHECK(from.sin_port != 0);
    W3_CHECK_EQ_I(closesocket(a), 0);
    W3_CHECK_EQ_I(closesocket(b), 0);
    stop();
}

W3_TEST(nonblocking_calls_would_block)
{
    struct sockaddr_in at;
    SOCKET l, c, s;
    u_long on = 1;
    char buf[4];
    fd_set wr;
    struct timeval tv = {2, 0};
    int r;
    start();
    l = listener(&at);
    W3_CHECK_EQ_I(ioctlsocket(l, FIONBIO, &on), 0);
    W3_CHECK(accept(l, NULL, NULL) == INVALID_SOCKET);
    W3_CHECK_EQ_I(WSAGetLastError(), WSAEWOULDBLOCK);

    c = socket(AF_INET, SOCK_STREAM, 0);
    W3_REQUIRE(c != INVALID_SOCKET);
    W3_CHECK_EQ_I(ioctlsocket(c, FIONBIO, &on), 0);
    r = connect(c, (struct sockaddr *)&at, (int)sizeof at);
    if (r == SOCKET_ERROR)
        W3_CHECK_EQ_I(WSAGetLastError(), WSAEWOULDBLOCK);
    FD_ZERO(&wr);
    FD_SET(c, &wr);
    W3_CHECK_EQ_I(select(0, NULL, &wr, NULL, &tv), 1);
    W3_CHECK_EQ(wr.fd_count, 1);
    W3_CHECK(FD_ISSET(c, &wr));

    W3_REQUIRE(wait_readable(l) == 1);
    s = accept(l, NULL, NULL);
    W3_REQUIRE(s != INVALID_SOCKET);
    W3_CHECK_EQ_I(recv(c, buf, sizeof buf, 0), SOCKET_ERROR);
    W3_CHECK_EQ_I(WSAGetLastError(), WSAEWOULDBLOCK);
    W3_CHECK_EQ((DWORD)WSAGetLastError(), GetLastError());

    /* Back to blocking: the data sent is there to read. */
    on = 0;
    W3_CHECK_EQ_I(ioctlsocket(c, FIONBIO, &on), 0);
    W3_CHECK_EQ_I(send(s, "ab", 2, 0), 2);
    W3_CHECK_EQ_I(recv(c, buf, 2, 0), 2);
    W3_CHECK_EQ_I(closesocket(s), 0);
    W3_CHECK_EQ_I(closesocket(c), 0);
    W3_CHECK_EQ_I(closesocket(l), 0);
    stop();
}

W3_TEST(select_keeps_only_ready_sockets)
{
    SOCKET c1, s1, c2, s2;
    fd_set rd, wr;
    struct timeval tv = {0, 50000};
    start();
    connected_pair(&c1, &s1);
    connected_pair(&c2, &s2);

    /* Nothing to read: the timeout passes and the set is emptied. */
    FD_ZERO(&rd);
    FD_SET(s1, &rd);
    FD_SET(s2, &rd);
    W3_CHECK_EQ(rd.fd_count, 2);
    W3_CHECK_EQ_I(select(0, &rd, NULL, NULL, &tv), 0);
    W3_CHECK_EQ(rd.fd_count, 0);

    W3_CHECK_EQ_I(send(c2, "x", 1, 0), 1);
    FD_ZERO(&rd);
    FD_SET(s1, &rd);
    FD_SET(s2, &rd);
    FD_ZERO(&wr);
    FD_SET(c1, &wr);
    tv.tv_sec = 2;
    W3_CHECK_EQ_I(select(0, &rd, &wr, NULL, &tv), 2);
    W3_CHECK_EQ(rd.fd_count, 1);
    W3_CHECK(rd.fd_array[0] == s2);
    W3_CHECK(FD_ISSET(s2, &rd));
    W3_CHECK(!FD_ISSET(s1, &rd));
    W3_CHECK_EQ(wr.fd_count, 1);
    W3_CHECK(FD_ISSET(c1, &wr));

    W3_CHECK_EQ_I(closesocket(c1), 0);
    W3_CHECK_EQ_I(closesocket(s1), 0);
    W3_CHECK_EQ_I(closesocket(c2), 0);
    W3_CHECK_EQ_I(closesocket(s2), 0);
    stop();
}

W3_TEST(fd_set_macros_manage_a_list)
{
    fd_set set;
    SOCKET i;
    FD_ZERO(&set);
    W3_CHECK_EQ(set.fd_count, 0);
    FD_SET((SOCKET)7, &set);
    FD_SET((SOCKET)9, &set);
    FD_SET((SOCKET)7, &set); /* already there */
    FD_SET((SOCKET)11, &set);
    W3_CHECK_EQ(set.fd_count, 3);
    FD_CLR((SOCKET)7, &set);
    W3_CHECK_EQ(set.fd_count, 2);
    W3_CHECK(set.fd_array[0] == 9);
    W3_CHECK(set.fd_array[1] == 11);
    W3_CHECK(!FD_ISSET((SOCKET)7, &set));
    W3_CHECK(FD_ISSET((SOCKET)11, &set));
    /* A full set takes no more. */
    FD_ZERO(&set);
    for (i = 0; i < FD_SETSIZE + 5; i++)
        FD_SET(i + 100, &set);
    W3_CHECK_EQ(set.fd_count, FD_SETSIZE);
}

W3_TEST(select_errors)
{
    fd_set rd;
    struct timeval tv = {0, 1000};
    start();
    FD_ZERO(&rd);
    W3_CHECK_EQ_I(select(0, &rd, NULL, NULL, &tv), SOCKET_ERROR);
    W3_CHECK_EQ_I(WSAGetLastError(), WSAEINVAL);
    W3_CHECK_EQ_I(select(0, NULL, NULL, NULL, &tv), SOCKET_ERROR);
    W3_CHECK_EQ_I(WSAGetLastError(), WSAEINVAL);
    FD_SET((SOCKET)99999, &rd);
    W3_CHECK_EQ_I(select(0, &rd, NULL, NULL, &tv), SOCKET_ERROR);
    W3_CHECK_EQ_I(WSAGetLastError(), WSAENOTSOCK);
    stop();
}

W3_TEST(fionread_counts_pending_bytes)
{
    SOCKET c, s;
    u_long n = 12345;
    char buf[8];
    start();
    connected_pair(&c, &s);
    W3_CHECK_EQ_I(ioctlsocket(s, FIONREAD, &n), 0);
    W3_CHECK_EQ(n, 0);
    W3_CHECK_EQ_I(send(c, "12345", 5, 0), 5);
    W3_REQUIRE(wait_readable(s) == 1);
    W3_CHECK_EQ_I(ioctlsocket(s, FIONREAD, &n), 0);
    W3_CHECK_EQ(n, 5);
    W3_CHECK_EQ_I(recv(s, buf, 2, 0), 2);
    W3_CHECK_EQ_I(ioctlsocket(s, FIONREAD, &n), 0);
    W3_CHECK_EQ(n, 3);
    W3_CHECK_EQ_I(ioctlsocket((SOCKET)12345, FIONBIO, &n), SOCKET_ERROR);
    W3_CHECK_EQ_I(WSAGetLastError(), WSAENOTSOCK);
    W3_CHECK_EQ_I(closesocket(c), 0);
    W3_CHECK_EQ_I(closesocket(s), 0);
    stop();
}

W3_TEST(connect_to_closed_port_is_refused)
{
    struct sockaddr_in at;
    SOCKET l, c;
    start();
    l = listener(&at);
    W3_CHECK_EQ_I(closesocket(l), 0);
    c = socket(AF_INET, SOCK_STREAM, 0);
    W3_REQUIRE(c != INVALID_SOCKET);
    W3_CHECK_EQ_I(connect(c, (struct sockaddr *)&at, (int)sizeof at), SOCKET_ERROR);
    W3_CHECK_EQ_I(WSAGetLastError(), WSAECONNREFUSED);
    W3_CHECK_EQ_I(GetLastError(), WSAECONNREFUSED);
    W3_CHECK_EQ_I(closesocket(c), 0);
    stop();
}

W3_TEST(documented_errors)
{
    struct sockaddr_in at, taken;
    SOCKET l, s;
    char buf[4];
    start();
    W3_CHECK_EQ_I(closesocket((SOCKET)12345), SOCKET_ERROR);
    W3_CHECK_EQ_I(WSAGetLastError(), WSAENOTSOCK);

    l = listener(&taken);
    s = socket(AF_INET, SOCK_STREAM, 0);
    W3_REQUIRE(s != INVALID_SOCKET);
    W3_CHECK_EQ_I(bind(s, (struct sockaddr *)&taken, (int)sizeof taken), SOCKET_ERROR);
    W3_CHECK_EQ_I(WSAGetLastError(), WSAEADDRINUSE);
    at = loopback(0);
    W3_CHECK_EQ_I(bind(s, (struct sockaddr *)&at, 3), SOCKET_ERROR);
    W3_CHECK_EQ_I(WSAGetLastError(), WSAEFAULT);
    W3_CHECK_EQ_I(shutdown(s, 7), SOCKET_ERROR);
    W3_CHECK_EQ_I(WSAGetLastError(), WSAEINVAL);
    W3_CHECK_EQ_I(shutdown(s, SD_SEND), SOCKET_ERROR);
    W3_CHECK_EQ_I(WSAGetLastError(), WSAENOTCONN);
    W3_CHECK_EQ_I(recv(s, buf, sizeof buf, 0), SOCKET_ERROR);
    W3_CHECK_EQ_I(WSAGetLastError(), WSAENOTCONN);
    W3_CHECK(accept(s, NULL, NULL) == INVALID_SOCKET);
    W3_CHECK_EQ_I(WSAGetLastError(), WSAEINVAL);
    W3_CHECK(socket(12345, SOCK_STREAM, 0) == INVALID_SOCKET);
    W3_CHECK_EQ_I(WSAGetLastError(), WSAEAFNOSUPPORT);

    WSASetLastError(4242);
    W3_CHECK_EQ_I(WSAGetLastError(), 4242);
    W3_CHECK_EQ(GetLastError(), 4242);
    W3_CHECK_EQ_I(closesocket(s), 0);
    W3_CHECK_EQ_I(closesocket(l), 0);
    stop();
}

W3_TEST(socket_options)
{
    SOCKET s;
    DWORD timeout = 0;
    BOOL flag = 5;
    int len = (int)sizeof timeout, type = 0;
    char one = 1;
    start();
    s = socket(AF_INET, SOCK_STREAM, 0);
    W3_REQUIRE(s != INVALID_SOCKET);
    /* Timeouts are DWORD milliseconds. */
    W3_CHECK_EQ_I(getsockopt(s, SOL_SOCKET, SO_RCVTIMEO, (char *)&timeout, &len), 0);
    W3_CHECK_EQ(timeout, 0);
    W3_CHECK_EQ_I(len, sizeof(DWORD));
    timeout = 1500;
    W3_CHECK_EQ_I(
        setsockopt(s, SOL_SOCKET, SO_RCVTIMEO, (const char *)&timeout, (int)sizeof timeout), 0);
    timeout = 0;
    len = (int)sizeof timeout;
    W3_CHECK_EQ_I(getsockopt(s, SOL_SOCKET, SO_RCVTIMEO, (char *)&timeout, &len), 0);
    W3_CHECK_EQ(timeout, 1500);

    len = 8;
    W3_CHECK_EQ_I(getsockopt(s, SOL_SOCKET, SO_REUSEADDR, (char *)&flag, &len), 0);
    W3_CHECK_EQ_I(flag, 0);
    W3_CHECK_EQ_I(len, sizeof(BOOL));
    W3_CHECK_EQ_I(setsockopt(s, IPPROTO_TCP, TCP_NODELAY, &one, 1), 0);
    W3_CHECK_EQ_I(setsockopt(s, SOL_SOCKET, SO_REUSEADDR, &one, 1), 0);
    len = (int)sizeof flag;
    W3_CHECK_EQ_I(getsockopt(s, SOL_SOCKET, SO_REUSEADDR, (char *)&flag, &len), 0);
    W3_CHECK(flag != 0);

    len = (int)sizeof type;
    W3_CHECK_EQ_I(getsockopt(s, SOL_SOCKET, SO_TYPE, (char *)&type, &len), 0);
    W3_CHECK_EQ_I(type, SOCK_STREAM);
    len = 2;
    W3_CHECK_EQ_I(getsockopt(s, SOL_SOCKET, SO_TYPE, (char *)&type, &len), SOCKET_ERROR);
    W3_CHECK_EQ_I(WSAGetLastError(), WSAEFAULT);
    len = (int)sizeof type;
    W3_CHECK_EQ_I(getsockopt(s, SOL_SOCKET, 0x7777, (char *)&type, &len), SOCKET_ERROR);
    W3_CHECK_EQ_I(WSAGetLastError(), WSAENOPROTOOPT);
    W3_CHECK_EQ_I(getsockopt(s, 0x7777, SO_TYPE, (char *)&type, &len), SOCKET_ERROR);
    W3_CHECK_EQ_I(WSAGetLastError(), WSAEINVAL);
    W3_CHECK_EQ_I(closesocket(s), 0);
    stop();
}

W3_TEST(receive_timeout_expires)
{
    SOCKET c, s;
    DWORD timeout = 100;
    char buf[4];
    start();
    connected_pair(&c, &s);
    W3_CHECK_EQ_I(
        setsockopt(s, SOL_SOCKET, SO_RCVTIMEO, (const char *)&timeout, (int)sizeof timeout), 0);
    W3_CHECK_EQ_I(recv(s, buf, sizeof buf, 0), SOCKET_ERROR);
    W3_CHECK_EQ_I(WSAGetLastError(), WSAETIMEDOUT);
    W3_CHECK_EQ_I(closesocket(c), 0);
    W3_CHECK_EQ_I(closesocket(s), 0);
    stop();
}

W3_TEST(wsapoll_reports_winsock_events)
{
    SOCKET c, s;
    WSAPOLLFD fds[2];
    char buf[4];
    start();
    connected_pair(&c, &s);
    fds[0].fd = s;
    fds[0].events = POLLRDNORM;
    fds[1].fd = c;
    fds[1].events = POLLWRNORM;
    W3_CHECK_EQ_I(WSAPoll(fds, 2, 50), 1);
    W3_CHECK_EQ_I(fds[0].revents, 0);
    W3_CHECK_EQ_I(fds[1].revents, POLLWRNORM);

    W3_CHECK_EQ_I(send(c, "x", 1, 0), 1);
    fds[0].revents = 0;
    W3_CHECK_EQ_I(WSAPoll(fds, 1, 2000), 1);
    W3_CHECK_EQ_I(fds[0].revents, POLLRDNORM);
    W3_CHECK_EQ_I(recv(s, buf, sizeof buf, 0), 1);
    W3_CHECK_EQ_I(closesocket(c), 0);
    W3_CHECK_EQ_I(closesocket(s), 0);
    stop();
}

W3_TEST(wsasend_and_wsarecv_gather_and_scatter)
{
    SOCKET c, s;
    char head[] = "head-", tail[] = "tail", got1[3], got2[16];
    WSABUF out[2], in[2];
    DWORD sent = 0, received = 0, flags = 0;
    start();
    connected_pair(&c, &s);
    out[0].buf = head;
    out[0].len = 5;
    out[1].buf = tail;
    out[1].len = 4;
    W3_CHECK_EQ_I(WSASend(c, out, 2, &sent, 0, NULL, NULL), 0);
    W3_CHECK_EQ(sent, 9);
    W3_REQUIRE(wait_readable(s) == 1);
    in[0].buf = got1;
    in[0].len = sizeof got1;
    in[1].buf = got2;
    in[1].len = sizeof got2;
    W3_CHECK_EQ_I(WSARecv(s, in, 2, &received, &flags, NULL, NULL), 0);
    W3_CHECK_EQ(received, 9);
    W3_CHECK_MEM(got1, "hea", 3);
    W3_CHECK_MEM(got2, "d-tail", 6);
    W3_CHECK_EQ(flags, 0);
    W3_CHECK_EQ_I(closesocket(c), 0);
    W3_CHECK_EQ_I(closesocket(s), 0);
    stop();
}

W3_TEST(wsasocket_creates_a_usable_socket)
{
    struct sockaddr_in at = loopback(0);
    int len = (int)sizeof at;
    SOCKET s;
    start();
    s = WSASocketW(AF_INET, SOCK_STREAM, IPPROTO_TCP, NULL, 0,
                   WSA_FLAG_OVERLAPPED | WSA_FLAG_NO_HANDLE_INHERIT);
    W3_REQUIRE(s != INVALID_SOCKET);
    W3_CHECK_EQ_I(bind(s, (struct sockaddr *)&at, (int)sizeof at), 0);
    W3_CHECK_EQ_I(getsockname(s, (struct sockaddr *)&at, &len), 0);
    W3_CHECK(at.sin_port != 0);
    W3_CHECK_EQ_I(closesocket(s), 0);
    s = WSASocketA(AF_INET, SOCK_DGRAM, 0, NULL, 0, 0);
    W3_CHECK(s != INVALID_SOCKET);
    W3_CHECK_EQ_I(closesocket(s), 0);
    W3_CHECK(WSASocketW(12345, SOCK_STREAM, 0, NULL, 0, 0) == INVALID_SOCKET);
    W3_CHECK_EQ_I(WSAGetLastError(), WSAEAFNOSUPPORT);
    stop();
}

/* A connect with a timeout as connectors write it: non-blocking connect, select on the
 * write and except sets, then SO_ERROR for the outcome. */
W3_TEST(nonblocking_connect_failure_shows_in_exceptfds)
{
    struct sockaddr_in at;
    SOCKET l, c;
    u_long on = 1;
    fd_set wr, ex;
    struct timeval tv = {2, 0};
    int err = 0, len = (int)sizeof err;
    start();
    l = listener(&at);
    W3_CHECK_EQ_I(closesocket(l), 0);
    c = socket(AF_INET, SOCK_STREAM, 0);
    W3_REQUIRE(c != INVALID_SOCKET);
    W3_CHECK_EQ_I(ioctlsocket(c, FIONBIO, &on), 0);
    if (connect(c, (struct sockaddr *)&at, (int)sizeof at) == SOCKET_ERROR)
        W3_CHECK_EQ_I(WSAGetLastError(), WSAEWOULDBLOCK);
    FD_ZERO(&wr);
    FD_ZERO(&ex);
    FD_SET(c, &wr);
    FD_SET(c, &ex);
    W3_CHECK_EQ_I(select(0, NULL, &wr, &ex, &tv), 1);
    W3_CHECK_EQ(wr.fd_count, 0);
    W3_CHECK_EQ(ex.fd_count, 1);
    W3_CHECK(FD_ISSET(c, &ex));
    W3_CHECK_EQ_I(getsockopt(c, SOL_SOCKET, SO_ERROR, (char *)&err, &len), 0);
    W3_CHECK_EQ_I(err, WSAECONNREFUSED);
    W3_CHECK_EQ_I(closesocket(c), 0);
    stop();
}
