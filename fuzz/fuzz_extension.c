/* An ISAPI extension driven by the request it answers, so that the engine target fuzzes
 * the ECB callbacks and the ServerSupportFunction requests an extension makes. The
 * query string holds operations (fuzz_ops.h):
 *
 *   g NAME^N      GetServerVariable(NAME) into a buffer of N bytes (N a digit)
 *   r N           ReadClient of up to N * 100 bytes
 *   w TEXT        WriteClient(TEXT), synchronous
 *   h STATUS^TEXT HSE_REQ_SEND_RESPONSE_HEADER(STATUS, TEXT)
 *   x STATUS^TEXT HSE_REQ_SEND_RESPONSE_HEADER_EX with fKeepConn set
 *   u URL         HSE_REQ_SEND_URL_REDIRECT_RESP(URL)
 *   m URL^N       HSE_REQ_MAP_URL_TO_PATH of URL in a buffer of N * 10 bytes
 *   M URL         HSE_REQ_MAP_URL_TO_PATH_EX(URL)
 *   k             HSE_REQ_IS_KEEP_CONN
 *   n CODE        ServerSupportFunction with the request number CODE and no arguments
 *   s STATUS      what HttpExtensionProc returns: 1 success, 2 success and keep the
 *                 connection, 4 error (other digits: as given; never 3, PENDING, which
 *                 needs a DONE_WITH_SESSION this extension does not send)
 */
#include <windows.h>
#include <httpext.h>

#include <stdlib.h>
#include <string.h>

#include "fuzz_ops.h"

#define MAX_QUERY 2048

BOOL WINAPI GetExtensionVersion(HSE_VERSION_INFO *pVer)
{
    pVer->dwExtensionVersion = HSE_VERSION;
    strcpy(pVer->lpszExtensionDesc, "w3compat fuzzing extension");
    return TRUE;
}

static DWORD digit(const char *text, DWORD otherwise)
{
    return text != NULL && text[0] >= '0' && text[0] <= '9' ? (DWORD)(text[0] - '0') : otherwise;
}

static DWORD run(EXTENSION_CONTROL_BLOCK *ecb, struct fuzz_op op)
{
    char buffer[MAX_PATH + 16];
    DWORD size, kind = 0;
    switch (op.code) {
    case 'g':
        size = digit(op.arg2, sizeof buffer);
        ecb->GetServerVariable(ecb->ConnID, op.arg1, buffer, &size);
        break;
    case 'r':
        size = digit(op.arg1, 1) * 100 > sizeof buffer ? sizeof buffer : digit(op.arg1, 1) * 100;
        ecb->ReadClient(ecb->ConnID, buffer, &size);
        break;
    case 'w':
        size = (DWORD)strlen(op.arg1);
        ecb->WriteClient(ecb->ConnID, op.arg1, &size, HSE_IO_SYNC);
        break;
    case 'h':
        ecb->ServerSupportFunction(ecb->ConnID, HSE_REQ_SEND_RESPONSE_HEADER, op.arg1, NULL,
                                   (LPDWORD)op.arg2);
        break;
    case 'x': {
        HSE_SEND_HEADER_EX_INFO info = {op.arg1, op.arg2, (DWORD)strlen(op.arg1),
                                        op.arg2 ? (DWORD)strlen(op.arg2) : 0, TRUE};
        ecb->ServerSupportFunction(ecb->ConnID, HSE_REQ_SEND_RESPONSE_HEADER_EX, &info, NULL, NULL);
        break;
    }
    case 'u':
        size = (DWORD)strlen(op.arg1);
        ecb->ServerSupportFunction(ecb->ConnID, HSE_REQ_SEND_URL_REDIRECT_RESP, op.arg1, &size,
                                   NULL);
        break;
    case 'm':
        strncpy(buffer, op.arg1, sizeof buffer - 1);
        buffer[sizeof buffer - 1] = '\0';
        size = digit(op.arg2, 9) * 10;
        ecb->ServerSupportFunction(ecb->ConnID, HSE_REQ_MAP_URL_TO_PATH, buffer, &size, NULL);
        break;
    case 'M': {
        HSE_URL_MAPEX_INFO info;
        size = sizeof info;
        ecb->ServerSupportFunction(ecb->ConnID, HSE_REQ_MAP_URL_TO_PATH_EX, op.arg1, &size,
                                   (LPDWORD)&info);
        break;
    }
    case 'k': {
        BOOL keep = FALSE;
        ecb->ServerSupportFunction(ecb->ConnID, HSE_REQ_IS_KEEP_CONN, &keep, NULL, NULL);
        break;
    }
    case 'n':
        ecb->ServerSupportFunction(ecb->ConnID, (DWORD)strtoul(op.arg1, NULL, 10), NULL, NULL,
                                   &kind);
        break;
    }
    return 0;
}

DWORD WINAPI HttpExtensionProc(EXTENSION_CONTROL_BLOCK *ecb)
{
    static char query[MAX_QUERY]; /* the engine target runs one request at a time */
    DWORD status = HSE_STATUS_SUCCESS;
    strncpy(query, ecb->lpszQueryString ? ecb->lpszQueryString : "", sizeof query - 1);
    query[sizeof query - 1] = '\0';
    char *cursor = query;
    struct fuzz_op op;
    while ((op = fuzz_next_op(&cursor)).code != 0) {
        if (op.code == 's')
            status = digit(op.arg1, HSE_STATUS_SUCCESS);
        else
            run(ecb, op);
    }
    return status == HSE_STATUS_PENDING ? HSE_STATUS_ERROR : status;
}

BOOL WINAPI TerminateExtension(DWORD dwFlags)
{
    (void)dwFlags;
    return TRUE;
}
