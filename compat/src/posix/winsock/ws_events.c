/* WSA event objects: compat's manual-reset events under Winsock's names. */
#include "ws_internal.h"

WSAEVENT WSAAPI WSACreateEvent(void)
{
    return CreateEventW(NULL, TRUE, FALSE, NULL);
}

BOOL WSAAPI WSACloseEvent(WSAEVENT hEvent)
{
    return CloseHandle(hEvent);
}

BOOL WSAAPI WSASetEvent(WSAEVENT hEvent)
{
    return SetEvent(hEvent);
}

BOOL WSAAPI WSAResetEvent(WSAEVENT hEvent)
{
    return ResetEvent(hEvent);
}

DWORD WSAAPI WSAWaitForMultipleEvents(DWORD cEvents, const WSAEVENT *lphEvents, BOOL fWaitAll,
                                      DWORD dwTimeout, BOOL fAlertable)
{
    if (cEvents == 0 || cEvents > WSA_MAXIMUM_WAIT_EVENTS || !lphEvents) {
        SetLastError(WSA_INVALID_PARAMETER);
        return WSA_WAIT_FAILED;
    }
    return WaitForMultipleObjectsEx(cEvents, lphEvents, fWaitAll, dwTimeout, fAlertable);
}
