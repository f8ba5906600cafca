/* mscoree.h for POSIX: the CLR hosting interfaces that w3compat implements, which are
 * the host memory interfaces (IHostMemoryManager, IHostMAlloc and their types). */
#ifndef W3COMPAT_MSCOREE_H
#define W3COMPAT_MSCOREE_H

#include "objbase.h"
#include "hostmem.h"

#endif
