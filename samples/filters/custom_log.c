/* Sample ISAPI filter: a log of its own, and a cleaner server log. In SF_NOTIFY_LOG it
 * appends "method target status bytes-sent" to the file named by W3_SAMPLE_LOG, and
 * replaces the query string the server logs with one whose password values are masked
 * (the pointer is replaced; the server's strings are never written through). */
#include <windows.h>
#include <httpfilt.h>

#include <stdio.h>
#include <string.h>

static char log_path[MAX_PATH];

BOOL WINAPI GetFilterVersion(HTTP_FILTER_VERSION *pVer)
{
    DWORD n = GetEnvironmentVariableA("W3_SAMPLE_LOG", log_path, sizeof log_path);
    if (n == 0 || n >= sizeof log_path) {
        SetLastError(ERROR_FILE_NOT_FOUND);
        return FALSE;
    }
    pVer->dwFilterVersion = HTTP_FILTER_REVISION;
    strcpy(pVer->lpszFilterDesc, "Custom log (w3compat sample)");
    pVer->dwFlags = SF_NOTIFY_SECURE_PORT | SF_NOTIFY_NONSECURE_PORT | SF_NOTIFY_LOG;
    return TRUE;
}

static void append_line(const char *line)
{
    HANDLE file = CreateFileA(log_path, FILE_APPEND_DATA, FILE_SHARE_READ, NULL, OPEN_ALWAYS,
                              FILE_ATTRIBUTE_NORMAL, NULL);
    if (file == INVALID_HANDLE_VALUE)
        return;
    DWORD written;
    WriteFile(file, line, (DWORD)strlen(line), &written, NULL);
    CloseHandle(file);
}

/* A copy of the query with every "password=" value replaced by "***", in memory that
 * lives until the connection ends (AllocMem). */
static const char *masked_query(HTTP_FILTER_CONTEXT *pfc, const char *query)
{
    size_t len = strlen(query);
    char *out = pfc->AllocMem(pfc, (DWORD)(len * 2 + 4), 0);
    if (out == NULL)
        return query;
    char *w = out;
    const char *r = query;
    while (*r != '\0') {
        if (_strnicmp(r, "password=", 9) == 0 && (r == query || r[-1] == '&')) {
            memcpy(w, r, 9);
            w += 9;
            r += 9;
            memcpy(w, "***", 3);
            w += 3;
            r += strcspn(r, "&");
        } else {
            *w++ = *r++;
        }
    }
    *w = '\0';
    return out;
}

DWORD WINAPI HttpFilterProc(HTTP_FILTER_CONTEXT *pfc, DWORD NotificationType, VOID *pvNotification)
{
    if (NotificationType != SF_NOTIFY_LOG)
        return SF_STATUS_REQ_NEXT_NOTIFICATION;
    HTTP_FILTER_LOG *log = pvNotification;
    char line[1024];
    snprintf(line, sizeof line, "%s %s %lu %lu\r\n", log->pszOperation, log->pszTarget,
             (unsigned long)log->dwHttpStatus, (unsigned long)log->dwBytesSent);
    append_line(line);
    if (log->pszParameters != NULL && log->pszParameters[0] != '\0')
        log->pszParameters = masked_query(pfc, log->pszParameters);
    return SF_STATUS_REQ_NEXT_NOTIFICATION;
}

BOOL WINAPI TerminateFilter(DWORD dwFlags)
{
    (void)dwFlags;
    return TRUE;
}
