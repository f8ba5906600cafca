#include "text_conv.h"

#include <stdlib.h>
#include <string.h>

#include "utf8.h"

#define REPLACEMENT_CHARACTER 0xFFFDu

/* Reads one code point from s (WCHAR is UTF-32 on Linux; UTF-16 pairs are also
 * accepted so that 16-bit data stored in WCHARs converts sensibly). */
static unsigned int next_code_point(const WCHAR *s, size_t n, size_t *i)
{
    unsigned int c = (unsigned int)s[(*i)++];
    if (c >= 0xD800 && c <= 0xDBFF && *i < n) {
        unsigned int lo = (unsigned int)s[*i];
        if (lo >= 0xDC00 && lo <= 0xDFFF) {
            (*i)++;
            return 0x10000 + ((c - 0xD800) << 10) + (lo - 0xDC00);
        }
    }
    if ((c >= 0xD800 && c <= 0xDFFF) || c > 0x10FFFF)
        return REPLACEMENT_CHARACTER;
    return c;
}

static size_t encoded_length(unsigned int c)
{
    return c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
}

size_t w3_utf8_length_of_wide(const WCHAR *s, size_t n)
{
    size_t total = 0;
    for (size_t i = 0; i < n;)
        total += encoded_length(next_code_point(s, n, &i));
    return total;
}

void w3_encode_utf8(const WCHAR *s, size_t n, char *out)
{
    for (size_t i = 0; i < n;)
        out += w3_utf8_encode(next_code_point(s, n, &i), out);
}

char *w3_wide_to_utf8(LPCWSTR s)
{
    if (!s)
        return NULL;
    size_t n = wcslen(s);
    size_t len = w3_utf8_length_of_wide(s, n);
    char *out = malloc(len + 1);
    if (!out) {
        SetLastError(ERROR_NOT_ENOUGH_MEMORY);
        return NULL;
    }
    w3_encode_utf8(s, n, out);
    out[len] = '\0';
    return out;
}

/* Decodes one UTF-8 sequence at *p, advancing it. */
static unsigned int decode_one(const unsigned char **p)
{
    const unsigned char *s = *p;
    unsigned int c = *s++;
    int extra = c >= 0xF8 ? -1 : c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : c >= 0xC2 ? 1 : c < 0x80 ? 0 : -1;
    if (extra < 0) {
        *p = s;
        return REPLACEMENT_CHARACTER;
    }
    if (extra)
        c &= 0x3Fu >> extra;
    for (int k = 0; k < extra; k++) {
        if ((*s & 0xC0) != 0x80) {
            *p = s;
            return REPLACEMENT_CHARACTER;
        }
        c = (c << 6) | (*s++ & 0x3Fu);
    }
    *p = s;
    if (c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF))
        return REPLACEMENT_CHARACTER;
    return c;
}

WCHAR *w3_utf8_to_wide(const char *s)
{
    if (!s)
        return NULL;
    /* Each byte decodes to at most one code point; 2 WCHARs each covers 16-bit WCHAR. */
    size_t bytes = strlen(s);
    WCHAR *out = malloc((bytes * 2 + 1) * sizeof(WCHAR));
    if (!out) {
        SetLastError(ERROR_NOT_ENOUGH_MEMORY);
        return NULL;
    }
    const unsigned char *p = (const unsigned char *)s;
    size_t n = 0;
    while (*p) {
        unsigned int c = decode_one(&p);
        if (sizeof(WCHAR) == 2 && c >= 0x10000) {
            out[n++] = (WCHAR)(0xD800 + ((c - 0x10000) >> 10));
            out[n++] = (WCHAR)(0xDC00 + ((c - 0x10000) & 0x3FF));
        } else {
            out[n++] = (WCHAR)c;
        }
    }
    out[n] = 0;
    return out;
}
