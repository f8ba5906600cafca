/* Compiled only, on POSIX (see CMakeLists.txt): Winsock's headers in one translation unit
 * with the C library's socket headers, before and after them, as Linux-aware code and
 * the libraries it uses include them. */
#include <sys/socket.h>
#include <netinet/in.h>
#include <netdb.h>

#include <winsock2.h>
#include <ws2tcpip.h>
#include <windows.h>

#include <sys/ioctl.h>
#include <sys/select.h>
#include <arpa/inet.h>
#include <unistd.h>

int winsock_bsd_headers_compile(SOCKET s);

int winsock_bsd_headers_compile(SOCKET s)
{
    fd_set set;
    struct timeval tv = {0, 0};
    u_long pending = 0;
    struct addrinfo hints, *res = NULL;
    FD_ZERO(&set);
    FD_SET(s, &set);
    memset(&hints, 0, sizeof hints);
    if (ioctlsocket(s, FIONREAD, &pending) == SOCKET_ERROR)
        return WSAGetLastError();
    if (getaddrinfo("127.0.0.1", NULL, &hints, &res) == EAI_NONAME)
        return WSAHOST_NOT_FOUND;
    freeaddrinfo(res);
    return select(0, &set, NULL, NULL, &tv) + (int)set.fd_count;
}
