/* The TLS parts of applicationHost.config: <w3compat><tls> with its certificates, and
 * <system.webServer><security><access sslFlags>. */
#ifndef W3E_CONFIG_TLS_H
#define W3E_CONFIG_TLS_H

#include "config_schema.h"

void w3c_tls_start(config_reader *r, const char *name, const char **attrs);
void w3c_certificate_add(config_reader *r, const char *name, const char **attrs);
void w3c_access_start(config_reader *r, const char *name, const char **attrs);

#endif
