/* FormatMessageA/W. One formatter works on WCHAR text; the A function decodes its
 * UTF-8 source and string inserts and encodes the result. */
#include <windows.h>

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

#include "system_messages.h"
#include "text_conv.h"

struct output {
    WCHAR *text;
    size_t len, cap;
    size_t line_start; /* where the current output line begins, for line widths */
    unsigned width;    /* 0: no limit; FORMAT_MESSAGE_MAX_WIDTH_MASK: no line breaks */
    BOOL failed;
};

static void reserve(struct output *o, size_t extra)
{
    if (o->failed || o->len + extra + 1 <= o->cap)
        return;
    size_t cap = o->cap ? o->cap : 64;
    while (cap < o->len + extra + 1)
        cap *= 2;
    WCHAR *bigger = realloc(o->text, cap * sizeof(WCHAR));
    if (!bigger) {
        o->failed = TRUE;
        return;
    }
    o->text = bigger;
    o->cap = cap;
}

static void put_break(struct output *o)
{
    reserve(o, 2);
    if (o->failed)
        return;
    o->text[o->len++] = L'\r';
    o->text[o->len++] = L'\n';
    o->line_start = o->len;
}

/* Wraps the current line at its last space once it is longer than the width. */
static void wrap(struct output *o)
{
    if (o->width == 0 || o->width == FORMAT_MESSAGE_MAX_WIDTH_MASK ||
        o->len - o->line_start <= o->width)
        return;
    size_t space = o->len;
    while (space > o->line_start && o->text[space - 1] != L' ')
        space--;
    if (space > o->line_start) {
        /* The space becomes the line break. */
        reserve(o, 1);
        if (o->failed)
            return;
        memmove(o->text + space + 1, o->text + space, (o->len - space) * sizeof(WCHAR));
        o->text[space - 1] = L'\r';
        o->text[space] = L'\n';
        o->len++;
        o->line_start = space + 1;
    } else {
        WCHAR last = o->text[--o->len];
        put_break(o);
        reserve(o, 1);
        if (!o->failed)
            o->text[o->len++] = last;
    }
}

static void put(struct output *o, WCHAR c)
{
    reserve(o, 1);
    if (o->failed)
        return;
    o->text[o->len++] = c;
    wrap(o);
}

static void put_string(struct output *o, const WCHAR *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        put(o, s[i]);
}

struct arguments {
    BOOL ansi;
    const DWORD_PTR *array; /* FORMAT_MESSAGE_ARGUMENT_ARRAY */
    va_list *list;
    DWORD_PTR *taken; /* values read from the va_list so far, for reuse */
    size_t ntaken, cap;
};

/* Insert n (1-based) as a pointer-sized value. */
static BOOL argument(struct arguments *a, unsigned n, DWORD_PTR *value)
{
    if (a->array) {
        *value = a->array[n - 1];
        return TRUE;
    }
    if (!a->list)
        return FALSE;
    while (a->ntaken < n) {
        if (a->ntaken == a->cap) {
            size_t cap = a->cap ? a->cap * 2 : 8;
            DWORD_PTR *bigger = realloc(a->taken, cap * sizeof *bigger);
            if (!bigger)
                return FALSE;
            a->taken = bigger;
            a->cap = cap;
        }
        a->taken[a->ntaken++] = va_arg(*a->list, DWORD_PTR);
    }
    *value = a->taken[n - 1];
    return TRUE;
}

/* Formats one insert with its printf format spec (the text between the '!'s). */
static BOOL format_insert(struct output *o, struct arguments *a, unsigned n, const WCHAR *spec,
                          size_t spec_len)
{
    DWORD_PTR value;
    if (!argument(a, n, &value))
        return FALSE;
    /* Split the spec into flags/width/precision, length modifier and conversion. */
    char flags[32];
    size_t f = 0, i = 0;
    while (i < spec_len && f < sizeof flags - 1 && wcschr(L"-+ #0123456789.", spec[i]))
        flags[f++] = (char)spec[i++];
    flags[f] = '\0';
    BOOL wide64 = FALSE, is_short = FALSE;
    while (i + 1 < spec_len) {
        if (spec[i] == L'I' && i + 3 <= spec_len && spec[i + 1] == L'6' && spec[i + 2] == L'4') {
            wide64 = TRUE;
            i += 3;
        } else if (spec[i] == L'I' && i + 3 <= spec_len && spec[i + 1] == L'3' &&
                   spec[i + 2] == L'2') {
            i += 3;
        } else if (spec[i] == L'l' && spec[i + 1] == L'l') {
            wide64 = TRUE;
            i += 2;
        } else if (spec[i] == L'I' || spec[i] == L'z') {
            wide64 = sizeof(DWORD_PTR) == 8;
            i++;
        } else if (spec[i] == L'h') {
            is_short = TRUE;
            i++;
        } else if (spec[i] == L'l' || spec[i] == L'w') {
            i++;
        } else {
            break;
        }
    }
    WCHAR conv = i < spec_len ? spec[i] : L's';

    WCHAR fmt[48], buf[128];
    int len;
    if (conv == L's' || conv == L'S') {
        /* s is the function's own width; S the other one; h and l force narrow / wide. */
        BOOL narrow = is_short || (conv == L's' ? a->ansi : !a->ansi);
        WCHAR *converted = NULL;
        const WCHAR *s = (const WCHAR *)value;
        if (narrow && value)
            s = converted = w3_utf8_to_wide((const char *)value);
        if (!s)
            s = L"(null)";
        BOOL ok = TRUE;
        if (!flags[0]) {
            put_string(o, s, wcslen(s));
        } else {
            /* Room for the string padded to its field width. */
            const char *width = flags + strspn(flags, "-+ #0");
            size_t room = wcslen(s) + strtoul(width, NULL, 10) + 1;
            WCHAR *out = malloc(room * sizeof(WCHAR));
            swprintf(fmt, sizeof fmt / sizeof *fmt, L"%%%sls", flags);
            if (out && (len = swprintf(out, room, fmt, s)) > 0)
                put_string(o, out, (size_t)len);
            ok = out != NULL;
            free(out);
        }
        free(converted);
        return ok;
    }
    if (conv == L'c' || conv == L'C') {
        WCHAR c = (WCHAR)value;
        swprintf(fmt, sizeof fmt / sizeof *fmt, L"%%%slc", flags);
        len = swprintf(buf, sizeof buf / sizeof *buf, fmt, (wint_t)c);
    } else if (wcschr(L"diuxXo", conv)) {
        BOOL is_signed = conv == L'd' || conv == L'i';
        swprintf(fmt, sizeof fmt / sizeof *fmt, L"%%%sll%lc", flags, (wint_t)conv);
        long long sv;
        unsigned long long uv;
        if (wide64) {
            sv = (long long)value;
            uv = (unsigned long long)value;
        } else if (is_short) {
            sv = (short)value;
            uv = (unsigned short)value;
        } else {
            sv = (int)value;
            uv = (unsigned int)value;
        }
        len = is_signed ? swprintf(buf, sizeof buf / sizeof *buf, fmt, sv)
                        : swprintf(buf, sizeof buf / sizeof *buf, fmt, uv);
    } else if (conv == L'p') {
        len = swprintf(buf, sizeof buf / sizeof *buf, L"%016llX", (unsigned long long)value);
    } else {
        return FALSE; /* floating point and unknown conversions are not supported */
    }
    if (len > 0)
        put_string(o, buf, (size_t)len);
    return TRUE;
}

/* Formats src into o. FALSE (last error set) on a bad insert. */
static BOOL format(struct output *o, const WCHAR *src, BOOL ignore_inserts, struct arguments *a)
{
    for (const WCHAR *p = src; *p;) {
        WCHAR c = *p++;
        if (c == L'\r' || c == L'\n') {
            /* A line break in the text: CRLF, or a space when line breaks are off. */
            if (c == L'\r' && *p == L'\n')
                p++;
            if (o->width == FORMAT_MESSAGE_MAX_WIDTH_MASK)
                put(o, L' ');
            else
                put_break(o);
            continue;
        }
        if (c != L'%') {
            put(o, c);
            continue;
        }
        c = *p;
        if (c == L'\0')
            break;
        p++;
        if (c >= L'1' && c <= L'9') {
            const WCHAR *start = p - 2;
            unsigned n = (unsigned)(c - L'0');
            if (*p >= L'0' && *p <= L'9')
                n = n * 10 + (unsigned)(*p++ - L'0');
            const WCHAR *spec = L"s";
            size_t spec_len = 1;
            if (!ignore_inserts && *p == L'!') {
                const WCHAR *end = wcschr(p + 1, L'!');
                if (end) {
                    spec = p + 1;
                    spec_len = (size_t)(end - spec);
                    p = end + 1;
                }
            }
            if (ignore_inserts) {
                put_string(o, start, (size_t)(p - start));
            } else if (!format_insert(o, a, n, spec, spec_len)) {
                SetLastError(ERROR_INVALID_PARAMETER);
                return FALSE;
            }
            continue;
        }
        switch (c) {
        case L'0':
            return TRUE;
        case L'n':
            put_break(o);
            break;
        case L'r':
            put(o, L'\r');
            break;
        case L't':
            put(o, L'\t');
            break;
        case L'%':
            put(o, L'%');
            if (ignore_inserts)
                put(o, L'%');
            break;
        default:
            put(o, c); /* "%.", "%!", "% " and any other: the character itself */
            break;
        }
    }
    return TRUE;
}

/* The message text as WCHARs (malloc'd), or NULL with the last error set. */
static WCHAR *message_source(DWORD flags, LPCVOID source, DWORD id, BOOL ansi)
{
    if (flags & FORMAT_MESSAGE_FROM_STRING) {
        if (!source) {
            SetLastError(ERROR_INVALID_PARAMETER);
            return NULL;
        }
        if (ansi)
            return w3_utf8_to_wide(source);
        WCHAR *copy = wcsdup(source);
        if (!copy)
            SetLastError(ERROR_NOT_ENOUGH_MEMORY);
        return copy;
    }
    const char *text = (flags & FORMAT_MESSAGE_FROM_SYSTEM) ? w3_system_message(id) : NULL;
    if (!text) {
        SetLastError(ERROR_MR_MID_NOT_FOUND);
        return NULL;
    }
    return w3_utf8_to_wide(text);
}

/* Formats into *result (malloc'd WCHARs, NUL-terminated); returns its length or 0. */
static size_t format_message(DWORD flags, LPCVOID source, DWORD id, va_list *args, BOOL ansi,
                             WCHAR **result)
{
    WCHAR *src = message_source(flags, source, id, ansi);
    if (!src)
        return 0;
    struct output o = {0};
    o.width = flags & FORMAT_MESSAGE_MAX_WIDTH_MASK;
    struct arguments a = {0};
    a.ansi = ansi;
    if (flags & FORMAT_MESSAGE_ARGUMENT_ARRAY)
        a.array = (const DWORD_PTR *)args;
    else
        a.list = args;
    BOOL ok = format(&o, src, (flags & FORMAT_MESSAGE_IGNORE_INSERTS) != 0, &a);
    free(src);
    free(a.taken);
    if (ok && o.failed) {
        SetLastError(ERROR_NOT_ENOUGH_MEMORY);
        ok = FALSE;
    }
    if (!ok || o.len == 0) {
        free(o.text);
        if (ok)
            SetLastError(ERROR_NO_DATA);
        return 0;
    }
    o.text[o.len] = 0;
    *result = o.text;
    return o.len;
}

/* Copies n units of text into the caller's buffer, or a LocalAlloc'd one. */
static DWORD deliver(DWORD flags, const void *text, size_t n, size_t unit, void *buffer, DWORD size)
{
    if (flags & FORMAT_MESSAGE_ALLOCATE_BUFFER) {
        size_t units = n + 1 > size ? n + 1 : size;
        void *block = LocalAlloc(LMEM_FIXED, units * unit);
        *(void **)buffer = block;
        if (!block)
            return 0;
        memcpy(block, text, (n + 1) * unit);
        return (DWORD)n;
    }
    if (n + 1 > size) {
        SetLastError(ERROR_INSUFFICIENT_BUFFER);
        return 0;
    }
    memcpy(buffer, text, (n + 1) * unit);
    return (DWORD)n;
}

DWORD WINAPI FormatMessageA(DWORD dwFlags, LPCVOID lpSource, DWORD dwMessageId, DWORD dwLanguageId,
                            LPSTR lpBuffer, DWORD nSize, va_list *Arguments)
{
    (void)dwLanguageId;
    if ((dwFlags & FORMAT_MESSAGE_ALLOCATE_BUFFER) && lpBuffer)
        *(LPSTR *)lpBuffer = NULL;
    WCHAR *wide;
    size_t n = format_message(dwFlags, lpSource, dwMessageId, Arguments, TRUE, &wide);
    if (!n)
        return 0;
    size_t bytes = w3_utf8_length_of_wide(wide, n);
    char *utf8 = malloc(bytes + 1);
    DWORD result = 0;
    if (utf8) {
        w3_encode_utf8(wide, n, utf8);
        utf8[bytes] = '\0';
        result = deliver(dwFlags, utf8, bytes, 1, lpBuffer, nSize);
        free(utf8);
    } else {
        SetLastError(ERROR_NOT_ENOUGH_MEMORY);
    }
    free(wide);
    return result;
}

DWORD WINAPI FormatMessageW(DWORD dwFlags, LPCVOID lpSource, DWORD dwMessageId, DWORD dwLanguageId,
                            LPWSTR lpBuffer, DWORD nSize, va_list *Arguments)
{
    (void)dwLanguageId;
    if ((dwFlags & FORMAT_MESSAGE_ALLOCATE_BUFFER) && lpBuffer)
        *(LPWSTR *)lpBuffer = NULL;
    WCHAR *wide;
    size_t n = format_message(dwFlags, lpSource, dwMessageId, Arguments, FALSE, &wide);
    if (!n)
        return 0;
    DWORD result = deliver(dwFlags, wide, n, sizeof(WCHAR), lpBuffer, nSize);
    free(wide);
    return result;
}
