/* Lookups in IIS's defaults (iis_defaults.h). */
#include "core/iis_defaults.h"

const char *const w3e_default_hidden_segments[W3E_DEFAULT_HIDDEN_SEGMENT_COUNT] = {
    "web.config",        "bin",      "App_code",     "App_GlobalResources", "App_LocalResources",
    "App_WebReferences", "App_Data", "App_Browsers",
};

static unsigned char lower(unsigned char c)
{
    return c >= 'A' && c <= 'Z' ? (unsigned char)(c + ('a' - 'A')) : c;
}

int w3e_icmp_n(const char *a, size_t len, const char *b)
{
    for (size_t i = 0; i < len; i++) {
        unsigned char x = lower((unsigned char)a[i]), y = lower((unsigned char)b[i]);
        if (x != y)
            return x < y ? -1 : 1;
        if (y == '\0')
            return 1; /* b ended first */
    }
    return b[len] == '\0' ? 0 : -1;
}

long w3e_default_mime_index(const char *extension, size_t len)
{
    size_t lo = 0, hi = w3e_default_mime_count;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        int c = w3e_icmp_n(extension, len, w3e_default_mime_map[mid].extension);
        if (c == 0)
            return (long)mid;
        if (c < 0)
            hi = mid;
        else
            lo = mid + 1;
    }
    return -1;
}
