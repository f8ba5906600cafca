/* Filters that define _WINSOCKAPI_ (to keep windows.h from pulling in winsock.h) or
 * that include winsock2.h for SOCKET and byte-order helpers get the BSD socket API,
 * which is what Winsock mirrors. */
#ifndef W3COMPAT_WINSOCK2_H
#define W3COMPAT_WINSOCK2_H

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>

#include "windef.h"

#ifndef _WINSOCKAPI_
#define _WINSOCKAPI_
#endif

typedef UINT_PTR SOCKET;
#define INVALID_SOCKET ((SOCKET)(~0))
#define SOCKET_ERROR (-1)
typedef struct sockaddr SOCKADDR, *PSOCKADDR, *LPSOCKADDR;
typedef struct sockaddr_in SOCKADDR_IN, *PSOCKADDR_IN, *LPSOCKADDR_IN;
typedef struct sockaddr_in6 SOCKADDR_IN6, *PSOCKADDR_IN6;
typedef struct sockaddr_storage SOCKADDR_STORAGE, *PSOCKADDR_STORAGE;
typedef struct in_addr IN_ADDR, *PIN_ADDR;

#endif
