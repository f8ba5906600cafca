/* A program may choose the size of Winsock's fd_set by defining FD_SETSIZE before the
 * headers; select then takes that many sockets. */
#define FD_SETSIZE 256

#include <winsock2.h>
#include <windows.h>

#include "w3test.h"

W3_TEST(fd_setsize_chosen_by_the_program)
{
    fd_set set;
    SOCKET i;
    W3_CHECK_EQ_I(FD_SETSIZE, 256);
    W3_CHECK_EQ(sizeof set.fd_array / sizeof set.fd_array[0], 256);
    FD_ZERO(&set);
    for (i = 0; i < 300; i++)
        FD_SET(i + 1000, &set);
    W3_CHECK_EQ(set.fd_count, 256);
    W3_CHECK(FD_ISSET((SOCKET)1255, &set));
    W3_CHECK(!FD_ISSET((SOCKET)1256, &set));
}

W3_TEST(select_takes_more_than_64_sockets)
{
    WSADATA data;
    SOCKET socks[70];
    fd_set wr;
    struct timeval tv = {2, 0};
    int i, n = 0;
    W3_REQUIRE(WSAStartup(MAKEWORD(2, 2), &data) == 0);
    FD_ZERO(&wr);
    for (i = 0; i < 70; i++) {
        socks[i] = socket(AF_INET, SOCK_DGRAM, 0);
        W3_REQUIRE(socks[i] != INVALID_SOCKET);
        FD_SET(socks[i], &wr);
        n++;
    }
    /* Unconnected UDP sockets are writable. */
    W3_CHECK_EQ_I(select(0, NULL, &wr, NULL, &tv), 70);
    W3_CHECK_EQ(wr.fd_count, 70);
    for (i = 0; i < n; i++)
        W3_CHECK_EQ_I(closesocket(socks[i]), 0);
    W3_CHECK_EQ_I(WSACleanup(), 0);
}
