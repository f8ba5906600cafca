/* Benchmark filter: sets a response header in SF_NOTIFY_SEND_RESPONSE, as security-header
 * filters do. */
#include <windows.h>
#include <httpfilt.h>

#include <string.h>

BOOL WINAPI GetFilterVersion(HTTP_FILTER_VERSION *pVer)
{
    pVer->dwFilterVersion = HTTP_FILTER_REVISION;
    strcpy(pVer->lpszFilterDesc, "benchmark: response header setter");
    pVer->dwFlags = SF_NOTIFY_NONSECURE_PORT | SF_NOTIFY_SECURE_PORT | SF_NOTIFY_SEND_RESPONSE;
    return TRUE;
}

DWORD WINAPI HttpFilterProc(HTTP_FILTER_CONTEXT *pfc, DWORD NotificationType, VOID *pvNotification)
{
    if (NotificationType == SF_NOTIFY_SEND_RESPONSE) {
        HTTP_FILTER_SEND_RESPONSE *response = pvNotification;
        response->SetHeader(pfc, "X-Frame-Options:", "DENY");
    }
    return SF_STATUS_REQ_NEXT_NOTIFICATION;
}
