/* Winsock network events: WSA event objects, WSAWaitForMultipleEvents, and
 * WSAEventSelect/WSAEnumNetworkEvents reporting FD_ACCEPT, FD_CONNECT, FD_WRITE, FD_READ
 * and FD_CLOSE over loopback. Every wait is bounded. */
#include <string.h>

#include <winsock2.h>
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

static SOCKET listener(struct sockaddr_in *at)
{
    SOCKET s = socket(AF_INET, SOCK_STREAM, 0);
    int len = (int)sizeof *at;
    W3_REQUIRE(s != INVALID_SOCKET);
    memset(at, 0, sizeof *at);
    at->sin_family = AF_INET;
    at->sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    W3_REQUIRE(bind(s, (struct sockaddr *)at, (int)sizeof *at) == 0);
    W3_REQUIRE(listen(s, 4) == 0);
    W3_REQUIRE(getsockname(s, (struct sockaddr *)at, &len) == 0);
    return s;
}

/* Waits (at most two seconds in all) until every event in wanted has been reported for
 * s; returns what was reported, and the error codes in *out. */
static long wait_network_events(SOCKET s, WSAEVENT ev, long wanted, WSANETWORKEVENTS *out)
{
    long seen = 0;
    DWORD started = GetTickCount();
    int i;
    memset(out, 0, sizeof *out);
    while ((seen & wanted) != wanted && GetTickCount() - started < 2000) {
        WSANETWORKEVENTS ne;
        if (WSAWaitForMultipleEvents(1, &ev, FALSE, 200, FALSE) != WSA_WAIT_EVENT_0)
            continue;
        W3_REQUIRE(WSAEnumNetworkEvents(s, ev, &ne) == 0);
        seen |= ne.lNetworkEvents;
        for (i = 0; i < FD_MAX_EVENTS; i++) {
            if (ne.lNetworkEvents & (1L << i))
                out->iErrorCode[i] = ne.iErrorCode[i];
        }
    }
    out->lNetworkEvents = seen;
    return seen;
}

W3_TEST(event_objects_and_waits)
{
    WSAEVENT ev[2];
    start();
    ev[0] = WSACreateEvent();
    ev[1] = WSACreateEvent();
    W3_REQUIRE(ev[0] != WSA_INVALID_EVENT && ev[1] != WSA_INVALID_EVENT);
    W3_CHECK_EQ(WSAWaitForMultipleEvents(2, ev, FALSE, 0, FALSE), WSA_WAIT_TIMEOUT);
    W3_CHECK(WSASetEvent(ev[1]));
    W3_CHECK_EQ(WSAWaitForMultipleEvents(2, ev, FALSE, 0, FALSE), WSA_WAIT_EVENT_0 + 1);
    /* Manual reset: still signalled. */
    W3_CHECK_EQ(WSAWaitForMultipleEvents(1, &ev[1], FALSE, 0, FALSE), WSA_WAIT_EVENT_0);
    W3_CHECK_EQ(WSAWaitForMultipleEvents(2, ev, TRUE, 0, FALSE), WSA_WAIT_TIMEOUT);
    W3_CHECK(WSAResetEvent(ev[1]));
    W3_CHECK_EQ(WSAWaitForMultipleEvents(1, &ev[1], FALSE, 10, FALSE), WSA_WAIT_TIMEOUT);
    W3_CHECK_EQ(WSAWaitForMultipleEvents(0, ev, FALSE, 0, FALSE), WSA_WAIT_FAILED);
    W3_CHECK_EQ_I(WSAGetLastError(), WSA_INVALID_PARAMETER);
    W3_CHECK(WSACloseEvent(ev[0]));
    W3_CHECK(WSACloseEvent(ev[1]));
    stop();
}

W3_TEST(event_select_reports_a_connection_from_start_to_close)
{
    struct sockaddr_in at;
    SOCKET l, c, s;
    WSAEVENT lev, cev;
    WSANETWORKEVENTS ne;
    char buf[8];
    int r;
    start();
    l = listener(&at);
    lev = WSACreateEvent();
    cev = WSACreateEvent();
    W3_REQUIRE(lev != WSA_INVALID_EVENT && cev != WSA_INVALID_EVENT);
    W3_CHECK_EQ_I(WSAEventSelect(l, lev, FD_ACCEPT), 0);

    c = socket(AF_INET, SOCK_STREAM, 0);
    W3_REQUIRE(c != INVALID_SOCKET);
    W3_CHECK_EQ_I(WSAEventSelect(c, cev, FD_CONNECT | FD_WRITE | FD_READ | FD_CLOSE), 0);
    /* The selection made the socket non-blocking. */
    r = connect(c, (struct sockaddr *)&at, (int)sizeof at);
    if (r == SOCKET_ERROR)
        W3_CHECK_EQ_I(WSAGetLastError(), WSAEWOULDBLOCK);
    W3_CHECK(wait_network_events(c, cev, FD_CONNECT | FD_WRITE, &ne) & FD_CONNECT);
    W3_CHECK_EQ_I(ne.iErrorCode[FD_CONNECT_BIT], 0);
    W3_CHECK(ne.lNetworkEvents & FD_WRITE);

    W3_CHECK(wait_network_events(l, lev, FD_ACCEPT, &ne) & FD_ACCEPT);
    s = accept(l, NULL, NULL);
    W3_REQUIRE(s != INVALID_SOCKET);

    /* Nothing to read yet: the client's receive would block. */
    W3_CHECK_EQ_I(recv(c, buf, sizeof buf, 0), SOCKET_ERROR);
    W3_CHECK_EQ_I(WSAGetLastError(), WSAEWOULDBLOCK);
    W3_CHECK_EQ_I(send(s, "data", 4, 0), 4);
    W3_CHECK(wait_network_events(c, cev, FD_READ, &ne) & FD_READ);
    W3_CHECK_EQ_I(recv(c, buf, sizeof buf, 0), 4);
    W3_CHECK_MEM(buf, "data", 4);

    W3_CHECK_EQ_I(closesocket(s), 0);
    W3_CHECK(wait_network_events(c, cev, FD_CLOSE, &ne) & FD_CLOSE);
    W3_CHECK_EQ_I(ne.iErrorCode[FD_CLOSE_BIT], 0);
    W3_CHECK_EQ_I(recv(c, buf, sizeof buf, 0), 0);

    W3_CHECK_EQ_I(closesocket(c), 0);
    W3_CHECK_EQ_I(closesocket(l), 0);
    W3_CHECK(WSACloseEvent(lev));
    W3_CHECK(WSACloseEvent(cev));
    stop();
}

W3_TEST(event_select_reports_a_refused_connect)
{
    struct sockaddr_in at;
    SOCKET l, c;
    WSAEVENT ev;
    WSANETWORKEVENTS ne;
    start();
    l = listener(&at);
    W3_CHECK_EQ_I(closesocket(l), 0);
    ev = WSACreateEvent();
    c = socket(AF_INET, SOCK_STREAM, 0);
    W3_REQUIRE(c != INVALID_SOCKET && ev != WSA_INVALID_EVENT);
    W3_CHECK_EQ_I(WSAEventSelect(c, ev, FD_CONNECT), 0);
    if (connect(c, (struct sockaddr *)&at, (int)sizeof at) == SOCKET_ERROR)
        W3_CHECK_EQ_I(WSAGetLastError(), WSAEWOULDBLOCK);
    W3_CHECK(wait_network_events(c, ev, FD_CONNECT, &ne) & FD_CONNECT);
    W3_CHECK_EQ_I(ne.iErrorCode[FD_CONNECT_BIT], WSAECONNREFUSED);
    W3_CHECK_EQ_I(closesocket(c), 0);
    W3_CHECK(WSACloseEvent(ev));
    stop();
}

W3_TEST(event_select_errors)
{
    WSAEVENT ev;
    WSANETWORKEVENTS ne;
    SOCKET s;
    start();
    ev = WSACreateEvent();
    W3_REQUIRE(ev != WSA_INVALID_EVENT);
    W3_CHECK_EQ_I(WSAEventSelect((SOCKET)12345, ev, FD_READ), SOCKET_ERROR);
    W3_CHECK_EQ_I(WSAGetLastError(), WSAENOTSOCK);
    s = socket(AF_INET, SOCK_STREAM, 0);
    W3_REQUIRE(s != INVALID_SOCKET);
    W3_CHECK_EQ_I(WSAEventSelect(s, ev, FD_READ), 0);
    /* Nothing happened: no events, and the event object is reset. */
    W3_CHECK(WSASetEvent(ev));
    W3_CHECK_EQ_I(WSAEnumNetworkEvents(s, ev, &ne), 0);
    W3_CHECK_EQ_I(ne.lNetworkEvents, 0);
    W3_CHECK_EQ(WSAWaitForMultipleEvents(1, &ev, FALSE, 0, FALSE), WSA_WAIT_TIMEOUT);
    W3_CHECK_EQ_I(WSAEventSelect(s, NULL, 0), 0);
    W3_CHECK_EQ_I(closesocket(s), 0);
    W3_CHECK(WSACloseEvent(ev));
    stop();
}
