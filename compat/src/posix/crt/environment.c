/* The CRT's environment access (_dupenv_s, getenv_s, _putenv), errno accessors and
 * rand_s. Names are matched as the C library does, with case. */
#define _CRT_RAND_S
#include <stdlib.h>
#include <pthread.h>
#include <sys/random.h>

#include "../crt_internal.h"
#include "../text_conv.h"

errno_t __cdecl _dupenv_s(char **buffer, size_t *size, const char *name)
{
    if (!buffer)
        return w3_crt_invalid_parameter(EINVAL, "_dupenv_s");
    *buffer = NULL;
    if (size)
        *size = 0;
    if (!name)
        return w3_crt_invalid_parameter(EINVAL, "_dupenv_s");
    const char *value = getenv(name);
    if (!value)
        return 0;
    size_t n = strlen(value) + 1;
    *buffer = malloc(n);
    if (!*buffer)
        return errno = ENOMEM;
    memcpy(*buffer, value, n);
    if (size)
        *size = n;
    return 0;
}

errno_t __cdecl getenv_s(size_t *required, char *buffer, size_t size, const char *name)
{
    if (!required || (!buffer && size > 0) || !name)
        return w3_crt_invalid_parameter(EINVAL, "getenv_s");
    *required = 0;
    if (buffer)
        buffer[0] = '\0';
    const char *value = getenv(name);
    if (!value)
        return 0;
    size_t n = strlen(value) + 1;
    *required = n;
    if (!buffer && size == 0)
        return 0;
    if (n > size)
        return w3_crt_invalid_parameter(ERANGE, "getenv_s");
    memcpy(buffer, value, n);
    return 0;
}

/* _wgetenv's results: a wide copy per name and value. A copy stays valid for the life
 * of the process (a changed value gets a new one), so a caller's pointer never dangles. */
struct wide_value {
    char *name;
    char *value;
    wchar_t *wide;
    struct wide_value *next;
};
static struct wide_value *wide_values;
static pthread_mutex_t wide_values_lock = PTHREAD_MUTEX_INITIALIZER;

static wchar_t *wide_copy_of(const char *name, const char *value)
{
    for (struct wide_value *v = wide_values; v; v = v->next)
        if (strcmp(v->name, name) == 0 && strcmp(v->value, value) == 0)
            return v->wide;
    struct wide_value *v = calloc(1, sizeof *v);
    if (v) {
        v->name = strdup(name);
        v->value = strdup(value);
        v->wide = w3_utf8_to_wide(value);
    }
    if (!v || !v->name || !v->value || !v->wide) {
        if (v) {
            free(v->name);
            free(v->value);
            free(v->wide);
            free(v);
        }
        errno = ENOMEM;
        return NULL;
    }
    v->next = wide_values;
    wide_values = v;
    return v->wide;
}

wchar_t *__cdecl _wgetenv(const wchar_t *name)
{
    if (!name) {
        w3_crt_invalid_parameter(EINVAL, "_wgetenv");
        return NULL;
    }
    char *narrow = w3_wide_to_utf8(name);
    if (!narrow)
        return NULL;
    wchar_t *result = NULL;
    pthread_mutex_lock(&wide_values_lock);
    const char *value = getenv(narrow);
    if (value)
        result = wide_copy_of(narrow, value);
    pthread_mutex_unlock(&wide_values_lock);
    free(narrow);
    return result;
}

/* "NAME=value" sets, "NAME=" removes. */
int __cdecl _putenv(const char *assignment)
{
    const char *eq = assignment ? strchr(assignment, '=') : NULL;
    if (!eq || eq == assignment) {
        errno = EINVAL;
        return -1;
    }
    size_t n = (size_t)(eq - assignment);
    char *name = malloc(n + 1);
    if (!name) {
        errno = ENOMEM;
        return -1;
    }
    memcpy(name, assignment, n);
    name[n] = '\0';
    int r = eq[1] ? setenv(name, eq + 1, 1) : unsetenv(name);
    free(name);
    return r == 0 ? 0 : -1;
}

errno_t __cdecl _putenv_s(const char *name, const char *value)
{
    if (!name || !value || !*name || strchr(name, '='))
        return w3_crt_invalid_parameter(EINVAL, "_putenv_s");
    int r = *value ? setenv(name, value, 1) : unsetenv(name);
    return r == 0 ? 0 : errno;
}

errno_t __cdecl _get_errno(int *value)
{
    if (!value)
        return w3_crt_invalid_parameter(EINVAL, "_get_errno");
    *value = errno;
    return 0;
}

errno_t __cdecl _set_errno(int value)
{
    errno = value;
    return 0;
}

errno_t __cdecl rand_s(unsigned int *value)
{
    if (!value)
        return w3_crt_invalid_parameter(EINVAL, "rand_s");
    unsigned char *p = (unsigned char *)value;
    size_t got = 0;
    while (got < sizeof *value) {
        ssize_t n = getrandom(p + got, sizeof *value - got, 0);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            *value = 0;
            return errno = ENOMEM;
        }
        got += (size_t)n;
    }
    return 0;
}
