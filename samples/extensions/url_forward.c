/* A sample DLL that is both an ISAPI filter and an ISAPI extension, the shape of
 * Tomcat's isapi_redirect: loaded as a filter (--filter) and mapped as an extension at
 * /forward.dll (--extension PATH=/forward.dll), it answers every URL under /app/.
 *   filter     in SF_NOTIFY_PREPROC_HEADERS, a URL under /app/ is kept in the request
 *              header X-Forwarded-Url and the URL is rewritten to /forward.dll;
 *   extension  answers with what it would forward: the verb and the original URL,
 *              read back through HTTP_X_FORWARDED_URL. A request that reaches it
 *              without the filter's header is refused with 404. */
#include <windows.h>
#include <httpext.h>
#include <httpfilt.h>

#include <stdio.h>
#include <string.h>

#define PREFIX "/app/"
#define EXTENSION_URL "/forward.dll"

BOOL WINAPI GetFilterVersion(HTTP_FILTER_VERSION *version)
{
    version->dwFilterVersion = HTTP_FILTER_REVISION;
    version->dwFlags = SF_NOTIFY_PREPROC_HEADERS | SF_NOTIFY_ORDER_HIGH | SF_NOTIFY_SECURE_PORT |
                       SF_NOTIFY_NONSECURE_PORT;
    lstrcpynA(version->lpszFilterDesc, "w3compat sample: URL forwarder (filter)",
              SF_MAX_FILTER_DESC_LEN);
    return TRUE;
}

DWORD WINAPI HttpFilterProc(HTTP_FILTER_CONTEXT *pfc, DWORD type, VOID *notification)
{
    if (type != SF_NOTIFY_PREPROC_HEADERS)
        return SF_STATUS_REQ_NEXT_NOTIFICATION;
    HTTP_FILTER_PREPROC_HEADERS *headers = notification;
    char url[2048];
    DWORD size = sizeof url;
    if (!headers->GetHeader(pfc, "url", url, &size))
        return SF_STATUS_REQ_ERROR;
    /* A client's own X-Forwarded-Url is removed or replaced, never trusted. */
    if (strncmp(url, PREFIX, strlen(PREFIX)) != 0)
        return headers->SetHeader(pfc, "X-Forwarded-Url:", "") ? SF_STATUS_REQ_NEXT_NOTIFICATION
                                                               : SF_STATUS_REQ_ERROR;
    if (!headers->SetHeader(pfc, "X-Forwarded-Url:", url) ||
        !headers->SetHeader(pfc, "url", EXTENSION_URL))
        return SF_STATUS_REQ_ERROR;
    return SF_STATUS_REQ_NEXT_NOTIFICATION;
}

BOOL WINAPI TerminateFilter(DWORD flags)
{
    (void)flags;
    return TRUE;
}

BOOL WINAPI GetExtensionVersion(HSE_VERSION_INFO *info)
{
    info->dwExtensionVersion = HSE_VERSION;
    lstrcpynA(info->lpszExtensionDesc, "w3compat sample: URL forwarder (extension)",
              HSE_MAX_EXT_DLL_NAME_LEN);
    return TRUE;
}

BOOL WINAPI TerminateExtension(DWORD flags)
{
    (void)flags;
    return TRUE;
}

static DWORD respond(EXTENSION_CONTROL_BLOCK *ecb, const char *status, const char *text)
{
    char headers[128];
    snprintf(headers, sizeof headers, "Content-Type: text/plain\r\nContent-Length: %u\r\n\r\n",
             (unsigned)strlen(text));
    HSE_SEND_HEADER_EX_INFO header;
    header.pszStatus = status;
    header.cchStatus = (DWORD)strlen(status);
    header.pszHeader = headers;
    header.cchHeader = (DWORD)strlen(headers);
    header.fKeepConn = TRUE;
    DWORD n = (DWORD)strlen(text);
    if (!ecb->ServerSupportFunction(ecb->ConnID, HSE_REQ_SEND_RESPONSE_HEADER_EX, &header, NULL,
                                    NULL) ||
        !ecb->WriteClient(ecb->ConnID, (LPVOID)text, &n, HSE_IO_SYNC))
        return HSE_STATUS_ERROR;
    return HSE_STATUS_SUCCESS_AND_KEEP_CONN;
}

DWORD WINAPI HttpExtensionProc(EXTENSION_CONTROL_BLOCK *ecb)
{
    char url[2048], text[2200];
    DWORD size = sizeof url;
    if (!ecb->GetServerVariable(ecb->ConnID, "HTTP_X_FORWARDED_URL", url, &size) || url[0] == '\0')
        return respond(ecb, "404 Not Found", "not forwarded\n");
    snprintf(text, sizeof text, "forwarded %s %s\n", ecb->lpszMethod, url);
    return respond(ecb, "200 OK", text);
}
