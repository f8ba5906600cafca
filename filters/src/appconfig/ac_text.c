/* A VARIANT as the text a configuration file holds for an attribute of a schema type:
 * the inverse of ac_value.c (enum values by their names, flags as "A, B", timeSpan as
 * [d.]hh:mm:ss[.fffffff], bool as true/false). */
#include "appconfig.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int is_type(const char *type, const char *name)
{
    return type != NULL && _stricmp(type, name) == 0;
}

/* The value as a 64-bit integer (any numeric or text VARIANT). */
static int as_integer(const VARIANT *value, long long *out)
{
    VARIANT number;
    VariantInit(&number);
    if (FAILED(VariantChangeType(&number, (VARIANT *)value, 0, VT_I8)))
        return 0;
    *out = V_I8(&number);
    return 1;
}

/* The name of the <enum> (or <flag>) child of `attribute` whose value is `number`. */
static const char *symbol_name(const ac_node *attribute, const char *kind, long long number)
{
    for (size_t i = 0; attribute != NULL && i < attribute->kid_count; i++) {
        const ac_node *item = attribute->kids[i];
        const char *text = ac_attr(item, "value");
        if (_stricmp(item->name, kind) == 0 && text != NULL && strtoll(text, NULL, 0) == number)
            return ac_attr(item, "name");
    }
    return NULL;
}

static char *flags_text(const ac_node *attribute, long long bits)
{
    size_t size = 1;
    for (size_t i = 0; attribute != NULL && i < attribute->kid_count; i++)
        if (ac_attr(attribute->kids[i], "name") != NULL)
            size += strlen(ac_attr(attribute->kids[i], "name")) + 2;
    char *text = calloc(1, size);
    long long left = bits;
    for (size_t i = 0; text != NULL && attribute != NULL && i < attribute->kid_count; i++) {
        const ac_node *item = attribute->kids[i];
        const char *name = ac_attr(item, "name"), *value = ac_attr(item, "value");
        long long bit = value != NULL ? strtoll(value, NULL, 0) : 0;
        if (_stricmp(item->name, "flag") != 0 || name == NULL || bit == 0 || (bits & bit) != bit)
            continue;
        if (text[0] != '\0')
            strcat(text, ", ");
        strcat(text, name);
        left &= ~bit;
    }
    if (text != NULL && left != 0) {
        free(text);
        return NULL; /* bits no <flag> names */
    }
    return text;
}

static char *timespan_text(long long ticks)
{
    char text[64];
    const char *sign = ticks < 0 ? "-" : "";
    unsigned long long t = ticks < 0 ? 0ULL - (unsigned long long)ticks : (unsigned long long)ticks;
    unsigned long long fraction = t % 10000000ULL, seconds = t / 10000000ULL;
    unsigned long long days = seconds / 86400, rest = seconds % 86400;
    int n = days ? snprintf(text, sizeof text, "%s%llu.%02llu:%02llu:%02llu", sign, days,
                            rest / 3600, rest / 60 % 60, rest % 60)
                 : snprintf(text, sizeof text, "%s%02llu:%02llu:%02llu", sign, rest / 3600,
                            rest / 60 % 60, rest % 60);
    if (fraction)
        snprintf(text + n, sizeof text - (size_t)n, ".%07llu", fraction);
    return _strdup(text);
}

HRESULT ac_text(const ac_node *attribute, const VARIANT *value, char **out)
{
    const char *type = attribute != NULL ? ac_attr(attribute, "type") : NULL;
    char number[32];
    long long n;
    *out = NULL;
    if (is_type(type, "bool")) {
        VARIANT b;
        VariantInit(&b);
        if (FAILED(VariantChangeType(&b, (VARIANT *)value, 0, VT_BOOL)))
            return E_INVALIDARG;
        *out = _strdup(V_BOOL(&b) ? "true" : "false");
    } else if (is_type(type, "enum") && V_VT(value) != VT_BSTR) {
        const char *name = as_integer(value, &n) ? symbol_name(attribute, "enum", n) : NULL;
        if (name == NULL)
            return E_INVALIDARG;
        *out = _strdup(name);
    } else if (is_type(type, "flags") && V_VT(value) != VT_BSTR) {
        if (!as_integer(value, &n) || (*out = flags_text(attribute, n)) == NULL)
            return E_INVALIDARG;
    } else if (is_type(type, "timeSpan") && V_VT(value) != VT_BSTR) {
        if (!as_integer(value, &n))
            return E_INVALIDARG;
        *out = timespan_text(n);
    } else if (V_VT(value) == VT_BSTR) {
        *out = ac_utf8(V_BSTR(value) != NULL ? V_BSTR(value) : L"");
    } else {
        if (!as_integer(value, &n))
            return E_INVALIDARG;
        snprintf(number, sizeof number, "%lld", n);
        *out = _strdup(number);
    }
    if (*out == NULL)
        return E_OUTOFMEMORY;
    /* The text must read back as the type (a number out of range, a bad name...). */
    VARIANT check;
    HRESULT hr = ac_value(attribute, *out, &check);
    VariantClear(&check);
    if (FAILED(hr)) {
        free(*out);
        *out = NULL;
    }
    return hr;
}
