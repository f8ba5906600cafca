/* What IIS's shipped applicationHost.config configures for the static file and request
 * filtering modules: the default MIME map and hidden segments. The configuration
 * system puts them beneath applicationHost.config (a file may <remove> or <clear/>
 * them), and without a configuration file they are the settings. */
#ifndef W3E_IIS_DEFAULTS_H
#define W3E_IIS_DEFAULTS_H

#include <stddef.h>

typedef struct w3e_mime_entry {
    const char *extension; /* ".docx" */
    const char *type;
} w3e_mime_entry;

/* iis_mime_map.c: sorted by extension, case-insensitive. */
extern const w3e_mime_entry w3e_default_mime_map[];
extern const size_t w3e_default_mime_count;

/* The index in w3e_default_mime_map of the extension (`len` bytes, with its dot,
 * case-insensitive), or -1. */
long w3e_default_mime_index(const char *extension, size_t len);

/* <hiddenSegments>: web.config, and the folders ASP.NET keeps to itself. */
#define W3E_DEFAULT_HIDDEN_SEGMENT_COUNT 8
extern const char *const w3e_default_hidden_segments[W3E_DEFAULT_HIDDEN_SEGMENT_COUNT];

/* Case-insensitive (ASCII) comparison of `a` (`len` bytes) with the string `b`, as
 * strcmp orders. */
int w3e_icmp_n(const char *a, size_t len, const char *b);

#endif
