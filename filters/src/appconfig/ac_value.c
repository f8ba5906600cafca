/* An attribute's text as the VARIANT IIS gives for its schema type: bool as VT_BOOL,
 * uint as VT_UI4, int as VT_I4, int64 as VT_I8, enum and flags as their VT_I4 numbers,
 * timeSpan as VT_I8 in 100-ns units, strings as VT_BSTR. Text that does not fit the
 * type gives HRESULT_FROM_WIN32(ERROR_INVALID_DATA). */
#include "appconfig.h"

#include <ctype.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#define BAD_VALUE HRESULT_FROM_WIN32(ERROR_INVALID_DATA)

static int parse_integer(const char *text, int is_signed, long long *out)
{
    char *end;
    errno = 0;
    while (isspace((unsigned char)*text))
        text++;
    if (!is_signed && *text == '-')
        return 0;
    *out = is_signed ? strtoll(text, &end, 10) : (long long)strtoull(text, &end, 10);
    while (isspace((unsigned char)*end))
        end++;
    return errno == 0 && end != text && *end == '\0';
}

/* A name of the attribute's <enum> (or <flag>) children, or a number. */
static int symbol_value(const ac_node *attribute, const char *kind, const char *name, size_t len,
                        long long *out)
{
    for (size_t i = 0; attribute != NULL && i < attribute->kid_count; i++) {
        const ac_node *item = attribute->kids[i];
        const char *item_name = ac_attr(item, "name");
        if (_stricmp(item->name, kind) == 0 && item_name != NULL && strlen(item_name) == len &&
            _strnicmp(item_name, name, len) == 0)
            return parse_integer(ac_attr(item, "value") ? ac_attr(item, "value") : "", 1, out);
    }
    char number[32];
    if (len == 0 || len >= sizeof number)
        return 0;
    memcpy(number, name, len);
    number[len] = '\0';
    return parse_integer(number, 1, out);
}

static int parse_flags(const ac_node *attribute, const char *text, long long *out)
{
    *out = 0;
    for (const char *p = text; *p != '\0';) {
        while (*p == ' ' || *p == ',')
            p++;
        size_t len = strcspn(p, ",");
        while (len > 0 && p[len - 1] == ' ')
            len--;
        long long bit;
        if (len > 0) {
            if (!symbol_value(attribute, "flag", p, len, &bit))
                return 0;
            *out |= bit;
        }
        p += len;
        while (*p == ' ')
            p++;
    }
    return 1;
}

/* [-][d.]hh:mm:ss[.fffffff], or a number of seconds. */
static int parse_timespan(const char *text, long long *ticks)
{
    long long days = 0, hours, minutes, seconds, fraction = 0, scale = 10000000;
    int negative = *text == '-';
    const char *p = text + negative;
    long long number;
    if (strchr(p, ':') == NULL) {
        if (!parse_integer(p, 0, &number))
            return 0;
        *ticks = (negative ? -number : number) * 10000000LL;
        return 1;
    }
    char *end;
    long long first = strtoll(p, &end, 10);
    if (*end == '.') {
        days = first;
        hours = strtoll(end + 1, &end, 10);
    } else
        hours = first;
    if (*end != ':')
        return 0;
    minutes = strtoll(end + 1, &end, 10);
    if (*end != ':')
        return 0;
    seconds = strtoll(end + 1, &end, 10);
    if (*end == '.')
        for (end++; isdigit((unsigned char)*end); end++)
            if (scale > 1)
                fraction += (*end - '0') * (scale /= 10);
    if (*end != '\0' || hours > 23 || minutes > 59 || seconds > 59)
        return 0;
    long long total = (((days * 24 + hours) * 60 + minutes) * 60 + seconds) * 10000000LL + fraction;
    *ticks = negative ? -total : total;
    return 1;
}

HRESULT ac_value(const ac_node *attribute, const char *text, VARIANT *out)
{
    VariantInit(out);
    const char *type = attribute != NULL ? ac_attr(attribute, "type") : NULL;
    long long number;
    if (text == NULL)
        text = "";
    if (type == NULL || _stricmp(type, "string") == 0 || _stricmp(type, "expandString") == 0) {
        V_VT(out) = VT_BSTR;
        V_BSTR(out) = ac_bstr(text);
        return V_BSTR(out) != NULL ? S_OK : E_OUTOFMEMORY;
    }
    if (_stricmp(type, "bool") == 0) {
        if (_stricmp(text, "true") != 0 && _stricmp(text, "false") != 0)
            return BAD_VALUE;
        V_VT(out) = VT_BOOL;
        V_BOOL(out) = _stricmp(text, "true") == 0 ? VARIANT_TRUE : VARIANT_FALSE;
        return S_OK;
    }
    if (_stricmp(type, "uint") == 0) {
        if (!parse_integer(text, 0, &number) || number > 0xFFFFFFFFLL)
            return BAD_VALUE;
        V_VT(out) = VT_UI4;
        V_UI4(out) = (ULONG)number;
        return S_OK;
    }
    if (_stricmp(type, "int") == 0 || _stricmp(type, "enum") == 0 || _stricmp(type, "flags") == 0) {
        int ok = _stricmp(type, "int") == 0 ? parse_integer(text, 1, &number)
                 : _stricmp(type, "enum") == 0
                     ? symbol_value(attribute, "enum", text, strlen(text), &number)
                     : parse_flags(attribute, text, &number);
        if (!ok || number < -0x80000000LL || number > 0xFFFFFFFFLL)
            return BAD_VALUE;
        V_VT(out) = VT_I4;
        V_I4(out) = (LONG)(ULONG)number;
        return S_OK;
    }
    if (_stricmp(type, "int64") == 0 || _stricmp(type, "timeSpan") == 0) {
        int ok = _stricmp(type, "int64") == 0 ? parse_integer(text, 1, &number)
                                              : parse_timespan(text, &number);
        if (!ok)
            return BAD_VALUE;
        V_VT(out) = VT_I8;
        V_I8(out) = number;
        return S_OK;
    }
    V_VT(out) = VT_BSTR; /* a type w3compat does not know reads as text */
    V_BSTR(out) = ac_bstr(text);
    return V_BSTR(out) != NULL ? S_OK : E_OUTOFMEMORY;
}
