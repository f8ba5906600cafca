/* ExpandEnvironmentStrings. The expansion is done on WCHAR strings; the A form converts
 * to WCHAR and back, so both count characters of their own kind. */
#include <windows.h>

#include <stdlib.h>
#include <wchar.h>

#include "text_conv.h"

/* A growable WCHAR buffer; `failed` records an allocation failure. */
struct wbuf {
    WCHAR *data;
    size_t len, cap;
    int failed;
};

static void append(struct wbuf *b, const WCHAR *s, size_t n)
{
    if (b->failed)
        return;
    if (b->len + n + 1 > b->cap) {
        size_t cap = b->cap ? b->cap : 64;
        while (cap < b->len + n + 1)
            cap *= 2;
        WCHAR *bigger = realloc(b->data, cap * sizeof(WCHAR));
        if (!bigger) {
            b->failed = 1;
            return;
        }
        b->data = bigger;
        b->cap = cap;
    }
    wmemcpy(b->data + b->len, s, n);
    b->len += n;
    b->data[b->len] = 0;
}

/* Appends the value of the variable named by the n characters at name; FALSE when it is
 * not defined. */
static BOOL append_variable(struct wbuf *b, const WCHAR *name, size_t n)
{
    WCHAR *z = malloc((n + 1) * sizeof(WCHAR));
    DWORD size;
    BOOL found = FALSE;

    if (!z) {
        b->failed = 1;
        return TRUE;
    }
    wmemcpy(z, name, n);
    z[n] = 0;
    size = GetEnvironmentVariableW(z, NULL, 0);
    if (size > 0) {
        WCHAR *value = malloc(size * sizeof(WCHAR));
        DWORD len = value ? GetEnvironmentVariableW(z, value, size) : 0;
        if (value && len < size) {
            append(b, value, len);
            found = TRUE;
        } else if (!value) {
            b->failed = 1;
            found = TRUE;
        }
        free(value);
    }
    free(z);
    return found;
}

/* The expansion of src, malloc'd; NULL with ERROR_NOT_ENOUGH_MEMORY. */
static WCHAR *expand(LPCWSTR src)
{
    struct wbuf b = {NULL, 0, 0, 0};
    const WCHAR *p = src;

    append(&b, L"", 0);
    while (*p) {
        const WCHAR *close;
        if (*p != L'%' || !(close = wcschr(p + 1, L'%'))) {
            const WCHAR *next = wcschr(p + 1, L'%');
            size_t n = next ? (size_t)(next - p) : wcslen(p);
            append(&b, p, n);
            p += n;
            continue;
        }
        /* %NAME%: an undefined (or empty) name is kept, percent signs included. */
        if (close == p + 1 || !append_variable(&b, p + 1, (size_t)(close - p - 1)))
            append(&b, p, (size_t)(close - p + 1));
        p = close + 1;
    }
    if (b.failed) {
        free(b.data);
        SetLastError(ERROR_NOT_ENOUGH_MEMORY);
        return NULL;
    }
    return b.data;
}

DWORD WINAPI ExpandEnvironmentStringsW(LPCWSTR lpSrc, LPWSTR lpDst, DWORD nSize)
{
    WCHAR *result;
    DWORD needed;

    if (!lpSrc) {
        SetLastError(ERROR_INVALID_PARAMETER);
        return 0;
    }
    result = expand(lpSrc);
    if (!result)
        return 0;
    needed = (DWORD)wcslen(result) + 1;
    if (lpDst && nSize >= needed)
        wmemcpy(lpDst, result, needed);
    free(result);
    return needed;
}

DWORD WINAPI ExpandEnvironmentStringsA(LPCSTR lpSrc, LPSTR lpDst, DWORD nSize)
{
    WCHAR *src, *result;
    DWORD needed = 0;

    if (!lpSrc) {
        SetLastError(ERROR_INVALID_PARAMETER);
        return 0;
    }
    src = w3_utf8_to_wide(lpSrc);
    if (!src) {
        SetLastError(ERROR_NOT_ENOUGH_MEMORY);
        return 0;
    }
    result = expand(src);
    if (result) {
        needed = (DWORD)WideCharToMultiByte(CP_UTF8, 0, result, -1, NULL, 0, NULL, NULL);
        if (lpDst && nSize >= needed)
            WideCharToMultiByte(CP_UTF8, 0, result, -1, lpDst, (int)needed, NULL, NULL);
    }
    free(result);
    free(src);
    return needed;
}
