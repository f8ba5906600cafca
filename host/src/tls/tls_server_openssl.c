/* The listener's OpenSSL contexts: one per certificate, the first the default; SNI
 * moves a handshake to the context of the host name the client asked for. */
#include "tls_server_openssl.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <openssl/core_names.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/rand.h>
#include <openssl/ssl.h>

#include "tls_sni.h"

typedef struct tls_site {
    char *host_name; /* NULL: the default */
    SSL_CTX *ctx;
} tls_site;

struct tls_server {
    tls_site *sites;
    size_t site_count;
    int shared_ticket_key;
    unsigned char ticket_key[TLS_TICKET_KEY_BYTES]; /* name 16, AES 32, HMAC 32 */
};

/* The cipher suites and groups (the same as tls_server_mbedtls.c's): AEAD with ECDHE
 * only, the client's preferred one taken, as the mbedTLS backend can do in TLS 1.3. */
static const char tls12_ciphers[] = "ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-RSA-AES256-GCM-SHA384:"
                                    "ECDHE-ECDSA-CHACHA20-POLY1305:ECDHE-RSA-CHACHA20-POLY1305:"
                                    "ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256";
static const char tls13_ciphers[] =
    "TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256:TLS_AES_128_GCM_SHA256";
static const char groups[] = "X25519:P-256:P-384";

/* One id for every context, so that a session resumes whichever certificate served it. */
static const unsigned char session_id_context[] = "w3host";

static void openssl_reason(char *err, size_t err_size, const char *what, const char *file)
{
    char reason[256];
    ERR_error_string_n(ERR_get_error(), reason, sizeof reason);
    ERR_clear_error();
    snprintf(err, err_size, "%s %s: %s", what, file, reason);
}

static int on_server_name(SSL *ssl, int *alert, void *arg)
{
    (void)alert;
    const tls_server *server = arg;
    const char *name = SSL_get_servername(ssl, TLSEXT_NAMETYPE_host_name);
    if (name == NULL)
        return SSL_TLSEXT_ERR_NOACK;
    for (size_t i = 0; i < server->site_count; i++) {
        const tls_site *s = &server->sites[i];
        if (s->host_name != NULL && tls_sni_matches(s->host_name, name)) {
            if (SSL_get_SSL_CTX(ssl) != s->ctx)
                SSL_set_SSL_CTX(ssl, s->ctx);
            return SSL_TLSEXT_ERR_OK;
        }
    }
    return SSL_TLSEXT_ERR_NOACK; /* the default certificate */
}

/* ALPN: HTTP/1.1 is all the engine speaks; a client offering only other protocols gets
 * the no_application_protocol alert (RFC 7301 section 3.2). */
static int on_alpn(SSL *ssl, const unsigned char **out, unsigned char *out_len,
                   const unsigned char *in, unsigned in_len, void *arg)
{
    (void)ssl;
    (void)arg;
    static const unsigned char http11[] = "http/1.1";
    for (unsigned i = 0; i < in_len;) {
        unsigned len = in[i];
        if (i + 1 + len > in_len)
            break;
        if (len == sizeof http11 - 1 && memcmp(in + i + 1, http11, len) == 0) {
            *out = in + i + 1;
            *out_len = (unsigned char)len;
            return SSL_TLSEXT_ERR_OK;
        }
        i += 1 + len;
    }
    return SSL_TLSEXT_ERR_ALERT_FATAL;
}

/* Session tickets under the key the workers share (RFC 5077's scheme: a key name to
 * recognise it, AES-256-CBC, HMAC-SHA256). A ticket under another name gets a full
 * handshake. */
static int on_ticket_key(SSL *ssl, unsigned char key_name[16], unsigned char *iv,
                         EVP_CIPHER_CTX *cipher, EVP_MAC_CTX *mac, int encrypt)
{
    const tls_server *server = SSL_CTX_get_app_data(SSL_get_SSL_CTX(ssl));
    const unsigned char *name = server->ticket_key, *aes = name + 16, *hmac = name + 48;
    OSSL_PARAM params[] = {
        OSSL_PARAM_construct_octet_string(OSSL_MAC_PARAM_KEY, (void *)hmac, 32),
        OSSL_PARAM_construct_utf8_string(OSSL_MAC_PARAM_DIGEST, (char *)"SHA256", 0),
        OSSL_PARAM_construct_end()};
    if (encrypt) {
        memcpy(key_name, name, 16);
        if (RAND_bytes(iv, EVP_MAX_IV_LENGTH) != 1 ||
            EVP_EncryptInit_ex(cipher, EVP_aes_256_cbc(), NULL, aes, iv) != 1)
            return -1;
    } else {
        if (memcmp(key_name, name, 16) != 0)
            return 0;
        if (EVP_DecryptInit_ex(cipher, EVP_aes_256_cbc(), NULL, aes, iv) != 1)
            return -1;
    }
    return EVP_MAC_CTX_set_params(mac, params) == 1 ? 1 : -1;
}

/* With SslNegotiateCert any certificate is taken, as IIS takes it: whether its issuer
 * is trusted is reported (CERT_FLAGS bit 1), not enforced. */
static int accept_any_certificate(int preverify_ok, X509_STORE_CTX *store)
{
    (void)preverify_ok;
    (void)store;
    return 1;
}

/* The keys the mbedTLS backend serves too: RSA, or ECDSA on P-256 or P-384. */
static int key_served_by_both(const X509 *cert)
{
    EVP_PKEY *key = X509_get0_pubkey(cert);
    if (key == NULL)
        return 0;
    if (EVP_PKEY_is_a(key, "RSA"))
        return 1;
    char curve[32];
    size_t len = 0;
    return EVP_PKEY_is_a(key, "EC") &&
           EVP_PKEY_get_utf8_string_param(key, OSSL_PKEY_PARAM_GROUP_NAME, curve, sizeof curve,
                                          &len) == 1 &&
           (strcmp(curve, "prime256v1") == 0 || strcmp(curve, "secp384r1") == 0);
}

static SSL_CTX *context_create(tls_server *server, const tls_server_config *cfg,
                               const tls_certificate *cert, char *err, size_t err_size)
{
    SSL_CTX *ctx = SSL_CTX_new(TLS_server_method());
    if (ctx == NULL) {
        openssl_reason(err, err_size, "TLS context for", cert->cert_file);
        return NULL;
    }
    SSL_CTX_set_min_proto_version(ctx, TLS1_2_VERSION);
    SSL_CTX_set_options(ctx, SSL_OP_NO_RENEGOTIATION);
    if (SSL_CTX_set_cipher_list(ctx, tls12_ciphers) != 1 ||
        SSL_CTX_set_ciphersuites(ctx, tls13_ciphers) != 1 ||
        SSL_CTX_set1_groups_list(ctx, groups) != 1) {
        openssl_reason(err, err_size, "TLS cipher suites for", cert->cert_file);
        goto fail;
    }
    SSL_CTX_set_mode(ctx, SSL_MODE_RELEASE_BUFFERS);
    if (SSL_CTX_use_certificate_chain_file(ctx, cert->cert_file) != 1) {
        openssl_reason(err, err_size, "certificate", cert->cert_file);
        goto fail;
    }
    if (!key_served_by_both(SSL_CTX_get0_certificate(ctx))) {
        snprintf(err, err_size, "certificate %s: its key is not RSA, or ECDSA on P-256 or P-384",
                 cert->cert_file);
        goto fail;
    }
    if (SSL_CTX_use_PrivateKey_file(ctx, cert->key_file, SSL_FILETYPE_PEM) != 1) {
        openssl_reason(err, err_size, "private key", cert->key_file);
        goto fail;
    }
    if (SSL_CTX_check_private_key(ctx) != 1) {
        openssl_reason(err, err_size, "private key", cert->key_file);
        goto fail;
    }
    SSL_CTX_set_session_id_context(ctx, session_id_context, sizeof session_id_context - 1);
    SSL_CTX_set_session_cache_mode(ctx, SSL_SESS_CACHE_SERVER);
    SSL_CTX_set_alpn_select_cb(ctx, on_alpn, NULL);
    SSL_CTX_set_app_data(ctx, server);
    if (server->shared_ticket_key)
        SSL_CTX_set_tlsext_ticket_key_evp_cb(ctx, on_ticket_key);
    if (cfg->client_certs != TLS_CLIENT_CERTS_IGNORE) {
        int mode = SSL_VERIFY_PEER;
        if (cfg->client_certs == TLS_CLIENT_CERTS_REQUIRE)
            mode |= SSL_VERIFY_FAIL_IF_NO_PEER_CERT;
        SSL_CTX_set_verify(ctx, mode, accept_any_certificate);
        if (cfg->client_ca_file != NULL) {
            STACK_OF(X509_NAME) *names = SSL_load_client_CA_file(cfg->client_ca_file);
            if (names == NULL ||
                SSL_CTX_load_verify_locations(ctx, cfg->client_ca_file, NULL) != 1) {
                sk_X509_NAME_pop_free(names, X509_NAME_free);
                openssl_reason(err, err_size, "client CA file", cfg->client_ca_file);
                goto fail;
            }
            SSL_CTX_set_client_CA_list(ctx, names);
        }
        /* No TLS 1.3 tickets where client certificates are asked for, as in the mbedTLS
         * backend, whose TLS 1.3 tickets cannot keep the certificate (docs/tls.md). */
        SSL_CTX_set_num_tickets(ctx, 0);
    }
    return ctx;
fail:
    SSL_CTX_free(ctx);
    return NULL;
}

tls_server *tls_server_create(const tls_server_config *cfg, char *err, size_t err_size)
{
    if (cfg->cert_count == 0) {
        snprintf(err, err_size, "TLS needs a certificate and its key");
        return NULL;
    }
    tls_server *server = calloc(1, sizeof *server);
    if (server == NULL ||
        (server->sites = calloc(cfg->cert_count, sizeof *server->sites)) == NULL) {
        free(server);
        snprintf(err, err_size, "out of memory");
        return NULL;
    }
    if (cfg->ticket_key != NULL) {
        server->shared_ticket_key = 1;
        memcpy(server->ticket_key, cfg->ticket_key, sizeof server->ticket_key);
    }
    for (size_t i = 0; i < cfg->cert_count; i++) {
        const tls_certificate *c = &cfg->certs[i];
        tls_site *s = &server->sites[server->site_count];
        s->ctx = context_create(server, cfg, c, err, err_size);
        if (s->ctx == NULL) {
            tls_server_destroy(server);
            return NULL;
        }
        server->site_count++;
        if (c->host_name != NULL && c->host_name[0] != '\0' &&
            (s->host_name = strdup(c->host_name)) == NULL) {
            snprintf(err, err_size, "out of memory");
            tls_server_destroy(server);
            return NULL;
        }
    }
    SSL_CTX_set_tlsext_servername_callback(server->sites[0].ctx, on_server_name);
    SSL_CTX_set_tlsext_servername_arg(server->sites[0].ctx, server);
    return server;
}

void tls_server_destroy(tls_server *server)
{
    if (server == NULL)
        return;
    for (size_t i = 0; i < server->site_count; i++) {
        SSL_CTX_free(server->sites[i].ctx);
        free(server->sites[i].host_name);
    }
    free(server->sites);
    OPENSSL_cleanse(server->ticket_key, sizeof server->ticket_key);
    free(server);
}

SSL_CTX *tls_server_openssl_context(const tls_server *server)
{
    return server->sites[0].ctx;
}

int tls_random_bytes(unsigned char *buf, size_t len)
{
    return RAND_bytes(buf, (int)len) == 1;
}
