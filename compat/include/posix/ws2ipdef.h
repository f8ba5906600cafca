/* ws2ipdef.h for POSIX. On Windows it holds part of what winsock2.h declares; here winsock2.h
 * is the one header for all of it. */
#ifndef W3COMPAT_WS2IPDEF_H
#define W3COMPAT_WS2IPDEF_H

#include "winsock2.h"

#endif
