/* An ISAPI filter: requests without the right X-Api-Key header get 403 Forbidden; the
 * responses to the others carry "X-Api-Key-Checked: yes". */
#include <windows.h>
#include <httpfilt.h>

#include <string.h>

#define API_KEY "let-me-in"

BOOL WINAPI GetFilterVersion(HTTP_FILTER_VERSION *pVer)
{
    pVer->dwFilterVersion = HTTP_FILTER_REVISION;
    strcpy(pVer->lpszFilterDesc, "API key check");
    pVer->dwFlags = SF_NOTIFY_SECURE_PORT | SF_NOTIFY_NONSECURE_PORT | SF_NOTIFY_PREPROC_HEADERS |
                    SF_NOTIFY_SEND_RESPONSE | SF_NOTIFY_ORDER_DEFAULT;
    return TRUE;
}

static DWORD check_key(HTTP_FILTER_CONTEXT *pfc, HTTP_FILTER_PREPROC_HEADERS *headers)
{
    char key[64];
    DWORD size = sizeof key;
    if (headers->GetHeader(pfc, "X-Api-Key:", key, &size) && strcmp(key, API_KEY) == 0)
        return SF_STATUS_REQ_NEXT_NOTIFICATION;
    static const char body[] = "missing or wrong X-Api-Key\r\n";
    DWORD len = sizeof body - 1;
    pfc->ServerSupportFunction(pfc, SF_REQ_SEND_RESPONSE_HEADER, (PVOID) "403 Forbidden",
                               (ULONG_PTR) "Content-Type: text/plain\r\n"
                                           "Content-Length: 28\r\n\r\n",
                               0);
    pfc->WriteClient(pfc, (PVOID)body, &len, 0);
    return SF_STATUS_REQ_FINISHED_KEEP_CONN;
}

DWORD WINAPI HttpFilterProc(HTTP_FILTER_CONTEXT *pfc, DWORD NotificationType, VOID *pvNotification)
{
    switch (NotificationType) {
    case SF_NOTIFY_PREPROC_HEADERS:
        return check_key(pfc, pvNotification);
    case SF_NOTIFY_SEND_RESPONSE:
        ((HTTP_FILTER_SEND_RESPONSE *)pvNotification)->SetHeader(pfc, "X-Api-Key-Checked:", "yes");
        break;
    }
    return SF_STATUS_REQ_NEXT_NOTIFICATION;
}

BOOL WINAPI TerminateFilter(DWORD dwFlags)
{
    (void)dwFlags;
    return TRUE;
}
