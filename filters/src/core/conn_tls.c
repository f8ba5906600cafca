/* A secure connection's TLS facts (w3_tls_info), kept in the connection's pool, and the
 * server variables IIS derives from them (HTTPS_*, CERT_*). */
#include "core.h"

#include <string.h>

/* NULL names become "": a variable of a connection without them is empty, as on IIS. */
static const char *copy_text(w3e_arena *arena, const char *s)
{
    return w3e_strdup(arena, s != NULL ? s : "");
}

int w3_conn_set_tls(w3_conn *conn, const w3_tls_info *info)
{
    if (conn == NULL || info == NULL)
        return 0;
    w3e_arena *arena = w3e_conn_arena(conn);
    if (arena == NULL)
        return 0;
    w3_tls_info *kept = w3e_arena_alloc(arena, sizeof *kept);
    if (kept == NULL)
        return 0;
    *kept = *info;
    kept->server_subject = copy_text(arena, info->server_subject);
    kept->server_issuer = copy_text(arena, info->server_issuer);
    kept->client_subject = copy_text(arena, info->client_subject);
    kept->client_issuer = copy_text(arena, info->client_issuer);
    kept->client_serial = copy_text(arena, info->client_serial);
    kept->client_cookie = copy_text(arena, info->client_cookie);
    if (kept->server_subject == NULL || kept->server_issuer == NULL ||
        kept->client_subject == NULL || kept->client_issuer == NULL ||
        kept->client_serial == NULL || kept->client_cookie == NULL)
        return 0;
    kept->client_cert = NULL;
    kept->client_cert_len = 0;
    if (info->client_cert != NULL && info->client_cert_len != 0) {
        unsigned char *der = w3e_arena_alloc(arena, info->client_cert_len);
        if (der == NULL)
            return 0;
        memcpy(der, info->client_cert, info->client_cert_len);
        kept->client_cert = der;
        kept->client_cert_len = info->client_cert_len;
    }
    conn->tls = kept;
    conn->secure = 1;
    return 1;
}

/* CERT_FLAGS: bit 0 when the client sent a certificate, bit 1 when its issuer is not
 * one the server trusts. */
static const char *cert_flags(const w3_tls_info *tls)
{
    if (tls->client_cert == NULL)
        return "0";
    return tls->client_untrusted ? "3" : "1";
}

const char *w3e_tls_variable(w3_conn *conn, w3e_arena *arena, const char *name)
{
    static const char *const names[] = {
        "HTTPS_KEYSIZE",       "CERT_KEYSIZE",         "HTTPS_SECRETKEYSIZE",
        "CERT_SECRETKEYSIZE",  "HTTPS_SERVER_SUBJECT", "CERT_SERVER_SUBJECT",
        "HTTPS_SERVER_ISSUER", "CERT_SERVER_ISSUER",   "CERT_SUBJECT",
        "CERT_ISSUER",         "CERT_SERIALNUMBER",    "CERT_COOKIE",
        "CERT_FLAGS"};
    size_t i = 0;
    while (i < sizeof names / sizeof names[0] && !w3e_ieq(name, names[i]))
        i++;
    if (i == sizeof names / sizeof names[0])
        return NULL;
    const w3_tls_info *tls = conn->tls;
    if (tls == NULL)
        return ""; /* a connection that is not secure: every one of them is empty */
    switch (i) {
    case 0:
    case 1:
        return w3e_utoa(arena, tls->cipher_bits);
    case 2:
    case 3:
        return w3e_utoa(arena, tls->server_key_bits);
    case 4:
    case 5:
        return tls->server_subject;
    case 6:
    case 7:
        return tls->server_issuer;
    case 8:
        return tls->client_subject;
    case 9:
        return tls->client_issuer;
    case 10:
        return tls->client_serial;
    case 11:
        return tls->client_cookie;
    default:
        return cert_flags(tls);
    }
}
