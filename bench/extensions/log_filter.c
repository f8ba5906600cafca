/* Benchmark filter: replaces a field of the log record in SF_NOTIFY_LOG, as filters that
 * log the authenticated user do. */
#include <windows.h>
#include <httpfilt.h>

#include <string.h>

BOOL WINAPI GetFilterVersion(HTTP_FILTER_VERSION *pVer)
{
    pVer->dwFilterVersion = HTTP_FILTER_REVISION;
    strcpy(pVer->lpszFilterDesc, "benchmark: log record editor");
    pVer->dwFlags = SF_NOTIFY_NONSECURE_PORT | SF_NOTIFY_SECURE_PORT | SF_NOTIFY_LOG;
    return TRUE;
}

DWORD WINAPI HttpFilterProc(HTTP_FILTER_CONTEXT *pfc, DWORD NotificationType, VOID *pvNotification)
{
    (void)pfc;
    if (NotificationType == SF_NOTIFY_LOG)
        ((HTTP_FILTER_LOG *)pvNotification)->pszClientUserName = "bench";
    return SF_STATUS_REQ_NEXT_NOTIFICATION;
}
