/* The CRT's environment access (_dupenv_s, getenv_s, _putenv), errno accessors and
 * rand_s. Names are matched as the C library does, with case. */
#define _CRT_RAND_S
#include <stdlib.h>
#include <sys/random.h>

#include "../crt_internal.h"

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
