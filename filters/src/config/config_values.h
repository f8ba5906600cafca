/* Attribute values of applicationHost.config: lookup, conversion, and ownership. */
#ifndef W3E_CONFIG_VALUES_H
#define W3E_CONFIG_VALUES_H

#include "config_schema.h"

/* The value of attribute `name`, NULL when absent. */
const char *w3c_attr(const char **attrs, const char *name);

/* Replaces *field with a copy of value (the old string is freed). */
void w3c_set_string(config_reader *r, const char *element, char **field, const char *value);

/* As w3c_set_string, with %NAME% environment variables expanded (IIS's expandString
 * attributes, such as physicalPath="%SystemDrive%\inetpub\wwwroot"). */
void w3c_set_expanded(config_reader *r, const char *element, char **field, const char *value);

/* If the attribute is present, parses it into *out or fails naming it. */
void w3c_attr_uint(config_reader *r, const char *element, const char **attrs, const char *name,
                   unsigned min, unsigned max, unsigned *out);
void w3c_attr_u64(config_reader *r, const char *element, const char **attrs, const char *name,
                  unsigned long long *out);
void w3c_attr_bool(config_reader *r, const char *element, const char **attrs, const char *name,
                   int *out);

/* "IP:PORT:HOST" into the binding's ip, port and host. */
void w3c_parse_binding(config_reader *r, const char *element, const char *info,
                       w3_config_binding *binding);

#endif
