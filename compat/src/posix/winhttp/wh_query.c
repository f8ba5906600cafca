/* WinHttpQueryHeaders: the status, the raw header block, and one header by number or
 * name, as text, as a number, with an index for repeated headers. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "wh_internal.h"

/* Header names for the WINHTTP_QUERY_* numbers that name one header. */
static const char *const header_names[] = {
    [WINHTTP_QUERY_MIME_VERSION] = "Mime-Version",
    [WINHTTP_QUERY_CONTENT_TYPE] = "Content-Type",
    [WINHTTP_QUERY_CONTENT_TRANSFER_ENCODING] = "Content-Transfer-Encoding",
    [WINHTTP_QUERY_CONTENT_ID] = "Content-ID",
    [WINHTTP_QUERY_CONTENT_DESCRIPTION] = "Content-Description",
    [WINHTTP_QUERY_CONTENT_LENGTH] = "Content-Length",
    [WINHTTP_QUERY_CONTENT_LANGUAGE] = "Content-Language",
    [WINHTTP_QUERY_ALLOW] = "Allow",
    [WINHTTP_QUERY_PUBLIC] = "Public",
    [WINHTTP_QUERY_DATE] = "Date",
    [WINHTTP_QUERY_EXPIRES] = "Expires",
    [WINHTTP_QUERY_LAST_MODIFIED] = "Last-Modified",
    [WINHTTP_QUERY_MESSAGE_ID] = "Message-ID",
    [WINHTTP_QUERY_URI] = "URI",
    [WINHTTP_QUERY_DERIVED_FROM] = "Derived-From",
    [WINHTTP_QUERY_COST] = "Cost",
    [WINHTTP_QUERY_LINK] = "Link",
    [WINHTTP_QUERY_PRAGMA] = "Pragma",
    [WINHTTP_QUERY_CONNECTION] = "Connection",
    [WINHTTP_QUERY_ACCEPT] = "Accept",
    [WINHTTP_QUERY_ACCEPT_CHARSET] = "Accept-Charset",
    [WINHTTP_QUERY_ACCEPT_ENCODING] = "Accept-Encoding",
    [WINHTTP_QUERY_ACCEPT_LANGUAGE] = "Accept-Language",
    [WINHTTP_QUERY_AUTHORIZATION] = "Authorization",
    [WINHTTP_QUERY_CONTENT_ENCODING] = "Content-Encoding",
    [WINHTTP_QUERY_FORWARDED] = "Forwarded",
    [WINHTTP_QUERY_FROM] = "From",
    [WINHTTP_QUERY_IF_MODIFIED_SINCE] = "If-Modified-Since",
    [WINHTTP_QUERY_LOCATION] = "Location",
    [WINHTTP_QUERY_ORIG_URI] = "Orig-Uri",
    [WINHTTP_QUERY_REFERER] = "Referer",
    [WINHTTP_QUERY_RETRY_AFTER] = "Retry-After",
    [WINHTTP_QUERY_SERVER] = "Server",
    [WINHTTP_QUERY_TITLE] = "Title",
    [WINHTTP_QUERY_USER_AGENT] = "User-Agent",
    [WINHTTP_QUERY_WWW_AUTHENTICATE] = "WWW-Authenticate",
    [WINHTTP_QUERY_PROXY_AUTHENTICATE] = "Proxy-Authenticate",
    [WINHTTP_QUERY_ACCEPT_RANGES] = "Accept-Ranges",
    [WINHTTP_QUERY_SET_COOKIE] = "Set-Cookie",
    [WINHTTP_QUERY_COOKIE] = "Cookie",
    [WINHTTP_QUERY_REFRESH] = "Refresh",
    [WINHTTP_QUERY_CONTENT_DISPOSITION] = "Content-Disposition",
    [WINHTTP_QUERY_AGE] = "Age",
    [WINHTTP_QUERY_CACHE_CONTROL] = "Cache-Control",
    [WINHTTP_QUERY_CONTENT_BASE] = "Content-Base",
    [WINHTTP_QUERY_CONTENT_LOCATION] = "Content-Location",
    [WINHTTP_QUERY_CONTENT_MD5] = "Content-MD5",
    [WINHTTP_QUERY_CONTENT_RANGE] = "Content-Range",
    [WINHTTP_QUERY_ETAG] = "ETag",
    [WINHTTP_QUERY_HOST] = "Host",
    [WINHTTP_QUERY_IF_MATCH] = "If-Match",
    [WINHTTP_QUERY_IF_NONE_MATCH] = "If-None-Match",
    [WINHTTP_QUERY_IF_RANGE] = "If-Range",
    [WINHTTP_QUERY_IF_UNMODIFIED_SINCE] = "If-Unmodified-Since",
    [WINHTTP_QUERY_MAX_FORWARDS] = "Max-Forwards",
    [WINHTTP_QUERY_PROXY_AUTHORIZATION] = "Proxy-Authorization",
    [WINHTTP_QUERY_RANGE] = "Range",
    [WINHTTP_QUERY_TRANSFER_ENCODING] = "Transfer-Encoding",
    [WINHTTP_QUERY_UPGRADE] = "Upgrade",
    [WINHTTP_QUERY_VARY] = "Vary",
    [WINHTTP_QUERY_VIA] = "Via",
    [WINHTTP_QUERY_WARNING] = "Warning",
    [WINHTTP_QUERY_EXPECT] = "Expect",
    [WINHTTP_QUERY_PROXY_CONNECTION] = "Proxy-Connection",
    [WINHTTP_QUERY_UNLESS_MODIFIED_SINCE] = "Unless-Modified-Since",
    [WINHTTP_QUERY_PROXY_SUPPORT] = "Proxy-Support",
    [WINHTTP_QUERY_AUTHENTICATION_INFO] = "Authentication-Info",
    [WINHTTP_QUERY_PASSPORT_URLS] = "Passport-Urls",
    [WINHTTP_QUERY_PASSPORT_CONFIG] = "Passport-Config",
};

/* The header block as text: the status line and each header, each line ended by
 * `separator` (CRLF, or NUL for WINHTTP_QUERY_RAW_HEADERS), and one more at the end. */
static char *raw_headers(const w3wh_request *r, const char *separator, size_t separator_len,
                         size_t *length)
{
    size_t n = strlen(r->status_line) + 2 * separator_len;
    for (size_t i = 0; i < r->response_headers.count; i++)
        n += strlen(r->response_headers.items[i].name) + 2 +
             strlen(r->response_headers.items[i].value) + separator_len;
    char *text = malloc(n + 1);
    if (!text)
        return NULL;
    size_t at = 0;
#define APPEND(s, len) (memcpy(text + at, (s), (len)), at += (len))
    APPEND(r->status_line, strlen(r->status_line));
    APPEND(separator, separator_len);
    for (size_t i = 0; i < r->response_headers.count; i++) {
        const w3wh_header *hd = &r->response_headers.items[i];
        APPEND(hd->name, strlen(hd->name));
        APPEND(": ", 2);
        APPEND(hd->value, strlen(hd->value));
        APPEND(separator, separator_len);
    }
    APPEND(separator, separator_len);
#undef APPEND
    text[at] = '\0';
    *length = at;
    return text;
}

/* A value as the modifiers ask: text, a DWORD or a 64-bit number. */
static BOOL put_value(const char *value, DWORD modifiers, LPVOID buffer, LPDWORD length)
{
    if (modifiers & (WINHTTP_QUERY_FLAG_NUMBER | WINHTTP_QUERY_FLAG_NUMBER64)) {
        DWORD size = (modifiers & WINHTTP_QUERY_FLAG_NUMBER64) ? 8 : 4;
        if (!buffer || *length < size) {
            *length = size;
            SetLastError(ERROR_INSUFFICIENT_BUFFER);
            return FALSE;
        }
        unsigned long long number = strtoull(value, NULL, 10);
        if (size == 8)
            memcpy(buffer, &number, 8);
        else
            *(DWORD *)buffer = (DWORD)number;
        *length = size;
        SetLastError(ERROR_SUCCESS);
        return TRUE;
    }
    return w3wh_put_text(value, strlen(value), buffer, length);
}

BOOL WINAPI WinHttpQueryHeaders(HINTERNET request, DWORD info_level, LPCWSTR name, LPVOID buffer,
                                LPDWORD length, LPDWORD index)
{
    w3wh_handle *h = w3wh_get(request, W3WH_ONLY(WINHTTP_HANDLE_TYPE_REQUEST));
    if (!h)
        return FALSE;
    w3wh_request *r = &h->request;
    DWORD level = info_level & 0xFFFF;
    DWORD modifiers = info_level & 0xFFFF0000;
    BOOL from_request = (modifiers & WINHTTP_QUERY_FLAG_REQUEST_HEADERS) != 0;
    if (!length) {
        SetLastError(ERROR_INVALID_PARAMETER);
        return FALSE;
    }
    if (modifiers & WINHTTP_QUERY_FLAG_SYSTEMTIME) {
        SetLastError(ERROR_WINHTTP_INVALID_QUERY_REQUEST);
        return FALSE;
    }
    if (!from_request && r->state != W3WH_RECEIVED) {
        SetLastError(ERROR_WINHTTP_INCORRECT_HANDLE_STATE);
        return FALSE;
    }
    char number[16];
    switch (level) {
    case WINHTTP_QUERY_STATUS_CODE:
        if (from_request)
            break;
        snprintf(number, sizeof number, "%03lu", (unsigned long)r->status);
        return put_value(number, modifiers, buffer, length);
    case WINHTTP_QUERY_VERSION:
    case WINHTTP_QUERY_STATUS_TEXT: {
        if (from_request)
            break;
        size_t version_len = strcspn(r->status_line, " ");
        if (level == WINHTTP_QUERY_VERSION)
            return w3wh_put_text(r->status_line, version_len, buffer, length);
        const char *text = r->status_line + version_len;
        text += strspn(text, " ");
        text += strcspn(text, " ");
        text += strspn(text, " ");
        return w3wh_put_text(text, strlen(text), buffer, length);
    }
    case WINHTTP_QUERY_RAW_HEADERS:
    case WINHTTP_QUERY_RAW_HEADERS_CRLF: {
        if (from_request)
            break;
        size_t n;
        char *text = level == WINHTTP_QUERY_RAW_HEADERS_CRLF ? raw_headers(r, "\r\n", 2, &n)
                                                             : raw_headers(r, "", 1, &n);
        if (!text) {
            SetLastError(ERROR_NOT_ENOUGH_MEMORY);
            return FALSE;
        }
        /* RAW_HEADERS ends in two NULs: the last one is the string's own. */
        BOOL ok =
            w3wh_put_text(text, level == WINHTTP_QUERY_RAW_HEADERS ? n - 1 : n, buffer, length);
        free(text);
        return ok;
    }
    default:
        break;
    }
    char *custom = NULL;
    const char *header;
    if (level == WINHTTP_QUERY_CUSTOM) {
        if (!name) {
            SetLastError(ERROR_INVALID_PARAMETER);
            return FALSE;
        }
        header = custom = w3wh_narrow(name, (DWORD)-1);
    } else if (level < sizeof header_names / sizeof header_names[0] && header_names[level]) {
        header = header_names[level];
    } else {
        SetLastError(ERROR_WINHTTP_HEADER_NOT_FOUND);
        return FALSE;
    }
    if (!header) {
        SetLastError(ERROR_NOT_ENOUGH_MEMORY);
        return FALSE;
    }
    const w3wh_headers *list = from_request ? &r->request_headers : &r->response_headers;
    const w3wh_header *found = w3wh_headers_find(list, header, index ? *index : 0);
    free(custom);
    if (!found) {
        SetLastError(ERROR_WINHTTP_HEADER_NOT_FOUND);
        return FALSE;
    }
    if (!put_value(found->value, modifiers, buffer, length))
        return FALSE;
    if (index)
        (*index)++;
    return TRUE;
}
