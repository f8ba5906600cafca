/* Request target -> a path relative to the root that cannot leave it. */
#include "static_file.h"
#include "base/text.h"

#include <string.h>

/* Strict UTF-8: no overlong forms, no surrogates, nothing above U+10FFFF. */
static int valid_utf8(const unsigned char *s, size_t len)
{
    size_t i = 0;
    while (i < len) {
        unsigned char c = s[i];
        size_t n;
        unsigned long cp;
        if (c < 0x80) {
            i++;
            continue;
        } else if (c >= 0xC2 && c <= 0xDF) {
            n = 1, cp = c & 0x1F;
        } else if (c >= 0xE0 && c <= 0xEF) {
            n = 2, cp = c & 0x0F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            n = 3, cp = c & 0x07;
        } else {
            return 0; /* continuation byte, 0xC0/0xC1 (overlong), or > 0xF4 */
        }
        if (i + n >= len)
            return 0;
        for (size_t k = 1; k <= n; k++) {
            if ((s[i + k] & 0xC0) != 0x80)
                return 0;
            cp = (cp << 6) | (s[i + k] & 0x3F);
        }
        if ((n == 2 && cp < 0x800) || (n == 3 && (cp < 0x10000 || cp > 0x10FFFF)) ||
            (cp >= 0xD800 && cp <= 0xDFFF))
            return 0;
        i += n + 1;
    }
    return 1;
}

/* Characters Windows file names cannot hold: no file can answer to them. */
static int forbidden_in_name(unsigned char c)
{
    return c == ':' || c == '*' || c == '?' || c == '"' || c == '<' || c == '>' || c == '|';
}

/* CON, PRN, AUX, NUL, COM1-9, LPT1-9, with any extension: on Windows these name
 * devices in every directory, never files. */
static int is_device_name(const char *s, size_t len)
{
    static const char *const names[] = {"CON", "PRN", "AUX", "NUL"};
    size_t base = 0;
    while (base < len && s[base] != '.')
        base++;
    if (base == 3) {
        for (size_t i = 0; i < sizeof names / sizeof *names; i++)
            if (w3e_ieqn(s, names[i], 3))
                return 1;
    }
    if (base == 4 && s[3] >= '1' && s[3] <= '9')
        return w3e_ieqn(s, "COM", 3) || w3e_ieqn(s, "LPT", 3);
    return 0;
}

unsigned w3s_normalise_path(const char *target, char *out, size_t out_size, int *dir_slash)
{
    char decoded[4096];
    size_t dlen = 0;
    *dir_slash = 0;
    if (out_size == 0)
        return 414;
    /* absolute-form: drop "scheme://authority" */
    const char *p = target;
    const char *scheme_end = strstr(p, "://");
    if (scheme_end != NULL && p[0] != '/') {
        p = strchr(scheme_end + 3, '/');
        if (p == NULL)
            p = "/";
    }
    if (p[0] != '/')
        return 400;
    for (; *p != '\0' && *p != '?' && *p != '#'; p++) {
        unsigned char c = (unsigned char)*p;
        if (c == '%') {
            int hi = w3e_hex_digit(p[1]), lo = hi < 0 ? -1 : w3e_hex_digit(p[2]);
            if (lo < 0)
                return 400;
            c = (unsigned char)(hi * 16 + lo);
            p += 2;
        }
        if (c < 0x20 || c == 0x7F || c == '\\')
            return 400;
        if (dlen + 1 >= sizeof decoded)
            return 414;
        decoded[dlen++] = (char)c;
    }
    if (!valid_utf8((const unsigned char *)decoded, dlen))
        return 400;
    *dir_slash = dlen > 0 && decoded[dlen - 1] == '/';

    /* Rebuild segment by segment; ".." pops, and popping past the root is refused. */
    size_t olen = 0;
    size_t i = 0;
    while (i < dlen) {
        while (i < dlen && decoded[i] == '/')
            i++;
        size_t start = i;
        while (i < dlen && decoded[i] != '/')
            i++;
        size_t seg = i - start;
        const char *s = decoded + start;
        if (seg == 0 || (seg == 1 && s[0] == '.'))
            continue;
        if (seg == 2 && s[0] == '.' && s[1] == '.') {
            if (olen == 0)
                return 400;
            while (olen > 0 && out[olen - 1] != '/')
                olen--;
            if (olen > 0)
                olen--; /* the separator before the popped segment */
            continue;
        }
        for (size_t k = 0; k < seg; k++)
            if (forbidden_in_name((unsigned char)s[k]))
                return 404;
        /* Windows drops trailing dots and spaces: "a.txt." would name "a.txt". */
        if (s[seg - 1] == '.' || s[seg - 1] == ' ' || is_device_name(s, seg))
            return 404;
        if (olen + (olen > 0) + seg + 1 > out_size)
            return 414;
        if (olen > 0)
            out[olen++] = '/';
        memcpy(out + olen, s, seg);
        olen += seg;
    }
    out[olen] = '\0';
    return 0;
}
