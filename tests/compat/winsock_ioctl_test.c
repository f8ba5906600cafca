/* WSAIoctl: keep-alive settings (mstcpip.h), FIONBIO and FIONREAD, and its documented
 * failures. Loopback only. */
#include <winsock2.h>
#include <windows.h>
#include <mstcpip.h>

#include <string.h>

#include "w3test.h"

struct pair {
    SOCKET listener, client, server;
};

/* A connected loopback pair. */
static void open_pair(struct pair *p)
{
    WSADATA wsa;
    W3_REQUIRE(WSAStartup(MAKEWORD(2, 2), &wsa) == 0);
    struct sockaddr_in addr;
    memset(&addr, 0, sizeof addr);
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    int len = sizeof addr;
    p->listener = socket(AF_INET, SOCK_STREAM, IPPROTO_TCP);
    W3_REQUIRE(p->listener != INVALID_SOCKET);
    W3_REQUIRE(bind(p->listener, (struct sockaddr *)&addr, sizeof addr) == 0);
    W3_REQUIRE(listen(p->listener, 1) == 0);
    W3_REQUIRE(getsockname(p->listener, (struct sockaddr *)&addr, &len) == 0);
    p->client = socket(AF_INET, SOCK_STREAM, IPPROTO_TCP);
    W3_REQUIRE(connect(p->client, (struct sockaddr *)&addr, sizeof addr) == 0);
    p->server = accept(p->listener, NULL, NULL);
    W3_REQUIRE(p->server != INVALID_SOCKET);
}

static void close_pair(struct pair *p)
{
    closesocket(p->server);
    closesocket(p->client);
    closesocket(p->listener);
    WSACleanup();
}

W3_TEST(keepalive_values_turn_keepalive_on)
{
    struct pair p;
    open_pair(&p);
    struct tcp_keepalive ka = {1, 60000, 1000};
    DWORD returned = 7;
    W3_CHECK_EQ(
        WSAIoctl(p.client, SIO_KEEPALIVE_VALS, &ka, sizeof ka, NULL, 0, &returned, NULL, NULL), 0);
    BOOL on = FALSE;
    int len = sizeof on;
    W3_CHECK_EQ(getsockopt(p.client, SOL_SOCKET, SO_KEEPALIVE, (char *)&on, &len), 0);
    W3_CHECK(on);
    ka.onoff = 0;
    W3_CHECK_EQ(
        WSAIoctl(p.client, SIO_KEEPALIVE_VALS, &ka, sizeof ka, NULL, 0, &returned, NULL, NULL), 0);
    on = TRUE;
    W3_CHECK_EQ(getsockopt(p.client, SOL_SOCKET, SO_KEEPALIVE, (char *)&on, &len), 0);
    W3_CHECK(!on);
    close_pair(&p);
}

W3_TEST(fionread_and_fionbio_through_wsaioctl)
{
    struct pair p;
    open_pair(&p);
    W3_REQUIRE(send(p.client, "hello", 5, 0) == 5);
    Sleep(50);
    u_long pending = 0, yes = 1;
    DWORD returned = 0;
    W3_CHECK_EQ(
        WSAIoctl(p.server, FIONREAD, NULL, 0, &pending, sizeof pending, &returned, NULL, NULL), 0);
    W3_CHECK_EQ(pending, 5);
    W3_CHECK_EQ(returned, sizeof(u_long));
    W3_CHECK_EQ(WSAIoctl(p.server, FIONBIO, &yes, sizeof yes, NULL, 0, &returned, NULL, NULL), 0);
    char buf[16];
    W3_CHECK_EQ(recv(p.server, buf, sizeof buf, 0), 5);
    W3_CHECK_EQ(recv(p.server, buf, sizeof buf, 0), SOCKET_ERROR);
    W3_CHECK_EQ(WSAGetLastError(), WSAEWOULDBLOCK);
    close_pair(&p);
}

W3_TEST(wsaioctl_documented_failures)
{
    struct pair p;
    open_pair(&p);
    DWORD returned = 0;
    struct tcp_keepalive ka = {1, 1000, 1000};
    W3_CHECK_EQ(
        WSAIoctl(p.client, SIO_KEEPALIVE_VALS, &ka, sizeof ka - 1, NULL, 0, &returned, NULL, NULL),
        SOCKET_ERROR);
    W3_CHECK_EQ(WSAGetLastError(), WSAEFAULT);
    W3_CHECK_EQ(
        WSAIoctl((SOCKET)12345, SIO_KEEPALIVE_VALS, &ka, sizeof ka, NULL, 0, &returned, NULL, NULL),
        SOCKET_ERROR);
    W3_CHECK_EQ(WSAGetLastError(), WSAENOTSOCK);
    close_pair(&p);
}
