/* sscanf_s and swscanf_s: Microsoft's scanf formats run by the C library's sscanf.
 * The format is rewritten: Microsoft's size prefixes become the C library's (`l` on an
 * integer is 32 bits, I64 is `ll`, L on a float is a double, %S/%C are the other
 * width's strings), and every %s, %c and %[ takes the buffer size that follows its
 * pointer. A string longer than its buffer ends the scan there with that buffer
 * emptied, as the CRT does (conversions after it may already have been stored). */
#include <stdarg.h>
#include <stdlib.h>
#include <wchar.h>

#include "../crt_internal.h"

/* The most conversions one call may store. */
#define MAX_TARGETS 32

enum size_prefix { SIZE_NONE, SIZE_HH, SIZE_H, SIZE_L, SIZE_LL, SIZE_BIG_L, SIZE_PTR, SIZE_OTHER };

struct target {
    void *user;    /* where the caller wants the value */
    void *scratch; /* for a string: one unit larger than the caller's buffer */
    size_t size;   /* the caller's buffer size, in units (0: not text) */
    size_t unit;   /* 1 for narrow text, sizeof(wchar_t) for wide */
};

struct scan {
    struct target targets[MAX_TARGETS];
    size_t count;
    int failed; /* a bad size or too many conversions: scan nothing more */
};

/* Every target the C library gets: the scratch buffer for strings, else the caller's. */
#define T(i) (scan.targets[i].scratch ? scan.targets[i].scratch : scan.targets[i].user)
#define ALL_TARGETS                                                                                \
    T(0), T(1), T(2), T(3), T(4), T(5), T(6), T(7), T(8), T(9), T(10), T(11), T(12), T(13), T(14), \
        T(15), T(16), T(17), T(18), T(19), T(20), T(21), T(22), T(23), T(24), T(25), T(26), T(27), \
        T(28), T(29), T(30), T(31)

#define DEFINE_SCANF_S(name, vname, CH, LIT, SCAN, LEN, wide)                                      \
    static CH *name##_translate(const CH *format, va_list *args, struct scan *scan)                \
    {                                                                                              \
        size_t n = 0, cap = LEN(format) * 2 + 32;                                                  \
        CH *out = malloc(cap * sizeof(CH));                                                        \
        if (!out)                                                                                  \
            return NULL;                                                                           \
        for (const CH *p = format; *p && !scan->failed; p++) {                                     \
            if (n + 48 > cap) {                                                                    \
                cap *= 2;                                                                          \
                CH *bigger = realloc(out, cap * sizeof(CH));                                       \
                if (!bigger) {                                                                     \
                    free(out);                                                                     \
                    return NULL;                                                                   \
                }                                                                                  \
                out = bigger;                                                                      \
            }                                                                                      \
            if (*p != LIT('%') || p[1] == LIT('%')) {                                              \
                out[n++] = *p;                                                                     \
                if (*p == LIT('%'))                                                                \
                    out[n++] = *++p;                                                               \
                continue;                                                                          \
            }                                                                                      \
            out[n++] = *p++;                                                                       \
            int suppress = *p == LIT('*');                                                         \
            if (suppress)                                                                          \
                out[n++] = *p++;                                                                   \
            unsigned long width = 0;                                                               \
            for (; *p >= LIT('0') && *p <= LIT('9'); p++)                                          \
                width = width * 10 + (unsigned long)(*p - LIT('0'));                               \
            enum size_prefix size = SIZE_NONE;                                                     \
            CH other = 0;                                                                          \
            if (p[0] == LIT('h') && p[1] == LIT('h'))                                              \
                size = SIZE_HH, p += 2;                                                            \
            else if (p[0] == LIT('l') && p[1] == LIT('l'))                                         \
                size = SIZE_LL, p += 2;                                                            \
            else if (p[0] == LIT('I') && p[1] == LIT('6') && p[2] == LIT('4'))                     \
                size = SIZE_LL, p += 3;                                                            \
            else if (p[0] == LIT('I') && p[1] == LIT('3') && p[2] == LIT('2'))                     \
                size = SIZE_NONE, p += 3;                                                          \
            else if (*p == LIT('h'))                                                               \
                size = SIZE_H, p++;                                                                \
            else if (*p == LIT('l') || *p == LIT('w'))                                             \
                size = SIZE_L, p++;                                                                \
            else if (*p == LIT('L'))                                                               \
                size = SIZE_BIG_L, p++;                                                            \
            else if (*p == LIT('I'))                                                               \
                size = SIZE_PTR, p++;                                                              \
            else if (*p == LIT('j') || *p == LIT('z') || *p == LIT('t'))                           \
                size = SIZE_OTHER, other = *p++;                                                   \
            CH conv = *p;                                                                          \
            if (!conv)                                                                             \
                break;                                                                             \
            int is_string = conv == LIT('s') || conv == LIT('[');                                  \
            int is_text = is_string || conv == LIT('c') || conv == LIT('S') || conv == LIT('C');   \
            int text_wide = 0;                                                                     \
            if (conv == LIT('S') || conv == LIT('C')) {                                            \
                is_string = conv == LIT('S');                                                      \
                text_wide = !(wide);                                                               \
                conv = conv == LIT('S') ? LIT('s') : LIT('c');                                     \
            } else if (is_text) {                                                                  \
                text_wide = size == SIZE_L ? 1 : size == SIZE_H ? 0 : (wide);                      \
            }                                                                                      \
            if (!suppress) {                                                                       \
                if (scan->count == MAX_TARGETS) {                                                  \
                    scan->failed = 1;                                                              \
                    break;                                                                         \
                }                                                                                  \
                struct target *t = &scan->targets[scan->count++];                                  \
                t->user = va_arg(*args, void *);                                                   \
                if (is_text) {                                                                     \
                    t->size = va_arg(*args, unsigned int);                                         \
                    t->unit = text_wide ? sizeof(wchar_t) : 1;                                     \
                    unsigned long count = width ? width : 1;                                       \
                    if (!t->user || t->size == 0 || (!is_string && count > t->size)) {             \
                        scan->count--;                                                             \
                        scan->failed = 1;                                                          \
                        break;                                                                     \
                    }                                                                              \
                    if (is_string) {                                                               \
                        /* One unit more than fits tells an overlong field. */                     \
                        width = width && width < t->size ? width : t->size;                        \
                        t->scratch = calloc(t->size + 1, t->unit);                                 \
                        if (!t->scratch) {                                                         \
                            scan->count--;                                                         \
                            scan->failed = 1;                                                      \
                            break;                                                                 \
                        }                                                                          \
                    }                                                                              \
                }                                                                                  \
            }                                                                                      \
            if (width) {                                                                           \
                CH digits[24];                                                                     \
                int d = 0;                                                                         \
                for (; width; width /= 10)                                                         \
                    digits[d++] = (CH)(LIT('0') + width % 10);                                     \
                while (d)                                                                          \
                    out[n++] = digits[--d];                                                        \
            }                                                                                      \
            int is_float = conv == LIT('e') || conv == LIT('E') || conv == LIT('f') ||             \
                           conv == LIT('g') || conv == LIT('G') || conv == LIT('a') ||             \
                           conv == LIT('A');                                                       \
            if (is_text) {                                                                         \
                if (text_wide)                                                                     \
                    out[n++] = LIT('l');                                                           \
            } else if (is_float) {                                                                 \
                if (size == SIZE_L || size == SIZE_BIG_L)                                          \
                    out[n++] = LIT('l');                                                           \
            } else if (size == SIZE_HH) {                                                          \
                out[n++] = LIT('h'), out[n++] = LIT('h');                                          \
            } else if (size == SIZE_H) {                                                           \
                out[n++] = LIT('h');                                                               \
            } else if (size == SIZE_LL) {                                                          \
                out[n++] = LIT('l'), out[n++] = LIT('l');                                          \
            } else if (size == SIZE_PTR) {                                                         \
                out[n++] = LIT('z');                                                               \
            } else if (size == SIZE_OTHER) {                                                       \
                out[n++] = other;                                                                  \
            }                                                                                      \
            out[n++] = conv;                                                                       \
            if (conv == LIT('[')) {                                                                \
                const CH *q = p + 1;                                                               \
                if (*q == LIT('^'))                                                                \
                    q++;                                                                           \
                if (*q == LIT(']'))                                                                \
                    q++;                                                                           \
                while (*q && *q != LIT(']'))                                                       \
                    q++;                                                                           \
                for (const CH *c = p + 1; c <= q && *c; c++) {                                     \
                    if (n + 2 > cap)                                                               \
                        break;                                                                     \
                    out[n++] = *c;                                                                 \
                }                                                                                  \
                p = *q ? q : q - 1;                                                                \
            }                                                                                      \
        }                                                                                          \
        out[n] = 0;                                                                                \
        return out;                                                                                \
    }                                                                                              \
                                                                                                   \
    int __cdecl vname(const CH *buffer, const CH *format, va_list args)                            \
    {                                                                                              \
        if (!buffer || !format) {                                                                  \
            w3_crt_invalid_parameter(EINVAL, #name);                                               \
            return -1;                                                                             \
        }                                                                                          \
        struct scan scan = {0};                                                                    \
        va_list copy;                                                                              \
        va_copy(copy, args);                                                                       \
        CH *translated = name##_translate(format, &copy, &scan);                                   \
        va_end(copy);                                                                              \
        int result = -1;                                                                           \
        if (translated) {                                                                          \
            _Pragma("GCC diagnostic push");                                                        \
            /* The format is the translation of the caller's. */                                   \
            _Pragma("GCC diagnostic ignored \"-Wformat-nonliteral\"");                             \
            result = SCAN(buffer, translated, ALL_TARGETS);                                        \
            _Pragma("GCC diagnostic pop");                                                         \
            free(translated);                                                                      \
        } else {                                                                                   \
            errno = ENOMEM;                                                                        \
        }                                                                                          \
        /* Hand the strings over; an overlong one ends the count there, emptied. */                \
        size_t stored = result > 0 ? (size_t)result : 0;                                           \
        for (size_t i = 0; i < scan.count; i++) {                                                  \
            struct target *t = &scan.targets[i];                                                   \
            if (!t->scratch)                                                                       \
                continue;                                                                          \
            if (i < stored) {                                                                      \
                size_t len =                                                                       \
                    t->unit == 1 ? strnlen(t->scratch, t->size) : wcsnlen(t->scratch, t->size);    \
                if (len >= t->size) {                                                              \
                    memset(t->user, 0, t->unit);                                                   \
                    stored = i;                                                                    \
                    result = (int)i;                                                               \
                } else {                                                                           \
                    memcpy(t->user, t->scratch, (len + 1) * t->unit);                              \
                }                                                                                  \
            }                                                                                      \
            free(t->scratch);                                                                      \
        }                                                                                          \
        return result;                                                                             \
    }

#define NARROW(c) c
#define WIDE(c) L##c

DEFINE_SCANF_S(sscanf_s, vsscanf_s, char, NARROW, sscanf, strlen, 0)
DEFINE_SCANF_S(swscanf_s, vswscanf_s, wchar_t, WIDE, swscanf, wcslen, 1)

int __cdecl sscanf_s(const char *buffer, const char *format, ...)
{
    va_list args;
    va_start(args, format);
    int n = vsscanf_s(buffer, format, args);
    va_end(args);
    return n;
}

int __cdecl swscanf_s(const wchar_t *buffer, const wchar_t *format, ...)
{
    va_list args;
    va_start(args, format);
    int n = vswscanf_s(buffer, format, args);
    va_end(args);
    return n;
}
