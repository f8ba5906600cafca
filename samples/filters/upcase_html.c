/* Sample ISAPI filter: upper-cases the body of HTML responses as it is sent, through
 * SF_NOTIFY_SEND_RAW_DATA. SEND_RESPONSE decides whether the response is HTML; the
 * first raw send that follows carries the header block and is left alone. The
 * per-connection state lives in an AllocMem block kept in pFilterContext. */
#include <windows.h>
#include <httpfilt.h>

#include <string.h>

struct upcase_state {
    BOOL html;         /* the current response is text/html */
    BOOL headers_sent; /* its header block has gone out */
};

BOOL WINAPI GetFilterVersion(HTTP_FILTER_VERSION *pVer)
{
    pVer->dwFilterVersion = HTTP_FILTER_REVISION;
    strcpy(pVer->lpszFilterDesc, "Upper-case HTML (w3compat sample)");
    pVer->dwFlags = SF_NOTIFY_SECURE_PORT | SF_NOTIFY_NONSECURE_PORT | SF_NOTIFY_SEND_RESPONSE |
                    SF_NOTIFY_SEND_RAW_DATA | SF_NOTIFY_END_OF_REQUEST | SF_NOTIFY_ORDER_LOW;
    return TRUE;
}

static struct upcase_state *state_of(HTTP_FILTER_CONTEXT *pfc)
{
    if (pfc->pFilterContext == NULL) {
        /* Freed by the server after END_OF_NET_SESSION. */
        pfc->pFilterContext = pfc->AllocMem(pfc, sizeof(struct upcase_state), 0);
        if (pfc->pFilterContext != NULL)
            memset(pfc->pFilterContext, 0, sizeof(struct upcase_state));
    }
    return pfc->pFilterContext;
}

static BOOL is_html(HTTP_FILTER_CONTEXT *pfc, HTTP_FILTER_SEND_RESPONSE *response)
{
    char type[128];
    DWORD cb = sizeof type;
    if (!response->GetHeader(pfc, "Content-Type:", type, &cb))
        return FALSE;
    return _strnicmp(type, "text/html", 9) == 0;
}

DWORD WINAPI HttpFilterProc(HTTP_FILTER_CONTEXT *pfc, DWORD NotificationType, VOID *pvNotification)
{
    struct upcase_state *state = state_of(pfc);
    if (state == NULL)
        return SF_STATUS_REQ_NEXT_NOTIFICATION;
    switch (NotificationType) {
    case SF_NOTIFY_SEND_RESPONSE:
        state->html = is_html(pfc, pvNotification);
        state->headers_sent = FALSE;
        break;
    case SF_NOTIFY_SEND_RAW_DATA: {
        HTTP_FILTER_RAW_DATA *raw = pvNotification;
        if (!state->headers_sent) {
            state->headers_sent = TRUE;
            break;
        }
        if (state->html) {
            char *p = raw->pvInData;
            for (DWORD i = 0; i < raw->cbInData; i++)
                if (p[i] >= 'a' && p[i] <= 'z')
                    p[i] = (char)(p[i] - 'a' + 'A');
        }
        break;
    }
    case SF_NOTIFY_END_OF_REQUEST:
        state->html = FALSE;
        state->headers_sent = FALSE;
        break;
    }
    return SF_STATUS_REQ_NEXT_NOTIFICATION;
}

BOOL WINAPI TerminateFilter(DWORD dwFlags)
{
    (void)dwFlags;
    return TRUE;
}
