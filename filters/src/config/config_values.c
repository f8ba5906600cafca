#include "config_values.h"

#include <stdlib.h>
#include <string.h>

#include <windows.h>

#include "base/text.h"

const char *w3c_attr(const char **attrs, const char *name)
{
    for (size_t i = 0; attrs[i] != NULL; i += 2)
        if (strcmp(attrs[i], name) == 0)
            return attrs[i + 1];
    return NULL;
}

void w3c_set_string(config_reader *r, const char *element, char **field, const char *value)
{
    char *copy = w3e_heap_strdup(value);
    if (copy == NULL) {
        w3c_fail(r, element, "out of memory");
        return;
    }
    free(*field);
    *field = copy;
}

void w3c_set_expanded(config_reader *r, const char *element, char **field, const char *value)
{
    DWORD size = ExpandEnvironmentStringsA(value, NULL, 0);
    char *expanded = size != 0 ? malloc(size) : NULL;
    if (expanded == NULL || ExpandEnvironmentStringsA(value, expanded, size) == 0) {
        free(expanded);
        w3c_fail(r, element, "'%s' cannot be expanded", value);
        return;
    }
    w3c_set_string(r, element, field, expanded);
    free(expanded);
}

/* A whole attribute value of decimal digits. */
static int parse_u64(const char *s, unsigned long long *out)
{
    return w3e_parse_u64(&s, out) && *s == '\0';
}

void w3c_attr_uint(config_reader *r, const char *element, const char **attrs, const char *name,
                   unsigned min, unsigned max, unsigned *out)
{
    const char *text = w3c_attr(attrs, name);
    unsigned long long v;
    if (text == NULL)
        return;
    if (!parse_u64(text, &v) || v < min || v > max) {
        w3c_fail(r, element, "%s=\"%s\" is not a whole number from %u to %u", name, text, min, max);
        return;
    }
    *out = (unsigned)v;
}

void w3c_attr_u64(config_reader *r, const char *element, const char **attrs, const char *name,
                  unsigned long long *out)
{
    const char *text = w3c_attr(attrs, name);
    if (text != NULL && !parse_u64(text, out))
        w3c_fail(r, element, "%s=\"%s\" is not a whole number", name, text);
}

void w3c_attr_bool(config_reader *r, const char *element, const char **attrs, const char *name,
                   int *out)
{
    const char *text = w3c_attr(attrs, name);
    if (text == NULL)
        return;
    if (w3e_ieq(text, "true"))
        *out = 1;
    else if (w3e_ieq(text, "false"))
        *out = 0;
    else
        w3c_fail(r, element, "%s=\"%s\" is not true or false", name, text);
}

void w3c_parse_binding(config_reader *r, const char *element, const char *info,
                       w3_config_binding *binding)
{
    /* IP:PORT:HOST, where IP may be "*", empty, or a bracketed IPv6 address */
    const char *port_start;
    const char *ip_end;
    if (info[0] == '[') {
        ip_end = strchr(info, ']');
        if (ip_end == NULL || ip_end[1] != ':') {
            w3c_fail(r, element, "bindingInformation=\"%s\" is not IP:PORT:HOST", info);
            return;
        }
        port_start = ip_end + 2;
        info++;
    } else {
        ip_end = strchr(info, ':');
        if (ip_end == NULL) {
            w3c_fail(r, element, "bindingInformation=\"%s\" is not IP:PORT:HOST", info);
            return;
        }
        port_start = ip_end + 1;
    }
    const char *host = strchr(port_start, ':');
    char port_text[8];
    size_t port_len = host != NULL ? (size_t)(host - port_start) : strlen(port_start);
    unsigned long long port;
    if (host == NULL || port_len == 0 || port_len >= sizeof port_text) {
        w3c_fail(r, element, "bindingInformation=\"%s\" is not IP:PORT:HOST", info);
        return;
    }
    memcpy(port_text, port_start, port_len);
    port_text[port_len] = '\0';
    if (!parse_u64(port_text, &port) || port == 0 || port > 65535) {
        w3c_fail(r, element, "bindingInformation: port '%s' is not from 1 to 65535", port_text);
        return;
    }
    char ip[64];
    size_t ip_len = (size_t)(ip_end - info);
    if (ip_len >= sizeof ip) {
        w3c_fail(r, element, "bindingInformation: address too long");
        return;
    }
    memcpy(ip, info, ip_len);
    ip[ip_len] = '\0';
    w3c_set_string(r, element, &binding->ip, ip);
    w3c_set_string(r, element, &binding->host, host + 1);
    binding->port = (unsigned)port;
}
