#include "utf8.h"

size_t w3_utf8_decode(const unsigned char *s, size_t n, uint32_t *cp)
{
    unsigned char lead = s[0];
    size_t len;
    uint32_t value, min;
    if (lead < 0x80) {
        *cp = lead;
        return 1;
    }
    if (lead >= 0xC2 && lead <= 0xDF) {
        len = 2, value = lead & 0x1F, min = 0x80;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        len = 3, value = lead & 0x0F, min = 0x800;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        len = 4, value = lead & 0x07, min = 0x10000;
    } else {
        *cp = W3_UTF8_INVALID;
        return 1;
    }
    if (n < len) {
        *cp = W3_UTF8_INVALID;
        return 1;
    }
    for (size_t i = 1; i < len; i++) {
        if ((s[i] & 0xC0) != 0x80) {
            *cp = W3_UTF8_INVALID;
            return 1;
        }
        value = (value << 6) | (s[i] & 0x3F);
    }
    *cp = (value < min || !w3_is_scalar(value)) ? W3_UTF8_INVALID : value;
    return *cp == W3_UTF8_INVALID ? 1 : len;
}

size_t w3_utf8_encode(uint32_t cp, char *out)
{
    if (cp < 0x80) {
        out[0] = (char)cp;
        return 1;
    }
    if (cp < 0x800) {
        out[0] = (char)(0xC0 | (cp >> 6));
        out[1] = (char)(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp < 0x10000) {
        out[0] = (char)(0xE0 | (cp >> 12));
        out[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        out[2] = (char)(0x80 | (cp & 0x3F));
        return 3;
    }
    out[0] = (char)(0xF0 | (cp >> 18));
    out[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
    out[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
    out[3] = (char)(0x80 | (cp & 0x3F));
    return 4;
}
