/* Microsoft CRT printf formats, run on the C library's printf: each conversion's size
 * prefix and string/character width is rewritten into glibc's spelling.
 *   l on d i o u x X   -> nothing (32-bit LONG/DWORD)      I64 -> ll    I32 -> nothing
 *   I (pointer-sized)  -> z                                 w   -> l
 *   narrow functions:  %S -> %ls, %C -> %lc, %hs -> %s
 *   wide functions:    %s -> %ls, %c -> %lc, %S/%hs -> %s, %C/%hc -> %c */
#include <stdlib.h>

#include "crt_internal.h"

#define DEFINE_TRANSLATE(name, CH, LEN, WIDE)                                                      \
    static CH *name(const CH *in)                                                                  \
    {                                                                                              \
        size_t n = LEN(in);                                                                        \
        CH *out = malloc((2 * n + 1) * sizeof(CH)), *o = out;                                      \
        if (!out)                                                                                  \
            return NULL;                                                                           \
        const CH *p = in;                                                                          \
        while (*p) {                                                                               \
            if (*p != '%') {                                                                       \
                *o++ = *p++;                                                                       \
                continue;                                                                          \
            }                                                                                      \
            *o++ = *p++;                                                                           \
            while (*p && (*p == '-' || *p == '+' || *p == ' ' || *p == '#' || *p == '0' ||         \
                          *p == '*' || *p == '.' || (*p >= '1' && *p <= '9')))                     \
                *o++ = *p++;                                                                       \
            int size = 0; /* 'h', 'l' (C long), 'L' (long long), 'z', 'w' (wide) */                \
            if (p[0] == 'I' && p[1] == '6' && p[2] == '4')                                         \
                size = 'L', p += 3;                                                                \
            else if (p[0] == 'I' && p[1] == '3' && p[2] == '2')                                    \
                p += 3;                                                                            \
            else if (p[0] == 'I')                                                                  \
                size = 'z', p++;                                                                   \
            else if (p[0] == 'l' && p[1] == 'l')                                                   \
                size = 'L', p += 2;                                                                \
            else if (p[0] == 'l' || p[0] == 'w')                                                   \
                size = 'w', p++;                                                                   \
            else if (p[0] == 'h' && p[1] == 'h')                                                   \
                size = 'H', p += 2;                                                                \
            else if (p[0] == 'h' || p[0] == 'z' || p[0] == 'j' || p[0] == 't' || p[0] == 'L')      \
                size = (int)*p++;                                                                  \
            CH conv = *p;                                                                          \
            if (!conv)                                                                             \
                break;                                                                             \
            p++;                                                                                   \
            int is_text = conv == 's' || conv == 'c' || conv == 'S' || conv == 'C';                \
            if (is_text) {                                                                         \
                int arg_wide = size == 'w'                    ? 1                                  \
                               : size == 'h'                  ? 0                                  \
                               : (conv == 'S' || conv == 'C') ? !WIDE                              \
                                                              : WIDE;                              \
                if (arg_wide)                                                                      \
                    *o++ = 'l';                                                                    \
                *o++ = (conv == 'S' || conv == 's') ? 's' : 'c';                                   \
                continue;                                                                          \
            }                                                                                      \
            int is_int = conv == 'd' || conv == 'i' || conv == 'o' || conv == 'u' ||               \
                         conv == 'x' || conv == 'X';                                               \
            if (size == 'L')                                                                       \
                *o++ = 'l', *o++ = 'l';                                                            \
            else if (size == 'H')                                                                  \
                *o++ = 'h', *o++ = 'h';                                                            \
            else if (size == 'w' && !is_int)                                                       \
                *o++ = 'l';                                                                        \
            else if (size && size != 'w')                                                          \
                *o++ = (CH)size;                                                                   \
            *o++ = conv;                                                                           \
        }                                                                                          \
        *o = 0;                                                                                    \
        return out;                                                                                \
    }

DEFINE_TRANSLATE(translate_narrow, char, strlen, 0)
DEFINE_TRANSLATE(translate_wide, wchar_t, wcslen, 1)

int w3_ms_vasprintf(char **out, const char *format, va_list args)
{
    char *fmt = translate_narrow(format);
    if (!fmt)
        return -1;
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
    int n = vasprintf(out, fmt, args);
#pragma GCC diagnostic pop
    free(fmt);
    if (n < 0)
        *out = NULL;
    return n;
}

int w3_ms_vaswprintf(wchar_t **out, const wchar_t *format, va_list args)
{
    wchar_t *fmt = translate_wide(format);
    *out = NULL;
    if (!fmt)
        return -1;
    int n = -1;
    /* vswprintf does not say how much room it needs: grow until it fits. */
    for (size_t cap = 256; cap <= ((size_t)1 << 24); cap *= 4) {
        wchar_t *buf = malloc(cap * sizeof *buf);
        if (!buf)
            break;
        va_list ap;
        va_copy(ap, args);
        n = vswprintf(buf, cap, fmt, ap);
        va_end(ap);
        if (n >= 0) {
            *out = buf;
            break;
        }
        free(buf);
    }
    free(fmt);
    return n;
}
