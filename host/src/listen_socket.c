#include "listen_socket.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>

#ifndef _WIN32
#include <sys/socket.h>
#include <unistd.h>
#endif

static int parse_addr(const char *ip, unsigned port, struct sockaddr_storage *sa)
{
    memset(sa, 0, sizeof *sa);
    if (uv_ip4_addr(ip, (int)port, (struct sockaddr_in *)sa) == 0)
        return 1;
    return uv_ip6_addr(ip, (int)port, (struct sockaddr_in6 *)sa) == 0;
}

void socket_address_text(const struct sockaddr_storage *sa, char *ip, size_t ip_size,
                         unsigned short *port)
{
    if (sa->ss_family == AF_INET6) {
        const struct sockaddr_in6 *a6 = (const struct sockaddr_in6 *)sa;
        uv_ip6_name(a6, ip, ip_size);
        *port = ntohs(a6->sin6_port);
    } else {
        const struct sockaddr_in *a4 = (const struct sockaddr_in *)sa;
        uv_ip4_name(a4, ip, ip_size);
        *port = ntohs(a4->sin_port);
    }
}

#ifndef _WIN32
static socklen_t addr_len(const struct sockaddr_storage *sa)
{
    return sa->ss_family == AF_INET6 ? sizeof(struct sockaddr_in6) : sizeof(struct sockaddr_in);
}

/* libuv 1.44 has no SO_REUSEPORT flag: make the socket here and hand it to libuv. */
static int bind_shared(uv_tcp_t *tcp, const struct sockaddr_storage *sa, char *err, size_t err_size)
{
    int fd = socket(sa->ss_family, SOCK_STREAM, 0);
    int one = 1;
    if (fd < 0 || setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one) != 0 ||
        setsockopt(fd, SOL_SOCKET, SO_REUSEPORT, &one, sizeof one) != 0 ||
        bind(fd, (const struct sockaddr *)sa, addr_len(sa)) != 0) {
        snprintf(err, err_size, "%s", uv_strerror(uv_translate_sys_error(errno)));
        if (fd >= 0)
            close(fd);
        return 0;
    }
    int rc = uv_tcp_open(tcp, fd);
    if (rc != 0) {
        snprintf(err, err_size, "%s", uv_strerror(rc));
        close(fd);
        return 0;
    }
    return 1;
}

int listen_socket_open_shared(const char *ip, unsigned port, char *err, size_t err_size)
{
    struct sockaddr_storage sa;
    if (!parse_addr(ip, port, &sa)) {
        snprintf(err, err_size, "cannot listen on %s:%u: not a numeric IP address", ip, port);
        return -1;
    }
    int fd = socket(sa.ss_family, SOCK_STREAM, 0);
    int one = 1;
    if (fd < 0 || setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one) != 0 ||
        bind(fd, (const struct sockaddr *)&sa, addr_len(&sa)) != 0 || listen(fd, 511) != 0) {
        snprintf(err, err_size, "cannot listen on %s:%u: %s", ip, port,
                 uv_strerror(uv_translate_sys_error(errno)));
        if (fd >= 0)
            close(fd);
        return -1;
    }
    return fd;
}
#endif

int listen_socket_bind(uv_tcp_t *tcp, const char *ip, unsigned port, int reuse_port, char *err,
                       size_t err_size)
{
    struct sockaddr_storage sa;
    char why[128] = "";
    err[0] = '\0';
    if (!parse_addr(ip, port, &sa)) {
        snprintf(err, err_size, "cannot listen on %s:%u: not a numeric IP address", ip, port);
        return 0;
    }
    int ok;
#ifndef _WIN32
    if (reuse_port) {
        ok = bind_shared(tcp, &sa, why, sizeof why);
    } else
#endif
    {
        (void)reuse_port;
        int rc = uv_tcp_bind(tcp, (const struct sockaddr *)&sa, 0);
        ok = rc == 0;
        if (!ok)
            snprintf(why, sizeof why, "%s", uv_strerror(rc));
    }
    if (!ok)
        snprintf(err, err_size, "cannot listen on %s:%u: %s", ip, port, why);
    return ok;
}
