/* W3C log fields: their names and their values, in IIS's order. */
#include "w3c_fields.h"

#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "w3config.h"

/* Room for a field's separator and a number, "-" or "W3SVC" and an id. */
#define NUMBER_ROOM 24

/* Where a text field's value is in the record; NUMBER for the others. */
#define NUMBER ((size_t)-1)
#define TEXT(member) offsetof(w3_log_record, member)

static const struct {
    unsigned long bit;
    const char *name;
    size_t text; /* offset of the record's const char * */
} fields_in_order[] = {
    {W3_LOG_DATE, "date", TEXT(date)},
    {W3_LOG_TIME, "time", TEXT(time)},
    {W3_LOG_SITE_NAME, "s-sitename", NUMBER},
    {W3_LOG_COMPUTER_NAME, "s-computername", NUMBER},
    {W3_LOG_SERVER_IP, "s-ip", TEXT(server_addr)},
    {W3_LOG_METHOD, "cs-method", TEXT(method)},
    {W3_LOG_URI_STEM, "cs-uri-stem", TEXT(uri_stem)},
    {W3_LOG_URI_QUERY, "cs-uri-query", TEXT(uri_query)},
    {W3_LOG_SERVER_PORT, "s-port", NUMBER},
    {W3_LOG_USER_NAME, "cs-username", TEXT(username)},
    {W3_LOG_CLIENT_IP, "c-ip", TEXT(client_addr)},
    {W3_LOG_PROTOCOL_VERSION, "cs-version", TEXT(protocol_version)},
    {W3_LOG_USER_AGENT, "cs(User-Agent)", TEXT(user_agent)},
    {W3_LOG_COOKIE, "cs(Cookie)", TEXT(cookie)},
    {W3_LOG_REFERER, "cs(Referer)", TEXT(referer)},
    {W3_LOG_HOST, "cs-host", TEXT(host)},
    {W3_LOG_HTTP_STATUS, "sc-status", NUMBER},
    {W3_LOG_HTTP_SUB_STATUS, "sc-substatus", NUMBER},
    {W3_LOG_WIN32_STATUS, "sc-win32-status", NUMBER},
    {W3_LOG_BYTES_SENT, "sc-bytes", NUMBER},
    {W3_LOG_BYTES_RECV, "cs-bytes", NUMBER},
    {W3_LOG_TIME_TAKEN, "time-taken", NUMBER},
};
#define FIELD_COUNT (sizeof fields_in_order / sizeof fields_in_order[0])
_Static_assert(FIELD_COUNT <= W3C_FIELDS_MAX, "w3c_line_context.steps is too short");

void w3c_line_prepare(w3c_line_context *ctx, unsigned long fields, const char *computer_name)
{
    ctx->count = 0;
    for (size_t i = 0; i < FIELD_COUNT; i++) {
        if (fields & fields_in_order[i].bit) {
            ctx->steps[ctx->count].bit = fields_in_order[i].bit;
            ctx->steps[ctx->count++].text = fields_in_order[i].text;
        }
    }
    ctx->computer_name = computer_name;
    ctx->computer_name_len = strlen(computer_name);
}

void w3c_fields_names(unsigned long fields, char *out, size_t size)
{
    size_t len = 0;
    for (size_t i = 0; i < FIELD_COUNT && size > 0; i++) {
        if (!(fields & fields_in_order[i].bit))
            continue;
        const char *name = fields_in_order[i].name;
        size_t n = strlen(name);
        if (len + (len > 0) + n + 1 > size)
            break;
        if (len > 0)
            out[len++] = ' ';
        memcpy(out + len, name, n);
        len += n;
    }
    if (size > 0)
        out[len] = '\0';
}

static unsigned long long number_of(unsigned long bit, const w3_log_record *rec)
{
    switch (bit) {
    case W3_LOG_SERVER_PORT:
        return rec->server_port;
    case W3_LOG_HTTP_STATUS:
        return rec->status;
    case W3_LOG_HTTP_SUB_STATUS:
        return rec->substatus;
    case W3_LOG_WIN32_STATUS:
        return rec->win32_status;
    case W3_LOG_BYTES_SENT:
        return rec->bytes_sent;
    case W3_LOG_BYTES_RECV:
        return rec->bytes_received;
    case W3_LOG_TIME_TAKEN:
        return rec->time_taken_ms;
    default:
        return rec->site_id; /* s-sitename, after "W3SVC" */
    }
}

/* Whether any byte of w would break the line into fields: below '!' or DEL (the
 * any-byte tests of "Bit Twiddling Hacks", exact for the word as a whole). */
static int word_needs_plus(uint64_t w)
{
    const uint64_t ones = 0x0101010101010101u, highs = 0x8080808080808080u;
    uint64_t del = w ^ (ones * 0x7f);
    return (((w - ones * 0x21) & ~w) | ((del - ones) & ~del)) & highs ? 1 : 0;
}

static void copy_bytes_plus(char *out, const unsigned char *in, size_t n)
{
    for (size_t i = 0; i < n; i++)
        out[i] = in[i] <= ' ' || in[i] == 0x7f ? '+' : (char)in[i];
}

/* word_needs_plus for 4 bytes. */
static int half_word_needs_plus(uint32_t w)
{
    const uint32_t ones = 0x01010101u, highs = 0x80808080u;
    uint32_t del = w ^ (ones * 0x7f);
    return (((w - ones * 0x21) & ~w) | ((del - ones) & ~del)) & highs ? 1 : 0;
}

/* Copies 4 <= n < 8 bytes: two words of 4, overlapping. */
static void copy_short_plus(char *out, const unsigned char *in, size_t n)
{
    uint32_t head, tail;
    memcpy(&head, in, 4);
    memcpy(&tail, in + n - 4, 4);
    if (half_word_needs_plus(head) || half_word_needs_plus(tail)) {
        copy_bytes_plus(out, in, n);
        return;
    }
    memcpy(out + n - 4, &tail, 4);
    memcpy(out, &head, 4);
}

static void copy_word_plus(char *out, const unsigned char *in)
{
    uint64_t w;
    memcpy(&w, in, 8);
    if (word_needs_plus(w))
        copy_bytes_plus(out, in, 8);
    else
        memcpy(out, &w, 8);
}

/* A text field as IIS writes it: '-' when empty, and spaces (and other bytes that would
 * break the line into fields) as '+'. Values rarely hold such bytes: they are looked
 * for 8 at a time, the last word overlapping the one before. */
static char *put_text(char *p, const char *value, size_t n)
{
    if (n == 0) {
        *p++ = '-';
        return p;
    }
    const unsigned char *s = (const unsigned char *)value;
    if (n < 8) {
        if (n < 4)
            copy_bytes_plus(p, s, n);
        else
            copy_short_plus(p, s, n);
        return p + n;
    }
    for (size_t i = 0; i + 8 < n; i += 8)
        copy_word_plus(p + i, s + i);
    copy_word_plus(p + n - 8, s + n - 8);
    return p + n;
}

/* "00" to "99": numbers are written two digits at a time. */
static const char digit_pairs[] = "00010203040506070809101112131415161718192021222324252627282930"
                                  "31323334353637383940414243444546474849505152535455565758596061"
                                  "62636465666768697071727374757677787980818283848586878889909192"
                                  "93949596979899";

static char *put_number(char *p, unsigned long long n)
{
    if (n < 10) { /* most: sc-substatus, sc-win32-status, time-taken */
        *p++ = (char)('0' + n);
        return p;
    }
    size_t len = 2;
    for (unsigned long long t = n; t >= 100; t /= 10)
        len++;
    char *q = p + len;
    for (; n >= 100; n /= 100) {
        q -= 2;
        memcpy(q, digit_pairs + 2 * (n % 100), 2);
    }
    if (n >= 10)
        memcpy(q - 2, digit_pairs + 2 * n, 2);
    else
        q[-1] = (char)('0' + n);
    return p + len;
}

char *w3c_fields_line(char *p, char *end, const w3c_line_context *ctx, const w3_log_record *rec)
{
    /* Room kept for the fields still to write, besides their texts: NUMBER_ROOM each
     * (a separator and a number, "-" or "W3SVC" and an id), so that only a text's
     * length is checked. */
    size_t reserve = ctx->count * NUMBER_ROOM;
    if ((size_t)(end - p) < reserve + 2)
        return NULL;
    end -= 2; /* CRLF */
    for (size_t k = 0; k < ctx->count; k++, reserve -= NUMBER_ROOM) {
        size_t at = ctx->steps[k].text;
        unsigned long bit = ctx->steps[k].bit;
        const char *text = NULL;
        size_t n = 0;
        if (at != NUMBER) {
            text = *(const char *const *)((const char *)rec + at);
            n = text != NULL ? strlen(text) : 0;
        } else if (bit == W3_LOG_COMPUTER_NAME) {
            text = ctx->computer_name;
            n = ctx->computer_name_len;
        }
        if (n > 0 && (size_t)(end - p) < n + reserve)
            return NULL;
        if (k > 0)
            *p++ = ' ';
        if (at != NUMBER || bit == W3_LOG_COMPUTER_NAME) {
            p = put_text(p, text, n);
        } else if (bit == W3_LOG_SITE_NAME) {
            memcpy(p, "W3SVC", 5);
            p = put_number(p + 5, rec->site_id);
        } else {
            p = put_number(p, number_of(bit, rec));
        }
    }
    *p++ = '\r';
    *p++ = '\n';
    return p;
}
