/* Sample ISAPI filter: counts the requests of each connection and reports the number in
 * an "X-Request-Count" response header. The counter lives in an AllocMem block whose
 * address is kept in pFilterContext: both last until the connection ends, and the
 * server frees the block after END_OF_NET_SESSION. */
#include <windows.h>
#include <httpfilt.h>

#include <stdio.h>
#include <string.h>

BOOL WINAPI GetFilterVersion(HTTP_FILTER_VERSION *pVer)
{
    pVer->dwFilterVersion = HTTP_FILTER_REVISION;
    strcpy(pVer->lpszFilterDesc, "Per-connection request counter (w3compat sample)");
    pVer->dwFlags = SF_NOTIFY_SECURE_PORT | SF_NOTIFY_NONSECURE_PORT | SF_NOTIFY_PREPROC_HEADERS |
                    SF_NOTIFY_SEND_RESPONSE | SF_NOTIFY_END_OF_NET_SESSION;
    return TRUE;
}

DWORD WINAPI HttpFilterProc(HTTP_FILTER_CONTEXT *pfc, DWORD NotificationType, VOID *pvNotification)
{
    DWORD *count = pfc->pFilterContext;
    switch (NotificationType) {
    case SF_NOTIFY_PREPROC_HEADERS:
        if (count == NULL) {
            count = pfc->AllocMem(pfc, sizeof *count, 0);
            if (count == NULL)
                return SF_STATUS_REQ_NEXT_NOTIFICATION;
            *count = 0;
            pfc->pFilterContext = count;
        }
        ++*count;
        break;
    case SF_NOTIFY_SEND_RESPONSE:
        if (count != NULL) {
            char text[16];
            snprintf(text, sizeof text, "%lu", (unsigned long)*count);
            ((HTTP_FILTER_SEND_RESPONSE *)pvNotification)->SetHeader(pfc, "X-Request-Count:", text);
        }
        break;
    case SF_NOTIFY_END_OF_NET_SESSION:
        pfc->pFilterContext = NULL; /* the block goes away with the connection */
        break;
    }
    return SF_STATUS_REQ_NEXT_NOTIFICATION;
}

BOOL WINAPI TerminateFilter(DWORD dwFlags)
{
    (void)dwFlags;
    return TRUE;
}
