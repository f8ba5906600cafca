// Compiled only, in several C++ standards (see CMakeLists.txt): Winsock's headers
// together with windows.h and the C++ standard library. (The standard headers come
// first: after windows.h they need issue 11's sal.h, which is not here yet.)
#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <functional>
#include <iostream>
#include <map>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include <winsock2.h>
#include <ws2tcpip.h>
#include <windows.h>
#include <winsock.h>

int winsock_headers_cxx_compile(SOCKET s, const std::string &text);

int winsock_headers_cxx_compile(SOCKET s, const std::string &text)
{
    fd_set set;
    FD_ZERO(&set);
    FD_SET(s, &set);
    timeval tv = {0, 0};
    u_long mode = 1;
    int len = sizeof(sockaddr_in);
    sockaddr_in a;
    std::memset(&a, 0, sizeof a);
    if (ioctlsocket(s, FIONBIO, &mode) == SOCKET_ERROR)
        return WSAGetLastError();
    if (getpeername(s, reinterpret_cast<sockaddr *>(&a), &len) == SOCKET_ERROR)
        return WSAGetLastError();
    if (send(s, text.c_str(), static_cast<int>(text.size()), 0) == SOCKET_ERROR)
        return WSAGetLastError();
    return select(0, &set, NULL, NULL, &tv) + static_cast<int>(set.fd_count);
}
