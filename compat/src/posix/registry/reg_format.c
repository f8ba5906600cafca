/* The .reg writer, in regedit's notation: strings as "...", DWORDs as dword:, the rest
 * as hex bytes wrapped at 80 columns with '\' continuations. The text is UTF-8. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "reg_format.h"
#include "reg_text.h"

#define WRAP_COLUMN 77

static void append(struct w3_reg_text *out, const char *s, size_t n)
{
    if (out->failed)
        return;
    if (out->length + n + 1 > out->capacity) {
        size_t capacity = (out->length + n + 1) * 2;
        char *grown = realloc(out->data, capacity);
        if (!grown) {
            out->failed = TRUE;
            return;
        }
        out->data = grown;
        out->capacity = capacity;
    }
    memcpy(out->data + out->length, s, n);
    out->length += n;
    out->data[out->length] = '\0';
}

static void append_str(struct w3_reg_text *out, const char *s)
{
    append(out, s, strlen(s));
}

static void append_quoted(struct w3_reg_text *out, const char *s, size_t n)
{
    append(out, "\"", 1);
    for (size_t i = 0; i < n; i++) {
        if (s[i] == '\n' || s[i] == '\r') { /* only names can hold them here */
            append(out, s[i] == '\n' ? "\\n" : "\\r", 2);
            continue;
        }
        if (s[i] == '\\' || s[i] == '"')
            append(out, "\\", 1);
        append(out, s + i, 1);
    }
    append(out, "\"", 1);
}

void w3_reg_format_header(struct w3_reg_text *out)
{
    append_str(out, "Windows Registry Editor Version 5.00\n");
}

/* Can this REG_SZ be written as "..."? Only text with one terminating NUL, no other
 * control characters and well-formed UTF-16 survives that notation unchanged. */
static BOOL plain_string(const struct w3_reg_value *v)
{
    if (v->type != REG_SZ || v->size < 2 || v->size % 2 || v->data[v->size - 2] ||
        v->data[v->size - 1])
        return FALSE;
    for (DWORD i = 0; i + 2 < v->size; i += 2) {
        unsigned unit = v->data[i] | (unsigned)v->data[i + 1] << 8;
        if (unit < 0x20 || (unit >= 0xDC00 && unit <= 0xDFFF))
            return FALSE;
        if (unit >= 0xD800 && unit <= 0xDBFF) {
            unsigned low = i + 4 < v->size ? (v->data[i + 2] | (unsigned)v->data[i + 3] << 8) : 0;
            if (low < 0xDC00 || low > 0xDFFF)
                return FALSE;
            i += 2;
        }
    }
    return TRUE;
}

static void append_value(struct w3_reg_text *out, const struct w3_reg_value *v)
{
    char buf[32];
    size_t column;
    if (*v->name) {
        size_t before = out->length;
        append_quoted(out, v->name, strlen(v->name));
        column = out->length - before;
    } else {
        append(out, "@", 1);
        column = 1;
    }
    append(out, "=", 1);
    column++;
    if (plain_string(v)) {
        size_t length;
        char *text = w3_reg_utf16_to_utf8(v->data, v->size - 2, &length);
        if (!text) {
            out->failed = TRUE;
            return;
        }
        append_quoted(out, text, length);
        free(text);
    } else if (v->type == REG_DWORD && v->size == 4) {
        DWORD d = (DWORD)v->data[0] | (DWORD)v->data[1] << 8 | (DWORD)v->data[2] << 16 |
                  (DWORD)v->data[3] << 24;
        snprintf(buf, sizeof buf, "dword:%08x", d);
        append_str(out, buf);
    } else {
        if (v->type == REG_BINARY)
            snprintf(buf, sizeof buf, "hex:");
        else
            snprintf(buf, sizeof buf, "hex(%x):", v->type);
        append_str(out, buf);
        column += strlen(buf);
        for (DWORD i = 0; i < v->size; i++) {
            snprintf(buf, sizeof buf, "%02x%s", v->data[i], i + 1 < v->size ? "," : "");
            append_str(out, buf);
            column += strlen(buf);
            if (i + 1 < v->size && column >= WRAP_COLUMN) {
                append_str(out, "\\\n  ");
                column = 2;
            }
        }
    }
    append(out, "\n", 1);
}

static BOOL same_value(const struct w3_reg_value *a, const struct w3_reg_value *b)
{
    return a->type == b->type && a->size == b->size && memcmp(a->data, b->data, a->size) == 0;
}

static void append_section(struct w3_reg_text *out, const char *path, BOOL deleting)
{
    append_str(out, deleting ? "\n[-" : "\n[");
    append_str(out, path);
    append_str(out, "]\n");
}

static void format_key(struct w3_reg_text *out, const struct w3_reg_key *base,
                       const struct w3_reg_key *current, const char *path)
{
    BOOL header = FALSE;
    if (!base) {
        append_section(out, path, FALSE);
        header = TRUE;
    } else {
        for (size_t i = 0; i < base->value_count; i++) {
            const struct w3_reg_value *v = &base->values[i];
            if (w3_reg_value_find(current, v->name))
                continue;
            if (!header)
                append_section(out, path, FALSE);
            header = TRUE;
            if (*v->name)
                append_quoted(out, v->name, strlen(v->name));
            else
                append(out, "@", 1);
            append_str(out, "=-\n");
        }
    }
    for (size_t i = 0; i < current->value_count; i++) {
        const struct w3_reg_value *v = &current->values[i];
        const struct w3_reg_value *old = base ? w3_reg_value_find(base, v->name) : NULL;
        if (old && same_value(old, v))
            continue;
        if (!header)
            append_section(out, path, FALSE);
        header = TRUE;
        append_value(out, v);
    }
    for (size_t i = 0; base && i < base->subkey_count; i++) {
        const struct w3_reg_key *gone = base->subkeys[i];
        if (w3_reg_subkey_find(current, gone->name))
            continue;
        size_t n = strlen(path) + 1 + strlen(gone->name) + 1;
        char *child = malloc(n);
        if (!child) {
            out->failed = TRUE;
            return;
        }
        snprintf(child, n, "%s\\%s", path, gone->name);
        append_section(out, child, TRUE);
        free(child);
    }
    for (size_t i = 0; i < current->subkey_count; i++) {
        const struct w3_reg_key *sub = current->subkeys[i];
        size_t n = strlen(path) + 1 + strlen(sub->name) + 1;
        char *child = malloc(n);
        if (!child) {
            out->failed = TRUE;
            return;
        }
        snprintf(child, n, "%s\\%s", path, sub->name);
        format_key(out, base ? w3_reg_subkey_find(base, sub->name) : NULL, sub, child);
        free(child);
    }
}

void w3_reg_format_changes(struct w3_reg_text *out, const struct w3_reg_key *base,
                           const struct w3_reg_key *current)
{
    for (size_t i = 0; i < current->subkey_count; i++) {
        const struct w3_reg_key *hive = current->subkeys[i];
        const struct w3_reg_key *old = w3_reg_subkey_find(base, hive->name);
        /* A hive exists in every registry: only what changed below it is written. */
        if (!old && !hive->value_count && !hive->subkey_count)
            continue;
        format_key(out, old, hive, hive->name);
    }
}
