/* CRT functions that MinGW-w64 declares but its msvcrt import library does not
 * provide (msvcrt.dll predates them): exported from libw3compat, they satisfy the
 * declarations in MinGW's <stdlib.h>. Those declarations (dllimport) are renamed out
 * of the way here so that they do not clash with these definitions. */
#define _dupenv_s w3_mingw_declared_dupenv_s
#define ultoa w3_mingw_declared_ultoa
#define _ltoa_s w3_mingw_declared_ltoa_s
#define _ltow_s w3_mingw_declared_ltow_s
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>
#undef _dupenv_s
#undef ultoa
#undef _ltoa_s
#undef _ltow_s

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

#ifndef _WIN64
/* MinGW's 32-bit msvcrt import library lacks the secure long conversions (the 64-bit one
 * has them). As documented: EINVAL for no buffer, no room or a radix outside 2..36;
 * ERANGE, with an empty buffer, when the text does not fit. */
static errno_t check_conversion(void *buffer, size_t size, int radix)
{
    if (!buffer || size == 0 || radix < 2 || radix > 36)
        return errno = EINVAL;
    return 0;
}

W3COMPAT_EXPORT errno_t __cdecl _ltoa_s(long value, char *buffer, size_t size, int radix)
{
    errno_t bad = check_conversion(buffer, size, radix);
    if (bad)
        return bad;
    char text[34]; /* 32 binary digits, a sign, the NUL */
    _ltoa(value, text, radix);
    if (strlen(text) >= size) {
        buffer[0] = '\0';
        return errno = ERANGE;
    }
    strcpy(buffer, text);
    return 0;
}

W3COMPAT_EXPORT errno_t __cdecl _ltow_s(long value, wchar_t *buffer, size_t size, int radix)
{
    errno_t bad = check_conversion(buffer, size, radix);
    if (bad)
        return bad;
    wchar_t text[34];
    _ltow(value, text, radix);
    if (wcslen(text) >= size) {
        buffer[0] = L'\0';
        return errno = ERANGE;
    }
    wcscpy(buffer, text);
    return 0;
}
#endif
