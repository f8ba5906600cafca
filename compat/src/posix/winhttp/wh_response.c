/* WinHttpReceiveResponse: the status line and headers, how the body ends, and the
 * redirects WinHTTP follows by itself. */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "wh_internal.h"

#define W3WH_MAX_HEAD (64 * 1024)
#define W3WH_MAX_REDIRECTS 10

/* The shorter of the receive and response timeouts (0 or less is none). */
static int head_timeout(const w3wh_handle *h)
{
    int receive = h->timeouts[W3WH_RECEIVE], response = h->timeouts[W3WH_RESPONSE];
    if (receive <= 0)
        return response;
    return response > 0 && response < receive ? response : receive;
}

/* Waits for a whole response head in the input buffer; returns its length (through the
 * blank line) or 0 with the last error set. */
static size_t read_head(w3wh_handle *h)
{
    w3wh_request *r = &h->request;
    for (;;) {
        const char *start = r->in + r->in_start;
        size_t n = r->in_end - r->in_start;
        for (size_t i = 0; i + 1 < n; i++) {
            if (start[i] == '\n' && start[i + 1] == '\n')
                return i + 2;
            if (i + 3 < n && memcmp(start + i, "\r\n\r\n", 4) == 0)
                return i + 4;
        }
        if (n > W3WH_MAX_HEAD) {
            SetLastError(ERROR_WINHTTP_HEADER_SIZE_OVERFLOW);
            return 0;
        }
        long got = w3wh_fill(h, head_timeout(h));
        if (got < 0)
            return 0;
        if (got == 0) {
            SetLastError(ERROR_WINHTTP_INVALID_SERVER_RESPONSE);
            return 0;
        }
    }
}

/* The head's lines: the status line, then headers (a line starting with a space or tab
 * continues the previous one). */
static BOOL parse_head(w3wh_request *r, const char *head, size_t n)
{
    const char *end = head + n;
    const char *line = head;
    BOOL first = TRUE;
    while (line < end) {
        const char *eol = memchr(line, '\n', (size_t)(end - line));
        size_t len = eol ? (size_t)(eol - line) : (size_t)(end - line);
        if (len > 0 && line[len - 1] == '\r')
            len--;
        if (len == 0 && !first)
            break;
        if (first) {
            /* HTTP/1.x NNN reason */
            if (len < 12 || strncmp(line, "HTTP/", 5) != 0)
                return FALSE;
            const char *code = memchr(line, ' ', len);
            if (!code || code + 4 > line + len)
                return FALSE;
            code++;
            for (int i = 0; i < 3; i++)
                if (code[i] < '0' || code[i] > '9')
                    return FALSE;
            r->status = (DWORD)((code[0] - '0') * 100 + (code[1] - '0') * 10 + (code[2] - '0'));
            r->status_line = malloc(len + 1);
            if (!r->status_line)
                return FALSE;
            memcpy(r->status_line, line, len);
            r->status_line[len] = '\0';
            first = FALSE;
        } else if ((line[0] == ' ' || line[0] == '\t') && r->response_headers.count > 0) {
            w3wh_header *last = &r->response_headers.items[r->response_headers.count - 1];
            size_t old = strlen(last->value);
            char *joined = realloc(last->value, old + len + 1);
            if (!joined)
                return FALSE;
            memcpy(joined + old, line, len);
            joined[old + len] = '\0';
            last->value = joined;
        } else {
            const char *colon = memchr(line, ':', len);
            if (colon) {
                size_t name_len = (size_t)(colon - line);
                const char *value = colon + 1;
                size_t value_len = len - name_len - 1;
                while (value_len > 0 && (*value == ' ' || *value == '\t'))
                    value++, value_len--;
                while (value_len > 0 &&
                       (value[value_len - 1] == ' ' || value[value_len - 1] == '\t'))
                    value_len--;
                if (!w3wh_headers_add(&r->response_headers, line, name_len, value, value_len))
                    return FALSE;
            }
        }
        if (!eol)
            break;
        line = eol + 1;
    }
    return !first;
}

static void choose_framing(w3wh_request *r)
{
    const w3wh_header *te = w3wh_headers_find(&r->response_headers, "Transfer-Encoding", 0);
    const w3wh_header *cl = w3wh_headers_find(&r->response_headers, "Content-Length", 0);
    r->body_done = FALSE;
    r->chunk_data_end = FALSE;
    r->body_left = 0;
    if (strcmp(r->verb, "HEAD") == 0 || r->status / 100 == 1 || r->status == 204 ||
        r->status == 304) {
        r->framing = W3WH_BODY_NONE;
        r->body_done = TRUE;
    } else if (te && strcasestr(te->value, "chunked")) {
        r->framing = W3WH_BODY_CHUNKED;
    } else if (cl) {
        r->framing = W3WH_BODY_LENGTH;
        r->body_left = strtoull(cl->value, NULL, 10);
        r->body_done = r->body_left == 0;
    } else {
        r->framing = W3WH_BODY_CLOSE;
    }
}

/* Reads one response (skipping interim 1xx ones) into the request. */
static BOOL read_response(w3wh_handle *h)
{
    w3wh_request *r = &h->request;
    for (;;) {
        size_t n = read_head(h);
        if (n == 0)
            return FALSE;
        w3wh_reset_response(r);
        BOOL ok = parse_head(r, r->in + r->in_start, n);
        r->in_start += n;
        if (!ok) {
            SetLastError(ERROR_WINHTTP_INVALID_SERVER_RESPONSE);
            return FALSE;
        }
        if (r->status / 100 != 1 || r->status == 101)
            break;
    }
    choose_framing(r);
    return TRUE;
}

/* Points the handle at the redirect target `location` (an http URL or a path on this
 * server); FALSE when WinHTTP would not follow it here (another scheme, https). */
static BOOL retarget(w3wh_handle *h, const char *location)
{
    w3wh_request *r = &h->request;
    char *path;
    if (strncasecmp(location, "http://", 7) == 0) {
        const char *authority = location + 7;
        size_t len = strcspn(authority, "/?#");
        const char *colon = memchr(authority, ':', len);
        size_t host_len = colon ? (size_t)(colon - authority) : len;
        char *host = malloc(host_len + 1);
        path = w3wh_strdup(authority[len] ? authority + len : "/");
        if (!host || !path || host_len == 0) {
            free(host);
            free(path);
            return FALSE;
        }
        memcpy(host, authority, host_len);
        host[host_len] = '\0';
        free(h->host);
        h->host = host;
        h->port = colon ? (INTERNET_PORT)atoi(colon + 1) : INTERNET_DEFAULT_HTTP_PORT;
    } else if (location[0] == '/') {
        path = w3wh_strdup(location);
    } else if (strstr(location, "://")) {
        return FALSE;
    } else {
        /* Relative to the current path's folder. */
        const char *slash = strrchr(r->path, '/');
        size_t folder = slash ? (size_t)(slash - r->path) + 1 : 1;
        path = malloc(folder + strlen(location) + 1);
        if (path) {
            memcpy(path, r->path, folder);
            strcpy(path + folder, location);
        }
    }
    if (!path)
        return FALSE;
    free(r->path);
    r->path = path;
    return TRUE;
}

static BOOL is_redirect(DWORD status)
{
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
}

BOOL WINAPI WinHttpReceiveResponse(HINTERNET request, LPVOID reserved)
{
    w3wh_handle *h = w3wh_get(request, W3WH_ONLY(WINHTTP_HANDLE_TYPE_REQUEST));
    if (!h)
        return FALSE;
    w3wh_request *r = &h->request;
    if (reserved) {
        SetLastError(ERROR_INVALID_PARAMETER);
        return FALSE;
    }
    if (r->state != W3WH_SENT) {
        SetLastError(ERROR_WINHTTP_INCORRECT_HANDLE_STATE);
        return FALSE;
    }
    for (int redirects = 0;; redirects++) {
        if (!read_response(h)) {
            w3wh_disconnect(h);
            return FALSE;
        }
        const w3wh_header *location = w3wh_headers_find(&r->response_headers, "Location", 0);
        BOOL with_body = r->had_body;
        BOOL to_get = r->status == 303 ||
                      ((r->status == 301 || r->status == 302) && strcmp(r->verb, "POST") == 0);
        if (!is_redirect(r->status) || !location ||
            h->redirect_policy == WINHTTP_OPTION_REDIRECT_POLICY_NEVER ||
            (r->disabled & WINHTTP_DISABLE_REDIRECTS) || redirects >= W3WH_MAX_REDIRECTS ||
            (with_body && !to_get))
            break;
        char *target = w3wh_strdup(location->value);
        BOOL follow = target && w3wh_drain_body(h);
        w3wh_disconnect(h);
        follow = follow && retarget(h, target);
        free(target);
        if (!follow) {
            SetLastError(ERROR_WINHTTP_REDIRECT_FAILED);
            return FALSE;
        }
        if (to_get && strcmp(r->verb, "GET") != 0) {
            free(r->verb);
            r->verb = w3wh_strdup("GET");
            w3wh_header *length = w3wh_headers_find(&r->request_headers, "Content-Length", 0);
            if (length)
                w3wh_headers_remove(&r->request_headers, length);
            if (!r->verb) {
                SetLastError(ERROR_NOT_ENOUGH_MEMORY);
                return FALSE;
            }
        }
        if (!w3wh_send_request(h, NULL, 0, 0))
            return FALSE;
    }
    r->state = W3WH_RECEIVED;
    SetLastError(ERROR_SUCCESS);
    return TRUE;
}
