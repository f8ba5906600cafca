/* user32's wsprintf: its own small format language, not the C library's.
 *   %[-][#][0][width][.precision][prefix]type
 *   prefix: h (narrow char/string; ignored for integers, as Wine does), l or w (wide char/string;
 * for integers 32 bits, like the default, because LONG and DWORD are 32-bit), I64 (64-bit integer),
 * I32 (32-bit integer) type:   c C d i u x X s S p, and %% ; S and C are the other width's
 * string/char. There is no floating point; an unknown type prints its own character. At most 1024
 * characters are written, the terminator included. */
#include <stdint.h>
#include <windows.h>

#include "utf8.h"

struct output {
    int wide;
    void *buf;
    size_t len; /* units written, terminator excluded */
};

enum { OUTPUT_MAX = W3COMPAT_WSPRINTF_MAX - 1 };

static void put(struct output *o, uint32_t unit)
{
    if (o->len == OUTPUT_MAX)
        return;
    if (o->wide)
        ((WCHAR *)o->buf)[o->len++] = (WCHAR)unit;
    else
        ((char *)o->buf)[o->len++] = (char)unit;
}

/* Appends one character (a code point) in the output's encoding. */
static void put_char(struct output *o, uint32_t cp)
{
    if (o->wide) {
        put(o, cp);
        return;
    }
    char bytes[4];
    size_t n = w3_utf8_encode(w3_is_scalar(cp) ? cp : 0xFFFD, bytes);
    for (size_t i = 0; i < n; i++)
        put(o, (unsigned char)bytes[i]);
}

struct spec {
    int left, alternate, zero;
    size_t width;
    size_t precision;
    int has_precision;
};

/* A string argument, narrow (UTF-8) or wide, read one character at a time. */
struct text {
    int wide;
    const void *p;
};

static size_t text_next(struct text *t, uint32_t *cp)
{
    if (t->wide) {
        WCHAR c = *(const WCHAR *)t->p;
        if (!c)
            return 0;
        *cp = (uint32_t)c;
        t->p = (const WCHAR *)t->p + 1;
        return 1;
    }
    const unsigned char *s = t->p;
    if (!*s)
        return 0;
    size_t n = w3_utf8_decode(s, 4, cp);
    if (*cp == W3_UTF8_INVALID)
        *cp = 0xFFFD;
    t->p = s + n;
    return n;
}

static void put_padding(struct output *o, size_t count, uint32_t fill)
{
    while (count--)
        put(o, fill);
}

static void put_text(struct output *o, const struct spec *sp, struct text t)
{
    size_t chars = 0;
    uint32_t cp;
    struct text probe = t;
    while ((!sp->has_precision || chars < sp->precision) && text_next(&probe, &cp))
        chars++;
    size_t pad = sp->width > chars ? sp->width - chars : 0;
    if (!sp->left)
        put_padding(o, pad, ' ');
    for (size_t i = 0; i < chars && text_next(&t, &cp); i++)
        put_char(o, cp);
    if (sp->left)
        put_padding(o, pad, ' ');
}

static void put_number(struct output *o, const struct spec *sp, unsigned long long magnitude,
                       int negative, unsigned base, int upper, const char *prefix)
{
    const char *digits = upper ? "0123456789ABCDEF" : "0123456789abcdef";
    char buf[32];
    size_t n = 0;
    do {
        buf[n++] = digits[magnitude % base];
        magnitude /= base;
    } while (magnitude);
    size_t min_digits = sp->has_precision ? sp->precision : 0;
    size_t zeros = min_digits > n ? min_digits - n : 0;
    size_t head = (negative ? 1 : 0) + strlen(prefix);
    size_t body = head + zeros + n;
    if (sp->zero && !sp->left && !sp->has_precision && sp->width > body)
        zeros += sp->width - body, body = sp->width;
    size_t pad = sp->width > body ? sp->width - body : 0;
    if (!sp->left)
        put_padding(o, pad, ' ');
    if (negative)
        put(o, '-');
    for (const char *p = prefix; *p; p++)
        put(o, (unsigned char)*p);
    put_padding(o, zeros, '0');
    while (n)
        put(o, (unsigned char)buf[--n]);
    if (sp->left)
        put_padding(o, pad, ' ');
}

enum size_prefix { SIZE_DEFAULT, SIZE_SHORT, SIZE_LONG, SIZE_64 };

/* Reads format unit i of a narrow or wide format string. */
static uint32_t fmt_at(int wide, const void *fmt, size_t i)
{
    return wide ? (uint32_t)((const WCHAR *)fmt)[i] : (unsigned char)((const char *)fmt)[i];
}

static int format(struct output *o, const void *fmt, va_list ap)
{
    const int wide = o->wide;
    size_t i = 0;
    uint32_t c;
    while ((c = fmt_at(wide, fmt, i++)) != 0) {
        if (c != '%') {
            put(o, c);
            continue;
        }
        struct spec sp = {0, 0, 0, 0, 0, 0};
        for (;; i++) {
            c = fmt_at(wide, fmt, i);
            if (c == '-')
                sp.left = 1;
            else if (c == '#')
                sp.alternate = 1;
            else if (c == '0')
                sp.zero = 1;
            else
                break;
        }
        while ((c = fmt_at(wide, fmt, i)) >= '0' && c <= '9')
            sp.width = sp.width * 10 + (c - '0'), i++;
        if (fmt_at(wide, fmt, i) == '.') {
            sp.has_precision = 1;
            i++;
            while ((c = fmt_at(wide, fmt, i)) >= '0' && c <= '9')
                sp.precision = sp.precision * 10 + (c - '0'), i++;
        }
        enum size_prefix size = SIZE_DEFAULT;
        c = fmt_at(wide, fmt, i);
        if (c == 'h') {
            size = SIZE_SHORT, i++;
        } else if (c == 'l' || c == 'w') {
            size = SIZE_LONG, i++;
        } else if (c == 'I' && fmt_at(wide, fmt, i + 1) == '6' && fmt_at(wide, fmt, i + 2) == '4') {
            size = SIZE_64, i += 3;
        } else if (c == 'I' && fmt_at(wide, fmt, i + 1) == '3' && fmt_at(wide, fmt, i + 2) == '2') {
            i += 3;
        }
        c = fmt_at(wide, fmt, i);
        if (c == 0)
            break;
        i++;
        /* For c and s: is the argument wide? The prefix decides, else the type's case
         * relative to the output's width. */
        int arg_wide = size == SIZE_LONG        ? 1
                       : size == SIZE_SHORT     ? 0
                       : (c == 'S' || c == 'C') ? !wide
                                                : wide;
        switch (c) {
        case 'c':
        case 'C': {
            uint32_t ch = (uint32_t)va_arg(ap, int);
            ch = arg_wide ? (uint32_t)(WCHAR)ch : (unsigned char)ch;
            if (!arg_wide && ch >= 0x80) /* a lone byte of the ANSI code page */
                ch = 0xFFFD;
            size_t pad = sp.width > 1 ? sp.width - 1 : 0;
            if (!sp.left)
                put_padding(o, pad, ' ');
            put_char(o, ch);
            if (sp.left)
                put_padding(o, pad, ' ');
            break;
        }
        case 's':
        case 'S': {
            const void *p = va_arg(ap, const void *);
            struct text t = {arg_wide, p};
            if (!p)
                t.wide = 0, t.p = "(null)";
            put_text(o, &sp, t);
            break;
        }
        case 'd':
        case 'i': {
            long long v = size == SIZE_64 ? va_arg(ap, long long) : (long long)va_arg(ap, int);
            unsigned long long magnitude =
                v < 0 ? 0ull - (unsigned long long)v : (unsigned long long)v;
            put_number(o, &sp, magnitude, v < 0, 10, 0, "");
            break;
        }
        case 'u':
        case 'x':
        case 'X': {
            unsigned long long v = size == SIZE_64 ? va_arg(ap, unsigned long long)
                                                   : (unsigned long long)va_arg(ap, unsigned);
            const char *prefix = (sp.alternate && c != 'u' && v) ? (c == 'x' ? "0x" : "0X") : "";
            put_number(o, &sp, v, 0, c == 'u' ? 10 : 16, c == 'X', prefix);
            break;
        }
        case 'p': {
            struct spec ptr = sp;
            ptr.has_precision = 1, ptr.precision = 2 * sizeof(void *);
            put_number(o, &ptr, (uintptr_t)va_arg(ap, void *), 0, 16, 1, "");
            break;
        }
        default: /* %% and unknown types print the character itself */
            put(o, c);
            break;
        }
    }
    if (wide)
        ((WCHAR *)o->buf)[o->len] = L'\0';
    else
        ((char *)o->buf)[o->len] = '\0';
    return (int)o->len;
}

int WINAPI wvsprintfA(LPSTR lpOut, LPCSTR lpFmt, va_list arglist)
{
    struct output o = {0, lpOut, 0};
    return format(&o, lpFmt, arglist);
}

int WINAPI wvsprintfW(LPWSTR lpOut, LPCWSTR lpFmt, va_list arglist)
{
    struct output o = {1, lpOut, 0};
    return format(&o, lpFmt, arglist);
}

int WINAPIV wsprintfA(LPSTR lpOut, LPCSTR lpFmt, ...)
{
    va_list ap;
    va_start(ap, lpFmt);
    int n = wvsprintfA(lpOut, lpFmt, ap);
    va_end(ap);
    return n;
}

int WINAPIV wsprintfW(LPWSTR lpOut, LPCWSTR lpFmt, ...)
{
    va_list ap;
    va_start(ap, lpFmt);
    int n = wvsprintfW(lpOut, lpFmt, ap);
    va_end(ap);
    return n;
}
