/* Name resolution: getaddrinfo and getnameinfo return Winsock codes (what Winsock's
 * EAI_* are), gethostbyname keeps its result per thread, as Winsock does. */
#include <netdb.h>

/* The C library's codes, before ws2tcpip.h gives EAI_* Winsock's values. */
enum {
    GAI_AGAIN = EAI_AGAIN,
    GAI_BADFLAGS = EAI_BADFLAGS,
    GAI_FAIL = EAI_FAIL,
    GAI_FAMILY = EAI_FAMILY,
    GAI_MEMORY = EAI_MEMORY,
    GAI_NONAME = EAI_NONAME,
    GAI_NODATA = EAI_NODATA,
    GAI_ADDRFAMILY = EAI_ADDRFAMILY,
    GAI_SERVICE = EAI_SERVICE,
    GAI_SOCKTYPE = EAI_SOCKTYPE,
    GAI_SYSTEM = EAI_SYSTEM
};

#include <errno.h>
#include <string.h>

#include "ws_internal.h"

static int wsa_from_gai(int rc)
{
    switch (rc) {
    case 0:
        return 0;
    case GAI_AGAIN:
        return WSATRY_AGAIN;
    case GAI_BADFLAGS:
        return WSAEINVAL;
    case GAI_FAIL:
        return WSANO_RECOVERY;
    case GAI_FAMILY:
        return WSAEAFNOSUPPORT;
    case GAI_MEMORY:
        return WSA_NOT_ENOUGH_MEMORY;
    case GAI_NODATA:
    case GAI_ADDRFAMILY:
        return WSANO_DATA;
    case GAI_SERVICE:
        return WSATYPE_NOT_FOUND;
    case GAI_SOCKTYPE:
        return WSAESOCKTNOSUPPORT;
    case GAI_SYSTEM:
        return w3ws_error_from_errno(errno);
    default:
        return WSAHOST_NOT_FOUND;
    }
}

static int gai_from_wsa(int code)
{
    switch (code) {
    case WSATRY_AGAIN:
        return GAI_AGAIN;
    case WSAEINVAL:
        return GAI_BADFLAGS;
    case WSANO_RECOVERY:
        return GAI_FAIL;
    case WSAEAFNOSUPPORT:
        return GAI_FAMILY;
    case WSA_NOT_ENOUGH_MEMORY:
        return GAI_MEMORY;
    case WSANO_DATA:
        return GAI_NODATA;
    case WSATYPE_NOT_FOUND:
        return GAI_SERVICE;
    case WSAESOCKTNOSUPPORT:
        return GAI_SOCKTYPE;
    default:
        return GAI_NONAME;
    }
}

/* Returns the Winsock code for a resolver result and makes it the last error. */
static int resolver_result(int rc)
{
    int code = wsa_from_gai(rc);
    if (code != 0)
        SetLastError((DWORD)code);
    return code;
}

int w3ws_getaddrinfo(const char *node, const char *service, const struct addrinfo *hints,
                     struct addrinfo **res)
{
    if (!res)
        return resolver_result(GAI_FAIL);
    *res = NULL;
    return resolver_result(getaddrinfo(node, service, hints, res));
}

void w3ws_freeaddrinfo(struct addrinfo *ai)
{
    if (ai)
        freeaddrinfo(ai);
}

int w3ws_getnameinfo(const struct sockaddr *sa, socklen_t salen, char *host, DWORD hostlen,
                     char *serv, DWORD servlen, int flags)
{
    if (!sa)
        return resolver_result(GAI_FAIL);
    return resolver_result(
        getnameinfo(sa, salen, host, host ? hostlen : 0, serv, serv ? servlen : 0, flags));
}

char *w3ws_gai_strerror(int ecode)
{
    return (char *)gai_strerror(gai_from_wsa(ecode));
}

int w3ws_gethostname(char *name, int namelen)
{
    char buf[256];
    if (!name || namelen < 0)
        return w3ws_fail(WSAEFAULT);
    if (gethostname(buf, sizeof buf) != 0)
        return w3ws_fail_errno();
    buf[sizeof buf - 1] = '\0';
    if (strlen(buf) >= (size_t)namelen)
        return w3ws_fail(WSAEFAULT);
    strcpy(name, buf);
    return 0;
}

static int wsa_from_h_errno(int err)
{
    switch (err) {
    case TRY_AGAIN:
        return WSATRY_AGAIN;
    case NO_RECOVERY:
        return WSANO_RECOVERY;
    case NO_DATA:
        return WSANO_DATA;
    default:
        return WSAHOST_NOT_FOUND;
    }
}

struct hostent *w3ws_gethostbyname(const char *name)
{
    static _Thread_local struct hostent entry;
    static _Thread_local char storage[8192];
    static _Thread_local char self[256];
    struct hostent *found = NULL;
    int herr = 0, rc;
    if (!name) {
        /* NULL means this host. */
        if (gethostname(self, sizeof self) != 0) {
            w3ws_fail_errno();
            return NULL;
        }
        self[sizeof self - 1] = '\0';
        name = self;
    }
    rc = gethostbyname_r(name, &entry, storage, sizeof storage, &found, &herr);
    if (rc != 0 || !found) {
        SetLastError((DWORD)(rc == ERANGE ? WSAENOBUFS : wsa_from_h_errno(herr)));
        return NULL;
    }
    return found;
}
