/* WinHttpCrackUrl: a URL's parts, pointed to in the URL or copied into the caller's
 * buffers. */
#include <string.h>
#include <wchar.h>

#include "wh_internal.h"

/* One part: with a buffer (pointer and length given) it is copied there with its NUL;
 * with only a nonzero length the pointer is set into the URL; a zero length skips it. */
static BOOL set_part(LPWSTR *pointer, DWORD *length, const WCHAR *at, size_t n)
{
    if (*length == 0)
        return TRUE;
    if (*pointer) {
        if (*length < n + 1) {
            *length = (DWORD)(n + 1);
            SetLastError(ERROR_INSUFFICIENT_BUFFER);
            return FALSE;
        }
        memcpy(*pointer, at, n * sizeof(WCHAR));
        (*pointer)[n] = 0;
    } else {
        *pointer = (LPWSTR)at;
    }
    *length = (DWORD)n;
    return TRUE;
}

static BOOL same_text(const WCHAR *s, size_t n, const char *ascii)
{
    if (strlen(ascii) != n)
        return FALSE;
    for (size_t i = 0; i < n; i++) {
        WCHAR c = s[i] >= 'A' && s[i] <= 'Z' ? (WCHAR)(s[i] + 32) : s[i];
        if (c != (WCHAR)ascii[i])
            return FALSE;
    }
    return TRUE;
}

static const WCHAR *find(const WCHAR *from, const WCHAR *end, WCHAR c)
{
    for (; from < end; from++)
        if (*from == c)
            return from;
    return NULL;
}

BOOL WINAPI WinHttpCrackUrl(LPCWSTR url, DWORD url_len, DWORD flags, LPURL_COMPONENTS parts)
{
    (void)flags;
    if (!url || !parts || parts->dwStructSize != sizeof(URL_COMPONENTS)) {
        SetLastError(ERROR_INVALID_PARAMETER);
        return FALSE;
    }
    const WCHAR *end = url + (url_len ? url_len : wcslen(url));
    const WCHAR *colon = find(url, end, ':');
    if (!colon) {
        SetLastError(ERROR_WINHTTP_UNRECOGNIZED_SCHEME);
        return FALSE;
    }
    size_t scheme_len = (size_t)(colon - url);
    INTERNET_SCHEME scheme;
    INTERNET_PORT default_port;
    if (same_text(url, scheme_len, "http")) {
        scheme = INTERNET_SCHEME_HTTP;
        default_port = INTERNET_DEFAULT_HTTP_PORT;
    } else if (same_text(url, scheme_len, "https")) {
        scheme = INTERNET_SCHEME_HTTPS;
        default_port = INTERNET_DEFAULT_HTTPS_PORT;
    } else {
        SetLastError(ERROR_WINHTTP_UNRECOGNIZED_SCHEME);
        return FALSE;
    }
    if (end - colon < 3 || colon[1] != '/' || colon[2] != '/') {
        SetLastError(ERROR_WINHTTP_INVALID_URL);
        return FALSE;
    }
    const WCHAR *authority = colon + 3;
    const WCHAR *path = authority;
    while (path < end && *path != '/' && *path != '?' && *path != '#')
        path++;
    if (path == authority) {
        SetLastError(ERROR_WINHTTP_INVALID_URL);
        return FALSE;
    }
    /* user:password@host:port */
    const WCHAR *host = authority, *at = NULL;
    for (const WCHAR *p = authority; p < path; p++)
        if (*p == '@')
            at = p;
    const WCHAR *user = NULL, *user_end = NULL, *password = NULL, *password_end = NULL;
    if (at) {
        user = authority;
        user_end = find(authority, at, ':');
        if (user_end) {
            password = user_end + 1;
            password_end = at;
        } else {
            user_end = at;
        }
        host = at + 1;
    }
    const WCHAR *host_end = find(host, path, ':');
    INTERNET_PORT port = default_port;
    if (host_end) {
        unsigned long value = 0;
        for (const WCHAR *p = host_end + 1; p < path; p++) {
            if (*p < '0' || *p > '9' || (value = value * 10 + (unsigned long)(*p - '0')) > 65535) {
                SetLastError(ERROR_WINHTTP_INVALID_URL);
                return FALSE;
            }
        }
        if (host_end + 1 < path)
            port = (INTERNET_PORT)value;
    } else {
        host_end = path;
    }
    const WCHAR *query = find(path, end, '?');
    if (!query)
        query = find(path, end, '#');
    const WCHAR *path_end = query ? query : end;

    BOOL ok =
        set_part(&parts->lpszScheme, &parts->dwSchemeLength, url, scheme_len) &&
        set_part(&parts->lpszHostName, &parts->dwHostNameLength, host, (size_t)(host_end - host)) &&
        set_part(&parts->lpszUserName, &parts->dwUserNameLength, user ? user : authority,
                 user ? (size_t)(user_end - user) : 0) &&
        set_part(&parts->lpszPassword, &parts->dwPasswordLength, password ? password : authority,
                 password ? (size_t)(password_end - password) : 0) &&
        set_part(&parts->lpszUrlPath, &parts->dwUrlPathLength, path, (size_t)(path_end - path)) &&
        set_part(&parts->lpszExtraInfo, &parts->dwExtraInfoLength, path_end,
                 (size_t)(end - path_end));
    if (!ok)
        return FALSE;
    parts->nScheme = scheme;
    parts->nPort = port;
    SetLastError(ERROR_SUCCESS);
    return TRUE;
}
