/* A TLS session over memory buffers with mbedTLS: ciphertext the socket read waits in
 * `in` for the session's receive callback, what the session sends collects in `out`. */
#include "tls_conn.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <mbedtls/error.h>
#include <mbedtls/sha256.h>
#include <mbedtls/ssl_ciphersuites.h>

#include "tls_errors.h"
#include "tls_facts.h"
#include "tls_server_mbedtls.h"

typedef struct byte_queue {
    unsigned char *data;
    size_t start, end, cap;
} byte_queue;

struct tls_conn {
    mbedtls_ssl_context ssl;
    const tls_server *server;
    const tls_site *site; /* the certificate SNI chose; NULL: the default */
    enum tls_state state;
    byte_queue in, out;
    unsigned char first[8]; /* the connection's first bytes: plain HTTP? */
    size_t first_len;
    char error[256];
    tls_fact_text text; /* the facts' strings (tls_conn_facts) */
};

static int queue_put(byte_queue *q, const void *data, size_t len)
{
    if (len == 0)
        return 1;
    if (q->start == q->end)
        q->start = q->end = 0;
    if (q->cap - q->end < len) {
        size_t used = q->end - q->start;
        if (q->start != 0) {
            memmove(q->data, q->data + q->start, used);
            q->start = 0;
            q->end = used;
        }
        if (q->cap - q->end < len) {
            size_t cap = q->cap ? q->cap : 4096;
            while (cap - used < len)
                cap *= 2;
            unsigned char *grown = realloc(q->data, cap);
            if (grown == NULL)
                return 0;
            q->data = grown;
            q->cap = cap;
        }
    }
    memcpy(q->data + q->end, data, len);
    q->end += len;
    return 1;
}

static size_t queue_take(byte_queue *q, void *buf, size_t cap)
{
    size_t n = q->end - q->start;
    if (n > cap)
        n = cap;
    if (n == 0)
        return 0; /* an empty queue may have no buffer yet */
    memcpy(buf, q->data + q->start, n);
    q->start += n;
    return n;
}

static int on_send(void *arg, const unsigned char *data, size_t len)
{
    tls_conn *t = arg;
    if (len > 0x7FFFFFFF)
        len = 0x7FFFFFFF;
    return queue_put(&t->out, data, len) ? (int)len : MBEDTLS_ERR_SSL_ALLOC_FAILED;
}

static int on_receive(void *arg, unsigned char *buf, size_t len)
{
    tls_conn *t = arg;
    if (t->in.start == t->in.end)
        return MBEDTLS_ERR_SSL_WANT_READ; /* empty: "retry", not end of stream */
    if (len > 0x7FFFFFFF)
        len = 0x7FFFFFFF;
    return (int)queue_take(&t->in, buf, len);
}

tls_conn *tls_conn_create(tls_server *server)
{
    tls_conn *t = calloc(1, sizeof *t);
    if (t == NULL)
        return NULL;
    t->server = server;
    mbedtls_ssl_init(&t->ssl);
    if (mbedtls_ssl_setup(&t->ssl, tls_server_mbedtls_config(server)) != 0) {
        mbedtls_ssl_free(&t->ssl);
        free(t);
        return NULL;
    }
    mbedtls_ssl_set_user_data_p(&t->ssl, &t->site);
    mbedtls_ssl_set_bio(&t->ssl, t, on_send, on_receive, NULL);
    return t;
}

void tls_conn_destroy(tls_conn *t)
{
    if (t == NULL)
        return;
    mbedtls_ssl_free(&t->ssl);
    free(t->in.data);
    free(t->out.data);
    free(t);
}

static int would_block(int rc)
{
    return rc == MBEDTLS_ERR_SSL_WANT_READ || rc == MBEDTLS_ERR_SSL_WANT_WRITE;
}

/* Records why the session failed, in the OpenSSL backend's words where the log's reader
 * looks for them. */
static enum tls_state fail(tls_conn *t, int rc)
{
    if (t->state == TLS_HANDSHAKING && tls_is_plain_http(t->first, t->first_len)) {
        snprintf(t->error, sizeof t->error, "%s", TLS_ERROR_PLAIN_HTTP);
    } else if (rc == MBEDTLS_ERR_SSL_CONN_EOF) {
        snprintf(t->error, sizeof t->error, "%s", TLS_ERROR_CLIENT_ENDED);
    } else {
        char reason[200];
        mbedtls_strerror(rc, reason, sizeof reason);
        snprintf(t->error, sizeof t->error, "%s", reason);
    }
    t->state = TLS_FAILED;
    return t->state;
}

enum tls_state tls_conn_receive(tls_conn *t, const void *data, size_t len)
{
    if (t->state == TLS_FAILED || t->state == TLS_CLOSED)
        return t->state;
    if (t->first_len < sizeof t->first) {
        size_t n = sizeof t->first - t->first_len < len ? sizeof t->first - t->first_len : len;
        memcpy(t->first + t->first_len, data, n);
        t->first_len += n;
    }
    if (len != 0 && !queue_put(&t->in, data, len))
        return fail(t, MBEDTLS_ERR_SSL_ALLOC_FAILED);
    if (t->state == TLS_HANDSHAKING) {
        int rc = mbedtls_ssl_handshake(&t->ssl);
        if (rc == 0)
            t->state = TLS_OPEN;
        else if (!would_block(rc))
            return fail(t, rc);
    }
    return t->state;
}

size_t tls_conn_read(tls_conn *t, void *buf, size_t cap, enum tls_state *state)
{
    size_t got = 0;
    if (t->state == TLS_OPEN) {
        int rc = mbedtls_ssl_read(&t->ssl, buf, cap);
        if (rc > 0)
            got = (size_t)rc;
        else if (rc == MBEDTLS_ERR_SSL_PEER_CLOSE_NOTIFY || rc == 0)
            t->state = TLS_CLOSED;
        else if (!would_block(rc))
            fail(t, rc);
    }
    *state = t->state;
    return got;
}

int tls_conn_write(tls_conn *t, const void *data, size_t len)
{
    if (t->state != TLS_OPEN && t->state != TLS_CLOSED)
        return 0;
    /* The output queue grows as needed: a write is taken whole or fails. */
    const unsigned char *p = data;
    while (len > 0) {
        int rc = mbedtls_ssl_write(&t->ssl, p, len);
        if (rc <= 0)
            return 0;
        p += rc;
        len -= (size_t)rc;
    }
    return 1;
}

void tls_conn_close_notify(tls_conn *t)
{
    if (t->state == TLS_OPEN || t->state == TLS_CLOSED)
        mbedtls_ssl_close_notify(&t->ssl);
}

size_t tls_conn_take_output(tls_conn *t, void *buf, size_t cap)
{
    return queue_take(&t->out, buf, cap);
}

const char *tls_conn_error(const tls_conn *t)
{
    return t->error;
}

static void cert_parts(const mbedtls_x509_crt *cert, tls_cert_parts *parts)
{
    parts->subject = cert->subject_raw.p;
    parts->subject_len = cert->subject_raw.len;
    parts->issuer = cert->issuer_raw.p;
    parts->issuer_len = cert->issuer_raw.len;
    parts->serial = cert->serial.p;
    parts->serial_len = cert->serial.len;
}

/* The client's certificate: trusted when it chains to one of the client CAs (checked
 * here, so that a resumed session answers as the first did). */
static void client_facts(tls_conn *t, const mbedtls_x509_crt *peer, w3_tls_info *info)
{
    unsigned char md[TLS_COOKIE_BYTES] = {0};
    if (mbedtls_sha256(peer->raw.p, peer->raw.len, md, 0) != 0)
        memset(md, 0, sizeof md);
    uint32_t flags = 0;
    int rc = mbedtls_x509_crt_verify((mbedtls_x509_crt *)peer, tls_server_client_cas(t->server),
                                     NULL, NULL, &flags, NULL, NULL);
    tls_cert_parts parts;
    cert_parts(peer, &parts);
    tls_facts_client(&t->text, info, &parts, peer->raw.p, peer->raw.len, md, rc != 0 || flags != 0);
}

void tls_conn_facts(tls_conn *t, w3_tls_info *info)
{
    memset(info, 0, sizeof *info);
    const mbedtls_ssl_ciphersuite_t *suite =
        mbedtls_ssl_ciphersuite_from_id(mbedtls_ssl_get_ciphersuite_id_from_ssl(&t->ssl));
    info->cipher_bits =
        suite != NULL ? (unsigned)mbedtls_ssl_ciphersuite_get_cipher_key_bitlen(suite) : 0;
    const tls_site *site = t->site != NULL ? t->site : tls_server_default_site(t->server);
    info->server_key_bits = (unsigned)mbedtls_pk_get_bitlen(&site->key);
    tls_cert_parts parts;
    cert_parts(&site->chain, &parts);
    tls_facts_server(&t->text, info, &parts);
    const mbedtls_x509_crt *peer = mbedtls_ssl_get_peer_cert(&t->ssl);
    if (peer != NULL)
        client_facts(t, peer, info);
}
