/* Socket options and ioctlsocket, where Winsock's argument formats differ from Linux's:
 * timeouts are DWORD milliseconds, SO_ERROR holds a Winsock code, BOOL options may be
 * set from a single byte, and u_long is 32 bits. */
#include <sys/ioctl.h>

/* Linux's ioctl numbers, before winsock2.h gives the names Winsock's values. */
enum { LINUX_FIONBIO = FIONBIO, LINUX_FIONREAD = FIONREAD };

#include <fcntl.h>
#include <string.h>

#include "ws_internal.h"

static int known_level(int level)
{
    return level == SOL_SOCKET || level == IPPROTO_IP || level == IPPROTO_IPV6 ||
           level == IPPROTO_TCP || level == IPPROTO_UDP;
}

static int is_timeout(int level, int optname)
{
    return level == SOL_SOCKET && (optname == SO_RCVTIMEO || optname == SO_SNDTIMEO);
}

int w3ws_getsockopt(SOCKET s, int level, int optname, char *optval, int *optlen)
{
    int fd = w3ws_fd(s), value = 0;
    socklen_t len;
    if (fd < 0)
        return SOCKET_ERROR;
    if (!optval || !optlen)
        return w3ws_fail(WSAEFAULT);
    if (!known_level(level))
        return w3ws_fail(WSAEINVAL);
    if (level == SOL_SOCKET && optname == SO_EXCLUSIVEADDRUSE) {
        /* Linux binds exclusively unless SO_REUSEADDR is set. */
        if (*optlen < (int)sizeof(BOOL))
            return w3ws_fail(WSAEFAULT);
        len = sizeof value;
        if (getsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &value, &len) != 0)
            return w3ws_fail_errno();
        *(BOOL *)optval = !value;
        *optlen = sizeof(BOOL);
        return 0;
    }
    if (is_timeout(level, optname)) {
        struct timeval tv;
        if (*optlen < (int)sizeof(DWORD))
            return w3ws_fail(WSAEFAULT);
        len = sizeof tv;
        if (getsockopt(fd, level, optname, &tv, &len) != 0)
            return w3ws_fail_errno();
        *(DWORD *)optval = (DWORD)(tv.tv_sec * 1000 + tv.tv_usec / 1000);
        *optlen = sizeof(DWORD);
        return 0;
    }
    if (*optlen < 0)
        return w3ws_fail(WSAEFAULT);
    len = (socklen_t)*optlen;
    if (level != SOL_SOCKET || optname != SO_LINGER) {
        /* Integer options: Winsock wants room for an int. */
        if (len < sizeof(int))
            return w3ws_fail(WSAEFAULT);
    }
    if (getsockopt(fd, level, optname, optval, &len) != 0)
        return w3ws_fail_errno();
    if (level == SOL_SOCKET && optname == SO_ERROR && len >= sizeof(int)) {
        memcpy(&value, optval, sizeof value);
        if (value != 0)
            value = w3ws_error_from_errno(value);
        memcpy(optval, &value, sizeof value);
    }
    *optlen = (int)len;
    return 0;
}

int w3ws_setsockopt(SOCKET s, int level, int optname, const char *optval, int optlen)
{
    int fd = w3ws_fd(s), value;
    if (fd < 0)
        return SOCKET_ERROR;
    if (!optval || optlen < 0)
        return w3ws_fail(WSAEFAULT);
    if (!known_level(level))
        return w3ws_fail(WSAEINVAL);
    if (level == SOL_SOCKET && optname == SO_EXCLUSIVEADDRUSE)
        return optlen >= 1 ? 0 : w3ws_fail(WSAEFAULT);
    if (is_timeout(level, optname)) {
        DWORD ms;
        struct timeval tv;
        if (optlen < (int)sizeof(DWORD))
            return w3ws_fail(WSAEFAULT);
        memcpy(&ms, optval, sizeof ms);
        tv.tv_sec = ms / 1000;
        tv.tv_usec = (ms % 1000) * 1000;
        if (setsockopt(fd, level, optname, &tv, sizeof tv) != 0)
            return w3ws_fail_errno();
        return 0;
    }
    if (optlen > 0 && optlen < (int)sizeof(int) && !(level == SOL_SOCKET && optname == SO_LINGER)) {
        /* A BOOL passed as one byte. */
        value = (unsigned char)optval[0];
        if (setsockopt(fd, level, optname, &value, sizeof value) != 0)
            return w3ws_fail_errno();
        return 0;
    }
    if (setsockopt(fd, level, optname, optval, (socklen_t)optlen) != 0)
        return w3ws_fail_errno();
    return 0;
}

int WSAAPI ioctlsocket(SOCKET s, long cmd, u_long *argp)
{
    int fd = w3ws_fd(s), flags, avail;
    int type;
    socklen_t len = sizeof type;
    if (fd < 0)
        return SOCKET_ERROR;
    if (getsockopt(fd, SOL_SOCKET, SO_TYPE, &type, &len) != 0)
        return w3ws_fail_errno();
    if (!argp)
        return w3ws_fail(WSAEFAULT);
    if (cmd == FIONBIO || cmd == LINUX_FIONBIO) {
        flags = fcntl(fd, F_GETFL);
        if (flags < 0)
            return w3ws_fail_errno();
        flags = *argp ? (flags | O_NONBLOCK) : (flags & ~O_NONBLOCK);
        if (fcntl(fd, F_SETFL, flags) != 0)
            return w3ws_fail_errno();
        return 0;
    }
    if (cmd == FIONREAD || cmd == LINUX_FIONREAD) {
        if (ioctl(fd, LINUX_FIONREAD, &avail) != 0)
            return w3ws_fail_errno();
        *argp = (u_long)avail;
        return 0;
    }
    return w3ws_fail(WSAEINVAL);
}
