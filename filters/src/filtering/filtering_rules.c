/* The checks of <requestFiltering>, in IIS's terms (filtering.h): URL and query string
 * length (404.14, 404.15), double escaping (404.11), high-bit characters (404.12), denied
 * URL and query string sequences (404.5, 404.18), file extensions (404.7), hidden
 * segments (404.8), verbs (404.6), the declared content length (413.1) and header
 * limits (431). alwaysAllowedUrls lets a URL past all of them. */
#include "filtering/filtering.h"

#include <string.h>

#include "base/text.h"
#include "core/iis_defaults.h"

#define URL_BYTES 8192

/* One pass of %XX decoding, '+' left as it is; 0 if it does not fit. */
static size_t unescape(const char *in, size_t len, char *out, size_t size)
{
    size_t n = 0;
    for (size_t i = 0; i < len; i++) {
        if (n + 1 >= size)
            return 0;
        int hi, lo;
        if (in[i] == '%' && i + 2 < len && (hi = w3e_hex_digit(in[i + 1])) >= 0 &&
            (lo = w3e_hex_digit(in[i + 2])) >= 0) {
            out[n++] = (char)(hi * 16 + lo);
            i += 2;
        } else {
            out[n++] = in[i];
        }
    }
    out[n] = '\0';
    return n;
}

/* IIS calls a URL double-escaped when decoding it a second time would change it: it
 * still holds an escape after one pass, or a '+' (a form-encoded space). */
static int double_escaped(const char *once, size_t len)
{
    for (size_t i = 0; i < len; i++) {
        if (once[i] == '+')
            return 1;
        if (once[i] == '%' && i + 2 < len && w3e_hex_digit(once[i + 1]) >= 0 &&
            w3e_hex_digit(once[i + 2]) >= 0)
            return 1;
    }
    return 0;
}

static int has_high_bit(const char *s, size_t len)
{
    for (size_t i = 0; i < len; i++)
        if ((unsigned char)s[i] >= 0x80)
            return 1;
    return 0;
}

/* Case-insensitive substring search. */
static int contains(const char *hay, size_t len, const char *needle)
{
    size_t n = strlen(needle);
    if (n == 0)
        return 0;
    for (size_t i = 0; i + n <= len; i++)
        if (w3e_ieqn(hay + i, needle, n))
            return 1;
    return 0;
}

static int any_sequence(const w3f_list *list, const char *text, size_t len)
{
    for (size_t i = 0; i < list->count; i++)
        if (contains(text, len, list->items[i]))
            return 1;
    return 0;
}

/* The entry of `list` equal to `text` (`len` bytes, case-insensitive), or -1. */
static long find(const w3f_list *list, const char *text, size_t len)
{
    for (size_t i = 0; i < list->count; i++)
        if (w3e_icmp_n(text, len, list->items[i]) == 0)
            return (long)i;
    return -1;
}

/* Whether a listed-or-unlisted name passes an allow/deny collection. */
static int passes(const w3f_list *list, int allow_unlisted, const char *text, size_t len)
{
    long at = find(list, text, len);
    if (at < 0)
        return allow_unlisted;
    return list->allowed == NULL || list->allowed[at];
}

static int hidden_segment(const w3f_list *hidden, const char *path, size_t len)
{
    size_t i = 0;
    while (i < len) {
        while (i < len && path[i] == '/')
            i++;
        size_t start = i;
        while (i < len && path[i] != '/')
            i++;
        if (i > start && find(hidden, path + start, i - start) >= 0)
            return 1;
    }
    return 0;
}

/* The extension of the path's last segment, with its dot; "." when it has none, as
 * IIS lists extensionless URLs in <fileExtensions>. */
static const char *extension_of(const char *path, size_t len, size_t *ext_len)
{
    size_t i = len;
    while (i > 0 && path[i - 1] != '/' && path[i - 1] != '.')
        i--;
    if (i == 0 || path[i - 1] != '.') {
        *ext_len = 1;
        return ".";
    }
    *ext_len = len - (i - 1);
    return path + i - 1;
}

static int over_header_limit(const w3f_rules *rules, const w3f_request *request)
{
    for (size_t i = 0; i < rules->header_limits.count && request->header != NULL; i++) {
        const char *value = request->header(request->header_ctx, rules->header_limits.items[i]);
        if (value != NULL && strlen(value) > rules->header_limits.limits[i])
            return 1;
    }
    return 0;
}

w3f_verdict w3f_check(const w3f_rules *rules, const w3f_request *request)
{
    w3f_verdict deny404 = {404, 0}, pass = {0, 0};
    const char *url = request->url;
    size_t path_len = strcspn(url, "?#");
    const char *query = url[path_len] == '?' ? url + path_len + 1 : "";
    size_t query_len = strcspn(query, "#");
    char once[URL_BYTES];
    size_t once_len = unescape(url, path_len, once, sizeof once);
    if (once_len == 0 && path_len > 0) {
        deny404.substatus = 14; /* longer than any URL IIS takes */
        return deny404;
    }
    if (find(&rules->always_urls, once, once_len) >= 0)
        return pass;
    if (path_len > rules->max_url)
        deny404.substatus = 14;
    else if (query_len > rules->max_query)
        deny404.substatus = 15;
    else if (!rules->allow_double_escaping && double_escaped(once, once_len))
        deny404.substatus = 11;
    else if (!rules->allow_high_bit &&
             (has_high_bit(url, path_len) || has_high_bit(once, once_len)))
        deny404.substatus = 12;
    else if (any_sequence(&rules->deny_urls, once, once_len))
        deny404.substatus = 5;
    if (deny404.substatus != 0)
        return deny404;
    if (any_sequence(&rules->deny_queries, query, query_len)) {
        deny404.substatus = 18;
        return deny404;
    }
    if (rules->unescape_query && rules->deny_queries.count > 0) {
        char decoded[URL_BYTES];
        size_t n = unescape(query, query_len, decoded, sizeof decoded);
        if (any_sequence(&rules->deny_queries, decoded, n)) {
            deny404.substatus = 18;
            return deny404;
        }
    }
    size_t ext_len;
    const char *ext = extension_of(once, once_len, &ext_len);
    if (!passes(&rules->extensions, rules->extensions_allow_unlisted, ext, ext_len))
        deny404.substatus = 7;
    else if (hidden_segment(&rules->hidden, once, once_len))
        deny404.substatus = 8;
    else if (!passes(&rules->verbs, rules->verbs_allow_unlisted, request->method,
                     strlen(request->method)))
        deny404.substatus = 6;
    if (deny404.substatus != 0)
        return deny404;
    if (request->content_length >= 0 &&
        (unsigned long long)request->content_length > rules->max_content_length) {
        w3f_verdict too_large = {413, 1};
        return too_large;
    }
    if (over_header_limit(rules, request)) {
        w3f_verdict too_long = {431, 0};
        return too_long;
    }
    return pass;
}
