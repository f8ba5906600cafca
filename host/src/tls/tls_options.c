/* Parsing the TLS flags (tls_options.h). */
#include "tls_options.h"

#include <stdio.h>
#include <string.h>

#include "w3config.h"

static int is_tls_flag(const char *flag)
{
    return strcmp(flag, "--tls-cert") == 0 || strcmp(flag, "--tls-key") == 0 ||
           strcmp(flag, "--tls-client-certs") == 0 || strcmp(flag, "--tls-client-ca") == 0;
}

int tls_options_flag(host_tls_options *t, const char *flag, char *value)
{
    if (!is_tls_flag(flag))
        return -1;
    if (strcmp(flag, "--tls-cert") == 0) {
        if (t->cert_count == HOST_MAX_TLS_CERTS) {
            fprintf(stderr, "w3host: --tls-cert: more than %d given\n", HOST_MAX_TLS_CERTS);
            return 2;
        }
        if (!t->certs_from_flags)
            t->cert_count = t->key_count = 0;
        t->certs_from_flags = 1;
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
}

void tls_options_from_config(host_tls_options *t, const w3_config *c)
{
    memset(t, 0, sizeof *t);
    size_t first = 0;
    while (first < c->certificate_count && c->certificates[first].host_name != NULL)
        first++;
    if (first == c->certificate_count)
        first = 0;
    for (size_t i = 0; i < c->certificate_count && t->cert_count < HOST_MAX_TLS_CERTS; i++) {
        /* the default first, then the others in the file's order */
        size_t k = i == 0 ? first : (i <= first ? i - 1 : i);
        tls_certificate *e = &t->certs[t->cert_count++];
        e->host_name = c->certificates[k].host_name;
        e->cert_file = c->certificates[k].certificate_file;
        e->key_file = c->certificates[k].key_file;
    }
    t->key_count = t->cert_count;
    if (c->ssl_flags & W3_SSL_REQUIRE_CERT)
        t->client_certs = TLS_CLIENT_CERTS_REQUIRE;
    else if (c->ssl_flags & W3_SSL_NEGOTIATE_CERT)
        t->client_certs = TLS_CLIENT_CERTS_NEGOTIATE;
    t->client_ca_file = c->client_ca_file;
}

int tls_options_check(host_tls_options *t)
{
    if (t->key_count != t->cert_count) {
        fprintf(stderr, "w3host: --tls-cert '%s' has no --tls-key after it\n",
                t->certs[t->key_count].cert_file);
        return 2;
    }
    if (t->cert_count != 0) {
        if (!tls_random_bytes(t->ticket_key, sizeof t->ticket_key)) {
            fprintf(stderr, "w3host: TLS: no random bytes for the session ticket key\n");
            return 2;
        }
        t->ticket_key_set = 1;
    }
    return 0;
}
