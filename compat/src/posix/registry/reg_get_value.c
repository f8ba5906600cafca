/* RegGetValue: RegQueryValueEx with a type filter and expansion of REG_EXPAND_SZ data.
 * Strings stored without a terminator come back as stored, as Wine returns them. */
#include <stdlib.h>
#include <string.h>

#include "reg_data.h"
#include "reg_handles.h"
#include "reg_path.h"
#include "reg_store.h"
#include "reg_text.h"

/* The RRF_RT_* bit that admits a value type; 0 for types only RRF_RT_ANY admits. */
static DWORD type_flag(DWORD type)
{
    switch (type) {
    case REG_NONE:
        return RRF_RT_REG_NONE;
    case REG_SZ:
        return RRF_RT_REG_SZ;
    case REG_EXPAND_SZ:
        return RRF_RT_REG_EXPAND_SZ;
    case REG_BINARY:
        return RRF_RT_REG_BINARY;
    case REG_DWORD:
        return RRF_RT_REG_DWORD;
    case REG_MULTI_SZ:
        return RRF_RT_REG_MULTI_SZ;
    case REG_QWORD:
        return RRF_RT_REG_QWORD;
    default:
        return 0;
    }
}

/* Does the filter admit a value of this type and size? ERROR_UNSUPPORTED_TYPE for a
 * type it excludes, ERROR_DATATYPE_MISMATCH for REG_BINARY data read as a DWORD or
 * QWORD that is not 4 or 8 bytes long. */
static LSTATUS filter(DWORD flags, DWORD type, DWORD size)
{
    DWORD wanted = flags & RRF_RT_ANY;
    if (wanted != RRF_RT_ANY && !(wanted & type_flag(type)))
        return ERROR_UNSUPPORTED_TYPE;
    if (type == REG_BINARY && (wanted & RRF_RT_DWORD) == RRF_RT_DWORD && size != 4)
        return ERROR_DATATYPE_MISMATCH;
    if (type == REG_BINARY && (wanted & RRF_RT_QWORD) == RRF_RT_QWORD && size != 8)
        return ERROR_DATATYPE_MISMATCH;
    return ERROR_SUCCESS;
}

/* The value's stored data as RegGetValue returns it, still in UTF-16LE for strings:
 * REG_EXPAND_SZ expanded into REG_SZ unless RRF_NOEXPAND. */
static BYTE *prepared(const struct w3_reg_value *v, DWORD flags, DWORD *type, DWORD *size)
{
    *type = v->type;
    if (v->type == REG_EXPAND_SZ && !(flags & RRF_NOEXPAND)) {
        size_t length, bytes;
        char *text = w3_reg_utf16_to_utf8(v->data, v->size, &length);
        char *expanded = text ? w3_reg_expand_environment(text) : NULL;
        BYTE *out = expanded ? w3_reg_utf8_to_utf16(expanded, strlen(expanded) + 1, &bytes) : NULL;
        free(text);
        free(expanded);
        *type = REG_SZ;
        *size = (DWORD)bytes;
        return out;
    }
    BYTE *out = malloc(v->size ? v->size : 1);
    if (out && v->size)
        memcpy(out, v->data, v->size);
    *size = v->size;
    return out;
}

static LSTATUS get_value(HKEY hkey, const char *subkey, const char *name, DWORD flags,
                         LPDWORD type_out, PVOID data, LPDWORD cb, BOOL wide)
{
    if (data && !cb)
        return ERROR_INVALID_PARAMETER;
    if ((flags & RRF_RT_REG_EXPAND_SZ) && !(flags & RRF_NOEXPAND) &&
        (flags & RRF_RT_ANY) != RRF_RT_ANY)
        return ERROR_INVALID_PARAMETER;
    DWORD capacity = cb ? *cb : 0;
    LSTATUS status = w3_reg_store_begin(FALSE);
    if (status != ERROR_SUCCESS)
        return status;
    struct w3_reg_target target;
    struct w3_reg_key *key = NULL;
    status = w3_reg_handle_target(hkey, subkey && *subkey ? 0 : KEY_QUERY_VALUE, &target);
    if (status == ERROR_SUCCESS)
        status = w3_reg_path_walk(target.key, subkey, FALSE, &key, NULL, NULL);
    const struct w3_reg_value *v = NULL;
    if (status == ERROR_SUCCESS && !(v = w3_reg_value_find(key, name ? name : "")))
        status = ERROR_FILE_NOT_FOUND;
    DWORD type = REG_NONE, size = 0;
    if (status == ERROR_SUCCESS) {
        DWORD stored_size;
        BYTE *stored = prepared(v, flags, &type, &stored_size);
        BYTE *out = stored ? w3_reg_data_out(type, stored, stored_size, wide, &size) : NULL;
        if (!out)
            status = ERROR_NOT_ENOUGH_MEMORY;
        else if ((status = filter(flags, type, size)) == ERROR_SUCCESS && data) {
            if (capacity < size)
                status = ERROR_MORE_DATA;
            else
                memcpy(data, out, size);
        }
        free(stored);
        free(out);
        if (type_out)
            *type_out = type;
        if (cb)
            *cb = size;
    }
    if (status != ERROR_SUCCESS && data && (flags & RRF_ZEROONFAILURE))
        memset(data, 0, capacity);
    return w3_reg_store_end(FALSE, FALSE, status);
}

LSTATUS WINAPI RegGetValueA(HKEY hkey, LPCSTR lpSubKey, LPCSTR lpValue, DWORD dwFlags,
                            LPDWORD pdwType, PVOID pvData, LPDWORD pcbData)
{
    return get_value(hkey, lpSubKey, lpValue, dwFlags, pdwType, pvData, pcbData, FALSE);
}

LSTATUS WINAPI RegGetValueW(HKEY hkey, LPCWSTR lpSubKey, LPCWSTR lpValue, DWORD dwFlags,
                            LPDWORD pdwType, PVOID pvData, LPDWORD pcbData)
{
    BOOL failed_subkey, failed_value;
    char *subkey = w3_reg_name_from_wide(lpSubKey, &failed_subkey);
    char *value = w3_reg_name_from_wide(lpValue, &failed_value);
    LSTATUS status = (failed_subkey || failed_value)
                         ? (LSTATUS)ERROR_NOT_ENOUGH_MEMORY
                         : get_value(hkey, subkey, value, dwFlags, pdwType, pvData, pcbData, TRUE);
    free(subkey);
    free(value);
    return status;
}
