/* An ISAPI filter for w3host's TLS tests: notified on secure-port connections only
 * (SF_NOTIFY_SECURE_PORT without NONSECURE_PORT), it answers each request's headers
 * with what it saw: X-Secure-Port (fIsSecurePort), the TLS server variables, and whether
 * SF_REQ_GET_PROPERTY(SF_PROPERTY_SSL_CTXT) answered. A plain connection's responses
 * carry none of them. */
#include <windows.h>
#include <httpfilt.h>
#include <stdio.h>

static const char *const reported[] = {
    "SERVER_PORT_SECURE",   "HTTPS",        "HTTPS_KEYSIZE",      "HTTPS_SECRETKEYSIZE",
    "HTTPS_SERVER_SUBJECT", "CERT_SUBJECT", "CERT_ISSUER",        "CERT_SERIALNUMBER",
    "CERT_FLAGS",           "CERT_COOKIE",  "HTTPS_SERVER_ISSUER"};

BOOL WINAPI GetFilterVersion(HTTP_FILTER_VERSION *pVer)
{
    pVer->dwFilterVersion = HTTP_FILTER_REVISION;
    lstrcpynA(pVer->lpszFilterDesc, "w3host test secure-port probe", SF_MAX_FILTER_DESC_LEN);
    pVer->dwFlags = SF_NOTIFY_ORDER_DEFAULT | SF_NOTIFY_SECURE_PORT | SF_NOTIFY_PREPROC_HEADERS;
    return TRUE;
}

/* "X-<NAME>: value\r\n" with '_' as '-' in the header name. */
static void report(HTTP_FILTER_CONTEXT *pfc, const char *name)
{
    char value[1024], line[1200];
    DWORD size = sizeof value;
    if (!pfc->GetServerVariable(pfc, (LPSTR)name, value, &size))
        snprintf(value, sizeof value, "<error %lu>", (unsigned long)GetLastError());
    int n = snprintf(line, sizeof line, "X-%s: %s\r\n", name, value);
    for (int i = 2; i < n && line[i] != ':'; i++)
        if (line[i] == '_')
            line[i] = '-';
    pfc->AddResponseHeaders(pfc, line, 0);
}

DWORD WINAPI HttpFilterProc(HTTP_FILTER_CONTEXT *pfc, DWORD NotificationType, VOID *pvNotification)
{
    (void)pvNotification;
    if (NotificationType != SF_NOTIFY_PREPROC_HEADERS)
        return SF_STATUS_REQ_NEXT_NOTIFICATION;
    pfc->AddResponseHeaders(
        pfc, pfc->fIsSecurePort ? "X-Secure-Port: 1\r\n" : "X-Secure-Port: 0\r\n", 0);
    for (size_t i = 0; i < sizeof reported / sizeof reported[0]; i++)
        report(pfc, reported[i]);
    void *context = NULL;
    BOOL got =
        pfc->ServerSupportFunction(pfc, SF_REQ_GET_PROPERTY, &context, SF_PROPERTY_SSL_CTXT, 0);
    pfc->AddResponseHeaders(
        pfc, got && context != NULL ? "X-Ssl-Ctxt: yes\r\n" : "X-Ssl-Ctxt: no\r\n", 0);
    return SF_STATUS_REQ_NEXT_NOTIFICATION;
}

BOOL WINAPI TerminateFilter(DWORD dwFlags)
{
    (void)dwFlags;
    return TRUE;
}
