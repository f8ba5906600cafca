/* winsock.h for POSIX. Windows' Winsock 1.1 header is a subset of winsock2.h; here the two
 * are one header, so either may be included first, or both. */
#ifndef W3COMPAT_WINSOCK_H
#define W3COMPAT_WINSOCK_H

#include "winsock2.h"

#endif
