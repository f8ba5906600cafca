/* An ISAPI filter for w3host's tests, in two legacy idioms: it rewrites the physical path
 * URL_MAP gives it ("\alias\" becomes "\sub\", found by searching for backslashes as
 * the SDK's upcase does), and it answers /deny itself with SF_REQ_SEND_RESPONSE_HEADER,
 * the body following the blank line of ul1. */
#include <windows.h>
#include <httpfilt.h>
#include <string.h>

BOOL WINAPI GetFilterVersion(HTTP_FILTER_VERSION *pVer)
{
    pVer->dwFilterVersion = HTTP_FILTER_REVISION;
    lstrcpynA(pVer->lpszFilterDesc, "w3host test path filter", SF_MAX_FILTER_DESC_LEN);
    pVer->dwFlags = SF_NOTIFY_ORDER_DEFAULT | SF_NOTIFY_PREPROC_HEADERS | SF_NOTIFY_URL_MAP;
    return TRUE;
}

static DWORD deny(HTTP_FILTER_CONTEXT *pfc, HTTP_FILTER_PREPROC_HEADERS *headers)
{
    char url[256];
    DWORD cb = sizeof url;
    if (!headers->GetHeader(pfc, "url", url, &cb) || strcmp(url, "/deny") != 0)
        return SF_STATUS_REQ_NEXT_NOTIFICATION;
    pfc->ServerSupportFunction(pfc, SF_REQ_SEND_RESPONSE_HEADER, "403 Forbidden",
                               (ULONG_PTR) "Content-Type: text/plain\r\n"
                                           "Content-Length: 6\r\n\r\ndenied",
                               0);
    return SF_STATUS_REQ_FINISHED_KEEP_CONN;
}

static void unalias(HTTP_FILTER_URL_MAP *map)
{
    char *alias = strstr(map->pszPhysicalPath, "\\alias\\");
    if (alias == NULL)
        return;
    memcpy(alias, "\\sub\\", 5);
    memmove(alias + 5, alias + 7, strlen(alias + 7) + 1);
}

DWORD WINAPI HttpFilterProc(HTTP_FILTER_CONTEXT *pfc, DWORD NotificationType, VOID *pvNotification)
{
    if (NotificationType == SF_NOTIFY_PREPROC_HEADERS)
        return deny(pfc, pvNotification);
    if (NotificationType == SF_NOTIFY_URL_MAP)
        unalias(pvNotification);
    return SF_STATUS_REQ_NEXT_NOTIFICATION;
}

BOOL WINAPI TerminateFilter(DWORD dwFlags)
{
    (void)dwFlags;
    return TRUE;
}
