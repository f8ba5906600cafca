/* WinHTTP's handles: WinHttpOpen, WinHttpConnect, WinHttpOpenRequest, WinHttpCloseHandle,
 * and the registry of live handles that lets a closed or foreign handle fail with
 * ERROR_INVALID_HANDLE instead of being used. */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "wh_internal.h"

#define W3WH_MAGIC 0x77696e68u

static pthread_mutex_t live_lock = PTHREAD_MUTEX_INITIALIZER;
static w3wh_handle *live;

w3wh_handle *w3wh_new(DWORD type, const w3wh_handle *parent)
{
    w3wh_handle *h = calloc(1, sizeof *h);
    if (!h) {
        SetLastError(ERROR_NOT_ENOUGH_MEMORY);
        return NULL;
    }
    h->magic = W3WH_MAGIC;
    h->type = type;
    h->request.fd = -1;
    if (parent) {
        memcpy(h->timeouts, parent->timeouts, sizeof h->timeouts);
        h->redirect_policy = parent->redirect_policy;
        h->port = parent->port;
        if ((parent->agent && !(h->agent = w3wh_strdup(parent->agent))) ||
            (parent->host && !(h->host = w3wh_strdup(parent->host)))) {
            free(h->agent);
            free(h);
            SetLastError(ERROR_NOT_ENOUGH_MEMORY);
            return NULL;
        }
    } else {
        /* WinHTTP's documented defaults: no resolve limit, 60 s to connect, 30 s to send
         * and to receive, 90 s for a response's head. */
        h->timeouts[W3WH_CONNECT] = 60000;
        h->timeouts[W3WH_SEND] = 30000;
        h->timeouts[W3WH_RECEIVE] = 30000;
        h->timeouts[W3WH_RESPONSE] = 90000;
        h->redirect_policy = WINHTTP_OPTION_REDIRECT_POLICY_DEFAULT;
    }
    pthread_mutex_lock(&live_lock);
    h->next = live;
    live = h;
    pthread_mutex_unlock(&live_lock);
    return h;
}

w3wh_handle *w3wh_get(HINTERNET handle, unsigned types)
{
    w3wh_handle *found = NULL;
    pthread_mutex_lock(&live_lock);
    for (w3wh_handle *h = live; h; h = h->next)
        if (h == (w3wh_handle *)handle && h->magic == W3WH_MAGIC) {
            found = h;
            break;
        }
    pthread_mutex_unlock(&live_lock);
    if (!found) {
        SetLastError(ERROR_INVALID_HANDLE);
        return NULL;
    }
    if (!(types & W3WH_ONLY(found->type))) {
        SetLastError(ERROR_WINHTTP_INCORRECT_HANDLE_TYPE);
        return NULL;
    }
    return found;
}

static BOOL unregister(w3wh_handle *h)
{
    BOOL found = FALSE;
    pthread_mutex_lock(&live_lock);
    for (w3wh_handle **p = &live; *p; p = &(*p)->next)
        if (*p == h) {
            *p = h->next;
            found = TRUE;
            break;
        }
    pthread_mutex_unlock(&live_lock);
    return found;
}

BOOL WINAPI WinHttpCheckPlatform(void)
{
    return TRUE;
}

HINTERNET WINAPI WinHttpOpen(LPCWSTR agent, DWORD access_type, LPCWSTR proxy, LPCWSTR bypass,
                             DWORD flags)
{
    (void)access_type;
    (void)proxy;
    (void)bypass;
    if (flags & WINHTTP_FLAG_ASYNC) {
        SetLastError(ERROR_NOT_SUPPORTED);
        return NULL;
    }
    w3wh_handle *h = w3wh_new(WINHTTP_HANDLE_TYPE_SESSION, NULL);
    if (!h)
        return NULL;
    if (agent && !(h->agent = w3wh_narrow(agent, (DWORD)-1))) {
        WinHttpCloseHandle(h);
        SetLastError(ERROR_NOT_ENOUGH_MEMORY);
        return NULL;
    }
    SetLastError(ERROR_SUCCESS);
    return h;
}

HINTERNET WINAPI WinHttpConnect(HINTERNET session, LPCWSTR server, INTERNET_PORT port,
                                DWORD reserved)
{
    (void)reserved;
    w3wh_handle *s = w3wh_get(session, W3WH_ONLY(WINHTTP_HANDLE_TYPE_SESSION));
    if (!s)
        return NULL;
    if (!server) {
        SetLastError(ERROR_INVALID_PARAMETER);
        return NULL;
    }
    w3wh_handle *h = w3wh_new(WINHTTP_HANDLE_TYPE_CONNECT, s);
    if (!h)
        return NULL;
    free(h->host);
    h->host = w3wh_narrow(server, (DWORD)-1);
    h->port = port;
    if (!h->host) {
        WinHttpCloseHandle(h);
        SetLastError(ERROR_NOT_ENOUGH_MEMORY);
        return NULL;
    }
    SetLastError(ERROR_SUCCESS);
    return h;
}

HINTERNET WINAPI WinHttpOpenRequest(HINTERNET connect, LPCWSTR verb, LPCWSTR object,
                                    LPCWSTR version, LPCWSTR referrer, LPCWSTR *accept_types,
                                    DWORD flags)
{
    w3wh_handle *c = w3wh_get(connect, W3WH_ONLY(WINHTTP_HANDLE_TYPE_CONNECT));
    if (!c)
        return NULL;
    w3wh_handle *h = w3wh_new(WINHTTP_HANDLE_TYPE_REQUEST, c);
    if (!h)
        return NULL;
    w3wh_request *r = &h->request;
    char *name = object ? w3wh_narrow(object, (DWORD)-1) : w3wh_strdup("");
    r->verb = verb && *verb ? w3wh_narrow(verb, (DWORD)-1) : w3wh_strdup("GET");
    r->version = version && *version ? w3wh_narrow(version, (DWORD)-1) : w3wh_strdup("HTTP/1.1");
    r->secure = (flags & WINHTTP_FLAG_SECURE) != 0;
    if (name) {
        /* The object name goes on the request line; it gains the '/' it lacks. */
        r->path = malloc(strlen(name) + 2);
        if (r->path) {
            r->path[0] = '/';
            strcpy(r->path + (name[0] == '/' ? 0 : 1), name);
        }
        free(name);
    }
    BOOL ok = r->verb && r->version && r->path;
    if (ok && referrer && *referrer) {
        char *text = w3wh_narrow(referrer, (DWORD)-1);
        ok = text && w3wh_headers_add(&r->request_headers, "Referer", 7, text, strlen(text));
        free(text);
    }
    for (LPCWSTR *type = accept_types; ok && type && *type; type++) {
        char *text = w3wh_narrow(*type, (DWORD)-1);
        ok = text && w3wh_headers_add(&r->request_headers, "Accept", 6, text, strlen(text));
        free(text);
    }
    if (!ok) {
        WinHttpCloseHandle(h);
        SetLastError(ERROR_NOT_ENOUGH_MEMORY);
        return NULL;
    }
    SetLastError(ERROR_SUCCESS);
    return h;
}

BOOL WINAPI WinHttpCloseHandle(HINTERNET handle)
{
    w3wh_handle *h = (w3wh_handle *)handle;
    if (!handle || !unregister(h)) {
        SetLastError(ERROR_INVALID_HANDLE);
        return FALSE;
    }
    w3wh_request *r = &h->request;
    w3wh_disconnect(h);
    w3wh_reset_response(r);
    w3wh_headers_clear(&r->request_headers);
    free(r->in);
    free(r->verb);
    free(r->path);
    free(r->version);
    free(h->agent);
    free(h->host);
    h->magic = 0;
    free(h);
    SetLastError(ERROR_SUCCESS);
    return TRUE;
}

WINHTTP_STATUS_CALLBACK WINAPI WinHttpSetStatusCallback(HINTERNET handle,
                                                        WINHTTP_STATUS_CALLBACK callback,
                                                        DWORD notifications, DWORD_PTR reserved)
{
    (void)reserved;
    w3wh_handle *h = w3wh_get(handle, W3WH_ANY);
    if (!h)
        return WINHTTP_INVALID_STATUS_CALLBACK;
    WINHTTP_STATUS_CALLBACK previous = h->callback;
    h->callback = callback;
    h->notifications = notifications;
    SetLastError(ERROR_SUCCESS);
    return previous;
}
