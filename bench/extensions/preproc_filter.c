/* Benchmark filter: reads a request header in SF_NOTIFY_PREPROC_HEADERS, as filters that
 * route or authenticate by header do. */
#include <windows.h>
#include <httpfilt.h>

#include <string.h>

BOOL WINAPI GetFilterVersion(HTTP_FILTER_VERSION *pVer)
{
    pVer->dwFilterVersion = HTTP_FILTER_REVISION;
    strcpy(pVer->lpszFilterDesc, "benchmark: request header reader");
    pVer->dwFlags = SF_NOTIFY_NONSECURE_PORT | SF_NOTIFY_SECURE_PORT | SF_NOTIFY_PREPROC_HEADERS;
    return TRUE;
}

DWORD WINAPI HttpFilterProc(HTTP_FILTER_CONTEXT *pfc, DWORD NotificationType, VOID *pvNotification)
{
    if (NotificationType == SF_NOTIFY_PREPROC_HEADERS) {
        HTTP_FILTER_PREPROC_HEADERS *headers = pvNotification;
        char agent[256];
        DWORD size = sizeof agent;
        headers->GetHeader(pfc, "User-Agent:", agent, &size);
    }
    return SF_STATUS_REQ_NEXT_NOTIFICATION;
}
