// Winsock from C++: calls written as Winsock code writes them (SOCKET handles, int and
// size_t lengths, char buffers, NULL sets) compile and behave as in C, and the standard
// library's own names (std::bind, members called send or socket) are left alone.
#include <cstring>
#include <functional>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include <winsock2.h>
#include <ws2tcpip.h>
#include <windows.h>

#include "w3test.h"

namespace
{

struct Session {
    WSADATA data;
    Session() { W3_REQUIRE(WSAStartup(MAKEWORD(2, 2), &data) == 0); }
    ~Session() { W3_CHECK_EQ_I(WSACleanup(), 0); }
};

sockaddr_in loopback()
{
    sockaddr_in a;
    std::memset(&a, 0, sizeof a);
    a.sin_family = AF_INET;
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    return a;
}

// A class with members named like the BSD calls, as connection wrappers have.
class Channel
{
  public:
    explicit Channel(SOCKET s) : sock_(s) {}
    SOCKET socket() const { return sock_; }
    int send(const std::string &text) const { return ::send(sock_, text.c_str(), text.size(), 0); }
    int connect(const sockaddr_in &to) const
    {
        return ::connect(sock_, reinterpret_cast<const sockaddr *>(&to), sizeof to);
    }

  private:
    SOCKET sock_;
};

int add(int a, int b)
{
    return a + b;
}

} // namespace

W3_TEST(cxx_echo_with_winsock_argument_types)
{
    Session session;
    sockaddr_in at = loopback();
    int len = sizeof at;
    SOCKET l = socket(AF_INET, SOCK_STREAM, IPPROTO_TCP);
    W3_REQUIRE(l != INVALID_SOCKET);
    W3_REQUIRE(bind(l, reinterpret_cast<sockaddr *>(&at), sizeof at) == 0);
    W3_REQUIRE(listen(l, SOMAXCONN) == 0);
    W3_REQUIRE(getsockname(l, reinterpret_cast<sockaddr *>(&at), &len) == 0);

    Channel client(socket(AF_INET, SOCK_STREAM, 0));
    W3_REQUIRE(client.socket() != INVALID_SOCKET);
    W3_REQUIRE(client.connect(at) == 0);
    sockaddr_in peer;
    int peerlen = sizeof peer;
    SOCKET server = accept(l, reinterpret_cast<sockaddr *>(&peer), &peerlen);
    W3_REQUIRE(server != INVALID_SOCKET);
    W3_CHECK_EQ_I(peerlen, sizeof peer);

    const std::string message = "hello from C++";
    W3_CHECK_EQ_I(client.send(message), message.size());

    fd_set rd;
    FD_ZERO(&rd);
    FD_SET(server, &rd);
    timeval tv = {2, 0};
    W3_REQUIRE(::select(0, &rd, NULL, NULL, &tv) == 1);
    W3_CHECK_EQ(rd.fd_count, 1);

    std::vector<char> buf(64);
    int got = recv(server, &buf[0], static_cast<int>(buf.size()), 0);
    W3_CHECK_EQ_I(got, message.size());
    W3_CHECK(std::string(&buf[0], got) == message);

    DWORD timeout = 250;
    W3_CHECK_EQ_I(setsockopt(server, SOL_SOCKET, SO_RCVTIMEO,
                             reinterpret_cast<const char *>(&timeout), sizeof timeout),
                  0);
    u_long pending = 99;
    W3_CHECK_EQ_I(ioctlsocket(server, FIONREAD, &pending), 0);
    W3_CHECK_EQ(pending, 0);

    W3_CHECK_EQ_I(closesocket(server), 0);
    W3_CHECK_EQ_I(closesocket(client.socket()), 0);
    W3_CHECK_EQ_I(closesocket(l), 0);
}

W3_TEST(cxx_errors_are_winsock_codes)
{
    Session session;
    sockaddr_in at = loopback();
    int len = sizeof at;
    SOCKET l = socket(AF_INET, SOCK_STREAM, 0);
    W3_REQUIRE(l != INVALID_SOCKET);
    W3_REQUIRE(bind(l, reinterpret_cast<sockaddr *>(&at), sizeof at) == 0);
    W3_REQUIRE(getsockname(l, reinterpret_cast<sockaddr *>(&at), &len) == 0);
    W3_CHECK_EQ_I(closesocket(l), 0); // nothing listens there now

    SOCKET c = socket(AF_INET, SOCK_STREAM, 0);
    W3_REQUIRE(c != INVALID_SOCKET);
    W3_CHECK_EQ_I(connect(c, reinterpret_cast<sockaddr *>(&at), sizeof at), SOCKET_ERROR);
    W3_CHECK_EQ_I(WSAGetLastError(), WSAECONNREFUSED);
    W3_CHECK_EQ_I(closesocket(c), 0);

    SOCKET idle = socket(AF_INET, SOCK_STREAM, 0);
    W3_REQUIRE(idle != INVALID_SOCKET);
    char buf[4];
    W3_CHECK_EQ_I(recv(idle, buf, sizeof buf, 0), SOCKET_ERROR);
    W3_CHECK_EQ_I(WSAGetLastError(), WSAENOTCONN);
    W3_CHECK_EQ_I(closesocket(idle), 0);

    addrinfo hints;
    std::memset(&hints, 0, sizeof hints);
    hints.ai_flags = AI_NUMERICHOST;
    addrinfo *res = NULL;
    W3_CHECK_EQ_I(getaddrinfo("not-an-address", NULL, &hints, &res), EAI_NONAME);
    W3_CHECK(gai_strerror(EAI_NONAME) != NULL);
}

W3_TEST(cxx_library_names_are_untouched)
{
    using namespace std::placeholders;
    std::function<int(int)> plus_two = std::bind(add, _1, 2);
    W3_CHECK_EQ_I(plus_two(3), 5);
    std::map<std::string, int> counts;
    counts["send"] = 1;
    std::ostringstream out;
    out << counts.size();
    W3_CHECK(out.str() == "1");
}

// Code written against the BSD types (socklen_t lengths, void buffers) still compiles
// with Winsock's headers in the way: on Linux it reaches the C library's functions.
W3_TEST(cxx_bsd_typed_calls_still_work)
{
    Session session;
    sockaddr_in at = loopback();
    socklen_t len = sizeof at;
    SOCKET s = socket(AF_INET, SOCK_DGRAM, 0);
    W3_REQUIRE(s != INVALID_SOCKET);
    W3_CHECK_EQ_I(bind(s, reinterpret_cast<sockaddr *>(&at), len), 0);
    W3_CHECK_EQ_I(getsockname(s, reinterpret_cast<sockaddr *>(&at), &len), 0);
    W3_CHECK_EQ(len, sizeof at);
    DWORD timeout = 2000; // the datagram is there at once; this only bounds a failure
    W3_CHECK_EQ_I(setsockopt(s, SOL_SOCKET, SO_RCVTIMEO, reinterpret_cast<const char *>(&timeout),
                             sizeof timeout),
                  0);
    const char payload[] = "bsd";
    W3_CHECK_EQ_I(sendto(s, payload, 3, 0, reinterpret_cast<sockaddr *>(&at), len), 3);
    char buf[8];
    sockaddr_in from;
    socklen_t fromlen = sizeof from;
    W3_CHECK_EQ_I(recvfrom(s, buf, sizeof buf, 0, reinterpret_cast<sockaddr *>(&from), &fromlen),
                  3);
    W3_CHECK(std::memcmp(buf, "bsd", 3) == 0);
    W3_CHECK_EQ_I(closesocket(s), 0);
}
