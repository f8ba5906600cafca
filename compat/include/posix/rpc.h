/* rpc.h: the parts of the RPC runtime that code outside RPC uses (UUIDs, rpcdce.h). */
#ifndef W3COMPAT_RPC_H
#define W3COMPAT_RPC_H

#include "rpcdce.h"

#endif
