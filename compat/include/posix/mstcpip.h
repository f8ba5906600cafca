/* mstcpip.h for POSIX: the TCP keep-alive settings of WSAIoctl(SIO_KEEPALIVE_VALS), with
 * the Windows SDK's layout and value. */
#ifndef W3COMPAT_MSTCPIP_H
#define W3COMPAT_MSTCPIP_H

#include "winsock2.h"

W3COMPAT_BEGIN_C

/* Times in milliseconds: the idle time before the first probe, and between probes. */
struct tcp_keepalive {
    ULONG onoff;
    ULONG keepalivetime;
    ULONG keepaliveinterval;
};

W3COMPAT_END_C

#endif
