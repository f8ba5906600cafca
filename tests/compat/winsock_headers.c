/* Compiled only, in several C standards with and without GNU extensions (see
 * CMakeLists.txt): Winsock's headers after the C library's, as C code includes them. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <winsock2.h>
#include <ws2tcpip.h>
#include <ws2def.h>
#include <ws2ipdef.h>
#include <windows.h>

int winsock_headers_c_compile(SOCKET s);

int winsock_headers_c_compile(SOCKET s)
{
    fd_set set;
    struct timeval tv = {0, 0};
    u_long pending = 0;
    struct addrinfo hints, *res = NULL;
    char host[NI_MAXHOST];
    FD_ZERO(&set);
    FD_SET(s, &set);
    memset(&hints, 0, sizeof hints);
    if (ioctlsocket(s, FIONREAD, &pending) == SOCKET_ERROR)
        return WSAGetLastError();
    if (getaddrinfo("127.0.0.1", "80", &hints, &res) == 0)
        freeaddrinfo(res);
    if (gethostname(host, (int)sizeof host) == SOCKET_ERROR)
        return WSAGetLastError();
    return select(0, &set, NULL, NULL, &tv) + (int)set.fd_count + (int)sizeof(u_long);
}
