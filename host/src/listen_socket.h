/* Binding the listening socket, optionally shared between worker processes; socket
 * addresses as text. */
#ifndef W3HOST_LISTEN_SOCKET_H
#define W3HOST_LISTEN_SOCKET_H

#include <stddef.h>

#include <uv.h>

/* Binds `tcp` to ip:port. `reuse_port` (POSIX only): SO_REUSEPORT, so that sibling
 * processes bind the same port and the kernel spreads connections over them. Returns
 * nonzero on success; on failure writes the cause to err. */
int listen_socket_bind(uv_tcp_t *tcp, const char *ip, unsigned port, int reuse_port, char *err,
                       size_t err_size);

/* A listening socket (POSIX) that the processes forked after it inherit and accept
 * from together: one accept queue, which outlives any one worker, so that connections
 * a draining worker has not taken are taken by the others. Returns the descriptor, or
 * -1 after writing the cause to err. */
int listen_socket_open_shared(const char *ip, unsigned port, char *err, size_t err_size);

/* The numeric IP address (IPv6 without brackets) and the port of an AF_INET or AF_INET6
 * address. */
void socket_address_text(const struct sockaddr_storage *sa, char *ip, size_t ip_size,
                         unsigned short *port);

#endif
