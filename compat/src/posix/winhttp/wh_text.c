/* WinHTTP's text: wide arguments to UTF-8, results back to WCHARs, header lists. */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "../text_conv.h"
#include "wh_internal.h"

char *w3wh_narrow(LPCWSTR s, DWORD n)
{
    size_t count = n == (DWORD)-1 ? wcslen(s) : n;
    size_t bytes = w3_utf8_length_of_wide(s, count);
    char *out = malloc(bytes + 1);
    if (!out)
        return NULL;
    w3_encode_utf8(s, count, out);
    out[bytes] = '\0';
    return out;
}

char *w3wh_strdup(const char *s)
{
    size_t n = strlen(s) + 1;
    char *copy = malloc(n);
    if (copy)
        memcpy(copy, s, n);
    return copy;
}

BOOL w3wh_put_text(const char *text, size_t n, LPVOID buffer, LPDWORD length)
{
    DWORD needed = (DWORD)((n + 1) * sizeof(WCHAR));
    if (!buffer || *length < needed) {
        *length = needed;
        SetLastError(ERROR_INSUFFICIENT_BUFFER);
        return FALSE;
    }
    WCHAR *out = buffer;
    for (size_t i = 0; i < n; i++)
        out[i] = (WCHAR)(unsigned char)text[i];
    out[n] = 0;
    *length = (DWORD)(n * sizeof(WCHAR));
    SetLastError(ERROR_SUCCESS);
    return TRUE;
}

BOOL w3wh_headers_add(w3wh_headers *list, const char *name, size_t name_len, const char *value,
                      size_t value_len)
{
    if (list->count == list->capacity) {
        size_t capacity = list->capacity ? list->capacity * 2 : 8;
        w3wh_header *items = realloc(list->items, capacity * sizeof *items);
        if (!items)
            return FALSE;
        list->items = items;
        list->capacity = capacity;
    }
    char *n = malloc(name_len + 1), *v = malloc(value_len + 1);
    if (!n || !v) {
        free(n);
        free(v);
        return FALSE;
    }
    memcpy(n, name, name_len);
    n[name_len] = '\0';
    memcpy(v, value, value_len);
    v[value_len] = '\0';
    list->items[list->count].name = n;
    list->items[list->count].value = v;
    list->count++;
    return TRUE;
}

w3wh_header *w3wh_headers_find(const w3wh_headers *list, const char *name, DWORD index)
{
    for (size_t i = 0; i < list->count; i++)
        if (strcasecmp(list->items[i].name, name) == 0 && index-- == 0)
            return &list->items[i];
    return NULL;
}

void w3wh_headers_remove(w3wh_headers *list, w3wh_header *h)
{
    size_t at = (size_t)(h - list->items);
    free(h->name);
    free(h->value);
    memmove(h, h + 1, (list->count - at - 1) * sizeof *h);
    list->count--;
}

void w3wh_headers_clear(w3wh_headers *list)
{
    for (size_t i = 0; i < list->count; i++) {
        free(list->items[i].name);
        free(list->items[i].value);
    }
    free(list->items);
    list->items = NULL;
    list->count = list->capacity = 0;
}
