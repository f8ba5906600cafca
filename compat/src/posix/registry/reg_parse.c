/* The .reg text parser: decodes the file to UTF-8, then reads it line by line. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "reg_parse.h"
#include "reg_text.h"

struct parser {
    const char *filename;
    const struct w3_reg_parse_callbacks *cb;
    void *ctx;
    struct w3_reg_parse_error *error;
    const char *text, *end; /* the UTF-8 text */
    const char *line, *line_end;
    unsigned line_number;
    BOOL ansi_strings; /* REGEDIT4: hex(1), hex(2) and hex(7) hold ANSI bytes */
    BOOL in_key, key_deleted;
    BYTE *data;
    size_t data_size, data_capacity;
};

static BOOL fail(struct parser *p, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

static BOOL fail(struct parser *p, const char *fmt, ...)
{
    char what[256];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(what, sizeof what, fmt, ap);
    va_end(ap);
    p->error->line = p->line_number;
    if (p->line_number)
        snprintf(p->error->message, sizeof p->error->message, "%s:%u: %s", p->filename,
                 p->line_number, what);
    else
        snprintf(p->error->message, sizeof p->error->message, "%s: %s", p->filename, what);
    return FALSE;
}

/* Moves to the next line; FALSE at the end of the text. */
static BOOL next_line(struct parser *p)
{
    const char *start = p->line_end ? p->line_end : p->text;
    if (p->line_end) {
        if (start >= p->end)
            return FALSE;
        start++; /* the '\n' */
    }
    if (start >= p->end && p->line_end)
        return FALSE;
    const char *nl = memchr(start, '\n', (size_t)(p->end - start));
    p->line = start;
    p->line_end = nl ? nl : p->end;
    p->line_number++;
    return TRUE;
}

/* The current line without its '\r' and the blanks around it. */
static void trimmed(const struct parser *p, const char **s, const char **e)
{
    const char *a = p->line, *b = p->line_end;
    while (a < b && (*a == ' ' || *a == '\t'))
        a++;
    while (b > a && (b[-1] == '\r' || b[-1] == ' ' || b[-1] == '\t'))
        b--;
    *s = a;
    *e = b;
}

static const char *skip_blanks(const char *s, const char *e)
{
    while (s < e && (*s == ' ' || *s == '\t'))
        s++;
    return s;
}

static BOOL push_byte(struct parser *p, BYTE b)
{
    if (p->data_size == p->data_capacity) {
        size_t capacity = p->data_capacity ? p->data_capacity * 2 : 64;
        BYTE *grown = realloc(p->data, capacity);
        if (!grown)
            return fail(p, "out of memory");
        p->data = grown;
        p->data_capacity = capacity;
    }
    p->data[p->data_size++] = b;
    return TRUE;
}

static int hex_digit(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

/* Reads a quoted string starting after its opening quote into p->data as UTF-8 text;
 * *s is left after the closing quote. */
static BOOL read_quoted(struct parser *p, const char **s, const char *e)
{
    p->data_size = 0;
    const char *c = *s;
    for (;;) {
        if (c >= e)
            return fail(p, "missing closing '\"'");
        if (*c == '"')
            break;
        char ch = *c++;
        if (ch == '\\') {
            if (c >= e)
                return fail(p, "missing closing '\"'");
            switch (*c++) {
            case '\\':
                ch = '\\';
                break;
            case '"':
                ch = '"';
                break;
            case 'n':
                ch = '\n';
                break;
            case 'r':
                ch = '\r';
                break;
            case '0':
                ch = '\0';
                break;
            default:
                return fail(p, "unknown escape sequence '\\%c'", c[-1]);
            }
        }
        if (!push_byte(p, (BYTE)ch))
            return FALSE;
    }
    *s = c + 1;
    return TRUE;
}

/* Reads comma-separated hex bytes from s on, following '\' continuations onto later
 * lines, into p->data. */
static BOOL read_hex_bytes(struct parser *p, const char *s, const char *e)
{
    p->data_size = 0;
    for (;;) {
        s = skip_blanks(s, e);
        if (s >= e || *s == ';')
            return TRUE;
        if (*s == '\\' && skip_blanks(s + 1, e) == e) {
            if (!next_line(p))
                return fail(p, "the file ends inside a continued value");
            trimmed(p, &s, &e);
            continue;
        }
        int hi = hex_digit(*s);
        if (hi < 0)
            return fail(p, "expected a hex byte, found '%c'", *s);
        s++;
        int lo = s < e ? hex_digit(*s) : -1;
        if (lo >= 0)
            s++;
        if (!push_byte(p, (BYTE)(lo >= 0 ? hi * 16 + lo : hi)))
            return FALSE;
        s = skip_blanks(s, e);
        if (s < e && *s == ',')
            s++;
        else if (s < e && *s != '\\' && *s != ';')
            return fail(p, "expected ',' after a hex byte, found '%c'", *s);
    }
}

static BOOL deliver(struct parser *p, const char *name, DWORD type, const BYTE *data, size_t size)
{
    if (size > 0xFFFFFFFFu)
        return fail(p, "value too large");
    if (p->key_deleted)
        return TRUE; /* values under a [-KEY] section name nothing: regedit skips them */
    const char *problem = p->cb->value(p->ctx, name, type, data, (DWORD)size);
    return problem ? fail(p, "%s", problem) : TRUE;
}

/* Converts p->data (UTF-8 text) to UTF-16LE and delivers it as a value of type. */
static BOOL deliver_text(struct parser *p, const char *name, DWORD type)
{
    size_t bytes;
    BYTE *utf16 = w3_reg_utf8_to_utf16((const char *)p->data, p->data_size, &bytes);
    if (!utf16)
        return fail(p, "out of memory");
    BOOL ok = deliver(p, name, type, utf16, bytes);
    free(utf16);
    return ok;
}

static BOOL parse_value_line(struct parser *p, const char *s, const char *e)
{
    char *name;
    if (*s == '@') {
        name = strdup("");
        s++;
    } else {
        s++;
        if (!read_quoted(p, &s, e))
            return FALSE;
        name = malloc(p->data_size + 1);
        if (name) {
            if (p->data_size)
                memcpy(name, p->data, p->data_size);
            name[p->data_size] = '\0';
        }
    }
    if (!name)
        return fail(p, "out of memory");
    BOOL ok = FALSE;
    s = skip_blanks(s, e);
    if (s >= e || *s != '=') {
        fail(p, "expected '=' after the value name");
        goto done;
    }
    s = skip_blanks(s + 1, e);
    if (s < e && *s == '-' && skip_blanks(s + 1, e) == e) {
        const char *problem = p->key_deleted ? NULL : p->cb->value_delete(p->ctx, name);
        ok = problem ? fail(p, "%s", problem) : TRUE;
    } else if (s < e && *s == '"') {
        s++;
        if (!read_quoted(p, &s, e))
            goto done;
        s = skip_blanks(s, e);
        if (s < e && *s != ';') {
            fail(p, "unexpected text after the string");
            goto done;
        }
        ok = push_byte(p, 0) && deliver_text(p, name, REG_SZ);
    } else if ((size_t)(e - s) >= 6 && strncmp(s, "dword:", 6) == 0) {
        const char *digits = s + 6, *d = digits;
        DWORD v = 0;
        while (d < e && hex_digit(*d) >= 0 && d - digits < 8)
            v = v * 16 + (DWORD)hex_digit(*d++);
        if (d == digits || skip_blanks(d, e) != e) {
            fail(p, "a dword needs 1 to 8 hex digits");
            goto done;
        }
        BYTE le[4] = {(BYTE)v, (BYTE)(v >> 8), (BYTE)(v >> 16), (BYTE)(v >> 24)};
        ok = deliver(p, name, REG_DWORD, le, sizeof le);
    } else if ((size_t)(e - s) >= 3 && strncmp(s, "hex", 3) == 0) {
        DWORD type = REG_BINARY;
        s += 3;
        if (s < e && *s == '(') {
            const char *d = ++s;
            ULONGLONG t = 0;
            while (s < e && hex_digit(*s) >= 0 && t <= 0xFFFFFFFFu)
                t = t * 16 + (ULONGLONG)hex_digit(*s++);
            if (s == d || s >= e || *s != ')' || t > 0xFFFFFFFFu) {
                fail(p, "expected hex(TYPE): with TYPE in hex");
                goto done;
            }
            type = (DWORD)t;
            s++;
        }
        if (s >= e || *s != ':') {
            fail(p, "expected ':' after hex");
            goto done;
        }
        if (!read_hex_bytes(p, s + 1, e))
            goto done;
        if (p->ansi_strings && w3_reg_is_string_type(type))
            ok = deliver_text(p, name, type);
        else
            ok = deliver(p, name, type, p->data, p->data_size);
    } else {
        fail(p, "unrecognised value data (expected \"string\", dword:, hex: or -)");
    }
done:
    free(name);
    return ok;
}

static BOOL parse_section(struct parser *p, const char *s, const char *e)
{
    const char *close = NULL;
    for (const char *c = e; c > s; c--)
        if (c[-1] == ']') {
            close = c - 1;
            break;
        }
    if (!close)
        return fail(p, "missing ']' after the key name");
    const char *rest = skip_blanks(close + 1, e);
    if (rest < e && *rest != ';')
        return fail(p, "unexpected text after ']'");
    s++;
    BOOL deleting = s < close && *s == '-';
    if (deleting)
        s++;
    if (s == close)
        return fail(p, "empty key name");
    char *path = malloc((size_t)(close - s) + 1);
    if (!path)
        return fail(p, "out of memory");
    memcpy(path, s, (size_t)(close - s));
    path[close - s] = '\0';
    const char *problem = p->cb->key(p->ctx, path, deleting);
    free(path);
    if (problem)
        return fail(p, "%s", problem);
    p->in_key = TRUE;
    p->key_deleted = deleting;
    return TRUE;
}

static BOOL parse_header(struct parser *p)
{
    const char *s, *e;
    do {
        if (!next_line(p)) {
            p->line_number = 0;
            return fail(p, "empty file: expected \"Windows Registry Editor Version 5.00\"");
        }
        trimmed(p, &s, &e);
    } while (s == e);
    static const char v5[] = "Windows Registry Editor Version 5.00";
    static const char v4[] = "REGEDIT4";
    if ((size_t)(e - s) == sizeof v5 - 1 && memcmp(s, v5, sizeof v5 - 1) == 0)
        return TRUE;
    if ((size_t)(e - s) == sizeof v4 - 1 && memcmp(s, v4, sizeof v4 - 1) == 0) {
        p->ansi_strings = TRUE;
        return TRUE;
    }
    return fail(p, "expected \"Windows Registry Editor Version 5.00\" or \"REGEDIT4\"");
}

static BOOL parse_lines(struct parser *p)
{
    if (!parse_header(p))
        return FALSE;
    while (next_line(p)) {
        const char *s, *e;
        trimmed(p, &s, &e);
        if (s == e || *s == ';')
            continue;
        if (*s == '[') {
            if (!parse_section(p, s, e))
                return FALSE;
        } else if (*s == '"' || *s == '@') {
            if (!p->in_key)
                return fail(p, "a value before the first [KEY] section");
            if (!parse_value_line(p, s, e))
                return FALSE;
        } else {
            return fail(p, "expected [KEY], \"name\"=value, @=value or a ';' comment");
        }
    }
    return TRUE;
}

BOOL w3_reg_parse(const void *buffer, size_t size, const char *filename,
                  const struct w3_reg_parse_callbacks *callbacks, void *ctx,
                  struct w3_reg_parse_error *error)
{
    struct parser p;
    memset(&p, 0, sizeof p);
    p.filename = filename;
    p.cb = callbacks;
    p.ctx = ctx;
    p.error = error;
    error->line = 0;
    error->message[0] = '\0';

    const BYTE *bytes = buffer;
    char *decoded = NULL;
    if (size >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE) {
        size_t length;
        decoded = w3_reg_utf16_to_utf8(bytes + 2, size - 2, &length);
        if (!decoded)
            return fail(&p, "out of memory");
        p.text = decoded;
        p.end = decoded + length;
    } else if (size >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF) {
        return fail(&p, "UTF-16 big-endian text is not supported; save as UTF-16LE or UTF-8");
    } else {
        if (size >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF) {
            bytes += 3;
            size -= 3;
        }
        p.text = (const char *)bytes;
        p.end = p.text + size;
    }
    BOOL ok = parse_lines(&p);
    free(decoded);
    free(p.data);
    return ok;
}
