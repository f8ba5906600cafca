/* An ISAPI extension for the extension host's tests: what it does is chosen by the path
 * info after its URL (/ext/<case>), and it records what it saw in filter_bridge's log
 * ("ext:<entry>") and in the response body. */
#include <windows.h>
#include <httpext.h>

#include <stdio.h>
#include <string.h>

#include "filter_bridge.h"

BOOL WINAPI GetExtensionVersion(HSE_VERSION_INFO *info)
{
    info->dwExtensionVersion = HSE_VERSION;
    lstrcpynA(info->lpszExtensionDesc, "w3compat test extension", HSE_MAX_EXT_DLL_NAME_LEN);
    bridge_record("ext:version");
    return TRUE;
}

/* The thread finishing a pending request: TerminateExtension waits for it, so that the
 * DLL is not unloaded under it. */
static HANDLE worker;

static void wait_for_worker(void)
{
    if (worker != NULL) {
        WaitForSingleObject(worker, INFINITE);
        CloseHandle(worker);
        worker = NULL;
    }
}

BOOL WINAPI TerminateExtension(DWORD flags)
{
    wait_for_worker();
    bridge_record(flags == HSE_TERM_MUST_UNLOAD ? "ext:terminate-must" : "ext:terminate");
    return TRUE;
}

static void write_text(EXTENSION_CONTROL_BLOCK *ecb, const char *text)
{
    DWORD n = (DWORD)strlen(text);
    ecb->WriteClient(ecb->ConnID, (LPVOID)text, &n, HSE_IO_SYNC);
}

static void send_header(EXTENSION_CONTROL_BLOCK *ecb, BOOL keep)
{
    HSE_SEND_HEADER_EX_INFO info;
    info.pszStatus = "200 OK";
    info.cchStatus = 6;
    info.pszHeader = "Content-Type: text/plain\r\n\r\n";
    info.cchHeader = (DWORD)strlen(info.pszHeader);
    info.fKeepConn = keep;
    ecb->ServerSupportFunction(ecb->ConnID, HSE_REQ_SEND_RESPONSE_HEADER_EX, &info, NULL, NULL);
}

/* The ECB's fields, two server variables, then the whole body (preload, then ReadClient). */
static DWORD echo(EXTENSION_CONTROL_BLOCK *ecb)
{
    char text[1024], var[256];
    DWORD cb = sizeof var;
    if (!ecb->GetServerVariable(ecb->ConnID, "SERVER_NAME", var, &cb))
        strcpy(var, "?");
    send_header(ecb, TRUE);
    snprintf(text, sizeof text,
             "method=%s\nquery=%s\npath_info=%s\ntranslated=%s\ntotal=%lu\navailable=%lu\n"
             "type=%s\nserver=%s\nsize=%d\nbody=",
             ecb->lpszMethod, ecb->lpszQueryString, ecb->lpszPathInfo, ecb->lpszPathTranslated,
             (unsigned long)ecb->cbTotalBytes, (unsigned long)ecb->cbAvailable,
             ecb->lpszContentType, var, ecb->cbSize == sizeof *ecb);
    write_text(ecb, text);
    DWORD n = ecb->cbAvailable;
    if (n > 0)
        ecb->WriteClient(ecb->ConnID, ecb->lpbData, &n, HSE_IO_SYNC);
    char chunk[4096];
    for (;;) {
        DWORD got = sizeof chunk;
        if (!ecb->ReadClient(ecb->ConnID, chunk, &got) || got == 0)
            break;
        ecb->WriteClient(ecb->ConnID, chunk, &got, HSE_IO_SYNC);
    }
    return HSE_STATUS_SUCCESS_AND_KEEP_CONN;
}

static DWORD map(EXTENSION_CONTROL_BLOCK *ecb)
{
    char path[MAX_PATH] = "/a/b.txt", text[1024];
    DWORD small = 4;
    SetLastError(0);
    BOOL small_ok =
        ecb->ServerSupportFunction(ecb->ConnID, HSE_REQ_MAP_URL_TO_PATH, path, &small, NULL);
    DWORD small_error = GetLastError();
    DWORD cb = sizeof path;
    BOOL ok = ecb->ServerSupportFunction(ecb->ConnID, HSE_REQ_MAP_URL_TO_PATH, path, &cb, NULL);
    HSE_URL_MAPEX_INFO ex;
    memset(&ex, 0, sizeof ex);
    BOOL ex_ok = ecb->ServerSupportFunction(ecb->ConnID, HSE_REQ_MAP_URL_TO_PATH_EX,
                                            (LPVOID) "/c/d.htm", NULL, (LPDWORD)&ex);
    send_header(ecb, TRUE);
    snprintf(text, sizeof text, "small=%d,%lu,%lu\nmap=%d,%s,%lu\nex=%d,%s,%lu,%lu\n", small_ok,
             (unsigned long)small_error, (unsigned long)small, ok, path, (unsigned long)cb, ex_ok,
             ex.lpszPath, (unsigned long)(ex.dwFlags & HSE_URL_FLAGS_READ),
             (unsigned long)ex.cchMatchingPath);
    write_text(ecb, text);
    return HSE_STATUS_SUCCESS_AND_KEEP_CONN;
}

/* Documented failures: what each returns and the last error. */
static DWORD failures(EXTENSION_CONTROL_BLOCK *ecb)
{
    char text[1024];
    HANDLE token = NULL;
    SetLastError(0);
    BOOL token_ok = ecb->ServerSupportFunction(ecb->ConnID, HSE_REQ_GET_IMPERSONATION_TOKEN, &token,
                                               NULL, NULL);
    DWORD token_error = GetLastError();
    SetLastError(0);
    BOOL split_ok = ecb->ServerSupportFunction(ecb->ConnID, HSE_REQ_SEND_RESPONSE_HEADER,
                                               (LPVOID) "200 OK\r\nX-Injected: 1", NULL, NULL);
    DWORD split_error = GetLastError();
    SetLastError(0);
    BOOL unknown_ok = ecb->ServerSupportFunction(ecb->ConnID, 9999, NULL, NULL, NULL);
    DWORD unknown_error = GetLastError();
    SetLastError(0);
    BOOL bad_conn_ok = ecb->ServerSupportFunction(NULL, HSE_REQ_IS_KEEP_CONN, NULL, NULL, NULL);
    DWORD bad_conn_error = GetLastError();
    char small[4];
    DWORD cb = sizeof small;
    SetLastError(0);
    BOOL var_ok = ecb->GetServerVariable(ecb->ConnID, "SERVER_SOFTWARE", small, &cb);
    DWORD var_error = GetLastError();
    DWORD n = 1;
    SetLastError(0);
    BOOL async_ok = ecb->WriteClient(ecb->ConnID, "x", &n, HSE_IO_ASYNC);
    DWORD async_error = GetLastError();
    send_header(ecb, TRUE);
    snprintf(text, sizeof text,
             "token=%d,%lu\nsplit=%d,%lu\nunknown=%d,%lu\nbadconn=%d,%lu\nvar=%d,%lu,%d\n"
             "async=%d,%lu\n",
             token_ok, (unsigned long)token_error, split_ok, (unsigned long)split_error, unknown_ok,
             (unsigned long)unknown_error, bad_conn_ok, (unsigned long)bad_conn_error, var_ok,
             (unsigned long)var_error, cb > sizeof small, async_ok, (unsigned long)async_error);
    write_text(ecb, text);
    return HSE_STATUS_SUCCESS_AND_KEEP_CONN;
}

static DWORD is_keep_conn(EXTENSION_CONTROL_BLOCK *ecb, DWORD status)
{
    BOOL keep = -1;
    ecb->ServerSupportFunction(ecb->ConnID, HSE_REQ_IS_KEEP_CONN, &keep, NULL, NULL);
    ecb->ServerSupportFunction(ecb->ConnID, HSE_REQ_SEND_RESPONSE_HEADER, (LPVOID) "200 OK", NULL,
                               (LPDWORD) "Content-Type: text/plain\r\n\r\n");
    write_text(ecb, keep == TRUE ? "keep=1" : keep == FALSE ? "keep=0" : "keep=?");
    return status;
}

static DWORD WINAPI finish_later(LPVOID param)
{
    EXTENSION_CONTROL_BLOCK *ecb = param;
    Sleep(30);
    send_header(ecb, TRUE);
    write_text(ecb, "finished on another thread");
    DWORD status = HSE_STATUS_SUCCESS_AND_KEEP_CONN;
    ecb->ServerSupportFunction(ecb->ConnID, HSE_REQ_DONE_WITH_SESSION, &status, NULL, NULL);
    return 0;
}

/* Asynchronous writes: "one," from HttpExtensionProc, "two" from the completion of the
 * first, then the end of the session from the completion of the second. */
static volatile LONG in_proc;
static int completions;

static void WINAPI written(EXTENSION_CONTROL_BLOCK *ecb, PVOID context, DWORD bytes, DWORD error)
{
    char entry[64];
    snprintf(entry, sizeof entry, "ext:io(%s,%lu,%lu,%s)", (const char *)context,
             (unsigned long)bytes, (unsigned long)error, in_proc ? "inside" : "after");
    bridge_record(entry);
    if (++completions == 1) {
        DWORD n = 3;
        ecb->WriteClient(ecb->ConnID, "two", &n, HSE_IO_ASYNC);
        return;
    }
    DWORD status = HSE_STATUS_SUCCESS_AND_KEEP_CONN;
    ecb->ServerSupportFunction(ecb->ConnID, HSE_REQ_DONE_WITH_SESSION, &status, NULL, NULL);
}

static DWORD async_writes(EXTENSION_CONTROL_BLOCK *ecb)
{
    in_proc = 1;
    completions = 0;
    ecb->ServerSupportFunction(ecb->ConnID, HSE_REQ_IO_COMPLETION, (LPVOID)written, NULL,
                               (LPDWORD) "ctx");
    send_header(ecb, TRUE);
    DWORD n = 4;
    BOOL ok = ecb->WriteClient(ecb->ConnID, "one,", &n, HSE_IO_ASYNC);
    DWORD again = 1;
    SetLastError(0);
    BOOL second = ecb->WriteClient(ecb->ConnID, "x", &again, HSE_IO_ASYNC); /* one at a time */
    char entry[64];
    snprintf(entry, sizeof entry, "ext:async(%d,%d,%lu)", ok, second,
             (unsigned long)GetLastError());
    bridge_record(entry);
    in_proc = 0;
    return HSE_STATUS_PENDING;
}

DWORD WINAPI HttpExtensionProc(EXTENSION_CONTROL_BLOCK *ecb)
{
    const char *c = ecb->lpszPathInfo;
    bridge_record(c[0] != '\0' ? c : "ext:(no path info)");
    if (strcmp(c, "/redirect") == 0) {
        ecb->ServerSupportFunction(ecb->ConnID, HSE_REQ_SEND_URL_REDIRECT_RESP,
                                   (LPVOID) "/elsewhere?x=1", NULL, NULL);
        return HSE_STATUS_SUCCESS_AND_KEEP_CONN;
    }
    if (strcmp(c, "/error") == 0)
        return HSE_STATUS_ERROR;
    if (strcmp(c, "/map") == 0)
        return map(ecb);
    if (strcmp(c, "/failures") == 0)
        return failures(ecb);
    if (strcmp(c, "/success") == 0)
        return is_keep_conn(ecb, HSE_STATUS_SUCCESS);
    if (strcmp(c, "/keep") == 0)
        return is_keep_conn(ecb, HSE_STATUS_SUCCESS_AND_KEEP_CONN);
    if (strcmp(c, "/legacy") == 0) {
        ecb->ServerSupportFunction(ecb->ConnID, HSE_REQ_SEND_RESPONSE_HEADER,
                                   (LPVOID) "403 Forbidden", NULL,
                                   (LPDWORD) "Content-Type: text/plain\r\n\r\nno entry");
        return HSE_STATUS_SUCCESS_AND_KEEP_CONN;
    }
    if (strcmp(c, "/async") == 0)
        return async_writes(ecb);
    if (strcmp(c, "/pending") == 0) {
        wait_for_worker();
        worker = CreateThread(NULL, 0, finish_later, ecb, 0, NULL);
        return worker != NULL ? HSE_STATUS_PENDING : HSE_STATUS_ERROR;
    }
    return echo(ecb);
}
