/* Certificate facts as text (tls_facts.h): a small DER reader for X.500 Names. */
#include "tls_facts.h"

#include <stdio.h>
#include <string.h>

/* DER tags of the Name's parts and of the string types its values use. */
enum {
    DER_OID = 0x06,
    DER_UTF8 = 0x0C,
    DER_NUMERIC = 0x12,
    DER_PRINTABLE = 0x13,
    DER_T61 = 0x14,
    DER_IA5 = 0x16,
    DER_VISIBLE = 0x1A,
    DER_UNIVERSAL = 0x1C,
    DER_BMP = 0x1E,
    DER_SEQUENCE = 0x30,
    DER_SET = 0x31
};

/* One element at *p (before end): its tag and contents; *p moves past it. */
static int der_next(const unsigned char **p, const unsigned char *end, unsigned *tag,
                    const unsigned char **content, size_t *len)
{
    const unsigned char *q = *p;
    if (end - q < 2)
        return 0;
    *tag = q[0];
    size_t n = q[1];
    q += 2;
    if (n & 0x80) {
        size_t bytes = n & 0x7F;
        if (bytes == 0 || bytes > 4 || (size_t)(end - q) < bytes)
            return 0;
        n = 0;
        while (bytes-- > 0)
            n = (n << 8) | *q++;
    }
    if ((size_t)(end - q) < n)
        return 0;
    *content = q;
    *len = n;
    *p = q + n;
    return 1;
}

/* Appends to a bounded string; text past the end is cut. */
typedef struct text_out {
    char *buf;
    size_t size, len;
} text_out;

static void put(text_out *o, const char *s, size_t n)
{
    if (o->size == 0)
        return;
    size_t room = o->size - 1 - o->len;
    if (n > room)
        n = room;
    memcpy(o->buf + o->len, s, n);
    o->len += n;
    o->buf[o->len] = '\0';
}

static void put_str(text_out *o, const char *s)
{
    put(o, s, strlen(s));
}

/* A code point in UTF-8; control characters escaped as \XX. */
static void put_code_point(text_out *o, unsigned long c)
{
    char b[8];
    size_t n;
    if (c < 0x20 || c == 0x7F) {
        n = (size_t)snprintf(b, sizeof b, "\\%02X", (unsigned)c);
    } else if (c < 0x80) {
        b[0] = (char)c;
        n = 1;
    } else if (c < 0x800) {
        b[0] = (char)(0xC0 | (c >> 6));
        b[1] = (char)(0x80 | (c & 0x3F));
        n = 2;
    } else if (c < 0x10000) {
        b[0] = (char)(0xE0 | (c >> 12));
        b[1] = (char)(0x80 | ((c >> 6) & 0x3F));
        b[2] = (char)(0x80 | (c & 0x3F));
        n = 3;
    } else {
        b[0] = (char)(0xF0 | ((c >> 18) & 0x07));
        b[1] = (char)(0x80 | ((c >> 12) & 0x3F));
        b[2] = (char)(0x80 | ((c >> 6) & 0x3F));
        b[3] = (char)(0x80 | (c & 0x3F));
        n = 4;
    }
    put(o, b, n);
}

/* An attribute value: UTF-8 and ASCII types byte for byte, BMP (UCS-2) and Universal
 * (UCS-4) strings converted, T61 and unknown types as Latin-1. */
static void put_value(text_out *o, unsigned tag, const unsigned char *v, size_t len)
{
    size_t unit = tag == DER_BMP ? 2 : tag == DER_UNIVERSAL ? 4 : 1;
    int bytes_as_is = tag == DER_UTF8 || tag == DER_NUMERIC || tag == DER_PRINTABLE ||
                      tag == DER_IA5 || tag == DER_VISIBLE;
    for (size_t i = 0; i + unit <= len; i += unit) {
        unsigned long c = 0;
        for (size_t k = 0; k < unit; k++)
            c = (c << 8) | v[i + k];
        if (bytes_as_is && c >= 0x80) {
            char byte = (char)c;
            put(o, &byte, 1);
        } else {
            put_code_point(o, c);
        }
    }
}

/* Short names of the attribute types, as OpenSSL's and IIS's server variables use them,
 * keyed by the OID's DER contents. */
static const struct {
    const char *name;
    unsigned char len;
    unsigned char oid[11];
} attribute_names[] = {
    {"CN", 3, {0x55, 0x04, 0x03}},
    {"SN", 3, {0x55, 0x04, 0x04}},
    {"serialNumber", 3, {0x55, 0x04, 0x05}},
    {"C", 3, {0x55, 0x04, 0x06}},
    {"L", 3, {0x55, 0x04, 0x07}},
    {"ST", 3, {0x55, 0x04, 0x08}},
    {"street", 3, {0x55, 0x04, 0x09}},
    {"O", 3, {0x55, 0x04, 0x0A}},
    {"OU", 3, {0x55, 0x04, 0x0B}},
    {"title", 3, {0x55, 0x04, 0x0C}},
    {"description", 3, {0x55, 0x04, 0x0D}},
    {"businessCategory", 3, {0x55, 0x04, 0x0F}},
    {"postalCode", 3, {0x55, 0x04, 0x11}},
    {"name", 3, {0x55, 0x04, 0x29}},
    {"GN", 3, {0x55, 0x04, 0x2A}},
    {"initials", 3, {0x55, 0x04, 0x2B}},
    {"dnQualifier", 3, {0x55, 0x04, 0x2E}},
    {"pseudonym", 3, {0x55, 0x04, 0x41}},
    {"organizationIdentifier", 3, {0x55, 0x04, 0x61}},
    {"emailAddress", 9, {0x2A, 0x86, 0x48, 0x86, 0xF7, 0x0D, 0x01, 0x09, 0x01}},
    {"UID", 10, {0x09, 0x92, 0x26, 0x89, 0x93, 0xF2, 0x2C, 0x64, 0x01, 0x01}},
    {"DC", 10, {0x09, 0x92, 0x26, 0x89, 0x93, 0xF2, 0x2C, 0x64, 0x01, 0x19}},
    {"jurisdictionL", 11, {0x2B, 0x06, 0x01, 0x04, 0x01, 0x82, 0x37, 0x3C, 0x02, 0x01, 0x01}},
    {"jurisdictionST", 11, {0x2B, 0x06, 0x01, 0x04, 0x01, 0x82, 0x37, 0x3C, 0x02, 0x01, 0x02}},
    {"jurisdictionC", 11, {0x2B, 0x06, 0x01, 0x04, 0x01, 0x82, 0x37, 0x3C, 0x02, 0x01, 0x03}},
};

/* An attribute type: its short name, or the OID in dotted decimal. */
static void put_type(text_out *o, const unsigned char *oid, size_t len)
{
    for (size_t i = 0; i < sizeof attribute_names / sizeof attribute_names[0]; i++)
        if (attribute_names[i].len == len && memcmp(attribute_names[i].oid, oid, len) == 0) {
            put_str(o, attribute_names[i].name);
            return;
        }
    unsigned long arc = 0;
    int first_arc = 1;
    char num[48];
    for (size_t i = 0; i < len; i++) {
        arc = (arc << 7) | (oid[i] & 0x7F);
        if (oid[i] & 0x80)
            continue;
        if (first_arc) { /* the first subidentifier holds the first two arcs */
            unsigned long top = arc < 80 ? arc / 40 : 2;
            snprintf(num, sizeof num, "%lu.%lu", top, arc - 40 * top);
            first_arc = 0;
        } else {
            snprintf(num, sizeof num, ".%lu", arc);
        }
        put_str(o, num);
        arc = 0;
    }
}

void tls_name_text(const unsigned char *der, size_t len, char *out, size_t size)
{
    text_out o = {out, size, 0};
    if (size != 0)
        out[0] = '\0';
    const unsigned char *p = der, *name, *end = der + len;
    size_t name_len;
    unsigned tag;
    if (der == NULL || !der_next(&p, end, &tag, &name, &name_len) || tag != DER_SEQUENCE)
        return;
    const unsigned char *rdn_end = name + name_len;
    int first = 1;
    for (p = name; p < rdn_end;) {
        const unsigned char *rdn;
        size_t rdn_len;
        if (!der_next(&p, rdn_end, &tag, &rdn, &rdn_len) || tag != DER_SET)
            break;
        const unsigned char *q = rdn, *set_end = rdn + rdn_len;
        int first_in_rdn = 1;
        while (q < set_end) {
            const unsigned char *atv, *oid, *value;
            size_t atv_len, oid_len, value_len;
            unsigned value_tag;
            if (!der_next(&q, set_end, &tag, &atv, &atv_len) || tag != DER_SEQUENCE)
                return;
            const unsigned char *a = atv, *atv_end = atv + atv_len;
            if (!der_next(&a, atv_end, &tag, &oid, &oid_len) || tag != DER_OID ||
                !der_next(&a, atv_end, &value_tag, &value, &value_len))
                return;
            if (!first)
                put_str(&o, first_in_rdn ? ", " : " + ");
            put_type(&o, oid, oid_len);
            put_str(&o, "=");
            put_value(&o, value_tag, value, value_len);
            first = first_in_rdn = 0;
        }
    }
}

void tls_serial_text(const unsigned char *bytes, size_t len, char *out, size_t size)
{
    text_out o = {out, size, 0};
    if (size != 0)
        out[0] = '\0';
    while (len > 1 && bytes[0] == 0) { /* DER's sign byte, and any other leading zero */
        bytes++;
        len--;
    }
    if (len > TLS_SERIAL_BYTES_MAX)
        return;
    for (size_t i = 0; i < len; i++) {
        char hex[4];
        snprintf(hex, sizeof hex, i ? "-%02x" : "%02x", bytes[i]);
        put_str(&o, hex);
    }
}

void tls_facts_server(tls_fact_text *text, w3_tls_info *info, const tls_cert_parts *cert)
{
    tls_name_text(cert->subject, cert->subject_len, text->server_subject,
                  sizeof text->server_subject);
    tls_name_text(cert->issuer, cert->issuer_len, text->server_issuer, sizeof text->server_issuer);
    info->server_subject = text->server_subject;
    info->server_issuer = text->server_issuer;
}

void tls_facts_client(tls_fact_text *text, w3_tls_info *info, const tls_cert_parts *cert,
                      const unsigned char *der, size_t der_len,
                      const unsigned char sha256[TLS_COOKIE_BYTES], int untrusted)
{
    tls_name_text(cert->subject, cert->subject_len, text->client_subject,
                  sizeof text->client_subject);
    tls_name_text(cert->issuer, cert->issuer_len, text->client_issuer, sizeof text->client_issuer);
    tls_serial_text(cert->serial, cert->serial_len, text->client_serial,
                    sizeof text->client_serial);
    for (size_t i = 0; i < TLS_COOKIE_BYTES; i++)
        snprintf(text->client_cookie + 2 * i, 3, "%02x", sha256[i]);
    info->client_cert = der;
    info->client_cert_len = der_len;
    info->client_subject = text->client_subject;
    info->client_issuer = text->client_issuer;
    info->client_serial = text->client_serial;
    info->client_cookie = text->client_cookie;
    info->client_untrusted = untrusted != 0;
}
