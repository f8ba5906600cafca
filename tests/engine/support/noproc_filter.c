/* A filter without HttpFilterProc: the server must refuse it. */
#include <windows.h>
#include <httpfilt.h>

BOOL WINAPI GetFilterVersion(HTTP_FILTER_VERSION *pVer)
{
    pVer->dwFilterVersion = HTTP_FILTER_REVISION;
    pVer->dwFlags = SF_NOTIFY_PREPROC_HEADERS;
    return TRUE;
}
