/* Event sources over syslog (see winbase.h for the mapping). */
#include <windows.h>

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <syslog.h>

#include "handle.h"
#include "text_conv.h"

struct event_source {
    struct w3_object obj;
    char *name;
};

static void destroy_source(struct w3_object *obj)
{
    struct event_source *s = (struct event_source *)obj;
    free(s->name);
    free(s);
}

static const struct w3_object_ops event_source_ops = {destroy_source, NULL};

/* syslog keeps the ident pointer it was opened with; this copy outlives every source. */
static pthread_mutex_t syslog_lock = PTHREAD_MUTEX_INITIALIZER;
static char syslog_ident[128];

static HANDLE register_source(const char *server, const char *name)
{
    /* Only the local machine's log exists here. */
    if (!name || (server && *server)) {
        SetLastError(ERROR_INVALID_PARAMETER);
        return NULL;
    }
    struct event_source *s = calloc(1, sizeof *s);
    if (!s || !(s->name = strdup(name))) {
        free(s);
        SetLastError(ERROR_NOT_ENOUGH_MEMORY);
        return NULL;
    }
    w3_object_init(&s->obj, &event_source_ops);
    return w3_handle_open(&s->obj);
}

HANDLE WINAPI RegisterEventSourceA(LPCSTR lpUNCServerName, LPCSTR lpSourceName)
{
    return register_source(lpUNCServerName, lpSourceName);
}

HANDLE WINAPI RegisterEventSourceW(LPCWSTR lpUNCServerName, LPCWSTR lpSourceName)
{
    char *server = w3_wide_to_utf8(lpUNCServerName);
    char *name = w3_wide_to_utf8(lpSourceName);
    HANDLE h = NULL;
    if ((server || !lpUNCServerName) && (name || !lpSourceName))
        h = register_source(server, name);
    free(server);
    free(name);
    return h;
}

BOOL WINAPI DeregisterEventSource(HANDLE hEventLog)
{
    struct w3_object *obj = w3_handle_lookup(hEventLog, &event_source_ops);
    if (!obj)
        return FALSE;
    w3_object_release(obj);
    return CloseHandle(hEventLog);
}

static int priority_of(WORD type)
{
    switch (type) {
    case EVENTLOG_ERROR_TYPE:
        return LOG_USER | LOG_ERR;
    case EVENTLOG_WARNING_TYPE:
        return LOG_USER | LOG_WARNING;
    case EVENTLOG_AUDIT_SUCCESS:
        return LOG_AUTHPRIV | LOG_NOTICE;
    case EVENTLOG_AUDIT_FAILURE:
        return LOG_AUTHPRIV | LOG_WARNING;
    default:
        return LOG_USER | LOG_INFO;
    }
}

/* Sends the event; strings are UTF-8. */
static BOOL report(HANDLE h, WORD type, WORD category, DWORD id, WORD count,
                   const char *const *strings)
{
    struct event_source *s = (struct event_source *)w3_handle_lookup(h, &event_source_ops);
    if (!s)
        return FALSE;
    if (count && !strings) {
        w3_object_release(&s->obj);
        SetLastError(ERROR_INVALID_PARAMETER);
        return FALSE;
    }
    size_t len = 64;
    for (WORD i = 0; i < count; i++)
        len += strlen(strings[i] ? strings[i] : "") + 2;
    char *message = malloc(len);
    if (!message) {
        w3_object_release(&s->obj);
        SetLastError(ERROR_NOT_ENOUGH_MEMORY);
        return FALSE;
    }
    size_t at = category
                    ? (size_t)snprintf(message, len, "event %lu category %u:", (unsigned long)id,
                                       (unsigned)category)
                    : (size_t)snprintf(message, len, "event %lu:", (unsigned long)id);
    for (WORD i = 0; i < count; i++)
        at += (size_t)snprintf(message + at, len - at, "%s%s", i ? "; " : " ",
                               strings[i] ? strings[i] : "");

    pthread_mutex_lock(&syslog_lock);
    snprintf(syslog_ident, sizeof syslog_ident, "%s", s->name);
    openlog(syslog_ident, LOG_PID, LOG_USER);
    syslog(priority_of(type), "%s", message);
    pthread_mutex_unlock(&syslog_lock);

    free(message);
    w3_object_release(&s->obj);
    return TRUE;
}

BOOL WINAPI ReportEventA(HANDLE hEventLog, WORD wType, WORD wCategory, DWORD dwEventID,
                         PSID lpUserSid, WORD wNumStrings, DWORD dwDataSize, LPCSTR *lpStrings,
                         LPVOID lpRawData)
{
    (void)lpUserSid;
    (void)dwDataSize;
    (void)lpRawData;
    return report(hEventLog, wType, wCategory, dwEventID, wNumStrings,
                  (const char *const *)lpStrings);
}

BOOL WINAPI ReportEventW(HANDLE hEventLog, WORD wType, WORD wCategory, DWORD dwEventID,
                         PSID lpUserSid, WORD wNumStrings, DWORD dwDataSize, LPCWSTR *lpStrings,
                         LPVOID lpRawData)
{
    (void)lpUserSid;
    (void)dwDataSize;
    (void)lpRawData;
    if (wNumStrings && !lpStrings) {
        SetLastError(ERROR_INVALID_PARAMETER);
        return FALSE;
    }
    char **strings = calloc(wNumStrings ? wNumStrings : 1, sizeof *strings);
    if (!strings) {
        SetLastError(ERROR_NOT_ENOUGH_MEMORY);
        return FALSE;
    }
    BOOL ok = TRUE;
    for (WORD i = 0; i < wNumStrings && ok; i++)
        ok = !lpStrings[i] || (strings[i] = w3_wide_to_utf8(lpStrings[i])) != NULL;
    if (ok)
        ok = report(hEventLog, wType, wCategory, dwEventID, wNumStrings,
                    (const char *const *)strings);
    for (WORD i = 0; i < wNumStrings; i++)
        free(strings[i]);
    free(strings);
    return ok;
}
