/* An ISAPI filter for w3host's tests: stamps every response with "X-Stamp: w3host", so a
 * client can see that the filter loaded through --filter ran, and logs every request
 * under the user name "stamp-user" (SF_NOTIFY_LOG). */
#include <windows.h>
#include <httpfilt.h>

BOOL WINAPI GetFilterVersion(HTTP_FILTER_VERSION *pVer)
{
    pVer->dwFilterVersion = HTTP_FILTER_REVISION;
    lstrcpynA(pVer->lpszFilterDesc, "w3host test stamp filter", SF_MAX_FILTER_DESC_LEN);
    pVer->dwFlags = SF_NOTIFY_ORDER_DEFAULT | SF_NOTIFY_PREPROC_HEADERS | SF_NOTIFY_LOG;
    return TRUE;
}

DWORD WINAPI HttpFilterProc(HTTP_FILTER_CONTEXT *pfc, DWORD NotificationType, VOID *pvNotification)
{
    if (NotificationType == SF_NOTIFY_PREPROC_HEADERS)
        pfc->AddResponseHeaders(pfc, "X-Stamp: w3host\r\n", 0);
    if (NotificationType == SF_NOTIFY_LOG)
        ((HTTP_FILTER_LOG *)pvNotification)->pszClientUserName = "stamp-user";
    return SF_STATUS_REQ_NEXT_NOTIFICATION;
}

BOOL WINAPI TerminateFilter(DWORD dwFlags)
{
    (void)dwFlags;
    return TRUE;
}
