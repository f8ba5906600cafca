/* An ISAPI filter driven by the request it filters, so that the engine target fuzzes
 * the strings filters hand to the server. A request's "X-Fuzz" header holds operations
 * (fuzz_ops.h). Operations before the first '#' run in PREPROC_HEADERS, those after it
 * in SEND_RESPONSE, those after a second '#' in URL_MAP.
 *
 *   a TEXT          AddResponseHeaders(TEXT)
 *   s NAME^VALUE    SetHeader (request headers, or response headers in SEND_RESPONSE)
 *   h NAME^VALUE    AddHeader
 *   r STATUS^TEXT   ServerSupportFunction(SF_REQ_SEND_RESPONSE_HEADER, STATUS, TEXT)
 *   w TEXT          WriteClient(TEXT)
 *   g NAME^N        GetServerVariable(NAME) into a buffer of N bytes (N a digit)
 *   m N             AllocMem(N * 100 bytes)
 *   p TEXT          the physical path becomes TEXT (URL_MAP)
 *   f / k / e       return SF_STATUS_REQ_FINISHED / _FINISHED_KEEP_CONN / _ERROR
 */
#include <windows.h>
#include <httpfilt.h>

#include <stdlib.h>
#include <string.h>

#include "fuzz_ops.h"

#define MAX_OPS 2048

BOOL WINAPI GetFilterVersion(HTTP_FILTER_VERSION *pVer)
{
    pVer->dwFilterVersion = HTTP_FILTER_REVISION;
    strcpy(pVer->lpszFilterDesc, "w3compat fuzzing filter");
    pVer->dwFlags = SF_NOTIFY_SECURE_PORT | SF_NOTIFY_NONSECURE_PORT | SF_NOTIFY_ORDER_HIGH |
                    SF_NOTIFY_PREPROC_HEADERS | SF_NOTIFY_URL_MAP | SF_NOTIFY_SEND_RESPONSE;
    return TRUE;
}

typedef BOOL(WINAPI *set_header_fn)(HTTP_FILTER_CONTEXT *, LPSTR, LPSTR);

/* Runs the operations of one phase; returns the status the filter answers with. */
static DWORD run_ops(HTTP_FILTER_CONTEXT *pfc, char *ops, set_header_fn set, set_header_fn add,
                     HTTP_FILTER_URL_MAP *map)
{
    DWORD result = SF_STATUS_REQ_NEXT_NOTIFICATION;
    struct fuzz_op op;
    while ((op = fuzz_next_op(&ops)).code != 0) {
        char *value = op.arg2 ? op.arg2 : (char *)"";
        char buffer[16];
        DWORD size;
        switch (op.code) {
        case 'a':
            pfc->AddResponseHeaders(pfc, op.arg1, 0);
            break;
        case 's':
            if (set)
                set(pfc, op.arg1, value);
            break;
        case 'h':
            if (add)
                add(pfc, op.arg1, value);
            break;
        case 'r':
            pfc->ServerSupportFunction(pfc, SF_REQ_SEND_RESPONSE_HEADER, op.arg1, (ULONG_PTR)value,
                                       0);
            break;
        case 'w':
            size = (DWORD)strlen(op.arg1);
            pfc->WriteClient(pfc, op.arg1, &size, 0);
            break;
        case 'g':
            size =
                value[0] >= '0' && value[0] <= '9' ? (DWORD)(value[0] - '0') : (DWORD)sizeof buffer;
            pfc->GetServerVariable(pfc, op.arg1, buffer, &size);
            break;
        case 'm':
            pfc->AllocMem(pfc, (DWORD)(atoi(op.arg1) % 1000) * 100, 0);
            break;
        case 'p':
            if (map && map->cbPathBuff > 0) {
                strncpy(map->pszPhysicalPath, op.arg1, map->cbPathBuff - 1);
                map->pszPhysicalPath[map->cbPathBuff - 1] = '\0';
            }
            break;
        case 'f':
            result = SF_STATUS_REQ_FINISHED;
            break;
        case 'k':
            result = SF_STATUS_REQ_FINISHED_KEEP_CONN;
            break;
        case 'e':
            SetLastError(ERROR_ACCESS_DENIED);
            result = SF_STATUS_REQ_ERROR;
            break;
        }
    }
    return result;
}

/* The phase's part of the operations: before the first '#', between the first and the
 * second, or after the second. */
static char *phase_ops(char *ops, int phase)
{
    for (int i = 0; i < phase && ops; i++) {
        ops = strchr(ops, '#');
        if (ops)
            ops++;
    }
    if (!ops)
        return NULL;
    char *end = strchr(ops, '#');
    if (end)
        *end = '\0';
    return ops;
}

/* The request's operations, read in PREPROC_HEADERS and kept for the later phases in a
 * block that lives as long as the request's connection (AllocMem). */
static char *request_ops(HTTP_FILTER_CONTEXT *pfc, HTTP_FILTER_PREPROC_HEADERS *headers)
{
    DWORD size = MAX_OPS;
    char *ops = pfc->AllocMem(pfc, MAX_OPS, 0);
    if (!ops || !headers->GetHeader(pfc, "X-Fuzz:", ops, &size))
        return NULL;
    pfc->pFilterContext = ops;
    return ops;
}

/* A working copy of a phase's operations (they are cut up as they run). */
static char *copy_phase(HTTP_FILTER_CONTEXT *pfc, int phase, char *copy)
{
    if (!pfc->pFilterContext)
        return NULL;
    memcpy(copy, pfc->pFilterContext, MAX_OPS);
    copy[MAX_OPS - 1] = '\0';
    return phase_ops(copy, phase);
}

DWORD WINAPI HttpFilterProc(HTTP_FILTER_CONTEXT *pfc, DWORD NotificationType, VOID *pvNotification)
{
    static char copy[MAX_OPS]; /* the engine target runs one request at a time */
    HTTP_FILTER_PREPROC_HEADERS *headers = pvNotification;
    char *ops;
    switch (NotificationType) {
    case SF_NOTIFY_PREPROC_HEADERS:
        pfc->pFilterContext = NULL;
        if (!request_ops(pfc, headers))
            return SF_STATUS_REQ_NEXT_NOTIFICATION;
        ops = copy_phase(pfc, 0, copy);
        return ops ? run_ops(pfc, ops, headers->SetHeader, headers->AddHeader, NULL)
                   : SF_STATUS_REQ_NEXT_NOTIFICATION;
    case SF_NOTIFY_SEND_RESPONSE:
        ops = copy_phase(pfc, 1, copy);
        return ops ? run_ops(pfc, ops, headers->SetHeader, headers->AddHeader, NULL)
                   : SF_STATUS_REQ_NEXT_NOTIFICATION;
    case SF_NOTIFY_URL_MAP:
        ops = copy_phase(pfc, 2, copy);
        return ops ? run_ops(pfc, ops, NULL, NULL, pvNotification)
                   : SF_STATUS_REQ_NEXT_NOTIFICATION;
    }
    return SF_STATUS_REQ_NEXT_NOTIFICATION;
}

BOOL WINAPI TerminateFilter(DWORD dwFlags)
{
    (void)dwFlags;
    return TRUE;
}
