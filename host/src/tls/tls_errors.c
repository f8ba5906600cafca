/* Telling plain HTTP from TLS (tls_errors.h). */
#include "tls_errors.h"

#include <string.h>

int tls_is_plain_http(const unsigned char *data, size_t len)
{
    /* A TLS record starts with its content type (20-24); a request with a method. */
    static const char *const methods[] = {"GET ",    "POST ",    "HEAD ",  "PUT ",
                                          "DELETE ", "OPTIONS ", "PATCH ", "CONNECT "};
    for (size_t i = 0; i < sizeof methods / sizeof methods[0]; i++) {
        size_t n = strlen(methods[i]);
        if (len >= n && memcmp(data, methods[i], n) == 0)
            return 1;
    }
    return 0;
}
