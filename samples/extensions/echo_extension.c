/* A sample ISAPI extension (httpext.h). Mapped to a URL such as /echo.dll:
 *   /echo.dll/redirect   answers 302 to /index.html (HSE_REQ_SEND_URL_REDIRECT_RESP);
 *   /echo.dll/async      answers from a thread of its own: HttpExtensionProc returns
 *                        HSE_STATUS_PENDING, the thread writes with HSE_IO_ASYNC, and the
 *                        completion function (HSE_REQ_IO_COMPLETION) ends the session;
 *   any other path info  echoes the request: the ECB's fields and a server variable as
 *                        text lines, a blank line, then the request body, the part IIS
 *                        preloaded (lpbData) followed by what ReadClient returns. */
#include <windows.h>
#include <httpext.h>

#include <stdio.h>
#include <string.h>

/* The threads answering requests, so that TerminateExtension can wait for them: the DLL
 * must not be unloaded under one. */
#define MAX_THREADS 64
static CRITICAL_SECTION threads_lock;
static HANDLE threads[MAX_THREADS];
static int thread_count;

BOOL WINAPI GetExtensionVersion(HSE_VERSION_INFO *info)
{
    InitializeCriticalSection(&threads_lock);
    info->dwExtensionVersion = HSE_VERSION;
    lstrcpynA(info->lpszExtensionDesc, "w3compat sample: echo", HSE_MAX_EXT_DLL_NAME_LEN);
    return TRUE;
}

BOOL WINAPI TerminateExtension(DWORD flags)
{
    (void)flags;
    for (int i = 0; i < thread_count; i++) {
        WaitForSingleObject(threads[i], INFINITE);
        CloseHandle(threads[i]);
    }
    thread_count = 0;
    DeleteCriticalSection(&threads_lock);
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

/* Starts a thread answering the request and keeps its handle, closing those of threads
 * that have ended; FALSE when it cannot (too many still running). */
static BOOL start_thread(LPTHREAD_START_ROUTINE fn, void *param)
{
    EnterCriticalSection(&threads_lock);
    int kept = 0;
    for (int i = 0; i < thread_count; i++) {
        if (WaitForSingleObject(threads[i], 0) == WAIT_OBJECT_0)
            CloseHandle(threads[i]);
        else
            threads[kept++] = threads[i];
    }
    thread_count = kept;
    HANDLE thread = thread_count < MAX_THREADS ? CreateThread(NULL, 0, fn, param, 0, NULL) : NULL;
    if (thread != NULL)
        threads[thread_count++] = thread;
    LeaveCriticalSection(&threads_lock);
    return thread != NULL;
}

/* The write is done: the server tells us on its own thread, and the session ends. */
static void WINAPI async_written(EXTENSION_CONTROL_BLOCK *ecb, PVOID context, DWORD bytes,
                                 DWORD error)
{
    (void)context;
    DWORD status =
        error == ERROR_SUCCESS && bytes > 0 ? HSE_STATUS_SUCCESS_AND_KEEP_CONN : HSE_STATUS_ERROR;
    ecb->ServerSupportFunction(ecb->ConnID, HSE_REQ_DONE_WITH_SESSION, &status, NULL, NULL);
}

static DWORD WINAPI answer_later(LPVOID param)
{
    static const char text[] = "written asynchronously from another thread\n";
    EXTENSION_CONTROL_BLOCK *ecb = param;
    HSE_SEND_HEADER_EX_INFO header;
    header.pszStatus = "200 OK";
    header.cchStatus = (DWORD)strlen(header.pszStatus);
    header.pszHeader = "Content-Type: text/plain\r\n\r\n";
    header.cchHeader = (DWORD)strlen(header.pszHeader);
    header.fKeepConn = TRUE;
    DWORD n = (DWORD)strlen(text);
    if (!ecb->ServerSupportFunction(ecb->ConnID, HSE_REQ_SEND_RESPONSE_HEADER_EX, &header, NULL,
                                    NULL) ||
        !ecb->WriteClient(ecb->ConnID, (LPVOID)text, &n, HSE_IO_ASYNC)) {
        DWORD status = HSE_STATUS_ERROR;
        ecb->ServerSupportFunction(ecb->ConnID, HSE_REQ_DONE_WITH_SESSION, &status, NULL, NULL);
    }
    return 0;
}

static DWORD answer_from_a_thread(EXTENSION_CONTROL_BLOCK *ecb)
{
    if (!ecb->ServerSupportFunction(ecb->ConnID, HSE_REQ_IO_COMPLETION, (LPVOID)async_written, NULL,
                                    NULL))
        return HSE_STATUS_ERROR;
    return start_thread(answer_later, ecb) ? HSE_STATUS_PENDING : HSE_STATUS_ERROR;
}

DWORD WINAPI HttpExtensionProc(EXTENSION_CONTROL_BLOCK *ecb)
{
    if (strcmp(ecb->lpszPathInfo, "/async") == 0)
        return answer_from_a_thread(ecb);
    if (strcmp(ecb->lpszPathInfo, "/redirect") == 0) {
        DWORD len = (DWORD)sizeof "/index.html";
        return ecb->ServerSupportFunction(ecb->ConnID, HSE_REQ_SEND_URL_REDIRECT_RESP,
                                          (LPVOID) "/index.html", &len, NULL)
                   ? HSE_STATUS_SUCCESS_AND_KEEP_CONN
                   : HSE_STATUS_ERROR;
    }
    return echo(ecb);
}
