/* A TLS session between two memory BIOs: ciphertext in from the socket, ciphertext out
 * to it, application bytes between the session and the engine. */
#include "tls_conn.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/ssl.h>
#include <openssl/x509.h>

#include "tls_errors.h"
#include "tls_facts.h"
#include "tls_server_openssl.h"

struct tls_conn {
    SSL *ssl;
    BIO *in, *out; /* owned by ssl */
    enum tls_state state;
    char error[256];
    tls_fact_text text; /* the facts' strings (tls_conn_facts) */
    unsigned char *client_der;
};

tls_conn *tls_conn_create(tls_server *server)
{
    tls_conn *t = calloc(1, sizeof *t);
    if (t == NULL)
        return NULL;
    t->ssl = SSL_new(tls_server_openssl_context(server));
    t->in = BIO_new(BIO_s_mem());
    t->out = BIO_new(BIO_s_mem());
    if (t->ssl == NULL || t->in == NULL || t->out == NULL) {
        BIO_free(t->in);
        BIO_free(t->out);
        SSL_free(t->ssl);
        free(t);
        return NULL;
    }
    BIO_set_mem_eof_return(t->in, -1); /* empty: "retry", not end of stream */
    SSL_set_bio(t->ssl, t->in, t->out);
    SSL_set_accept_state(t->ssl);
    return t;
}

void tls_conn_destroy(tls_conn *t)
{
    if (t == NULL)
        return;
    SSL_free(t->ssl);
    OPENSSL_free(t->client_der);
    free(t);
}

/* Records why the session failed, from OpenSSL's error queue. */
static enum tls_state fail(tls_conn *t, int ssl_error)
{
    unsigned long e = ERR_peek_error();
    if (ERR_GET_LIB(e) == ERR_LIB_SSL && ERR_GET_REASON(e) == SSL_R_HTTP_REQUEST)
        snprintf(t->error, sizeof t->error, "%s", TLS_ERROR_PLAIN_HTTP);
    else if (e != 0)
        ERR_error_string_n(e, t->error, sizeof t->error);
    else if (ssl_error == SSL_ERROR_SYSCALL || ssl_error == SSL_ERROR_ZERO_RETURN)
        snprintf(t->error, sizeof t->error, "%s", TLS_ERROR_CLIENT_ENDED);
    else
        snprintf(t->error, sizeof t->error, "TLS error %d", ssl_error);
    ERR_clear_error();
    t->state = TLS_FAILED;
    return t->state;
}

enum tls_state tls_conn_receive(tls_conn *t, const void *data, size_t len)
{
    if (t->state == TLS_FAILED || t->state == TLS_CLOSED)
        return t->state;
    if (len != 0 && BIO_write(t->in, data, (int)len) != (int)len)
        return fail(t, SSL_ERROR_SSL);
    if (t->state == TLS_HANDSHAKING) {
        int rc = SSL_do_handshake(t->ssl);
        if (rc == 1) {
            t->state = TLS_OPEN;
        } else {
            int e = SSL_get_error(t->ssl, rc);
            if (e != SSL_ERROR_WANT_READ && e != SSL_ERROR_WANT_WRITE)
                return fail(t, e);
        }
    }
    return t->state;
}

size_t tls_conn_read(tls_conn *t, void *buf, size_t cap, enum tls_state *state)
{
    size_t got = 0;
    if (t->state == TLS_OPEN) {
        int rc = SSL_read_ex(t->ssl, buf, cap, &got) ? 1 : 0;
        if (rc == 0) {
            got = 0;
            int e = SSL_get_error(t->ssl, 0);
            if (e == SSL_ERROR_ZERO_RETURN)
                t->state = TLS_CLOSED;
            else if (e != SSL_ERROR_WANT_READ && e != SSL_ERROR_WANT_WRITE)
                fail(t, e);
        }
    }
    *state = t->state;
    return got;
}

int tls_conn_write(tls_conn *t, const void *data, size_t len)
{
    size_t written = 0;
    if (t->state != TLS_OPEN && t->state != TLS_CLOSED)
        return 0;
    /* The output BIO grows as needed: a write is taken whole or fails. */
    return len == 0 || (SSL_write_ex(t->ssl, data, len, &written) == 1 && written == len);
}

void tls_conn_close_notify(tls_conn *t)
{
    if (t->state == TLS_OPEN || t->state == TLS_CLOSED)
        SSL_shutdown(t->ssl);
    ERR_clear_error();
}

size_t tls_conn_take_output(tls_conn *t, void *buf, size_t cap)
{
    int n = BIO_read(t->out, buf, cap > 0x7FFFFFFF ? 0x7FFFFFFF : (int)cap);
    return n > 0 ? (size_t)n : 0;
}

const char *tls_conn_error(const tls_conn *t)
{
    return t->error;
}

/* A certificate's subject, issuer and serial number as DER (tls_facts.h). */
static void cert_parts(const X509 *cert, tls_cert_parts *parts)
{
    memset(parts, 0, sizeof *parts);
    X509_NAME_get0_der(X509_get_subject_name(cert), &parts->subject, &parts->subject_len);
    X509_NAME_get0_der(X509_get_issuer_name(cert), &parts->issuer, &parts->issuer_len);
    const ASN1_INTEGER *serial = X509_get0_serialNumber(cert);
    parts->serial = ASN1_STRING_get0_data(serial);
    parts->serial_len = (size_t)ASN1_STRING_length(serial);
}

static void client_facts(tls_conn *t, const X509 *cert, w3_tls_info *info)
{
    unsigned char md[EVP_MAX_MD_SIZE] = {0};
    unsigned md_len = 0;
    if (X509_digest(cert, EVP_sha256(), md, &md_len) != 1 || md_len != TLS_COOKIE_BYTES)
        memset(md, 0, sizeof md);
    OPENSSL_free(t->client_der);
    t->client_der = NULL;
    int der_len = i2d_X509(cert, &t->client_der);
    tls_cert_parts parts;
    cert_parts(cert, &parts);
    tls_facts_client(&t->text, info, &parts, der_len > 0 ? t->client_der : NULL,
                     der_len > 0 ? (size_t)der_len : 0, md,
                     SSL_get_verify_result(t->ssl) != X509_V_OK);
}

void tls_conn_facts(tls_conn *t, w3_tls_info *info)
{
    memset(info, 0, sizeof *info);
    const SSL_CIPHER *cipher = SSL_get_current_cipher(t->ssl);
    info->cipher_bits = cipher != NULL ? (unsigned)SSL_CIPHER_get_bits(cipher, NULL) : 0;
    X509 *own = SSL_get_certificate(t->ssl);
    if (own != NULL) {
        EVP_PKEY *key = X509_get0_pubkey(own);
        info->server_key_bits = key != NULL ? (unsigned)EVP_PKEY_get_bits(key) : 0;
        tls_cert_parts parts;
        cert_parts(own, &parts);
        tls_facts_server(&t->text, info, &parts);
    }
    X509 *peer = SSL_get1_peer_certificate(t->ssl);
    if (peer != NULL) {
        client_facts(t, peer, info);
        X509_free(peer);
    }
}
