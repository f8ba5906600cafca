/* HSE_REQ_EXEC_URL and HSE_REQ_EXEC_UNICODE_URL: a child request through the pipeline
 * (IIS 6's replacement for EXECUTE_CHILD), its response going into the extension's, and
 * HSE_REQ_GET_EXEC_URL_STATUS. pUserInfo is not used: there are no Windows tokens. The call only
 * records the child: it runs on the server's thread when the completion is delivered, and the
 * completion function follows it, so the extension may ask from any thread. */
#include "extension_host.h"

#include <string.h>

#include "core/child_request.h"

static BOOL fail(DWORD error)
{
    SetLastError(error);
    return FALSE;
}

static int valid_method(const char *method)
{
    if (method[0] == '\0')
        return 0;
    for (const char *c = method; *c != '\0'; c++)
        if (*c <= ' ' || *c >= 0x7f)
            return 0;
    return 1;
}

BOOL w3e_ext_exec_url(w3e_ext_call *call, const HSE_EXEC_URL_INFO *info)
{
    /* The call is asynchronous: it needs HSE_REQ_IO_COMPLETION's function. */
    if (info == NULL || call->io_fn == NULL || call->io_outstanding)
        return fail(ERROR_INVALID_PARAMETER);
    w3_request *req = call->req;
    const char *url = info->pszUrl != NULL ? info->pszUrl : req->url;
    const char *method = info->pszMethod != NULL ? info->pszMethod : req->method;
    if (url[0] != '/' || w3e_has_crlf(url) || !valid_method(method) ||
        (info->pEntity != NULL && info->pEntity->lpbData == NULL &&
         info->pEntity->cbAvailable != 0))
        return fail(ERROR_INVALID_PARAMETER);
    w3e_ext_exec *exec = w3e_arena_alloc(req->arena, sizeof *exec);
    if (exec == NULL)
        return fail(ERROR_NOT_ENOUGH_MEMORY);
    memset(exec, 0, sizeof *exec);
    exec->url = w3e_strdup(req->arena, url);
    exec->method = w3e_strdup(req->arena, method);
    if (exec->url == NULL || exec->method == NULL)
        return fail(ERROR_NOT_ENOUGH_MEMORY);
    if (info->pszChildHeaders != NULL) {
        if (!w3e_parse_header_lines(req->arena, info->pszChildHeaders, &exec->headers))
            return fail(ERROR_INVALID_PARAMETER);
        exec->own_headers = 1;
    }
    if (info->pEntity != NULL) {
        DWORD len = info->pEntity->cbAvailable;
        exec->entity = w3e_arena_alloc(req->arena, len + 1);
        if (exec->entity == NULL)
            return fail(ERROR_NOT_ENOUGH_MEMORY);
        if (len > 0)
            memcpy(exec->entity, info->pEntity->lpbData, len);
        exec->entity_len = len;
    }
    exec->flags = info->dwExecUrlFlags;
    call->exec = exec;
    if (!w3e_ext_start_io(call, NULL, NULL, 0, ERROR_SUCCESS)) {
        call->exec = NULL;
        return FALSE;
    }
    return TRUE;
}

/* The same with the URL in UTF-16 (wchar_t on POSIX), which becomes UTF-8. */
BOOL w3e_ext_exec_unicode_url(w3e_ext_call *call, const HSE_EXEC_UNICODE_URL_INFO *info)
{
    if (info == NULL)
        return fail(ERROR_INVALID_PARAMETER);
    HSE_EXEC_URL_INFO narrow;
    memset(&narrow, 0, sizeof narrow);
    if (info->pszUrl != NULL) {
        int n = WideCharToMultiByte(CP_UTF8, 0, info->pszUrl, -1, NULL, 0, NULL, NULL);
        if (n <= 0)
            return fail(ERROR_INVALID_PARAMETER);
        narrow.pszUrl = w3e_arena_alloc(call->req->arena, (size_t)n);
        if (narrow.pszUrl == NULL)
            return fail(ERROR_NOT_ENOUGH_MEMORY);
        WideCharToMultiByte(CP_UTF8, 0, info->pszUrl, -1, narrow.pszUrl, n, NULL, NULL);
    }
    narrow.pszMethod = info->pszMethod;
    narrow.pszChildHeaders = info->pszChildHeaders;
    narrow.pEntity = info->pEntity;
    narrow.dwExecUrlFlags = info->dwExecUrlFlags;
    return w3e_ext_exec_url(call, &narrow);
}

/* The child as the extension described it: its URL and verb, its headers and entity or
 * its parent's. */
static w3_request *make_child(w3_request *req, const w3e_ext_exec *exec)
{
    DWORD clone = W3E_CLONE_BASICS | W3E_CLONE_SERVER_VARIABLE |
                  (exec->own_headers ? 0 : W3E_CLONE_HEADERS) |
                  (exec->entity != NULL ? 0 : W3E_CLONE_ENTITY);
    w3_request *child = w3e_child_clone(req, clone);
    if (child == NULL)
        return NULL;
    w3e_arena *a = child->arena;
    child->method = w3e_strdup(a, exec->method);
    child->url = child->raw_url = w3e_strdup(a, exec->url);
    int ok = child->method != NULL && child->url != NULL;
    for (const w3e_header *h = exec->headers.first; ok && h != NULL; h = h->next)
        ok = w3e_headers_add(a, &child->headers, h->name, h->value);
    if (ok && exec->entity != NULL)
        ok = w3e_buf_append(a, &child->body, exec->entity, exec->entity_len);
    if (!ok) {
        w3e_child_release(child);
        return NULL;
    }
    return child;
}

void w3e_ext_exec_run(w3e_ext_call *call, w3e_module *host)
{
    const w3e_ext_exec *exec = call->exec;
    call->exec = NULL;
    w3_request *child = make_child(call->req, exec);
    if (child == NULL) {
        call->exec_status.uHttpStatusCode = 500;
        call->exec_status.uHttpSubStatus = 0;
        call->exec_status.dwWin32Error = ERROR_NOT_ENOUGH_MEMORY;
        call->op_error = ERROR_NOT_ENOUGH_MEMORY;
        return;
    }
    DWORD flags = 0;
    if (exec->flags & HSE_EXEC_URL_NO_HEADERS)
        flags |= W3E_EXEC_NO_HEADERS;
    if (exec->flags & HSE_EXEC_URL_IGNORE_CURRENT_INTERCEPTOR)
        flags |= W3E_EXEC_IGNORE_CURRENT_INTERCEPTOR;
    if (exec->flags & HSE_EXEC_URL_DISABLE_CUSTOM_ERROR)
        flags |= W3E_EXEC_DISABLE_CUSTOM_ERROR;
    w3e_child_execute(child, flags, host);
    call->exec_status.uHttpStatusCode = (USHORT)child->status;
    call->exec_status.uHttpSubStatus = child->substatus;
    call->exec_status.dwWin32Error = child->win32_status;
    if (!(exec->flags & HSE_EXEC_URL_NO_HEADERS))
        call->header_sent = 1; /* the child's status and headers are the response's */
    w3e_child_release(child);
}

BOOL w3e_ext_exec_status(w3e_ext_call *call, HSE_EXEC_URL_STATUS *status)
{
    if (status == NULL)
        return fail(ERROR_INVALID_PARAMETER);
    *status = call->exec_status;
    return TRUE;
}
