/* Sample ISAPI filter: sends every request that arrives on a non-secure port to the
 * same URL over HTTPS, with a 302 and a Location header. Requests on secure ports pass. */
#include <windows.h>
#include <httpfilt.h>

#include <stdio.h>
#include <string.h>

BOOL WINAPI GetFilterVersion(HTTP_FILTER_VERSION *pVer)
{
    pVer->dwFilterVersion = HTTP_FILTER_REVISION;
    strcpy(pVer->lpszFilterDesc, "Redirect to HTTPS (w3compat sample)");
    pVer->dwFlags = SF_NOTIFY_SECURE_PORT | SF_NOTIFY_NONSECURE_PORT | SF_NOTIFY_PREPROC_HEADERS |
                    SF_NOTIFY_ORDER_HIGH;
    return TRUE;
}

static BOOL variable(HTTP_FILTER_CONTEXT *pfc, const char *name, char *buf, DWORD size)
{
    return pfc->GetServerVariable(pfc, (LPSTR)name, buf, &size);
}

DWORD WINAPI HttpFilterProc(HTTP_FILTER_CONTEXT *pfc, DWORD NotificationType, VOID *pvNotification)
{
    if (NotificationType != SF_NOTIFY_PREPROC_HEADERS)
        return SF_STATUS_REQ_NEXT_NOTIFICATION;
    char secure[4], host[256], url[2048];
    if (!variable(pfc, "SERVER_PORT_SECURE", secure, sizeof secure) || strcmp(secure, "1") == 0)
        return SF_STATUS_REQ_NEXT_NOTIFICATION;

    /* The raw URL (path and query) as the client sent it. */
    HTTP_FILTER_PREPROC_HEADERS *headers = pvNotification;
    DWORD cb = sizeof url;
    if (!variable(pfc, "SERVER_NAME", host, sizeof host) ||
        !headers->GetHeader(pfc, "url", url, &cb))
        return SF_STATUS_REQ_NEXT_NOTIFICATION;

    char extra[2600];
    int n = snprintf(extra, sizeof extra, "Location: https://%s%s\r\nContent-Length: 0\r\n\r\n",
                     host, url);
    if (n < 0 || (size_t)n >= sizeof extra)
        return SF_STATUS_REQ_NEXT_NOTIFICATION;
    if (!pfc->ServerSupportFunction(pfc, SF_REQ_SEND_RESPONSE_HEADER, "302 Found", (ULONG_PTR)extra,
                                    0))
        return SF_STATUS_REQ_ERROR;
    /* The response is complete and framed: the connection can serve further requests. */
    return SF_STATUS_REQ_FINISHED_KEEP_CONN;
}

BOOL WINAPI TerminateFilter(DWORD dwFlags)
{
    (void)dwFlags;
    return TRUE;
}
