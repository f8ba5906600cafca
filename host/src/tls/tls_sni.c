/* SNI host name matching (tls_sni.h). */
#include "tls_sni.h"

#include <string.h>
#include <strings.h>

int tls_sni_matches(const char *pattern, const char *name)
{
    if (strncmp(pattern, "*.", 2) == 0) {
        const char *dot = strchr(name, '.');
        return dot != NULL && dot != name && strcasecmp(dot + 1, pattern + 2) == 0;
    }
    return strcasecmp(pattern, name) == 0;
}
