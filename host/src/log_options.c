/* The configuration's log settings into w3host's options. */
#include "log_options.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int same_name(const char *a, const char *b)
{
    while (*a != '\0' && tolower((unsigned char)*a) == tolower((unsigned char)*b))
        a++, b++;
    return *a == '\0' && *b == '\0';
}

/* The length of the folder part of `path` (0 if it has none). */
static size_t folder_length(const char *path)
{
    size_t n = 0;
    for (size_t i = 0; path[i] != '\0'; i++)
        if (path[i] == '/' || path[i] == '\\')
            n = i;
    return n;
}

/* `text` with each %NAME% of a known variable replaced, into out (size bytes). */
static void expand(const char *text, const char *config_path, char *out, size_t size)
{
    size_t len = 0;
    for (const char *p = text; *p != '\0' && len + 1 < size;) {
        const char *end = *p == '%' ? strchr(p + 1, '%') : NULL;
        char name[64];
        size_t n = end != NULL ? (size_t)(end - p - 1) : 0;
        if (n > 0 && n < sizeof name) {
            memcpy(name, p + 1, n);
            name[n] = '\0';
            const char *value = getenv(name);
            size_t value_len = value != NULL ? strlen(value) : 0;
            if (value == NULL && same_name(name, "SystemDrive")) {
                value = config_path;
                value_len = folder_length(config_path);
                if (value_len == 0)
                    value = ".", value_len = 1;
            }
            if (value != NULL) {
                if (value_len > size - 1 - len)
                    value_len = size - 1 - len;
                memcpy(out + len, value, value_len);
                len += value_len;
                p = end + 1;
                continue;
            }
        }
        out[len++] = *p++;
    }
    out[len] = '\0';
#ifndef _WIN32
    for (char *c = out; *c != '\0'; c++)
        if (*c == '\\')
            *c = '/';
#endif
}

void log_options_for_site(const host_options *o, const w3_config *c, const w3_config_site *site,
                          host_site *out)
{
    w3_config_log_file log;
    w3_config_site_log(c, site, &log);
    out->log_settings.fields = log.fields;
    out->log_settings.period = log.period;
    out->log_settings.local_time = log.local_time_rollover;
    out->log_settings.truncate_size = log.truncate_size;
    out->log_dir[0] = '\0';
    char folder[sizeof out->log_dir - 24]; /* room for "/W3SVC" and the id */
    if (o->log_dir != NULL) {
        snprintf(folder, sizeof folder, "%s", o->log_dir); /* --log-dir: even when disabled */
    } else {
        if (!log.enabled)
            return;
        expand(log.directory, o->config_path, folder, sizeof folder);
    }
    if (!same_name(log.format, "W3C"))
        fprintf(stderr,
                "w3host: %s: <site name=\"%s\">: logFormat=\"%s\": w3host writes W3C logs\n",
                o->config_path, site->name, log.format);
    snprintf(out->log_dir, sizeof out->log_dir, "%s/W3SVC%u", folder, site->id);
}
