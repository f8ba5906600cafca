/* ws2tcpip.h for POSIX: name resolution and address text for Winsock 2.
 *
 * getaddrinfo and getnameinfo return Winsock error codes, which is what Winsock's EAI_*
 * are; struct addrinfo keeps the C library's layout and AI_* and NI_* values. */
#ifndef W3COMPAT_WS2TCPIP_H
#define W3COMPAT_WS2TCPIP_H

#include "winsock2.h"

/* In strict ISO C modes the C library hides addrinfo; it cannot appear later in the same
 * translation unit, so it is declared here with the C library's layout and values. */
#ifndef __USE_XOPEN2K
struct addrinfo {
    int ai_flags;
    int ai_family;
    int ai_socktype;
    int ai_protocol;
    socklen_t ai_addrlen;
    struct sockaddr *ai_addr;
    char *ai_canonname;
    struct addrinfo *ai_next;
};
#define AI_PASSIVE 0x0001
#define AI_CANONNAME 0x0002
#define AI_NUMERICHOST 0x0004
#define AI_V4MAPPED 0x0008
#define AI_ALL 0x0010
#define AI_ADDRCONFIG 0x0020
#define AI_NUMERICSERV 0x0400
#define NI_NUMERICHOST 1
#define NI_NUMERICSERV 2
#define NI_NOFQDN 4
#define NI_NAMEREQD 8
#define NI_DGRAM 16
#endif
#ifndef NI_MAXHOST
#define NI_MAXHOST 1025
#define NI_MAXSERV 32
#endif

typedef struct addrinfo ADDRINFOA, *PADDRINFOA;

/* Winsock's own layout: nothing in the C library fills it. */
typedef struct addrinfoW {
    int ai_flags;
    int ai_family;
    int ai_socktype;
    int ai_protocol;
    size_t ai_addrlen;
    PWSTR ai_canonname;
    struct sockaddr *ai_addr;
    struct addrinfoW *ai_next;
} ADDRINFOW, *PADDRINFOW;

#undef EAI_AGAIN
#undef EAI_BADFLAGS
#undef EAI_FAIL
#undef EAI_FAMILY
#undef EAI_MEMORY
#undef EAI_NONAME
#undef EAI_NODATA
#undef EAI_SERVICE
#undef EAI_SOCKTYPE
#define EAI_AGAIN WSATRY_AGAIN
#define EAI_BADFLAGS WSAEINVAL
#define EAI_FAIL WSANO_RECOVERY
#define EAI_FAMILY WSAEAFNOSUPPORT
#define EAI_MEMORY WSA_NOT_ENOUGH_MEMORY
#define EAI_NONAME WSAHOST_NOT_FOUND
#define EAI_NODATA WSANO_DATA
#define EAI_SERVICE WSATYPE_NOT_FOUND
#define EAI_SOCKTYPE WSAESOCKTNOSUPPORT

W3COMPAT_BEGIN_C

W3COMPAT_EXPORT int w3ws_getaddrinfo(const char *node, const char *service,
                                     const struct addrinfo *hints, struct addrinfo **res);
W3COMPAT_EXPORT void w3ws_freeaddrinfo(struct addrinfo *ai);
W3COMPAT_EXPORT int w3ws_getnameinfo(const struct sockaddr *sa, socklen_t salen, char *host,
                                     DWORD hostlen, char *serv, DWORD servlen, int flags);
W3COMPAT_EXPORT char *w3ws_gai_strerror(int ecode);

W3COMPAT_EXPORT INT WSAAPI GetAddrInfoW(PCWSTR pNodeName, PCWSTR pServiceName,
                                        const ADDRINFOW *pHints, PADDRINFOW *ppResult);
W3COMPAT_EXPORT void WSAAPI FreeAddrInfoW(PADDRINFOW pAddrInfo);
W3COMPAT_EXPORT INT WSAAPI InetPtonA(INT Family, PCSTR pszAddrString, PVOID pAddrBuf);
W3COMPAT_EXPORT INT WSAAPI InetPtonW(INT Family, PCWSTR pszAddrString, PVOID pAddrBuf);
W3COMPAT_EXPORT PCSTR WSAAPI InetNtopA(INT Family, const VOID *pAddr, PSTR pStringBuf,
                                       size_t StringBufSize);
W3COMPAT_EXPORT PCWSTR WSAAPI InetNtopW(INT Family, const VOID *pAddr, PWSTR pStringBuf,
                                        size_t StringBufSize);

W3COMPAT_END_C

#define getaddrinfo(node, service, hints, res) w3ws_getaddrinfo(node, service, hints, res)
#define freeaddrinfo(ai) w3ws_freeaddrinfo(ai)
#define getnameinfo(sa, salen, host, hostlen, serv, servlen, flags)                                \
    w3ws_getnameinfo(sa, salen, host, hostlen, serv, servlen, flags)
#define gai_strerror(ecode) w3ws_gai_strerror(ecode)
#define gai_strerrorA gai_strerror
#define GetAddrInfoA getaddrinfo
#define FreeAddrInfoA freeaddrinfo

#ifdef UNICODE
#define GetAddrInfo GetAddrInfoW
#define FreeAddrInfo FreeAddrInfoW
#define ADDRINFOT ADDRINFOW
#define InetPton InetPtonW
#define InetNtop InetNtopW
#else
#define GetAddrInfo GetAddrInfoA
#define FreeAddrInfo FreeAddrInfoA
#define ADDRINFOT ADDRINFOA
#define InetPton InetPtonA
#define InetNtop InetNtopA
#endif

#endif
