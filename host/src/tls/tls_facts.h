/* The TLS facts of a connection (w3_tls_info) as text, from the DER bytes every backend
 * can give: one formatting for OpenSSL and mbedTLS, so that the server variables read
 * alike on Linux and Windows. */
#ifndef W3HOST_TLS_FACTS_H
#define W3HOST_TLS_FACTS_H

#include <stddef.h>

#include "w3engine.h"

#define TLS_NAME_TEXT_MAX 512
#define TLS_SERIAL_BYTES_MAX 64
#define TLS_COOKIE_BYTES 32 /* CERT_COOKIE: the certificate's SHA-256 */

/* Where a connection keeps the strings its w3_tls_info points to. */
typedef struct tls_fact_text {
    char server_subject[TLS_NAME_TEXT_MAX], server_issuer[TLS_NAME_TEXT_MAX];
    char client_subject[TLS_NAME_TEXT_MAX], client_issuer[TLS_NAME_TEXT_MAX];
    char client_serial[3 * TLS_SERIAL_BYTES_MAX], client_cookie[2 * TLS_COOKIE_BYTES + 1];
} tls_fact_text;

/* A certificate's parts, as DER: its subject and issuer Names (whole SEQUENCEs) and the
 * content bytes of its serial number INTEGER. */
typedef struct tls_cert_parts {
    const unsigned char *subject, *issuer, *serial;
    size_t subject_len, issuer_len, serial_len;
} tls_cert_parts;

/* HTTPS_SERVER_SUBJECT and HTTPS_SERVER_ISSUER of the certificate the server sent. */
void tls_facts_server(tls_fact_text *text, w3_tls_info *info, const tls_cert_parts *cert);

/* The CERT_* facts of the client's certificate: der is the whole certificate, sha256 its
 * digest (CERT_COOKIE); untrusted when its issuer is not a trusted one. */
void tls_facts_client(tls_fact_text *text, w3_tls_info *info, const tls_cert_parts *cert,
                      const unsigned char *der, size_t der_len,
                      const unsigned char sha256[TLS_COOKIE_BYTES], int untrusted);

/* An X.500 Name (DER) as "C=US, O=Example, CN=name": the certificate's order, short
 * attribute names (a dotted OID for others), ", " between RDNs and " + " inside one,
 * values in UTF-8 with control characters as \XX. "" when der is no Name. */
void tls_name_text(const unsigned char *der, size_t len, char *out, size_t size);

/* A serial number's magnitude in lower-case hex bytes joined by '-' ("1f-2e-3d"). */
void tls_serial_text(const unsigned char *bytes, size_t len, char *out, size_t size);

#endif
