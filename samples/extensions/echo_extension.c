/* A sample ISAPI extension (httpext.h). Mapped to a URL such as /echo.dll:
 *   /echo.dll/redirect   answers 302 to /index.html (HSE_REQ_SEND_URL_REDIRECT_RESP);
 *   any other path info  echoes the request: the ECB's fields and a server variable as
 *                        text lines, a blank line, then the request body, the part IIS
 *                        preloaded (lpbData) followed by what ReadClient returns. */
#include <windows.h>
#include <httpext.h>

#include <stdio.h>
#include <string.h>

BOOL WINAPI GetExtensionVersion(HSE_VERSION_INFO *info)
{
    info->dwExtensionVersion = HSE_VERSION;
    lstrcpynA(info->lpszExtensionDesc, "w3compat sample: echo", HSE_MAX_EXT_DLL_NAME_LEN);
    return TRUE;
}

BOOL WINAPI TerminateExtension(DWORD flags)
{
    (void)flags;
    return TRUE;
}

static BOOL write_all(EXTENSION_CONTROL_BLOCK *ecb, const void *data, DWORD len)
{
    DWORD n = len;
    return len == 0 || ecb->WriteClient(ecb->ConnID, (LPVOID)data, &n, HSE_IO_SYNC);
}

static DWORD echo(EXTENSION_CONTROL_BLOCK *ecb)
{
    char remote[64];
    DWORD cb = sizeof remote;
    if (!ecb->GetServerVariable(ecb->ConnID, "REMOTE_ADDR", remote, &cb))
        strcpy(remote, "unknown");
    HSE_SEND_HEADER_EX_INFO header;
    header.pszStatus = "200 OK";
    header.cchStatus = (DWORD)strlen(header.pszStatus);
    header.pszHeader = "Content-Type: text/plain\r\n\r\n";
    header.cchHeader = (DWORD)strlen(header.pszHeader);
    header.fKeepConn = TRUE;
    if (!ecb->ServerSupportFunction(ecb->ConnID, HSE_REQ_SEND_RESPONSE_HEADER_EX, &header, NULL,
                                    NULL))
        return HSE_STATUS_ERROR;
    char text[2048];
    int n =
        snprintf(text, sizeof text,
                 "REQUEST_METHOD: %s\nQUERY_STRING: %s\nPATH_INFO: %s\nPATH_TRANSLATED: %s\n"
                 "CONTENT_TYPE: %s\nTOTAL_BYTES: %lu\nREMOTE_ADDR: %s\n\n",
                 ecb->lpszMethod, ecb->lpszQueryString, ecb->lpszPathInfo, ecb->lpszPathTranslated,
                 ecb->lpszContentType, (unsigned long)ecb->cbTotalBytes, remote);
    if (n < 0 || !write_all(ecb, text, (DWORD)strlen(text)) ||
        !write_all(ecb, ecb->lpbData, ecb->cbAvailable))
        return HSE_STATUS_ERROR;
    for (;;) {
        char chunk[8192];
        DWORD got = sizeof chunk;
        if (!ecb->ReadClient(ecb->ConnID, chunk, &got))
            return HSE_STATUS_ERROR;
        if (got == 0)
            break;
        if (!write_all(ecb, chunk, got))
            return HSE_STATUS_ERROR;
    }
    return HSE_STATUS_SUCCESS_AND_KEEP_CONN;
}

DWORD WINAPI HttpExtensionProc(EXTENSION_CONTROL_BLOCK *ecb)
{
    if (strcmp(ecb->lpszPathInfo, "/redirect") == 0) {
        DWORD len = (DWORD)sizeof "/index.html";
        return ecb->ServerSupportFunction(ecb->ConnID, HSE_REQ_SEND_URL_REDIRECT_RESP,
                                          (LPVOID) "/index.html", &len, NULL)
                   ? HSE_STATUS_SUCCESS_AND_KEEP_CONN
                   : HSE_STATUS_ERROR;
    }
    return echo(ecb);
}
