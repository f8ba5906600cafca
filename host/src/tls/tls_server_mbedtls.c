/* The listener's mbedTLS configuration: the certificates (the first the default, SNI
 * picks another), ALPN http/1.1, TLS 1.2 and 1.3, session tickets under the key the
 * workers share, and client certificates taken as IIS takes them. */
#include "tls_server_mbedtls.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <mbedtls/entropy.h>
#include <mbedtls/error.h>
#include <mbedtls/platform_util.h>
#include <mbedtls/psa_util.h>
#include <mbedtls/ssl_cache.h>
#include <mbedtls/ssl_ticket.h>
#include <psa/crypto.h>

#include "tls_sni.h"

/* How long a session resumes (s), and how many TLS 1.2 session ids the cache holds:
 * OpenSSL's defaults, so that both backends agree. */
#define TICKET_LIFETIME 7200
#define SESSION_CACHE_ENTRIES 20480

struct tls_server {
    mbedtls_ssl_config conf;
    tls_site *sites;
    size_t site_count;
    mbedtls_x509_crt client_cas;
    mbedtls_ssl_ticket_context tickets;
    int tickets_ready;
    mbedtls_ssl_cache_context session_cache;
    int shared_ticket_key;
    unsigned char ticket_key[TLS_TICKET_KEY_BYTES]; /* name 16, AES 32, HMAC 32 */
    time_t ticket_key_installed;
};

static const char *const alpn_protocols[] = {"http/1.1", NULL};

/* The cipher suites (the same as tls_server_openssl.c's), of which the client's
 * preferred one is taken: all are AEAD with ECDHE, none weaker than another enough to
 * overrule the client (mbedTLS's TLS 1.3 server always follows the client). */
static const int cipher_suites[] = {MBEDTLS_TLS1_3_AES_256_GCM_SHA384,
                                    MBEDTLS_TLS1_3_CHACHA20_POLY1305_SHA256,
                                    MBEDTLS_TLS1_3_AES_128_GCM_SHA256,
                                    MBEDTLS_TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384,
                                    MBEDTLS_TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384,
                                    MBEDTLS_TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256,
                                    MBEDTLS_TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256,
                                    MBEDTLS_TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256,
                                    MBEDTLS_TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256,
                                    0};

static const uint16_t groups[] = {
    MBEDTLS_SSL_IANA_TLS_GROUP_X25519, MBEDTLS_SSL_IANA_TLS_GROUP_SECP256R1,
    MBEDTLS_SSL_IANA_TLS_GROUP_SECP384R1, MBEDTLS_SSL_IANA_TLS_GROUP_NONE};

static void mbedtls_reason(char *err, size_t err_size, const char *what, const char *file, int code)
{
    char reason[200];
    mbedtls_strerror(code, reason, sizeof reason);
    if (file != NULL)
        snprintf(err, err_size, "%s %s: %s", what, file, reason);
    else
        snprintf(err, err_size, "%s: %s", what, reason);
}

static int on_server_name(void *arg, mbedtls_ssl_context *ssl, const unsigned char *name,
                          size_t len)
{
    const tls_server *server = arg;
    char host[256];
    if (len == 0 || len >= sizeof host || memchr(name, '\0', len) != NULL)
        return 0; /* the default certificate */
    memcpy(host, name, len);
    host[len] = '\0';
    for (size_t i = 0; i < server->site_count; i++) {
        tls_site *s = &server->sites[i];
        if (s->host_name != NULL && tls_sni_matches(s->host_name, host)) {
            const tls_site **used = mbedtls_ssl_get_user_data_p(ssl);
            *used = s;
            return mbedtls_ssl_set_hs_own_cert(ssl, &s->chain, &s->key);
        }
    }
    return 0;
}

/* Any client certificate is taken, as IIS takes it: whether its issuer is trusted is
 * reported (CERT_FLAGS bit 1, found again by tls_conn_facts), not enforced. */
static int accept_any_certificate(void *arg, mbedtls_x509_crt *crt, int depth, uint32_t *flags)
{
    (void)arg;
    (void)crt;
    (void)depth;
    *flags = 0;
    return 0;
}

/* Reinstalls the shared key before mbedTLS's own rotation would replace it with a
 * random one of this process only. */
static void keep_shared_ticket_key(tls_server *server)
{
    time_t now = time(NULL);
    if (!server->shared_ticket_key || now - server->ticket_key_installed < TICKET_LIFETIME / 2)
        return;
    if (mbedtls_ssl_ticket_rotate(&server->tickets, server->ticket_key, 16, server->ticket_key + 16,
                                  32, TICKET_LIFETIME) == 0)
        server->ticket_key_installed = now;
}

static int write_ticket(void *arg, const mbedtls_ssl_session *session, unsigned char *start,
                        const unsigned char *end, size_t *len, uint32_t *lifetime)
{
    tls_server *server = arg;
    keep_shared_ticket_key(server);
    return mbedtls_ssl_ticket_write(&server->tickets, session, start, end, len, lifetime);
}

static int parse_ticket(void *arg, mbedtls_ssl_session *session, unsigned char *buf, size_t len)
{
    tls_server *server = arg;
    return mbedtls_ssl_ticket_parse(&server->tickets, session, buf, len);
}

static int tickets_setup(tls_server *server, char *err, size_t err_size)
{
    mbedtls_ssl_ticket_init(&server->tickets);
    server->tickets_ready = 1;
    int rc =
        mbedtls_ssl_ticket_setup(&server->tickets, mbedtls_psa_get_random, MBEDTLS_PSA_RANDOM_STATE,
                                 MBEDTLS_CIPHER_AES_256_GCM, TICKET_LIFETIME);
    if (rc == 0 && server->shared_ticket_key) {
        rc = mbedtls_ssl_ticket_rotate(&server->tickets, server->ticket_key, 16,
                                       server->ticket_key + 16, 32, TICKET_LIFETIME);
        server->ticket_key_installed = time(NULL);
    }
    if (rc != 0) {
        mbedtls_reason(err, err_size, "session tickets", NULL, rc);
        return 0;
    }
    mbedtls_ssl_conf_session_tickets_cb(&server->conf, write_ticket, parse_ticket, server);
    return 1;
}

static int site_load(tls_site *s, const tls_certificate *cert, char *err, size_t err_size)
{
    mbedtls_x509_crt_init(&s->chain);
    mbedtls_pk_init(&s->key);
    int rc = mbedtls_x509_crt_parse_file(&s->chain, cert->cert_file);
    if (rc != 0) {
        mbedtls_reason(err, err_size, "certificate", cert->cert_file, rc);
        return 0;
    }
    rc = mbedtls_pk_parse_keyfile(&s->key, cert->key_file, NULL, mbedtls_psa_get_random,
                                  MBEDTLS_PSA_RANDOM_STATE);
    if (rc == 0)
        rc = mbedtls_pk_check_pair(&s->chain.pk, &s->key, mbedtls_psa_get_random,
                                   MBEDTLS_PSA_RANDOM_STATE);
    if (rc != 0) {
        mbedtls_reason(err, err_size, "private key", cert->key_file, rc);
        return 0;
    }
    if (cert->host_name != NULL && cert->host_name[0] != '\0' &&
        (s->host_name = strdup(cert->host_name)) == NULL) {
        snprintf(err, err_size, "out of memory");
        return 0;
    }
    return 1;
}

static int config_setup(tls_server *server, const tls_server_config *cfg, char *err,
                        size_t err_size)
{
    mbedtls_ssl_config *conf = &server->conf;
    int rc = mbedtls_ssl_config_defaults(conf, MBEDTLS_SSL_IS_SERVER, MBEDTLS_SSL_TRANSPORT_STREAM,
                                         MBEDTLS_SSL_PRESET_DEFAULT);
    if (rc != 0) {
        mbedtls_reason(err, err_size, "TLS configuration", NULL, rc);
        return 0;
    }
    mbedtls_ssl_conf_rng(conf, mbedtls_psa_get_random, MBEDTLS_PSA_RANDOM_STATE);
    mbedtls_ssl_conf_min_tls_version(conf, MBEDTLS_SSL_VERSION_TLS1_2);
    mbedtls_ssl_conf_max_tls_version(conf, MBEDTLS_SSL_VERSION_TLS1_3);
    mbedtls_ssl_conf_ciphersuites(conf, cipher_suites);
    mbedtls_ssl_conf_preference_order(conf, MBEDTLS_SSL_SRV_CIPHERSUITE_ORDER_CLIENT);
    mbedtls_ssl_conf_groups(conf, groups);
    mbedtls_ssl_conf_alpn_protocols(conf, (const char **)alpn_protocols);
    mbedtls_ssl_cache_set_timeout(&server->session_cache, TICKET_LIFETIME);
    mbedtls_ssl_cache_set_max_entries(&server->session_cache, SESSION_CACHE_ENTRIES);
    mbedtls_ssl_conf_session_cache(conf, &server->session_cache, mbedtls_ssl_cache_get,
                                   mbedtls_ssl_cache_set);
    const tls_site *first = &server->sites[0];
    rc = mbedtls_ssl_conf_own_cert(conf, (mbedtls_x509_crt *)&first->chain,
                                   (mbedtls_pk_context *)&first->key);
    if (rc != 0) {
        mbedtls_reason(err, err_size, "certificate", cfg->certs[0].cert_file, rc);
        return 0;
    }
    mbedtls_ssl_conf_sni(conf, on_server_name, server);
    int authmode = MBEDTLS_SSL_VERIFY_NONE;
    if (cfg->client_certs == TLS_CLIENT_CERTS_NEGOTIATE)
        authmode = MBEDTLS_SSL_VERIFY_OPTIONAL;
    else if (cfg->client_certs == TLS_CLIENT_CERTS_REQUIRE)
        authmode = MBEDTLS_SSL_VERIFY_REQUIRED;
    mbedtls_ssl_conf_authmode(conf, authmode);
    if (authmode != MBEDTLS_SSL_VERIFY_NONE) {
        if (cfg->client_ca_file != NULL &&
            (rc = mbedtls_x509_crt_parse_file(&server->client_cas, cfg->client_ca_file)) != 0) {
            mbedtls_reason(err, err_size, "client CA file", cfg->client_ca_file, rc);
            return 0;
        }
        mbedtls_ssl_conf_ca_chain(conf, &server->client_cas, NULL);
        mbedtls_ssl_conf_verify(conf, accept_any_certificate, NULL);
        /* mbedTLS's TLS 1.3 tickets do not keep the client certificate: a resumed
         * session would lose CERT_*. Such sessions are not resumed (as in the OpenSSL
         * backend, which does the same to behave alike). */
        mbedtls_ssl_conf_new_session_tickets(conf, 0);
    }
    return tickets_setup(server, err, err_size);
}

tls_server *tls_server_create(const tls_server_config *cfg, char *err, size_t err_size)
{
    if (cfg->cert_count == 0) {
        snprintf(err, err_size, "TLS needs a certificate and its key");
        return NULL;
    }
    /* Made in each worker, after the supervisor's fork: no two workers start from one
     * random generator state (the supervisor itself only draws tls_random_bytes). */
    psa_status_t status = psa_crypto_init();
    if (status != PSA_SUCCESS) {
        snprintf(err, err_size, "TLS: the crypto library did not start (PSA error %d)",
                 (int)status);
        return NULL;
    }
    tls_server *server = calloc(1, sizeof *server);
    if (server == NULL ||
        (server->sites = calloc(cfg->cert_count, sizeof *server->sites)) == NULL) {
        free(server);
        snprintf(err, err_size, "out of memory");
        return NULL;
    }
    mbedtls_ssl_config_init(&server->conf);
    mbedtls_ssl_cache_init(&server->session_cache);
    mbedtls_x509_crt_init(&server->client_cas);
    if (cfg->ticket_key != NULL) {
        server->shared_ticket_key = 1;
        memcpy(server->ticket_key, cfg->ticket_key, sizeof server->ticket_key);
    }
    for (size_t i = 0; i < cfg->cert_count; i++) {
        server->site_count++;
        if (!site_load(&server->sites[i], &cfg->certs[i], err, err_size)) {
            tls_server_destroy(server);
            return NULL;
        }
    }
    if (!config_setup(server, cfg, err, err_size)) {
        tls_server_destroy(server);
        return NULL;
    }
    return server;
}

void tls_server_destroy(tls_server *server)
{
    if (server == NULL)
        return;
    mbedtls_ssl_config_free(&server->conf);
    if (server->tickets_ready)
        mbedtls_ssl_ticket_free(&server->tickets);
    mbedtls_ssl_cache_free(&server->session_cache);
    for (size_t i = 0; i < server->site_count; i++) {
        mbedtls_x509_crt_free(&server->sites[i].chain);
        mbedtls_pk_free(&server->sites[i].key);
        free(server->sites[i].host_name);
    }
    mbedtls_x509_crt_free(&server->client_cas);
    free(server->sites);
    mbedtls_platform_zeroize(server->ticket_key, sizeof server->ticket_key);
    free(server);
}

const mbedtls_ssl_config *tls_server_mbedtls_config(const tls_server *server)
{
    return &server->conf;
}

const tls_site *tls_server_default_site(const tls_server *server)
{
    return &server->sites[0];
}

mbedtls_x509_crt *tls_server_client_cas(const tls_server *server)
{
    return (mbedtls_x509_crt *)&server->client_cas;
}

/* Straight from the platform's entropy source (BCryptGenRandom on Windows): no random
 * generator state is made before the supervisor forks its workers. */
int tls_random_bytes(unsigned char *buf, size_t len)
{
    mbedtls_entropy_context entropy;
    mbedtls_entropy_init(&entropy);
    int ok = 1;
    while (ok && len > 0) {
        size_t n = len < MBEDTLS_ENTROPY_BLOCK_SIZE ? len : MBEDTLS_ENTROPY_BLOCK_SIZE;
        ok = mbedtls_entropy_func(&entropy, buf, n) == 0;
        buf += n;
        len -= n;
    }
    mbedtls_entropy_free(&entropy);
    return ok;
}
