/* <w3compat><tls clientCertificateAuthorities><certificate hostName certificateFile
 * keyFile/></tls> and <access sslFlags>. */
#include "config_tls.h"

#include <string.h>

#include "base/text.h"
#include "config_values.h"

void w3c_tls_start(config_reader *r, const char *name, const char **attrs)
{
    const char *ca = w3c_attr(attrs, "clientCertificateAuthorities");
    if (ca != NULL && ca[0] != '\0')
        w3c_set_string(r, name, &r->cfg->client_ca_file, ca);
}

void w3c_certificate_add(config_reader *r, const char *name, const char **attrs)
{
    w3_config *c = r->cfg;
    const char *host = w3c_attr(attrs, "hostName");
    const char *cert = w3c_attr(attrs, "certificateFile");
    const char *key = w3c_attr(attrs, "keyFile");
    if (cert == NULL || cert[0] == '\0' || key == NULL || key[0] == '\0') {
        w3c_fail(r, name, "certificateFile and keyFile are both needed");
        return;
    }
    if (c->certificate_count == W3_CONFIG_MAX_ITEMS) {
        w3c_fail(r, name, "more than %d certificates", W3_CONFIG_MAX_ITEMS);
        return;
    }
    w3_config_certificate *e = &c->certificates[c->certificate_count++];
    if (host != NULL && host[0] != '\0')
        w3c_set_string(r, name, &e->host_name, host);
    w3c_set_string(r, name, &e->certificate_file, cert);
    w3c_set_string(r, name, &e->key_file, key);
}

/* sslFlags: "None" or a comma-separated list of Ssl, SslNegotiateCert, SslRequireCert,
 * SslMapCert (accepted, no mapping here) and Ssl128, in any case. */
void w3c_access_start(config_reader *r, const char *name, const char **attrs)
{
    static const struct {
        const char *word;
        unsigned bit;
    } words[] = {{"None", 0},
                 {"Ssl", W3_SSL_REQUIRED},
                 {"SslNegotiateCert", W3_SSL_NEGOTIATE_CERT},
                 {"SslRequireCert", W3_SSL_REQUIRE_CERT},
                 {"SslMapCert", 0},
                 {"Ssl128", W3_SSL_128}};
    const char *text = w3c_attr(attrs, "sslFlags");
    if (text == NULL)
        return;
    unsigned flags = 0;
    for (const char *p = text; *p != '\0';) {
        while (*p == ' ' || *p == ',')
            p++;
        size_t len = strcspn(p, ", ");
        if (len == 0)
            break;
        size_t i = 0;
        while (i < sizeof words / sizeof words[0] &&
               !(strlen(words[i].word) == len && w3e_ieqn(p, words[i].word, len)))
            i++;
        if (i == sizeof words / sizeof words[0]) {
            w3c_fail(r, name, "sslFlags=\"%s\": '%.*s' is not an SSL flag", text, (int)len, p);
            return;
        }
        flags |= words[i].bit;
        p += len;
    }
    r->cfg->ssl_flags = flags;
}
