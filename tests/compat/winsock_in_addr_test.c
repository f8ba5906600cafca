/* Winsock's in_addr: the S_un union (bytes, words, the 32-bit address) and the s_addr,
 * s_net, s_host, s_lh, s_impno and s_imp names, as code written for Windows reads an
 * address; the same structure still goes through the socket functions. */
#include <stddef.h>
#include <string.h>

#include <winsock2.h>
#include <ws2tcpip.h>
#include <windows.h>

#include "w3test.h"

W3_TEST(in_addr_is_four_bytes_of_union)
{
    struct in_addr a;
    W3_CHECK_EQ(sizeof(IN_ADDR), 4);
    W3_CHECK_EQ(sizeof a.S_un, 4);
    W3_CHECK_EQ(offsetof(struct in_addr, S_un), 0);
    W3_CHECK_EQ(offsetof(struct sockaddr_in, sin_addr), 4);
    W3_CHECK_EQ(sizeof(struct sockaddr_in), 16);
}

W3_TEST(in_addr_parts_name_the_address_bytes)
{
    struct in_addr a;
    W3_REQUIRE(inet_pton(AF_INET, "192.168.7.20", &a) == 1);
    W3_CHECK_EQ(a.S_un.S_un_b.s_b1, 192);
    W3_CHECK_EQ(a.S_un.S_un_b.s_b2, 168);
    W3_CHECK_EQ(a.S_un.S_un_b.s_b3, 7);
    W3_CHECK_EQ(a.S_un.S_un_b.s_b4, 20);
    W3_CHECK_EQ(a.s_net, 192);
    W3_CHECK_EQ(a.s_host, 168);
    W3_CHECK_EQ(a.s_lh, 7);
    W3_CHECK_EQ(a.s_impno, 20);
    W3_CHECK_EQ(a.S_un.S_addr, htonl(0xc0a80714));
    W3_CHECK_EQ(a.s_addr, a.S_un.S_addr);
    W3_CHECK_EQ(a.S_un.S_un_w.s_w1, htons(0xc0a8));
    W3_CHECK_EQ(a.s_imp, htons(0x0714));
}

W3_TEST(in_addr_written_by_bytes_is_formatted)
{
    struct in_addr a;
    char text[INET_ADDRSTRLEN];
    a.S_un.S_un_b.s_b1 = 10;
    a.S_un.S_un_b.s_b2 = 1;
    a.S_un.S_un_b.s_b3 = 2;
    a.S_un.S_un_b.s_b4 = 3;
    W3_CHECK_STR(inet_ntoa(a), "10.1.2.3");
    W3_REQUIRE(inet_ntop(AF_INET, &a, text, sizeof text) != NULL);
    W3_CHECK_STR(text, "10.1.2.3");
    a.S_un.S_addr = inet_addr("127.0.0.1");
    W3_CHECK_EQ(a.S_un.S_un_b.s_b1, 127);
    W3_CHECK_EQ(a.S_un.S_un_b.s_b4, 1);
    W3_CHECK_EQ(inet_addr("not an address"), INADDR_NONE);
}

W3_TEST(in_addr_set_through_s_un_binds_and_connects)
{
    WSADATA data;
    struct sockaddr_in at, peer;
    int len = (int)sizeof at;
    SOCKET l, c, s;
    W3_REQUIRE(WSAStartup(MAKEWORD(2, 2), &data) == 0);
    memset(&at, 0, sizeof at);
    at.sin_family = AF_INET;
    at.sin_addr.S_un.S_un_b.s_b1 = 127;
    at.sin_addr.S_un.S_un_b.s_b4 = 1;
    l = socket(AF_INET, SOCK_STREAM, IPPROTO_TCP);
    W3_REQUIRE(l != INVALID_SOCKET);
    W3_REQUIRE(bind(l, (struct sockaddr *)&at, (int)sizeof at) == 0);
    W3_REQUIRE(listen(l, 1) == 0);
    W3_REQUIRE(getsockname(l, (struct sockaddr *)&at, &len) == 0);
    W3_CHECK_EQ(at.sin_addr.S_un.S_addr, htonl(INADDR_LOOPBACK));
    c = socket(AF_INET, SOCK_STREAM, IPPROTO_TCP);
    W3_REQUIRE(connect(c, (struct sockaddr *)&at, (int)sizeof at) == 0);
    len = (int)sizeof peer;
    s = accept(l, (struct sockaddr *)&peer, &len);
    W3_REQUIRE(s != INVALID_SOCKET);
    W3_CHECK_EQ(peer.sin_addr.s_net, 127);
    W3_CHECK_EQ(peer.sin_addr.s_impno, 1);
    W3_CHECK_EQ_I(closesocket(s), 0);
    W3_CHECK_EQ_I(closesocket(c), 0);
    W3_CHECK_EQ_I(closesocket(l), 0);
    W3_CHECK_EQ_I(WSACleanup(), 0);
}
