/* ws2def.h for POSIX. On Windows it holds part of what winsock2.h declares; here winsock2.h
 * is the one header for all of it. */
#ifndef W3COMPAT_WS2DEF_H
#define W3COMPAT_WS2DEF_H

#include "winsock2.h"

#endif
