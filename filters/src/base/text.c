#include "text.h"

#include <stdlib.h>
#include <string.h>

char w3e_upper(char c)
{
    return (c >= 'a' && c <= 'z') ? (char)(c - 'a' + 'A') : c;
}

int w3e_ieqn(const char *a, const char *b, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        if (w3e_upper(a[i]) != w3e_upper(b[i]))
            return 0;
        if (a[i] == '\0')
            return 1;
    }
    return 1;
}

int w3e_ieq(const char *a, const char *b)
{
    for (;; a++, b++) {
        if (w3e_upper(*a) != w3e_upper(*b))
            return 0;
        if (*a == '\0')
            return 1;
    }
}

int w3e_has_crlf(const char *s)
{
    return strpbrk(s, "\r\n") != NULL;
}

char *w3e_strndup(w3e_arena *arena, const char *s, size_t n)
{
    char *d = w3e_arena_alloc_unfilled(arena, n + 1);
    if (d != NULL) {
        memcpy(d, s, n);
        d[n] = '\0';
    }
    return d;
}

char *w3e_strdup(w3e_arena *arena, const char *s)
{
    return w3e_strndup(arena, s, strlen(s));
}

size_t w3e_format_u64(char *out, unsigned long long v)
{
    static const char pairs[] = "00010203040506070809101112131415161718192021222324252627282930"
                                "31323334353637383940414243444546474849505152535455565758596061"
                                "62636465666768697071727374757677787980818283848586878889909192"
                                "93949596979899";
    if (v < 10) { /* HTTP versions' digits, small lengths */
        out[0] = (char)('0' + v);
        return 1;
    }
    size_t n = 2;
    for (unsigned long long t = v; t >= 100; t /= 10)
        n++;
    char *p = out + n; /* written from the end, two digits at a time */
    for (; v >= 100; v /= 100) {
        p -= 2;
        memcpy(p, pairs + 2 * (v % 100), 2);
    }
    if (v >= 10)
        memcpy(p - 2, pairs + 2 * v, 2);
    else
        p[-1] = (char)('0' + v);
    return n;
}

char *w3e_utoa(w3e_arena *arena, unsigned long long v)
{
    char text[W3E_U64_DIGITS];
    return w3e_strndup(arena, text, w3e_format_u64(text, v));
}

int w3e_parse_u64(const char **p, unsigned long long *v)
{
    const char *s = *p;
    if (*s < '0' || *s > '9')
        return 0;
    unsigned long long n = 0;
    for (; *s >= '0' && *s <= '9'; s++) {
        if (n > (~0ULL - 9) / 10)
            return 0;
        n = n * 10 + (unsigned)(*s - '0');
    }
    *v = n;
    *p = s;
    return 1;
}

int w3e_buf_grow(w3e_arena *arena, w3e_buf *b, size_t len)
{
    size_t cap = b->cap ? b->cap : 64;
    while (cap < b->len + len + 1) {
        if (cap > ((size_t)-1) / 2)
            return 0;
        cap *= 2;
    }
    char *grown = w3e_arena_alloc_unfilled(arena, cap);
    if (grown == NULL)
        return 0;
    if (b->len)
        memcpy(grown, b->data, b->len);
    grown[b->len] = '\0';
    b->data = grown;
    b->cap = cap;
    return 1;
}

int w3e_buf_puts(w3e_arena *arena, w3e_buf *b, const char *s)
{
    return w3e_buf_append(arena, b, s, strlen(s));
}

const char *w3e_buf_str(const w3e_buf *b)
{
    return b->data ? b->data : "";
}

static int base64_value(char c)
{
    if (c >= 'A' && c <= 'Z')
        return c - 'A';
    if (c >= 'a' && c <= 'z')
        return c - 'a' + 26;
    if (c >= '0' && c <= '9')
        return c - '0' + 52;
    if (c == '+')
        return 62;
    if (c == '/')
        return 63;
    return -1;
}

int w3e_base64_decode(const char *in, size_t in_len, char *out, size_t cap)
{
    size_t n = 0;
    unsigned acc = 0;
    int bits = 0;
    for (size_t i = 0; i < in_len; i++) {
        if (in[i] == '=')
            break;
        int v = base64_value(in[i]);
        if (v < 0)
            return 0;
        acc = (acc << 6) | (unsigned)v;
        bits += 6;
        if (bits >= 8) {
            bits -= 8;
            if (n + 1 >= cap)
                return 0;
            out[n++] = (char)((acc >> bits) & 0xff);
        }
    }
    out[n] = '\0';
    return 1;
}

BOOL w3e_copy_out(const char *value, LPVOID buf, LPDWORD size)
{
    if (size == NULL || (buf == NULL && *size != 0)) {
        SetLastError(ERROR_INVALID_PARAMETER);
        return FALSE;
    }
    DWORD need = (DWORD)strlen(value) + 1;
    if (*size < need) {
        *size = need;
        SetLastError(ERROR_INSUFFICIENT_BUFFER);
        return FALSE;
    }
    memcpy(buf, value, need);
    *size = need;
    return TRUE;
}

int w3e_hex_digit(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

char *w3e_heap_strdup(const char *s)
{
    size_t n = strlen(s) + 1;
    char *c = malloc(n);
    if (c != NULL)
        memcpy(c, s, n);
    return c;
}
