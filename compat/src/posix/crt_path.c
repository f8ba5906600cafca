/* fopen and _open accepting '\' separators (crtpath.h). */
#define W3COMPAT_NO_CRT_PATHS
#include <crtpath.h>

#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

/* path with '/' for '\', or NULL (errno set) when it cannot be copied. */
static char *posix_copy(const char *path)
{
    if (path == NULL) {
        errno = EINVAL;
        return NULL;
    }
    char *copy = strdup(path);
    if (copy == NULL) {
        errno = ENOMEM;
        return NULL;
    }
    for (char *c = copy; *c != '\0'; c++)
        if (*c == '\\')
            *c = '/';
    return copy;
}

FILE *w3_crt_fopen(const char *path, const char *mode)
{
    char *copy = posix_copy(path);
    if (copy == NULL)
        return NULL;
    FILE *file = fopen(copy, mode);
    int saved = errno;
    free(copy);
    errno = saved;
    return file;
}

int w3_crt_open(const char *path, int flags, ...)
{
    mode_t mode = 0;
    if (flags & O_CREAT) {
        va_list ap;
        va_start(ap, flags);
        mode = (mode_t)va_arg(ap, int);
        va_end(ap);
    }
    char *copy = posix_copy(path);
    if (copy == NULL)
        return -1;
    int fd = open(copy, flags, mode);
    int saved = errno;
    free(copy);
    errno = saved;
    return fd;
}
