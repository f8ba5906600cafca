/* rpc.h: the parts of the RPC runtime that code outside RPC uses (UUIDs, rpcdce.h). */
#ifndef W3COMPAT_RPC_H
#define W3COMPAT_RPC_H

#include "rpcdce.h"

/* As on Windows, where this header brings the whole of windows.h (after its own
 * declarations, which windows.h itself may need). */
#include "windows.h"

#endif
