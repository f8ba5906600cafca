#include "site_route.h"

#include <stdio.h>
#include <string.h>
#include <strings.h>

const char *site_route_bad_hostname(size_t *len)
{
    static char response[1024];
    const char *page = w3_invalid_hostname_page();
    int n = snprintf(response, sizeof response,
                     "HTTP/1.1 400 Bad Request\r\n"
                     "Content-Type: text/html; charset=us-ascii\r\n"
                     "Server: Microsoft-HTTPAPI/2.0\r\n"
                     "Connection: close\r\n"
                     "Content-Length: %u\r\n\r\n%s",
                     (unsigned)strlen(page), page);
    *len = n > 0 ? (size_t)n : 0;
    return response;
}

static const char *find(const char *bytes, size_t len, const char *needle)
{
    size_t n = strlen(needle);
    for (size_t i = 0; i + n <= len; i++)
        if (memcmp(bytes + i, needle, n) == 0)
            return bytes + i;
    return NULL;
}

int site_route_ready(const char *bytes, size_t len, size_t limit)
{
    return find(bytes, len, "\r\n\r\n") != NULL || len > limit;
}

/* The Host header's name part (no port) into out; "" when there is none. */
static void host_name_of(const char *bytes, size_t len, char *out, size_t size)
{
    out[0] = '\0';
    const char *end = find(bytes, len, "\r\n\r\n");
    if (end == NULL)
        end = bytes + len;
    const char *line = find(bytes, (size_t)(end - bytes), "\r\n");
    while (line != NULL && line < end) {
        line += 2;
        const char *next = find(line, (size_t)(end - line), "\r\n");
        const char *stop = next != NULL ? next : end;
        if (stop - line > 5 && strncasecmp(line, "host:", 5) == 0) {
            const char *v = line + 5;
            while (v < stop && (*v == ' ' || *v == '\t'))
                v++;
            const char *v_end = v;
            if (v < stop && *v == '[') { /* [v6]:port */
                while (v_end < stop && *v_end != ']')
                    v_end++;
                if (v_end < stop)
                    v_end++;
            } else {
                while (v_end < stop && *v_end != ':' && *v_end != ' ' && *v_end != '\t')
                    v_end++;
            }
            size_t n = (size_t)(v_end - v);
            if (n < size) {
                memcpy(out, v, n);
                out[n] = '\0';
            }
            return;
        }
        line = next;
    }
}

hsite *site_route(const hlistener *listener, const char *local_ip, const char *bytes, size_t len)
{
    char host_name[256];
    host_name_of(bytes, len, host_name, sizeof host_name);
    return site_for_host(listener, local_ip, host_name);
}

/* Among the routes of the bindings to address `ip`: the host name's, else one for any. */
static hsite *for_host_at(const hlistener *listener, const char *ip, const char *host_name)
{
    for (size_t i = 0; i < listener->route_count; i++)
        if (listener->routes[i].host_name[0] != '\0' && strcmp(listener->routes[i].ip, ip) == 0 &&
            strcasecmp(listener->routes[i].host_name, host_name) == 0)
            return listener->routes[i].site;
    for (size_t i = 0; i < listener->route_count; i++)
        if (listener->routes[i].host_name[0] == '\0' && strcmp(listener->routes[i].ip, ip) == 0)
            return listener->routes[i].site;
    return NULL;
}

hsite *site_for_host(const hlistener *listener, const char *local_ip, const char *host_name)
{
    hsite *site = listener->by_address ? for_host_at(listener, local_ip, host_name) : NULL;
    return site != NULL ? site : for_host_at(listener, listener->ip, host_name);
}
