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

/* HSE_REQ_TRANSMIT_FILE of the file named by the query string: bytes 2..6 (whole: all
 * of it) after the header, then a tail; the completion (pfnHseIO, not
 * HSE_REQ_IO_COMPLETION's) ends the session. "close" in the path info asks
 * HSE_IO_DISCONNECT_AFTER_SEND. */
static HANDLE transmitted;

static void WINAPI transmit_done(EXTENSION_CONTROL_BLOCK *ecb, PVOID context, DWORD bytes,
                                 DWORD error)
{
    char entry[64];
    snprintf(entry, sizeof entry, "ext:tf(%s,%lu,%lu)", (const char *)context, (unsigned long)bytes,
             (unsigned long)error);
    bridge_record(entry);
    CloseHandle(transmitted);
    DWORD status = HSE_STATUS_SUCCESS_AND_KEEP_CONN;
    ecb->ServerSupportFunction(ecb->ConnID, HSE_REQ_DONE_WITH_SESSION, &status, NULL, NULL);
}

static void WINAPI unused_completion(EXTENSION_CONTROL_BLOCK *ecb, PVOID context, DWORD bytes,
                                     DWORD error)
{
    (void)ecb, (void)context, (void)bytes, (void)error;
    bridge_record("ext:io-completion-instead");
}

static DWORD transmit(EXTENSION_CONTROL_BLOCK *ecb, BOOL close, BOOL whole)
{
    transmitted =
        CreateFileA(ecb->lpszQueryString, GENERIC_READ, FILE_SHARE_READ, NULL, OPEN_EXISTING,
                    FILE_FLAG_OVERLAPPED | FILE_FLAG_SEQUENTIAL_SCAN, NULL);
    if (transmitted == INVALID_HANDLE_VALUE)
        return HSE_STATUS_ERROR;
    ecb->ServerSupportFunction(ecb->ConnID, HSE_REQ_IO_COMPLETION, (LPVOID)unused_completion, NULL,
                               NULL);
    HSE_TF_INFO tf;
    memset(&tf, 0, sizeof tf);
    tf.pfnHseIO = transmit_done;
    tf.pContext = "tf";
    tf.hFile = transmitted;
    tf.pszStatusCode = "201 Made";
    tf.Offset = whole ? 0 : 2;
    tf.BytesToWrite = whole ? 0 : 5;
    tf.pHead = "Content-Type: text/plain\r\nX-Head: 1\r\n\r\n";
    tf.pTail = "!";
    tf.TailLength = 1;
    tf.dwFlags = HSE_IO_ASYNC | HSE_IO_SEND_HEADERS | (close ? HSE_IO_DISCONNECT_AFTER_SEND : 0);
    if (!ecb->ServerSupportFunction(ecb->ConnID, HSE_REQ_TRANSMIT_FILE, &tf, NULL, NULL)) {
        CloseHandle(transmitted);
        return HSE_STATUS_ERROR;
    }
    return HSE_STATUS_PENDING;
}

/* TRANSMIT_FILE's documented failures, then one without headers and the whole file:
 * its head and tail are body bytes around the file. */
static DWORD transmit_failures(EXTENSION_CONTROL_BLOCK *ecb)
{
    HANDLE file = CreateFileA(ecb->lpszQueryString, GENERIC_READ, FILE_SHARE_READ, NULL,
                              OPEN_EXISTING, FILE_ATTRIBUTE_NORMAL, NULL);
    HSE_TF_INFO tf;
    memset(&tf, 0, sizeof tf);
    tf.hFile = file;
    tf.dwFlags = HSE_IO_ASYNC;
    SetLastError(0);
    BOOL null_ok = ecb->ServerSupportFunction(ecb->ConnID, HSE_REQ_TRANSMIT_FILE, NULL, NULL, NULL);
    DWORD null_error = GetLastError();
    SetLastError(0);
    BOOL nofn_ok = ecb->ServerSupportFunction(ecb->ConnID, HSE_REQ_TRANSMIT_FILE, &tf, NULL, NULL);
    DWORD nofn_error = GetLastError();
    tf.pfnHseIO = transmit_done;
    tf.pContext = "whole";
    tf.Offset = 1000;
    SetLastError(0);
    BOOL past_ok = ecb->ServerSupportFunction(ecb->ConnID, HSE_REQ_TRANSMIT_FILE, &tf, NULL, NULL);
    DWORD past_error = GetLastError();
    send_header(ecb, TRUE);
    char text[256];
    snprintf(text, sizeof text, "null=%d,%lu\nnofn=%d,%lu\npast=%d,%lu\n", null_ok,
             (unsigned long)null_error, nofn_ok, (unsigned long)nofn_error, past_ok,
             (unsigned long)past_error);
    write_text(ecb, text);
    tf.Offset = 0;
    tf.pHead = "<";
    tf.HeadLength = 1;
    tf.pTail = ">";
    tf.TailLength = 1;
    transmitted = file;
    return ecb->ServerSupportFunction(ecb->ConnID, HSE_REQ_TRANSMIT_FILE, &tf, NULL, NULL)
               ? HSE_STATUS_PENDING
               : HSE_STATUS_ERROR;
}

/* HSE_REQ_ASYNC_READ_CLIENT after the preload, 8 KB at a time, until it reads 0. */
static char read_buffer[8192];
static unsigned long read_total, read_calls;

static void WINAPI read_more(EXTENSION_CONTROL_BLOCK *ecb, PVOID context, DWORD bytes, DWORD error)
{
    (void)context;
    read_total += bytes;
    read_calls++;
    DWORD size = sizeof read_buffer, flags = HSE_IO_ASYNC;
    if (bytes > 0 && error == ERROR_SUCCESS &&
        ecb->ServerSupportFunction(ecb->ConnID, HSE_REQ_ASYNC_READ_CLIENT, read_buffer, &size,
                                   &flags))
        return;
    char text[64];
    snprintf(text, sizeof text, "read=%lu,%lu,%c", read_total, read_calls, read_buffer[0]);
    send_header(ecb, TRUE);
    write_text(ecb, text);
    DWORD status = HSE_STATUS_SUCCESS_AND_KEEP_CONN;
    ecb->ServerSupportFunction(ecb->ConnID, HSE_REQ_DONE_WITH_SESSION, &status, NULL, NULL);
}

static DWORD async_read(EXTENSION_CONTROL_BLOCK *ecb)
{
    read_total = read_calls = 0;
    ecb->ServerSupportFunction(ecb->ConnID, HSE_REQ_IO_COMPLETION, (LPVOID)read_more, NULL, NULL);
    DWORD size = sizeof read_buffer, flags = HSE_IO_ASYNC;
    return ecb->ServerSupportFunction(ecb->ConnID, HSE_REQ_ASYNC_READ_CLIENT, read_buffer, &size,
                                      &flags)
               ? HSE_STATUS_PENDING
               : HSE_STATUS_ERROR;
}

/* HSE_REQ_EXEC_URL of /ext/echo as a PUT with its own header and entity; the completion
 * reads HSE_REQ_GET_EXEC_URL_STATUS and ends the session. */
static void WINAPI executed(EXTENSION_CONTROL_BLOCK *ecb, PVOID context, DWORD bytes, DWORD error)
{
    (void)context;
    HSE_EXEC_URL_STATUS st;
    memset(&st, 0xff, sizeof st);
    BOOL ok = ecb->ServerSupportFunction(ecb->ConnID, HSE_REQ_GET_EXEC_URL_STATUS, &st, NULL, NULL);
    char entry[96];
    snprintf(entry, sizeof entry, "ext:exec(%d,%u,%u,%lu,%lu,%lu)", ok, st.uHttpStatusCode,
             st.uHttpSubStatus, (unsigned long)st.dwWin32Error, (unsigned long)bytes,
             (unsigned long)error);
    bridge_record(entry);
    DWORD status = HSE_STATUS_SUCCESS_AND_KEEP_CONN;
    ecb->ServerSupportFunction(ecb->ConnID, HSE_REQ_DONE_WITH_SESSION, &status, NULL, NULL);
}

static DWORD exec_url(EXTENSION_CONTROL_BLOCK *ecb)
{
    ecb->ServerSupportFunction(ecb->ConnID, HSE_REQ_IO_COMPLETION, (LPVOID)executed, NULL, NULL);
    HSE_EXEC_URL_ENTITY_INFO entity;
    entity.cbAvailable = 7;
    entity.lpbData = "payload";
    HSE_EXEC_URL_INFO info;
    memset(&info, 0, sizeof info);
    info.pszUrl = "/ext/echo?child=1";
    info.pszMethod = "PUT";
    info.pszChildHeaders = "Host: child.test\r\nContent-Type: text/x-child\r\n\r\n";
    info.pEntity = &entity;
    return ecb->ServerSupportFunction(ecb->ConnID, HSE_REQ_EXEC_URL, &info, NULL, NULL)
               ? HSE_STATUS_PENDING
               : HSE_STATUS_ERROR;
}

/* HSE_REQ_EXEC_UNICODE_URL: the URL in wide characters, the verb given. */
static DWORD exec_unicode_url(EXTENSION_CONTROL_BLOCK *ecb)
{
    ecb->ServerSupportFunction(ecb->ConnID, HSE_REQ_IO_COMPLETION, (LPVOID)executed, NULL, NULL);
    HSE_EXEC_UNICODE_URL_INFO info;
    memset(&info, 0, sizeof info);
    info.pszUrl = (LPWSTR)L"/ext/echo?wide=1";
    info.pszMethod = "DELETE";
    return ecb->ServerSupportFunction(ecb->ConnID, HSE_REQ_EXEC_UNICODE_URL, &info, NULL, NULL)
               ? HSE_STATUS_PENDING
               : HSE_STATUS_ERROR;
}

/* The rest of the support functions: SEND_URL, the flush flag, REPORT_UNHEALTHY, and
 * the documented failures of the asynchronous ones. */
static DWORD more_failures(EXTENSION_CONTROL_BLOCK *ecb)
{
    char text[512], buffer[16];
    DWORD size = sizeof buffer;
    SetLastError(0);
    BOOL read_ok =
        ecb->ServerSupportFunction(ecb->ConnID, HSE_REQ_ASYNC_READ_CLIENT, buffer, &size, NULL);
    DWORD read_error = GetLastError();
    HSE_EXEC_URL_INFO info;
    memset(&info, 0, sizeof info);
    SetLastError(0);
    BOOL exec_ok = ecb->ServerSupportFunction(ecb->ConnID, HSE_REQ_EXEC_URL, &info, NULL, NULL);
    DWORD exec_error = GetLastError();
    SetLastError(0);
    BOOL status_ok =
        ecb->ServerSupportFunction(ecb->ConnID, HSE_REQ_GET_EXEC_URL_STATUS, NULL, NULL, NULL);
    DWORD status_error = GetLastError();
    SetLastError(0);
    BOOL token_ok =
        ecb->ServerSupportFunction(ecb->ConnID, HSE_REQ_GET_IMPERSONATION_TOKEN, NULL, NULL, NULL);
    DWORD token_error = GetLastError();
    ecb->ServerSupportFunction(ecb->ConnID, HSE_REQ_IO_COMPLETION, (LPVOID)executed, NULL, NULL);
    info.pszUrl = "no-slash";
    SetLastError(0);
    BOOL relative_ok = ecb->ServerSupportFunction(ecb->ConnID, HSE_REQ_EXEC_URL, &info, NULL, NULL);
    DWORD relative_error = GetLastError();
    send_header(ecb, TRUE);
    snprintf(text, sizeof text,
             "read=%d,%lu\nexec=%d,%lu\nstatus=%d,%lu\ntoken=%d,%lu\n"
             "relative=%d,%lu\n",
             read_ok, (unsigned long)read_error, exec_ok, (unsigned long)exec_error, status_ok,
             (unsigned long)status_error, token_ok, (unsigned long)token_error, relative_ok,
             (unsigned long)relative_error);
    write_text(ecb, text);
    return HSE_STATUS_SUCCESS_AND_KEEP_CONN;
}

static DWORD flushed(EXTENSION_CONTROL_BLOCK *ecb)
{
    ecb->ServerSupportFunction(ecb->ConnID, HSE_REQ_SET_FLUSH_FLAG, (LPVOID)TRUE, NULL, NULL);
    send_header(ecb, TRUE);
    write_text(ecb, "first,");
    write_text(ecb, "second");
    return HSE_STATUS_SUCCESS_AND_KEEP_CONN;
}

static DWORD unhealthy(EXTENSION_CONTROL_BLOCK *ecb)
{
    BOOL ok = ecb->ServerSupportFunction(ecb->ConnID, HSE_REQ_REPORT_UNHEALTHY,
                                         (LPVOID) "database gone", NULL, NULL);
    send_header(ecb, TRUE);
    write_text(ecb, ok ? "reported" : "refused");
    return HSE_STATUS_SUCCESS_AND_KEEP_CONN;
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
    if (strcmp(c, "/transmit") == 0 || strcmp(c, "/transmit-close") == 0)
        return transmit(ecb, c[9] != '\0', FALSE);
    if (strcmp(c, "/transmit-whole") == 0)
        return transmit(ecb, FALSE, TRUE);
    if (strcmp(c, "/transmit-failures") == 0)
        return transmit_failures(ecb);
    if (strcmp(c, "/async-read") == 0)
        return async_read(ecb);
    if (strcmp(c, "/exec") == 0)
        return exec_url(ecb);
    if (strcmp(c, "/exec-unicode") == 0)
        return exec_unicode_url(ecb);
    if (strcmp(c, "/more-failures") == 0)
        return more_failures(ecb);
    if (strcmp(c, "/flush") == 0)
        return flushed(ecb);
    if (strcmp(c, "/unhealthy") == 0)
        return unhealthy(ecb);
    if (strcmp(c, "/send-url") == 0) {
        ecb->ServerSupportFunction(ecb->ConnID, HSE_REQ_SEND_URL, (LPVOID) "/moved", NULL, NULL);
        return HSE_STATUS_SUCCESS_AND_KEEP_CONN;
    }
    if (strcmp(c, "/pending") == 0) {
        wait_for_worker();
        worker = CreateThread(NULL, 0, finish_later, ecb, 0, NULL);
        return worker != NULL ? HSE_STATUS_PENDING : HSE_STATUS_ERROR;
    }
    return echo(ecb);
}
