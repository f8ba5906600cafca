/* mbedTLS's configuration for w3host's HTTPS in Windows builds (MBEDTLS_CONFIG_FILE):
 * exactly what host/src/tls/ uses, so the library stays small. A TLS 1.2 and 1.3 server
 * with ECDHE (x25519, secp256r1, secp384r1), RSA and ECDSA certificates, AES-GCM and
 * ChaCha20-Poly1305, SNI, ALPN, session tickets, client certificates, PEM files. */
#ifndef W3_MBEDTLS_CONFIG_H
#define W3_MBEDTLS_CONFIG_H

/* Platform: time for certificate validity and ticket ages; Windows' BCryptGenRandom as
 * the entropy source (entropy_poll.c); AES-NI where the CPU has it. */
#define MBEDTLS_HAVE_ASM
#define MBEDTLS_HAVE_TIME
#define MBEDTLS_HAVE_TIME_DATE
#define MBEDTLS_FS_IO
#define MBEDTLS_ENTROPY_C
#define MBEDTLS_CTR_DRBG_C
#define MBEDTLS_ERROR_C
#define MBEDTLS_PLATFORM_C /* required on Windows: snprintf of older CRTs */

/* PSA Crypto: TLS 1.3's key schedule and the random generator the host draws from. */
#define MBEDTLS_PSA_CRYPTO_C
#define MBEDTLS_HKDF_C

/* Symmetric ciphers and hashes of the cipher suites and of tickets. */
#define MBEDTLS_AES_C
#define MBEDTLS_AESNI_C
#define MBEDTLS_GCM_C
#define MBEDTLS_CHACHA20_C
#define MBEDTLS_POLY1305_C
#define MBEDTLS_CHACHAPOLY_C
#define MBEDTLS_CIPHER_C
#define MBEDTLS_MD_C
#define MBEDTLS_SHA1_C /* signatures of older client certificates */
#define MBEDTLS_SHA224_C
#define MBEDTLS_SHA256_C
#define MBEDTLS_SHA384_C
#define MBEDTLS_SHA512_C

/* Public keys: RSA (PKCS#1 v1.5 and PSS, which TLS 1.3 signs with), ECDSA and ECDHE. */
#define MBEDTLS_BIGNUM_C
#define MBEDTLS_RSA_C
#define MBEDTLS_PKCS1_V15
#define MBEDTLS_PKCS1_V21
#define MBEDTLS_ECP_C
#define MBEDTLS_ECP_NIST_OPTIM
#define MBEDTLS_ECP_DP_SECP256R1_ENABLED
#define MBEDTLS_ECP_DP_SECP384R1_ENABLED
#define MBEDTLS_ECP_DP_CURVE25519_ENABLED
#define MBEDTLS_ECDH_C
#define MBEDTLS_ECDSA_C
#define MBEDTLS_PK_C
#define MBEDTLS_PK_PARSE_C
#define MBEDTLS_PK_WRITE_C

/* Certificates and keys in PEM files. */
#define MBEDTLS_ASN1_PARSE_C
#define MBEDTLS_ASN1_WRITE_C
#define MBEDTLS_OID_C
#define MBEDTLS_BASE64_C
#define MBEDTLS_PEM_PARSE_C
#define MBEDTLS_X509_USE_C
#define MBEDTLS_X509_CRT_PARSE_C
#define MBEDTLS_X509_RSASSA_PSS_SUPPORT /* puts RSA-PSS in the signature algorithms */

/* The TLS server. */
#define MBEDTLS_SSL_TLS_C
#define MBEDTLS_SSL_SRV_C
#define MBEDTLS_SSL_PROTO_TLS1_2
#define MBEDTLS_SSL_PROTO_TLS1_3
#define MBEDTLS_SSL_TLS1_3_COMPATIBILITY_MODE
#define MBEDTLS_SSL_TLS1_3_KEY_EXCHANGE_MODE_EPHEMERAL_ENABLED
#define MBEDTLS_SSL_TLS1_3_KEY_EXCHANGE_MODE_PSK_EPHEMERAL_ENABLED
#define MBEDTLS_KEY_EXCHANGE_ECDHE_RSA_ENABLED
#define MBEDTLS_KEY_EXCHANGE_ECDHE_ECDSA_ENABLED
#define MBEDTLS_SSL_EXTENDED_MASTER_SECRET
#define MBEDTLS_SSL_SERVER_NAME_INDICATION
#define MBEDTLS_SSL_ALPN
#define MBEDTLS_SSL_SESSION_TICKETS
#define MBEDTLS_SSL_TICKET_C
#define MBEDTLS_SSL_CACHE_C /* TLS 1.2 session ids, for clients without tickets */
#define MBEDTLS_SSL_KEEP_PEER_CERTIFICATE /* CERT_* and GetClientCertificate */
/* Left out: renegotiation (as the OpenSSL backend refuses it), TLS 1.2 CBC suites,
 * finite-field DHE, PSK-only modes, early data, the client side, X.509 writing. */

#endif
