/* Byte ranges and If-None-Match for the static file handler. */
#include "static_file.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/text.h"

enum w3s_range_result w3s_parse_range(const char *header, unsigned long long size,
                                      unsigned long long *first, unsigned long long *last)
{
    if (header == NULL || strncmp(header, "bytes=", 6) != 0 || strchr(header, ',') != NULL)
        return W3S_RANGE_NONE;
    const char *p = header + 6;
    unsigned long long a, b;
    if (*p == '-') { /* the last b bytes */
        p++;
        if (!w3e_parse_u64(&p, &b) || *p != '\0')
            return W3S_RANGE_NONE;
        if (b == 0 || size == 0)
            return W3S_RANGE_UNSATISFIABLE;
        *first = b >= size ? 0 : size - b;
        *last = size - 1;
        return W3S_RANGE_OK;
    }
    if (!w3e_parse_u64(&p, &a) || *p++ != '-')
        return W3S_RANGE_NONE;
    if (*p == '\0') {
        b = size == 0 ? 0 : size - 1;
    } else if (!w3e_parse_u64(&p, &b) || *p != '\0' || b < a) {
        return W3S_RANGE_NONE;
    }
    if (a >= size)
        return W3S_RANGE_UNSATISFIABLE;
    *first = a;
    *last = b >= size ? size - 1 : b;
    return W3S_RANGE_OK;
}

int w3s_etag_matches(const char *list, const char *etag)
{
    const char *p = list;
    while (*p != '\0') {
        while (*p == ' ' || *p == '\t' || *p == ',')
            p++;
        if (*p == '*')
            return 1;
        if (p[0] == 'W' && p[1] == '/')
            p += 2; /* If-None-Match compares weakly */
        const char *start = p;
        if (*p != '"')
            return 0;
        p = strchr(p + 1, '"');
        if (p == NULL)
            return 0;
        p++;
        size_t len = (size_t)(p - start);
        if (len == strlen(etag) && memcmp(start, etag, len) == 0)
            return 1;
    }
    return 0;
}
