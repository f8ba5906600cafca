/* GetHeader / SetHeader / AddHeader of PREPROC_HEADERS and AUTH_COMPLETE (request) and
 * SEND_RESPONSE (response). Real header names end with ':'; the pseudo-headers "method",
 * "url", "version" (request) and "status" (response) name the first line's parts and
 * match without regard to case (Decision 10). An empty value deletes a header. */
#include "isapi.h"

#include <stdio.h>
#include <string.h>

static BOOL fail(DWORD error)
{
    SetLastError(error);
    return FALSE;
}

static w3_request *request_of(HTTP_FILTER_CONTEXT *pfc)
{
    w3e_slot *slot = w3e_slot_from_pfc(pfc);
    if (slot == NULL)
        return NULL;
    if (slot->conn->req == NULL || !slot->conn->req->headers_done) {
        SetLastError(ERROR_INVALID_PARAMETER);
        return NULL;
    }
    return slot->conn->req;
}

/* The length of a real header name without its colon ("Name:"), or 0 (the name is a
 * pseudo-header or bad). */
static size_t header_name_len(const char *name)
{
    size_t len = strlen(name);
    return len >= 2 && name[len - 1] == ':' ? len - 1 : 0;
}

static BOOL get_header(HTTP_FILTER_CONTEXT *pfc, LPSTR name, LPVOID buf, LPDWORD size, int response)
{
    w3_request *req = request_of(pfc);
    if (req == NULL)
        return FALSE;
    if (name == NULL || size == NULL || (buf == NULL && *size != 0))
        return fail(ERROR_INVALID_PARAMETER);
    const char *value;
    size_t name_len = header_name_len(name);
    if (name_len != 0) {
        value = w3e_headers_get_n(req->arena, response ? &req->resp_headers : &req->headers, name,
                                  name_len);
        if (value == NULL)
            return fail(ERROR_INVALID_INDEX);
    } else if (response && w3e_ieq(name, "status")) {
        char line[64];
        snprintf(line, sizeof line, "%u ", req->status);
        w3e_buf b = {0};
        if (!w3e_buf_puts(req->arena, &b, line) || !w3e_buf_puts(req->arena, &b, req->reason))
            return fail(ERROR_NOT_ENOUGH_MEMORY);
        value = b.data;
    } else if (!response && w3e_ieq(name, "method")) {
        value = req->method;
    } else if (!response && w3e_ieq(name, "url")) {
        value = req->url;
    } else if (!response && w3e_ieq(name, "version")) {
        value = req->version;
    } else {
        return fail(ERROR_INVALID_PARAMETER);
    }
    return w3e_copy_out(value, buf, size);
}

static BOOL put_header(HTTP_FILTER_CONTEXT *pfc, LPSTR name, LPSTR value, int response, int add)
{
    w3_request *req = request_of(pfc);
    if (req == NULL)
        return FALSE;
    if (name == NULL || value == NULL || w3e_has_crlf(name) || w3e_has_crlf(value))
        return fail(ERROR_INVALID_PARAMETER);
    if (response && req->response_sent)
        return fail(ERROR_INVALID_PARAMETER);
    size_t name_len = header_name_len(name);
    if (name_len != 0) {
        w3e_headers *h = response ? &req->resp_headers : &req->headers;
        if (value[0] == '\0') {
            w3e_headers_remove_n(h, name, name_len);
            return TRUE;
        }
        if (memchr(name, ':', name_len) != NULL)
            return fail(ERROR_INVALID_PARAMETER);
        size_t value_len = strlen(value);
        int ok = add ? w3e_headers_add_n(req->arena, h, name, name_len, value, value_len)
                     : w3e_headers_set_n(req->arena, h, name, name_len, value, value_len);
        return ok ? TRUE : fail(ERROR_NOT_ENOUGH_MEMORY);
    }
    if (response) {
        if (w3e_ieq(name, "status") && w3e_response_set_status_line(req, value))
            return TRUE;
        return fail(ERROR_INVALID_PARAMETER);
    }
    if (value[0] == '\0' || strchr(value, ' ') != NULL)
        return fail(ERROR_INVALID_PARAMETER);
    char **part = w3e_ieq(name, "method")    ? &req->method
                  : w3e_ieq(name, "url")     ? &req->url
                  : w3e_ieq(name, "version") ? &req->version
                                             : NULL;
    if (part == NULL)
        return fail(ERROR_INVALID_PARAMETER);
    char *copy = w3e_strdup(req->arena, value);
    if (copy == NULL)
        return fail(ERROR_NOT_ENOUGH_MEMORY);
    *part = copy;
    return TRUE;
}

static BOOL WINAPI req_get(HTTP_FILTER_CONTEXT *pfc, LPSTR name, LPVOID buf, LPDWORD size)
{
    return get_header(pfc, name, buf, size, 0);
}

static BOOL WINAPI req_set(HTTP_FILTER_CONTEXT *pfc, LPSTR name, LPSTR value)
{
    return put_header(pfc, name, value, 0, 0);
}

static BOOL WINAPI req_add(HTTP_FILTER_CONTEXT *pfc, LPSTR name, LPSTR value)
{
    return put_header(pfc, name, value, 0, 1);
}

static BOOL WINAPI resp_get(HTTP_FILTER_CONTEXT *pfc, LPSTR name, LPVOID buf, LPDWORD size)
{
    return get_header(pfc, name, buf, size, 1);
}

static BOOL WINAPI resp_set(HTTP_FILTER_CONTEXT *pfc, LPSTR name, LPSTR value)
{
    return put_header(pfc, name, value, 1, 0);
}

static BOOL WINAPI resp_add(HTTP_FILTER_CONTEXT *pfc, LPSTR name, LPSTR value)
{
    return put_header(pfc, name, value, 1, 1);
}

/* There are no Windows access tokens to hand out. */
static BOOL WINAPI get_user_token(HTTP_FILTER_CONTEXT *pfc, HANDLE *token)
{
    w3e_slot *slot = w3e_slot_from_pfc(pfc);
    if (slot == NULL)
        return FALSE;
    if (token == NULL)
        return fail(ERROR_INVALID_PARAMETER);
    *token = NULL;
    return w3e_filter_unsupported(slot, 17, "GetUserToken");
}

void w3e_fill_request_header_fns(HTTP_FILTER_PREPROC_HEADERS *h)
{
    h->GetHeader = req_get;
    h->SetHeader = req_set;
    h->AddHeader = req_add;
}

void w3e_fill_response_header_fns(HTTP_FILTER_PREPROC_HEADERS *h)
{
    h->GetHeader = resp_get;
    h->SetHeader = resp_set;
    h->AddHeader = resp_add;
}

void w3e_fill_auth_complete_fns(HTTP_FILTER_AUTH_COMPLETE_INFO *info)
{
    info->GetHeader = req_get;
    info->SetHeader = req_set;
    info->AddHeader = req_add;
    info->GetUserToken = get_user_token;
}
