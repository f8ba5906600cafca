#include "filter_bridge.h"

#include <stdio.h>
#include <string.h>

static struct {
    DWORD flags;
    BOOL fail;
    DWORD error;
    bridge_proc proc;
} slots[BRIDGE_SLOTS];

static char log_text[32768];
static size_t log_len;

void bridge_reset(void)
{
    for (int i = 0; i < BRIDGE_SLOTS; i++) {
        slots[i].flags = BRIDGE_ALL_NOTIFICATIONS | SF_NOTIFY_ORDER_LOW;
        slots[i].fail = FALSE;
        slots[i].error = 0;
        slots[i].proc = NULL;
    }
    bridge_clear_log();
}

void bridge_set_flags(int slot, DWORD flags)
{
    slots[slot].flags = flags;
}

void bridge_fail_version(int slot, DWORD error)
{
    slots[slot].fail = TRUE;
    slots[slot].error = error;
}

void bridge_set_proc(int slot, bridge_proc proc)
{
    slots[slot].proc = proc;
}

BOOL bridge_version(int slot, HTTP_FILTER_VERSION *ver)
{
    if (slots[slot].fail) {
        SetLastError(slots[slot].error);
        return FALSE;
    }
    ver->dwFilterVersion = HTTP_FILTER_REVISION;
    snprintf(ver->lpszFilterDesc, sizeof ver->lpszFilterDesc, "recorder %d", slot);
    ver->dwFlags = slots[slot].flags;
    return TRUE;
}

DWORD bridge_dispatch(int slot, HTTP_FILTER_CONTEXT *pfc, DWORD type, void *pv)
{
    if (slots[slot].proc != NULL)
        return slots[slot].proc(slot, pfc, type, pv);
    return SF_STATUS_REQ_NEXT_NOTIFICATION;
}

void bridge_record(const char *entry)
{
    size_t n = strlen(entry);
    if (log_len + n + 2 > sizeof log_text)
        return;
    if (log_len != 0)
        log_text[log_len++] = ' ';
    memcpy(log_text + log_len, entry, n + 1);
    log_len += n;
}

const char *bridge_log(void)
{
    return log_text;
}

void bridge_clear_log(void)
{
    log_len = 0;
    log_text[0] = '\0';
}

const char *bridge_name(DWORD type)
{
    switch (type) {
    case SF_NOTIFY_READ_RAW_DATA:
        return "READ_RAW_DATA";
    case SF_NOTIFY_PREPROC_HEADERS:
        return "PREPROC_HEADERS";
    case SF_NOTIFY_URL_MAP:
        return "URL_MAP";
    case SF_NOTIFY_AUTHENTICATION:
        return "AUTHENTICATION";
    case SF_NOTIFY_AUTH_COMPLETE:
        return "AUTH_COMPLETE";
    case SF_NOTIFY_ACCESS_DENIED:
        return "ACCESS_DENIED";
    case SF_NOTIFY_SEND_RESPONSE:
        return "SEND_RESPONSE";
    case SF_NOTIFY_SEND_RAW_DATA:
        return "SEND_RAW_DATA";
    case SF_NOTIFY_END_OF_REQUEST:
        return "END_OF_REQUEST";
    case SF_NOTIFY_LOG:
        return "LOG";
    case SF_NOTIFY_END_OF_NET_SESSION:
        return "END_OF_NET_SESSION";
    default:
        return "UNKNOWN";
    }
}
