/* Sample ISAPI filter: header rewriting on both sides.
 * - Request (PREPROC_HEADERS): a request carrying "X-Original-URL" (as a front proxy
 *   sends it) is served for that URL; the header is removed and "X-Rewritten: 1" added.
 * - Response (SEND_RESPONSE): the "Server" header is removed and
 *   "X-Content-Type-Options: nosniff" added. */
#include <windows.h>
#include <httpfilt.h>

#include <string.h>

BOOL WINAPI GetFilterVersion(HTTP_FILTER_VERSION *pVer)
{
    pVer->dwFilterVersion = HTTP_FILTER_REVISION;
    strcpy(pVer->lpszFilterDesc, "Header rewriting (w3compat sample)");
    pVer->dwFlags = SF_NOTIFY_SECURE_PORT | SF_NOTIFY_NONSECURE_PORT | SF_NOTIFY_PREPROC_HEADERS |
                    SF_NOTIFY_SEND_RESPONSE | SF_NOTIFY_ORDER_MEDIUM;
    return TRUE;
}

static void rewrite_request(HTTP_FILTER_CONTEXT *pfc, HTTP_FILTER_PREPROC_HEADERS *headers)
{
    char url[2048];
    DWORD cb = sizeof url;
    if (!headers->GetHeader(pfc, "X-Original-URL:", url, &cb) || url[0] != '/')
        return;
    if (headers->SetHeader(pfc, "url", url)) {
        headers->SetHeader(pfc, "X-Original-URL:", "");
        headers->AddHeader(pfc, "X-Rewritten:", "1");
    }
}

DWORD WINAPI HttpFilterProc(HTTP_FILTER_CONTEXT *pfc, DWORD NotificationType, VOID *pvNotification)
{
    if (NotificationType == SF_NOTIFY_PREPROC_HEADERS) {
        rewrite_request(pfc, pvNotification);
    } else if (NotificationType == SF_NOTIFY_SEND_RESPONSE) {
        HTTP_FILTER_SEND_RESPONSE *response = pvNotification;
        response->SetHeader(pfc, "Server:", "");
        response->SetHeader(pfc, "X-Content-Type-Options:", "nosniff");
    }
    return SF_STATUS_REQ_NEXT_NOTIFICATION;
}

BOOL WINAPI TerminateFilter(DWORD dwFlags)
{
    (void)dwFlags;
    return TRUE;
}
