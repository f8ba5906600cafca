/* Converting value data and names for A and W callers. */
#include <stdlib.h>
#include <string.h>

#include "reg_data.h"
#include "reg_text.h"

BYTE *w3_reg_data_out(DWORD type, const BYTE *data, DWORD size, BOOL wide, DWORD *out_size)
{
    if (!w3_reg_is_string_type(type)) {
        BYTE *copy = malloc(size ? size : 1);
        if (copy && size)
            memcpy(copy, data, size);
        *out_size = size;
        return copy;
    }
    if (wide) {
        size_t units = w3_reg_utf16_to_wide(data, size, NULL);
        WCHAR *out = malloc((units ? units : 1) * sizeof(WCHAR));
        if (out)
            w3_reg_utf16_to_wide(data, size, out);
        *out_size = (DWORD)(units * sizeof(WCHAR));
        return (BYTE *)out;
    }
    size_t length;
    char *out = w3_reg_utf16_to_utf8(data, size, &length);
    *out_size = (DWORD)length;
    return (BYTE *)out;
}

BYTE *w3_reg_data_in(DWORD type, const BYTE *data, DWORD size, BOOL wide, DWORD *stored)
{
    size_t bytes;
    BYTE *out;
    if (!w3_reg_is_string_type(type)) {
        out = malloc(size ? size : 1);
        if (out && size)
            memcpy(out, data, size);
        bytes = size;
    } else if (wide) {
        out = w3_reg_wide_to_utf16((const WCHAR *)data, size / sizeof(WCHAR), &bytes);
    } else {
        out = w3_reg_utf8_to_utf16((const char *)data, size, &bytes);
    }
    *stored = (DWORD)bytes;
    return out;
}

LSTATUS w3_reg_give_data(const BYTE *data, DWORD size, LPBYTE buffer, LPDWORD cb)
{
    LSTATUS status = ERROR_SUCCESS;
    if (buffer) {
        if (*cb < size)
            status = ERROR_MORE_DATA;
        else if (size)
            memcpy(buffer, data, size);
    }
    *cb = size;
    return status;
}

DWORD w3_reg_name_length(const char *name, BOOL wide)
{
    if (!wide)
        return (DWORD)strlen(name);
    size_t bytes;
    BYTE *utf16 = w3_reg_utf8_to_utf16(name, strlen(name), &bytes);
    DWORD units = utf16 ? (DWORD)w3_reg_utf16_to_wide(utf16, bytes, NULL) : 0;
    free(utf16);
    return units;
}

LSTATUS w3_reg_give_name(const char *name, void *buffer, LPDWORD cch, BOOL wide)
{
    if (!buffer || !cch)
        return ERROR_INVALID_PARAMETER;
    if (!wide) {
        DWORD n = (DWORD)strlen(name);
        if (n >= *cch)
            return ERROR_MORE_DATA;
        memcpy(buffer, name, n + 1);
        *cch = n;
        return ERROR_SUCCESS;
    }
    size_t bytes;
    BYTE *utf16 = w3_reg_utf8_to_utf16(name, strlen(name), &bytes);
    if (!utf16)
        return ERROR_NOT_ENOUGH_MEMORY;
    DWORD n = (DWORD)w3_reg_utf16_to_wide(utf16, bytes, NULL);
    LSTATUS status = ERROR_MORE_DATA;
    if (n < *cch) {
        WCHAR *out = buffer;
        w3_reg_utf16_to_wide(utf16, bytes, out);
        out[n] = 0;
        *cch = n;
        status = ERROR_SUCCESS;
    }
    free(utf16);
    return status;
}
