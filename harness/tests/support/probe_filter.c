/* The harness tests' filter: "X-Probe: filter" on every response, and "probe" as the
 * logged user name. Built with PROBE_BROKEN it does neither: the filter a test must
 * catch. */
#include <windows.h>
#include <httpfilt.h>

#include <string.h>

BOOL WINAPI GetFilterVersion(HTTP_FILTER_VERSION *pVer)
{
    pVer->dwFilterVersion = HTTP_FILTER_REVISION;
    strcpy(pVer->lpszFilterDesc, "w3harness test filter");
    pVer->dwFlags =
        SF_NOTIFY_NONSECURE_PORT | SF_NOTIFY_SECURE_PORT | SF_NOTIFY_SEND_RESPONSE | SF_NOTIFY_LOG;
    return TRUE;
}

DWORD WINAPI HttpFilterProc(HTTP_FILTER_CONTEXT *pfc, DWORD NotificationType, VOID *pvNotification)
{
#ifndef PROBE_BROKEN
    if (NotificationType == SF_NOTIFY_SEND_RESPONSE)
        ((HTTP_FILTER_SEND_RESPONSE *)pvNotification)->SetHeader(pfc, "X-Probe:", "filter");
    else if (NotificationType == SF_NOTIFY_LOG)
        ((HTTP_FILTER_LOG *)pvNotification)->pszClientUserName = "probe";
#else
    (void)pfc;
    (void)NotificationType;
    (void)pvNotification;
#endif
    return SF_STATUS_REQ_NEXT_NOTIFICATION;
}

BOOL WINAPI TerminateFilter(DWORD dwFlags)
{
    (void)dwFlags;
    return TRUE;
}
