/* WSAStartup and WSACleanup: a process-wide count of successful startups. Sockets can
 * be created only while the count is positive, as in Winsock. */
#include <stdatomic.h>
#include <string.h>

#include "ws_internal.h"

#define HIGHEST_VERSION MAKEWORD(2, 2)

static atomic_int startups;

int w3ws_started(void)
{
    return atomic_load(&startups) > 0;
}

int WSAAPI WSAStartup(WORD wVersionRequested, LPWSADATA lpWSAData)
{
    BYTE major = LOBYTE(wVersionRequested), minor = HIBYTE(wVersionRequested);
    if (major == 0)
        return WSAVERNOTSUPPORTED;
    if (!lpWSAData)
        return WSAEFAULT;
    memset(lpWSAData, 0, sizeof *lpWSAData);
    /* The lesser of the requested version and the highest one supported. */
    lpWSAData->wVersion =
        (major > 2 || (major == 2 && minor > 2)) ? HIGHEST_VERSION : wVersionRequested;
    lpWSAData->wHighVersion = HIGHEST_VERSION;
    lpWSAData->iMaxSockets = 32767;
    lpWSAData->iMaxUdpDg = 65467;
    strcpy(lpWSAData->szDescription, "WinSock 2.0");
    strcpy(lpWSAData->szSystemStatus, "Running");
    atomic_fetch_add(&startups, 1);
    return 0;
}

int WSAAPI WSACleanup(void)
{
    int n = atomic_load(&startups);
    do {
        if (n <= 0)
            return w3ws_fail(WSANOTINITIALISED);
    } while (!atomic_compare_exchange_weak(&startups, &n, n - 1));
    return 0;
}
