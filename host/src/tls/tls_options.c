/* Parsing the TLS flags (tls_options.h). */
#include "tls_options.h"

#include <stdio.h>
#include <string.h>

static int is_tls_flag(const char *flag)
{
    return strcmp(flag, "--tls-cert") == 0 || strcmp(flag, "--tls-key") == 0 ||
           strcmp(flag, "--tls-client-certs") == 0 || strcmp(flag, "--tls-client-ca") == 0;
}

int tls_options_flag(host_tls_options *t, const char *flag, char *value)
{
    if (!is_tls_flag(flag))
        return -1;
#ifndef W3HOST_TLS
    (void)t;
    (void)value;
    fprintf(stderr, "w3host: %s: this build has no TLS (see docs/tls.md)\n", flag);
    return 2;
#else
    if (strcmp(flag, "--tls-cert") == 0) {
        if (t->cert_count == HOST_MAX_TLS_CERTS) {
            fprintf(stderr, "w3host: --tls-cert: more than %d given\n", HOST_MAX_TLS_CERTS);
            return 2;
        }
        tls_certificate *c = &t->certs[t->cert_count++];
        char *eq = strchr(value, '=');
        c->host_name = NULL;
        c->cert_file = value;
        if (eq != NULL) {
            *eq = '\0';
            c->host_name = value;
            c->cert_file = eq + 1;
        }
    } else if (strcmp(flag, "--tls-key") == 0) {
        if (t->key_count == t->cert_count) {
            fprintf(stderr, "w3host: --tls-key '%s' has no --tls-cert before it\n", value);
            return 2;
        }
        t->certs[t->key_count++].key_file = value;
    } else if (strcmp(flag, "--tls-client-certs") == 0) {
        if (strcmp(value, "negotiate") == 0)
            t->client_certs = TLS_CLIENT_CERTS_NEGOTIATE;
        else if (strcmp(value, "require") == 0)
            t->client_certs = TLS_CLIENT_CERTS_REQUIRE;
        else if (strcmp(value, "ignore") == 0)
            t->client_certs = TLS_CLIENT_CERTS_IGNORE;
        else {
            fprintf(stderr,
                    "w3host: --tls-client-certs: '%s' is not ignore, negotiate or require\n",
                    value);
            return 2;
        }
    } else {
        t->client_ca_file = value;
    }
    return 0;
#endif
}

int tls_options_check(const host_tls_options *t)
{
    if (t->key_count != t->cert_count) {
        fprintf(stderr, "w3host: --tls-cert '%s' has no --tls-key after it\n",
                t->certs[t->key_count].cert_file);
        return 2;
    }
    return 0;
}
