/* Parsing the server's bytes into responses: status line, headers, and the body by
 * Content-Length, chunked encoding, or up to the end of the connection. */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "harness.h"

static const char *find_crlf(const char *p, const char *end)
{
    for (; p + 1 < end; p++)
        if (p[0] == '\r' && p[1] == '\n')
            return p;
    return NULL;
}

static int name_is(const char *a, size_t alen, const char *b)
{
    if (alen != strlen(b))
        return 0;
    for (size_t i = 0; i < alen; i++)
        if (tolower((unsigned char)a[i]) != tolower((unsigned char)b[i]))
            return 0;
    return 1;
}

/* Body of a chunked message starting at p: its length on the wire, 0 if incomplete,
 * (size_t)-1 if malformed; the de-chunked bytes are appended to body when not NULL. */
static size_t chunked_length(const char *p, const char *end, char *body, size_t *body_len)
{
    const char *start = p;
    for (;;) {
        const char *eol = find_crlf(p, end);
        if (eol == NULL)
            return 0;
        char *stop;
        unsigned long size = strtoul(p, &stop, 16);
        if (stop == p)
            return (size_t)-1;
        p = eol + 2;
        if (size == 0) {
            /* Trailer lines, then the empty line. */
            for (;;) {
                eol = find_crlf(p, end);
                if (eol == NULL)
                    return 0;
                int empty = eol == p;
                p = eol + 2;
                if (empty)
                    return (size_t)(p - start);
            }
        }
        if ((size_t)(end - p) < size + 2)
            return 0;
        if (body != NULL)
            memcpy(body + *body_len, p, size);
        *body_len += size;
        p += size;
        if (p[0] != '\r' || p[1] != '\n')
            return (size_t)-1;
        p += 2;
    }
}

size_t w3h_parse_response(const char *data, size_t len, int no_body, int at_eof, w3h_response *out,
                          char **storage, w3h_header **headers, const char **why)
{
    const char *end = data + len;
    if (len >= 5 && memcmp(data, "HTTP/", 5) != 0) {
        *why = "the server's bytes do not start with \"HTTP/\"";
        return (size_t)-1;
    }
    const char *head_end = NULL;
    for (const char *p = data; p + 3 < end; p++)
        if (memcmp(p, "\r\n\r\n", 4) == 0) {
            head_end = p + 2; /* after the last header line's CRLF */
            break;
        }
    if (head_end == NULL)
        return 0;

    /* Status line: VERSION SP STATUS SP REASON. */
    const char *eol = find_crlf(data, end);
    const char *sp1 = memchr(data, ' ', (size_t)(eol - data));
    if (sp1 == NULL || eol - sp1 < 4 || !isdigit((unsigned char)sp1[1]) ||
        !isdigit((unsigned char)sp1[2]) || !isdigit((unsigned char)sp1[3])) {
        *why = "the status line has no status code";
        return (size_t)-1;
    }
    unsigned status = (unsigned)((sp1[1] - '0') * 100 + (sp1[2] - '0') * 10 + (sp1[3] - '0'));

    size_t count = 0;
    for (const char *p = eol + 2; p < head_end; p = find_crlf(p, end) + 2)
        count++;

    /* Where the body is and how long the message is. */
    const char *body_at = head_end + 2;
    long long content_length = -1;
    int chunked = 0;
    for (const char *p = eol + 2; p < head_end; p = find_crlf(p, end) + 2) {
        const char *line_end = find_crlf(p, end);
        const char *colon = memchr(p, ':', (size_t)(line_end - p));
        if (colon == NULL) {
            *why = "a header line has no colon";
            return (size_t)-1;
        }
        const char *v = colon + 1;
        while (v < line_end && *v == ' ')
            v++;
        if (name_is(p, (size_t)(colon - p), "Content-Length"))
            content_length = strtoll(v, NULL, 10);
        else if (name_is(p, (size_t)(colon - p), "Transfer-Encoding") &&
                 (size_t)(line_end - v) >= 7 && name_is(line_end - 7, 7, "chunked"))
            chunked = 1;
    }
    size_t wire_body = 0, body_len = 0;
    if (no_body || status / 100 == 1 || status == 204 || status == 304) {
        wire_body = 0;
    } else if (chunked) {
        wire_body = chunked_length(body_at, end, NULL, &body_len);
        if (wire_body == (size_t)-1) {
            *why = "the chunked body is malformed";
            return (size_t)-1;
        }
        if (wire_body == 0)
            return 0;
    } else if (content_length >= 0) {
        if ((unsigned long long)(end - body_at) < (unsigned long long)content_length)
            return 0;
        wire_body = body_len = (size_t)content_length;
    } else {
        if (!at_eof)
            return 0;
        wire_body = body_len = (size_t)(end - body_at);
    }

    /* One block holds a copy of the head (split into strings), the body and the raw
     * bytes, so that later sends may move the connection's buffer; the header table is
     * its own. */
    size_t head_len = (size_t)(body_at - data);
    size_t raw_len = head_len + wire_body;
    char *block = malloc(head_len + body_len + 1 + raw_len + 1);
    w3h_header *table = malloc((count ? count : 1) * sizeof *table);
    if (block == NULL || table == NULL) {
        free(block);
        free(table);
        *why = "out of memory";
        return (size_t)-1;
    }
    memcpy(block, data, head_len);
    char *body = block + head_len;
    if (chunked) {
        body_len = 0;
        chunked_length(body_at, end, body, &body_len);
    } else {
        memcpy(body, body_at, body_len);
    }
    body[body_len] = '\0';
    char *raw = body + body_len + 1;
    memcpy(raw, data, raw_len);
    raw[raw_len] = '\0';

    char *line = block;
    char *line_end = strstr(line, "\r\n");
    *line_end = '\0';
    char *s1 = strchr(line, ' ');
    *s1 = '\0';
    out->version = line;
    char *s2 = strchr(s1 + 1, ' ');
    out->reason = s2 != NULL ? s2 + 1 : "";
    size_t i = 0;
    for (line = line_end + 2; i < count; line = line_end + 2, i++) {
        line_end = strstr(line, "\r\n");
        *line_end = '\0';
        char *colon = strchr(line, ':');
        *colon = '\0';
        char *v = colon + 1;
        while (*v == ' ')
            v++;
        table[i].name = line;
        table[i].value = v;
    }
    out->status = status;
    out->headers = table;
    out->header_count = count;
    out->body = body;
    out->body_len = body_len;
    out->raw = raw;
    out->raw_len = raw_len;
    *storage = block;
    *headers = table;
    return out->raw_len;
}
