/* The response body: WinHttpQueryDataAvailable and WinHttpReadData, over a body framed by
 * Content-Length, by chunks (their framing removed) or by the end of the connection. */
#include <stdlib.h>
#include <string.h>

#include "wh_internal.h"

/* The length of the line at the input's start (through its LF), reading more as needed;
 * 0 with the last error set if the connection ends first. */
static size_t read_line(w3wh_handle *h)
{
    w3wh_request *r = &h->request;
    for (;;) {
        const char *start = r->in + r->in_start;
        const char *lf =
            r->in_end > r->in_start ? memchr(start, '\n', r->in_end - r->in_start) : NULL;
        if (lf)
            return (size_t)(lf - start) + 1;
        long got = w3wh_fill(h, h->timeouts[W3WH_RECEIVE]);
        if (got <= 0) {
            if (got == 0)
                SetLastError(ERROR_WINHTTP_INVALID_SERVER_RESPONSE);
            return 0;
        }
    }
}

/* Moves past a chunk's framing to its data (or to the end of the body). */
static BOOL next_chunk(w3wh_handle *h)
{
    w3wh_request *r = &h->request;
    size_t n;
    if (r->chunk_data_end) {
        if (!(n = read_line(h)))
            return FALSE;
        r->in_start += n;
        r->chunk_data_end = FALSE;
    }
    if (!(n = read_line(h)))
        return FALSE;
    char *end;
    unsigned long long size = strtoull(r->in + r->in_start, &end, 16);
    if (end == r->in + r->in_start) {
        SetLastError(ERROR_WINHTTP_INVALID_SERVER_RESPONSE);
        return FALSE;
    }
    r->in_start += n;
    if (size > 0) {
        r->body_left = size;
        return TRUE;
    }
    /* The last chunk: trailer lines up to a blank one. */
    for (;;) {
        if (!(n = read_line(h)))
            return FALSE;
        const char *line = r->in + r->in_start;
        r->in_start += n;
        if (n == 1 || (n == 2 && line[0] == '\r'))
            break;
    }
    r->body_done = TRUE;
    return TRUE;
}

/* How many body bytes can be taken from the input now, reading (and waiting) until
 * there is at least one or the body has ended (0); -1 with the last error set. */
static long body_ready(w3wh_handle *h)
{
    w3wh_request *r = &h->request;
    for (;;) {
        if (r->body_done)
            return 0;
        if (r->framing == W3WH_BODY_CHUNKED && r->body_left == 0) {
            if (!next_chunk(h))
                return -1;
            continue;
        }
        size_t buffered = r->in_end - r->in_start;
        if (buffered > 0) {
            if (r->framing == W3WH_BODY_CLOSE || buffered < r->body_left)
                return (long)buffered;
            return (long)r->body_left;
        }
        long got = w3wh_fill(h, h->timeouts[W3WH_RECEIVE]);
        if (got < 0)
            return -1;
        if (got == 0) {
            /* The server closed: the end of a body without a length; any other body
             * ends early, as WinHTTP lets a caller read what came. */
            r->body_done = TRUE;
            return 0;
        }
    }
}

static void consume(w3wh_request *r, size_t n)
{
    r->in_start += n;
    if (r->framing == W3WH_BODY_CLOSE)
        return;
    r->body_left -= n;
    if (r->body_left > 0)
        return;
    if (r->framing == W3WH_BODY_LENGTH)
        r->body_done = TRUE;
    else
        r->chunk_data_end = TRUE;
}

static w3wh_handle *received_request(HINTERNET request)
{
    w3wh_handle *h = w3wh_get(request, W3WH_ONLY(WINHTTP_HANDLE_TYPE_REQUEST));
    if (h && h->request.state != W3WH_RECEIVED) {
        SetLastError(ERROR_WINHTTP_INCORRECT_HANDLE_STATE);
        return NULL;
    }
    return h;
}

BOOL WINAPI WinHttpQueryDataAvailable(HINTERNET request, LPDWORD available)
{
    w3wh_handle *h = received_request(request);
    if (!h)
        return FALSE;
    long n = body_ready(h);
    if (n < 0)
        return FALSE;
    if (available)
        *available = (DWORD)n;
    SetLastError(ERROR_SUCCESS);
    return TRUE;
}

BOOL WINAPI WinHttpReadData(HINTERNET request, LPVOID buffer, DWORD size, LPDWORD read)
{
    w3wh_handle *h = received_request(request);
    if (!h)
        return FALSE;
    if (!buffer && size) {
        SetLastError(ERROR_INVALID_PARAMETER);
        return FALSE;
    }
    DWORD total = 0;
    while (total < size) {
        long n = body_ready(h);
        if (n < 0)
            return FALSE;
        if (n == 0)
            break;
        size_t take = (size_t)n < size - total ? (size_t)n : size - total;
        memcpy((char *)buffer + total, h->request.in + h->request.in_start, take);
        consume(&h->request, take);
        total += (DWORD)take;
    }
    if (read)
        *read = total;
    SetLastError(ERROR_SUCCESS);
    return TRUE;
}

BOOL w3wh_drain_body(w3wh_handle *h)
{
    for (;;) {
        long n = body_ready(h);
        if (n <= 0)
            return n == 0;
        consume(&h->request, (size_t)n);
    }
}
