/* Winsock name resolution and address text: getaddrinfo/GetAddrInfoW, getnameinfo,
 * inet_pton/inet_ntop and InetPton/InetNtop, inet_addr/inet_ntoa, gethostname and
 * gethostbyname, with their Winsock error codes. Numeric names only: no DNS. */
#include <string.h>
#include <wchar.h>

/* windows.h first: lean, so that it does not bring winsock.h (as on Windows). */
#define WIN32_LEAN_AND_MEAN
#include <windows.h>
#include <winsock2.h>
#include <ws2tcpip.h>

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

static struct addrinfo numeric_hints(int family)
{
    struct addrinfo h;
    memset(&h, 0, sizeof h);
    h.ai_flags = AI_NUMERICHOST;
    h.ai_family = family;
    h.ai_socktype = SOCK_STREAM;
    return h;
}

W3_TEST(getaddrinfo_numeric_address)
{
    struct addrinfo hints = numeric_hints(AF_UNSPEC), *res = NULL;
    const struct sockaddr_in *sin;
    start();
    W3_REQUIRE(getaddrinfo("127.0.0.1", "8080", &hints, &res) == 0);
    W3_REQUIRE(res != NULL);
    W3_CHECK_EQ_I(res->ai_family, AF_INET);
    W3_CHECK_EQ_I(res->ai_socktype, SOCK_STREAM);
    W3_CHECK_EQ(res->ai_addrlen, sizeof(struct sockaddr_in));
    sin = (const struct sockaddr_in *)(const void *)res->ai_addr;
    W3_CHECK_EQ(ntohs(sin->sin_port), 8080);
    W3_CHECK_EQ(ntohl(sin->sin_addr.s_addr), INADDR_LOOPBACK);
    freeaddrinfo(res);

    hints = numeric_hints(AF_INET6);
    res = NULL;
    W3_REQUIRE(getaddrinfo("::1", NULL, &hints, &res) == 0);
    W3_CHECK_EQ_I(res->ai_family, AF_INET6);
    W3_CHECK_EQ(res->ai_addrlen, sizeof(struct sockaddr_in6));
    freeaddrinfo(res);
    stop();
}

W3_TEST(getaddrinfo_errors_are_winsock_codes)
{
    struct addrinfo hints = numeric_hints(AF_UNSPEC), *res = NULL;
    start();
    W3_CHECK_EQ_I(getaddrinfo("not-an-address", "80", &hints, &res), WSAHOST_NOT_FOUND);
    W3_CHECK_EQ_I(WSAGetLastError(), WSAHOST_NOT_FOUND);
    W3_CHECK_EQ_I(getaddrinfo("not-an-address", "80", &hints, &res), EAI_NONAME);
    W3_CHECK_EQ_I(getaddrinfo(NULL, NULL, &hints, &res), WSAHOST_NOT_FOUND);
    hints.ai_flags = 0;
    hints.ai_family = 12345;
    W3_CHECK_EQ_I(getaddrinfo("127.0.0.1", "80", &hints, &res), WSAEAFNOSUPPORT);
    W3_CHECK_EQ_I(WSAGetLastError(), EAI_FAMILY);
    W3_CHECK(gai_strerror(EAI_NONAME) != NULL);
    stop();
}

W3_TEST(getaddrinfow_numeric_address)
{
    ADDRINFOW hints, *res = NULL;
    const struct sockaddr_in *sin;
    start();
    memset(&hints, 0, sizeof hints);
    hints.ai_flags = AI_NUMERICHOST;
    hints.ai_family = AF_INET;
    W3_REQUIRE(GetAddrInfoW(L"127.0.0.1", L"443", &hints, &res) == 0);
    W3_REQUIRE(res != NULL);
    W3_CHECK_EQ_I(res->ai_family, AF_INET);
    W3_CHECK_EQ(res->ai_addrlen, sizeof(struct sockaddr_in));
    sin = (const struct sockaddr_in *)(const void *)res->ai_addr;
    W3_CHECK_EQ(ntohs(sin->sin_port), 443);
    W3_CHECK_EQ(ntohl(sin->sin_addr.s_addr), INADDR_LOOPBACK);
    FreeAddrInfoW(res);
    W3_CHECK_EQ_I(GetAddrInfoW(L"not-an-address", NULL, &hints, &res), WSAHOST_NOT_FOUND);
    W3_CHECK_EQ_I(WSAGetLastError(), WSAHOST_NOT_FOUND);
    stop();
}

W3_TEST(getnameinfo_numeric)
{
    struct sockaddr_in a;
    char host[NI_MAXHOST], serv[NI_MAXSERV];
    start();
    memset(&a, 0, sizeof a);
    a.sin_family = AF_INET;
    a.sin_port = htons(8080);
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    W3_CHECK_EQ_I(getnameinfo((struct sockaddr *)&a, sizeof a, host, sizeof host, serv, sizeof serv,
                              NI_NUMERICHOST | NI_NUMERICSERV),
                  0);
    W3_CHECK_STR(host, "127.0.0.1");
    W3_CHECK_STR(serv, "8080");
    stop();
}

W3_TEST(inet_pton_and_ntop_round_trip)
{
    struct in_addr v4;
    struct in6_addr v6;
    char text[64];
    static const unsigned char v6_bytes[16] = {0x20, 0x01, 0x0d, 0xb8, 0, 0, 0, 0,
                                               0,    0,    0,    0,    0, 0, 0, 1};
    start();
    W3_CHECK_EQ_I(inet_pton(AF_INET, "192.168.1.20", &v4), 1);
    W3_CHECK_EQ(ntohl(v4.s_addr), 0xc0a80114u);
    W3_CHECK_STR(inet_ntop(AF_INET, &v4, text, sizeof text), "192.168.1.20");
    W3_CHECK_EQ_I(inet_pton(AF_INET6, "2001:db8::1", &v6), 1);
    W3_CHECK_MEM(&v6, v6_bytes, 16);
    W3_CHECK_STR(inet_ntop(AF_INET6, &v6, text, sizeof text), "2001:db8::1");

    W3_CHECK_EQ_I(inet_pton(AF_INET, "1.2.3", &v4), 0);
    W3_CHECK_EQ_I(inet_pton(AF_INET, "256.1.1.1", &v4), 0);
    W3_CHECK_EQ_I(inet_pton(12345, "1.2.3.4", &v4), -1);
    W3_CHECK_EQ_I(WSAGetLastError(), WSAEAFNOSUPPORT);
    W3_CHECK(inet_ntop(AF_INET, &v4, text, 3) == NULL);
    stop();
}

W3_TEST(inetpton_and_inetntop_wide)
{
    struct in_addr v4;
    struct in6_addr v6;
    WCHAR wide[64];
    char text[64];
    start();
    W3_CHECK_EQ_I(InetPtonW(AF_INET, L"10.0.0.1", &v4), 1);
    W3_CHECK_EQ(ntohl(v4.s_addr), 0x0a000001u);
    W3_REQUIRE(InetNtopW(AF_INET, &v4, wide, sizeof wide / sizeof wide[0]) != NULL);
    W3_CHECK(wcscmp(wide, L"10.0.0.1") == 0);
    W3_CHECK_EQ_I(InetPtonW(AF_INET6, L"::1", &v6), 1);
    W3_REQUIRE(InetNtopW(AF_INET6, &v6, wide, sizeof wide / sizeof wide[0]) != NULL);
    W3_CHECK(wcscmp(wide, L"::1") == 0);
    W3_CHECK_EQ_I(InetPtonW(AF_INET, L"10.0.0", &v4), 0);
    W3_CHECK_EQ_I(InetPtonA(AF_INET, "127.0.0.1", &v4), 1);
    W3_CHECK_STR(InetNtopA(AF_INET, &v4, text, sizeof text), "127.0.0.1");
    stop();
}

W3_TEST(inet_addr_and_byte_order)
{
    struct in_addr a;
    W3_CHECK_EQ(inet_addr("1.2.3.4"), htonl(0x01020304));
    W3_CHECK_EQ(inet_addr("x"), INADDR_NONE);
    a.s_addr = htonl(0x7f000001);
    W3_CHECK_STR(inet_ntoa(a), "127.0.0.1");
    W3_CHECK_EQ(htons(0x1234), ntohs(0x1234));
    W3_CHECK_EQ(ntohs(htons(0x1234)), 0x1234);
    W3_CHECK_EQ(ntohl(htonl(0x12345678)), 0x12345678u);
    W3_CHECK_MEM(&a.s_addr, "\x7f\x00\x00\x01", 4);
}

W3_TEST(gethostname_and_gethostbyname)
{
    char name[256];
    struct hostent *h;
    start();
    W3_CHECK_EQ_I(gethostname(name, sizeof name), 0);
    W3_CHECK(name[0] != '\0');
    W3_CHECK_EQ_I(gethostname(name, 1), SOCKET_ERROR);
    W3_CHECK_EQ_I(WSAGetLastError(), WSAEFAULT);

    h = gethostbyname("127.0.0.1");
    W3_REQUIRE(h != NULL);
    W3_CHECK_EQ_I(h->h_addrtype, AF_INET);
    W3_CHECK_EQ_I(h->h_length, 4);
    W3_REQUIRE(h->h_addr_list[0] != NULL);
    W3_CHECK_MEM(h->h_addr_list[0], "\x7f\x00\x00\x01", 4);
    W3_CHECK(h->h_addr == h->h_addr_list[0]);
    stop();
}
