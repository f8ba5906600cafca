/* A filter that records every call it gets in the bridge's log ("TAG:NOTIFICATION"),
 * then lets the test's bridge proc, if any, decide what it returns. Built once per
 * RECORDER_SLOT/RECORDER_TAG so that a test can load several at different priorities. */
#include <windows.h>
#include <httpfilt.h>

#include <stdio.h>

#include "filter_bridge.h"

BOOL WINAPI GetFilterVersion(HTTP_FILTER_VERSION *pVer)
{
    return bridge_version(RECORDER_SLOT, pVer);
}

DWORD WINAPI HttpFilterProc(HTTP_FILTER_CONTEXT *pfc, DWORD NotificationType, VOID *pvNotification)
{
    char entry[64];
    snprintf(entry, sizeof entry, "%s:%s", RECORDER_TAG, bridge_name(NotificationType));
    bridge_record(entry);
    return bridge_dispatch(RECORDER_SLOT, pfc, NotificationType, pvNotification);
}

BOOL WINAPI TerminateFilter(DWORD dwFlags)
{
    (void)dwFlags;
    bridge_record(RECORDER_TAG ":TERMINATE");
    return TRUE;
}
