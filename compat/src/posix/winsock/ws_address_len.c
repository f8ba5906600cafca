#include <string.h>

#include "ws_address_len.h"

static int family_len(int family)
{
    switch (family) {
    case AF_INET:
        return (int)sizeof(struct sockaddr_in);
    case AF_INET6:
        return (int)sizeof(struct sockaddr_in6);
    default:
        return (int)sizeof(struct sockaddr);
    }
}

int w3ws_address_len_ok(const struct sockaddr *name, int namelen)
{
    if (!name || namelen < (int)sizeof(name->sa_family))
        return 0;
    return namelen >= family_len(name->sa_family);
}

int w3ws_socket_address_len(int fd)
{
    struct sockaddr_storage self;
    socklen_t len = sizeof self;
    if (getsockname(fd, (struct sockaddr *)&self, &len) != 0)
        return (int)sizeof(struct sockaddr);
    return family_len(self.ss_family);
}

void w3ws_copy_address(struct sockaddr *out, int *outlen, const struct sockaddr_storage *in,
                       socklen_t len)
{
    if (*outlen >= 0 && (socklen_t)*outlen < len)
        len = (socklen_t)*outlen;
    memcpy(out, in, len);
    *outlen = (int)len;
}
