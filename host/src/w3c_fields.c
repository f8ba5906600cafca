/* W3C log fields: their names and their values, in IIS's order. */
#include "w3c_fields.h"

#include <string.h>

#include "w3config.h"

/* Room for a field's separator, a number, or "W3SVC" and an id. */
#define NUMBER_ROOM 24

static const struct {
    unsigned long bit;
    const char *name;
} fields_in_order[] = {
    {W3_LOG_DATE, "date"},
    {W3_LOG_TIME, "time"},
    {W3_LOG_SITE_NAME, "s-sitename"},
    {W3_LOG_COMPUTER_NAME, "s-computername"},
    {W3_LOG_SERVER_IP, "s-ip"},
    {W3_LOG_METHOD, "cs-method"},
    {W3_LOG_URI_STEM, "cs-uri-stem"},
    {W3_LOG_URI_QUERY, "cs-uri-query"},
    {W3_LOG_SERVER_PORT, "s-port"},
    {W3_LOG_USER_NAME, "cs-username"},
    {W3_LOG_CLIENT_IP, "c-ip"},
    {W3_LOG_PROTOCOL_VERSION, "cs-version"},
    {W3_LOG_USER_AGENT, "cs(User-Agent)"},
    {W3_LOG_COOKIE, "cs(Cookie)"},
    {W3_LOG_REFERER, "cs(Referer)"},
    {W3_LOG_HOST, "cs-host"},
    {W3_LOG_HTTP_STATUS, "sc-status"},
    {W3_LOG_HTTP_SUB_STATUS, "sc-substatus"},
    {W3_LOG_WIN32_STATUS, "sc-win32-status"},
    {W3_LOG_BYTES_SENT, "sc-bytes"},
    {W3_LOG_BYTES_RECV, "cs-bytes"},
    {W3_LOG_TIME_TAKEN, "time-taken"},
};
#define FIELD_COUNT (sizeof fields_in_order / sizeof fields_in_order[0])

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

/* The text of a string field, NULL for a number field. */
static const char *text_of(unsigned long bit, const w3c_line_context *ctx, const w3_log_record *rec)
{
    switch (bit) {
    case W3_LOG_DATE:
        return rec->date;
    case W3_LOG_TIME:
        return rec->time;
    case W3_LOG_COMPUTER_NAME:
        return ctx->computer_name;
    case W3_LOG_SERVER_IP:
        return rec->server_addr;
    case W3_LOG_METHOD:
        return rec->method;
    case W3_LOG_URI_STEM:
        return rec->uri_stem;
    case W3_LOG_URI_QUERY:
        return rec->uri_query;
    case W3_LOG_USER_NAME:
        return rec->username;
    case W3_LOG_CLIENT_IP:
        return rec->client_addr;
    case W3_LOG_PROTOCOL_VERSION:
        return rec->protocol_version;
    case W3_LOG_USER_AGENT:
        return rec->user_agent;
    case W3_LOG_COOKIE:
        return rec->cookie;
    case W3_LOG_REFERER:
        return rec->referer;
    case W3_LOG_HOST:
        return rec->host;
    default:
        return NULL;
    }
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

size_t w3c_fields_line_size(const w3c_line_context *ctx, const w3_log_record *rec)
{
    size_t need = 2; /* CRLF */
    for (size_t i = 0; i < FIELD_COUNT; i++) {
        unsigned long bit = fields_in_order[i].bit;
        if (!(ctx->fields & bit))
            continue;
        const char *text = text_of(bit, ctx, rec);
        need += NUMBER_ROOM + (text != NULL ? strlen(text) : 0);
    }
    return need;
}

/* A text field as IIS writes it: '-' when empty, and spaces (and other bytes that would
 * break the line into fields) as '+'. */
static char *put_text(char *p, const char *value)
{
    if (value == NULL || value[0] == '\0') {
        *p++ = '-';
        return p;
    }
    for (const unsigned char *s = (const unsigned char *)value; *s != '\0'; s++)
        *p++ = *s <= ' ' || *s == 0x7f ? '+' : (char)*s;
    return p;
}

static char *put_number(char *p, unsigned long long n)
{
    char digits[24];
    int i = 0;
    do {
        digits[i++] = (char)('0' + n % 10);
        n /= 10;
    } while (n != 0);
    while (i > 0)
        *p++ = digits[--i];
    return p;
}

char *w3c_fields_line(char *p, const w3c_line_context *ctx, const w3_log_record *rec)
{
    int first = 1;
    for (size_t i = 0; i < FIELD_COUNT; i++) {
        unsigned long bit = fields_in_order[i].bit;
        if (!(ctx->fields & bit))
            continue;
        if (!first)
            *p++ = ' ';
        first = 0;
        if (bit == W3_LOG_SITE_NAME) {
            memcpy(p, "W3SVC", 5);
            p = put_number(p + 5, rec->site_id);
            continue;
        }
        const char *text = text_of(bit, ctx, rec);
        p = text != NULL ? put_text(p, text) : put_number(p, number_of(bit, rec));
    }
    *p++ = '\r';
    *p++ = '\n';
    return p;
}
