/* The annotations of MIDL-generated headers (__RPC__in, ...), kept with the others. */
#ifndef W3COMPAT_RPCSAL_H
#define W3COMPAT_RPCSAL_H

#include "w3sal.h"

#endif
