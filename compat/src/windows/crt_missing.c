/* CRT functions that MinGW-w64 declares but its msvcrt import library does not
 * provide (msvcrt.dll predates them): exported from libw3compat, they satisfy the
 * declarations in MinGW's <stdlib.h>. Those declarations (dllimport) are renamed out
 * of the way here so that they do not clash with these definitions. */
#define _dupenv_s w3_mingw_declared_dupenv_s
#define ultoa w3_mingw_declared_ultoa
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#undef _dupenv_s
#undef ultoa

#include "w3compat_export.h"

W3COMPAT_EXPORT char *__cdecl ultoa(unsigned long value, char *buffer, int radix)
{
    return _ultoa(value, buffer, radix);
}

/* As the CRT documents it: *buffer and *size are NULL and 0 for a missing variable. */
W3COMPAT_EXPORT errno_t __cdecl _dupenv_s(char **buffer, size_t *size, const char *name)
{
    if (!buffer || !name)
        return errno = EINVAL;
    *buffer = NULL;
    if (size)
        *size = 0;
    const char *value = getenv(name);
    if (!value)
        return 0;
    size_t n = strlen(value) + 1;
    char *copy = malloc(n);
    if (!copy)
        return errno = ENOMEM;
    memcpy(copy, value, n);
    *buffer = copy;
    if (size)
        *size = n;
    return 0;
}
