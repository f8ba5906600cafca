#include "iis_express.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* A flag's name and a second text: for IIS Express's, the w3host flag it becomes ("":
 * none); for w3host's, the name of its value ("": it takes none). */
typedef struct flag_pair {
    const char *name, *other;
} flag_pair;

static const flag_pair iis_flags[] = {
#define FLAG(name, value, meaning, fallback)
#define IIS_EXPRESS(name, flag, meaning) {name, flag},
#include "flags.def"
#undef FLAG
#undef IIS_EXPRESS
};

/* What follows a w3host flag that takes a value is no flag. */
static const flag_pair w3host_flags[] = {
#define FLAG(name, value, meaning, fallback) {name, value},
#define IIS_EXPRESS(name, flag, meaning)
#include "flags.def"
#undef FLAG
#undef IIS_EXPRESS
};

static int takes_value(const char *arg)
{
    for (size_t i = 0; i < sizeof w3host_flags / sizeof w3host_flags[0]; i++)
        if (w3host_flags[i].other[0] != '\0' && strcmp(arg, w3host_flags[i].name) == 0)
            return 1;
    return 0;
}

/* The translated vector and the values made for it, for the whole run. */
static char *translated[512];
static char listen_values[8][32];

/* "/name:value": the table entry of name (any case, as Windows flags), NULL if it is
 * not one; *value points after the ':'. */
static const flag_pair *iis_flag_of(const char *arg, const char **value)
{
    const char *colon = arg[0] == '/' ? strchr(arg, ':') : NULL;
    if (colon == NULL)
        return NULL;
    for (size_t i = 0; i < sizeof iis_flags / sizeof iis_flags[0]; i++) {
        size_t len = strlen(iis_flags[i].name);
        if ((size_t)(colon - arg) == len && strncasecmp(arg, iis_flags[i].name, len) == 0) {
            *value = colon + 1;
            return &iis_flags[i];
        }
    }
    return NULL;
}

/* Appends to the translated vector; 0 when it is full. */
static int push(int *n, char *arg)
{
    if (*n >= (int)(sizeof translated / sizeof translated[0]) - 1) {
        fprintf(stderr, "w3host: too many arguments\n");
        return 0;
    }
    translated[(*n)++] = arg;
    return 1;
}

/* /trace:LEVEL: "none" (or "n") silences the start-up lines; the other levels keep them. */
static int trace_flag(int *n, const char *level)
{
    static const char *const levels[] = {"none", "n", "info", "i", "warning", "w", "error", "e"};
    for (size_t i = 0; i < sizeof levels / sizeof levels[0]; i++)
        if (strcasecmp(level, levels[i]) == 0)
            return i > 1 || push(n, "--quiet");
    fprintf(stderr, "w3host: /trace:%s: the levels are none, info, warning and error\n", level);
    return 0;
}

int iis_express_translate(int *argc, char ***argv)
{
    int n = 0;
    size_t listens = 0;
    char **in = *argv;
    for (int i = 0; i < *argc; i++) {
        const char *value;
        const flag_pair *f = i > 0 ? iis_flag_of(in[i], &value) : NULL;
        if (i > 0 && i + 1 < *argc && takes_value(in[i])) {
            /* A w3host flag and its value ("--root /srv:x" is no IIS Express flag). */
            if (!push(&n, in[i]) || !push(&n, in[i + 1]))
                return 0;
            i++;
            continue;
        }
        if (f == NULL) {
            if (i > 0 && in[i][0] == '/' && strchr(in[i], ':') != NULL) {
                fprintf(stderr, "w3host: %s: not an IIS Express flag w3host takes\n", in[i]);
                return 0;
            }
            if (!push(&n, in[i]))
                return 0;
        } else if (strcmp(f->name, "/trace") == 0) {
            if (!trace_flag(&n, value))
                return 0;
        } else if (f->other[0] == '\0') {
            fprintf(stderr, "w3host: note: %.*s ignored (no equivalent here)\n",
                    (int)(value - in[i] - 1), in[i]);
        } else if (strcmp(f->name, "/port") == 0) {
            if (listens == sizeof listen_values / sizeof listen_values[0] || value[0] == '\0' ||
                strlen(value) > 5 || strspn(value, "0123456789") != strlen(value)) {
                fprintf(stderr, "w3host: %s: not a port number\n", in[i]);
                return 0;
            }
            snprintf(listen_values[listens], sizeof listen_values[0], "127.0.0.1:%s", value);
            if (!push(&n, (char *)f->other) || !push(&n, listen_values[listens++]))
                return 0;
        } else if (!push(&n, (char *)f->other) || !push(&n, (char *)value)) {
            return 0;
        }
    }
    translated[n] = NULL;
    *argc = n;
    *argv = translated;
    return 1;
}
