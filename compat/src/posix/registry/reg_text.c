/* UTF-16LE, UTF-8 and WCHAR conversions for registry data. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "reg_text.h"
#include "../utf8.h"

#define REPLACEMENT 0xFFFDu

BOOL w3_reg_is_string_type(DWORD type)
{
    return type == REG_SZ || type == REG_EXPAND_SZ || type == REG_MULTI_SZ;
}

static BYTE *put_utf16(BYTE *out, uint32_t cp)
{
    if (cp >= 0x10000) {
        cp -= 0x10000;
        uint32_t high = 0xD800 | (cp >> 10), low = 0xDC00 | (cp & 0x3FF);
        *out++ = (BYTE)high;
        *out++ = (BYTE)(high >> 8);
        cp = low;
    }
    *out++ = (BYTE)cp;
    *out++ = (BYTE)(cp >> 8);
    return out;
}

/* Decodes one code point from UTF-16LE at s (bytes >= 2 available); returns bytes used. */
static size_t get_utf16(const BYTE *s, size_t bytes, uint32_t *cp)
{
    uint32_t unit = (uint32_t)s[0] | ((uint32_t)s[1] << 8);
    if (unit >= 0xD800 && unit <= 0xDBFF && bytes >= 4) {
        uint32_t low = (uint32_t)s[2] | ((uint32_t)s[3] << 8);
        if (low >= 0xDC00 && low <= 0xDFFF) {
            *cp = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00);
            return 4;
        }
    }
    *cp = (unit >= 0xD800 && unit <= 0xDFFF) ? REPLACEMENT : unit;
    return 2;
}

BYTE *w3_reg_utf8_to_utf16(const char *s, size_t n, size_t *bytes)
{
    BYTE *out = malloc(n * 2 + 2), *p = out;
    if (!out)
        return NULL;
    const unsigned char *u = (const unsigned char *)s;
    for (size_t i = 0; i < n;) {
        uint32_t cp;
        i += w3_utf8_decode(u + i, n - i, &cp);
        p = put_utf16(p, cp == W3_UTF8_INVALID ? REPLACEMENT : cp);
    }
    *bytes = (size_t)(p - out);
    return out;
}

char *w3_reg_utf16_to_utf8(const BYTE *s, size_t bytes, size_t *length)
{
    char *out = malloc(bytes / 2 * 3 + 1), *p = out;
    if (!out)
        return NULL;
    for (size_t i = 0; i + 1 < bytes;) {
        uint32_t cp;
        i += get_utf16(s + i, bytes - i, &cp);
        p += w3_utf8_encode(cp, p);
    }
    *p = '\0';
    *length = (size_t)(p - out);
    return out;
}

BYTE *w3_reg_wide_to_utf16(const WCHAR *s, size_t units, size_t *bytes)
{
    BYTE *out = malloc(units * 4 + 2), *p = out;
    if (!out)
        return NULL;
    for (size_t i = 0; i < units; i++) {
        uint32_t cp = (uint32_t)s[i];
        p = put_utf16(p, w3_is_scalar(cp) ? cp : REPLACEMENT);
    }
    *bytes = (size_t)(p - out);
    return out;
}

size_t w3_reg_utf16_to_wide(const BYTE *s, size_t bytes, WCHAR *out)
{
    size_t n = 0;
    for (size_t i = 0; i + 1 < bytes; n++) {
        uint32_t cp;
        if (sizeof(WCHAR) == 2) {
            cp = (uint32_t)s[i] | ((uint32_t)s[i + 1] << 8);
            i += 2;
        } else {
            i += get_utf16(s + i, bytes - i, &cp);
        }
        if (out)
            out[n] = (WCHAR)cp;
    }
    return n;
}

char *w3_reg_name_from_wide(LPCWSTR s, BOOL *failed)
{
    *failed = FALSE;
    if (!s)
        return NULL;
    size_t units = wcslen(s), bytes, length;
    BYTE *utf16 = w3_reg_wide_to_utf16(s, units, &bytes);
    char *utf8 = utf16 ? w3_reg_utf16_to_utf8(utf16, bytes, &length) : NULL;
    free(utf16);
    if (!utf8)
        *failed = TRUE;
    return utf8;
}

char *w3_reg_expand_environment(const char *s)
{
    size_t capacity = strlen(s) + 1, length = 0;
    char *out = malloc(capacity);
    if (!out)
        return NULL;
    while (*s) {
        const char *text = s;
        size_t n = 1;
        const char *close = *s == '%' ? strchr(s + 1, '%') : NULL;
        if (close && close > s + 1) {
            char name[256];
            size_t name_length = (size_t)(close - s - 1);
            const char *found = NULL;
            if (name_length < sizeof name) {
                memcpy(name, s + 1, name_length);
                name[name_length] = '\0';
                found = getenv(name);
            }
            if (found) {
                text = found;
                n = strlen(found);
                s = close + 1;
            } else {
                n = (size_t)(close - s); /* keep "%NAME" and look again from the '%' */
                s = close;
            }
        } else {
            s++;
        }
        if (length + n + 1 > capacity) {
            capacity = (length + n + 1) * 2;
            char *grown = realloc(out, capacity);
            if (!grown) {
                free(out);
                return NULL;
            }
            out = grown;
        }
        memcpy(out + length, text, n);
        length += n;
    }
    out[length] = '\0';
    return out;
}
