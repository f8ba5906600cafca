/* Which certificate a TLS client's server name (SNI) asks for, for every backend. */
#ifndef W3HOST_TLS_SNI_H
#define W3HOST_TLS_SNI_H

/* Whether name (from SNI: no port, no trailing dot) is the certificate's host name
 * pattern: the same name in any case, or one label under a "*.example.com" pattern. */
int tls_sni_matches(const char *pattern, const char *name);

#endif
