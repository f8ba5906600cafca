/* Address-length rules Winsock applies where the C library truncates or accepts less.
 * Internal. */
#ifndef W3COMPAT_POSIX_WS_ADDRESS_LEN_H
#define W3COMPAT_POSIX_WS_ADDRESS_LEN_H

#include "ws_internal.h"

/* Whether name/namelen is long enough for its family (Winsock: WSAEFAULT if not). */
int w3ws_address_len_ok(const struct sockaddr *name, int namelen);

/* The length of an address of the socket's family (the least a caller must provide). */
int w3ws_socket_address_len(int fd);

/* Copies len bytes of an address out to a caller's buffer and length. */
void w3ws_copy_address(struct sockaddr *out, int *outlen, const struct sockaddr_storage *in,
                       socklen_t len);

#endif
