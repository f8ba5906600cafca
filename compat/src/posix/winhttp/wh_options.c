/* WinHttpSetOption, WinHttpQueryOption and WinHttpSetTimeouts. */
#include <string.h>

#include "wh_internal.h"

/* The timeout an option number names, or -1. */
static int timeout_slot(DWORD option)
{
    switch (option) {
    case WINHTTP_OPTION_RESOLVE_TIMEOUT:
        return W3WH_RESOLVE;
    case WINHTTP_OPTION_CONNECT_TIMEOUT:
        return W3WH_CONNECT;
    case WINHTTP_OPTION_SEND_TIMEOUT:
        return W3WH_SEND;
    case WINHTTP_OPTION_RECEIVE_TIMEOUT:
        return W3WH_RECEIVE;
    case WINHTTP_OPTION_RECEIVE_RESPONSE_TIMEOUT:
        return W3WH_RESPONSE;
    default:
        return -1;
    }
}

static BOOL take_dword(LPVOID buffer, DWORD length, DWORD *value)
{
    if (!buffer || length != sizeof(DWORD)) {
        SetLastError(ERROR_INSUFFICIENT_BUFFER);
        return FALSE;
    }
    memcpy(value, buffer, sizeof(DWORD));
    return TRUE;
}

BOOL WINAPI WinHttpSetOption(HINTERNET handle, DWORD option, LPVOID buffer, DWORD length)
{
    w3wh_handle *h = w3wh_get(handle, W3WH_ANY);
    if (!h)
        return FALSE;
    DWORD value;
    int slot = timeout_slot(option);
    if (slot >= 0) {
        if (!take_dword(buffer, length, &value))
            return FALSE;
        h->timeouts[slot] = (int)value;
    } else if (option == WINHTTP_OPTION_CONTEXT_VALUE) {
        if (!buffer || length != sizeof(DWORD_PTR)) {
            SetLastError(ERROR_INSUFFICIENT_BUFFER);
            return FALSE;
        }
        memcpy(&h->context, buffer, sizeof(DWORD_PTR));
    } else if (option == WINHTTP_OPTION_REDIRECT_POLICY) {
        if (!take_dword(buffer, length, &value))
            return FALSE;
        if (value > WINHTTP_OPTION_REDIRECT_POLICY_LAST) {
            SetLastError(ERROR_INVALID_PARAMETER);
            return FALSE;
        }
        h->redirect_policy = value;
    } else if (option == WINHTTP_OPTION_DISABLE_FEATURE) {
        if (h->type != WINHTTP_HANDLE_TYPE_REQUEST) {
            SetLastError(ERROR_WINHTTP_INCORRECT_HANDLE_TYPE);
            return FALSE;
        }
        if (!take_dword(buffer, length, &value))
            return FALSE;
        h->request.disabled |= value;
    } else if (option == WINHTTP_OPTION_SECURITY_FLAGS ||
               option == WINHTTP_OPTION_MAX_CONNS_PER_SERVER ||
               option == WINHTTP_OPTION_MAX_CONNS_PER_1_0_SERVER ||
               option == WINHTTP_OPTION_SECURE_PROTOCOLS ||
               option == WINHTTP_OPTION_AUTOLOGON_POLICY ||
               option == WINHTTP_OPTION_DECOMPRESSION) {
        /* Accepted; they change nothing over plain HTTP on one connection. */
        if (!take_dword(buffer, length, &value))
            return FALSE;
    } else if (option == WINHTTP_OPTION_HANDLE_TYPE || option == WINHTTP_OPTION_PARENT_HANDLE ||
               option == WINHTTP_OPTION_URL) {
        SetLastError(ERROR_WINHTTP_OPTION_NOT_SETTABLE);
        return FALSE;
    } else {
        SetLastError(ERROR_WINHTTP_INVALID_OPTION);
        return FALSE;
    }
    SetLastError(ERROR_SUCCESS);
    return TRUE;
}

static BOOL give(const void *value, DWORD size, LPVOID buffer, LPDWORD length)
{
    if (!buffer || *length < size) {
        *length = size;
        SetLastError(ERROR_INSUFFICIENT_BUFFER);
        return FALSE;
    }
    memcpy(buffer, value, size);
    *length = size;
    SetLastError(ERROR_SUCCESS);
    return TRUE;
}

BOOL WINAPI WinHttpQueryOption(HINTERNET handle, DWORD option, LPVOID buffer, LPDWORD length)
{
    w3wh_handle *h = w3wh_get(handle, W3WH_ANY);
    if (!h)
        return FALSE;
    if (!length) {
        SetLastError(ERROR_INVALID_PARAMETER);
        return FALSE;
    }
    int slot = timeout_slot(option);
    DWORD value;
    if (slot >= 0) {
        value = (DWORD)h->timeouts[slot];
        return give(&value, sizeof value, buffer, length);
    }
    switch (option) {
    case WINHTTP_OPTION_HANDLE_TYPE:
        return give(&h->type, sizeof h->type, buffer, length);
    case WINHTTP_OPTION_CONTEXT_VALUE:
        return give(&h->context, sizeof h->context, buffer, length);
    case WINHTTP_OPTION_REDIRECT_POLICY:
        return give(&h->redirect_policy, sizeof h->redirect_policy, buffer, length);
    default:
        SetLastError(ERROR_WINHTTP_INVALID_OPTION);
        return FALSE;
    }
}

BOOL WINAPI WinHttpSetTimeouts(HINTERNET handle, int resolve, int connect, int send, int receive)
{
    w3wh_handle *h = w3wh_get(handle, W3WH_ANY);
    if (!h)
        return FALSE;
    if (resolve < -1 || connect < -1 || send < -1 || receive < -1) {
        SetLastError(ERROR_INVALID_PARAMETER);
        return FALSE;
    }
    h->timeouts[W3WH_RESOLVE] = resolve;
    h->timeouts[W3WH_CONNECT] = connect;
    h->timeouts[W3WH_SEND] = send;
    h->timeouts[W3WH_RECEIVE] = receive;
    SetLastError(ERROR_SUCCESS);
    return TRUE;
}
