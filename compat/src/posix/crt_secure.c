/* The bounds-checked CRT string and memory functions. On a bad parameter each reports
 * through the invalid-parameter handler, empties the destination where it has one, and
 * returns EINVAL (bad pointer or unterminated string) or ERANGE (too small). */
#include <stdlib.h>

#include "ascii_case.h"
#include "crt_internal.h"

#define DEFINE_COPY(name, CH, LEN)                                                                 \
    errno_t __cdecl name##cpy_s(CH *dest, rsize_t size, const CH *src)                             \
    {                                                                                              \
        if (!dest || size == 0)                                                                    \
            return w3_crt_invalid_parameter(EINVAL, #name "cpy_s");                                \
        if (!src) {                                                                                \
            dest[0] = 0;                                                                           \
            return w3_crt_invalid_parameter(EINVAL, #name "cpy_s");                                \
        }                                                                                          \
        size_t n = LEN(src, size);                                                                 \
        if (n == size) {                                                                           \
            dest[0] = 0;                                                                           \
            return w3_crt_invalid_parameter(ERANGE, #name "cpy_s");                                \
        }                                                                                          \
        memmove(dest, src, (n + 1) * sizeof(CH));                                                  \
        return 0;                                                                                  \
    }                                                                                              \
                                                                                                   \
    errno_t __cdecl name##ncpy_s(CH *dest, rsize_t size, const CH *src, rsize_t count)             \
    {                                                                                              \
        if (!dest && size == 0 && count == 0)                                                      \
            return 0;                                                                              \
        if (!dest || size == 0)                                                                    \
            return w3_crt_invalid_parameter(EINVAL, #name "ncpy_s");                               \
        if (count == 0) {                                                                          \
            dest[0] = 0;                                                                           \
            return 0;                                                                              \
        }                                                                                          \
        if (!src) {                                                                                \
            dest[0] = 0;                                                                           \
            return w3_crt_invalid_parameter(EINVAL, #name "ncpy_s");                               \
        }                                                                                          \
        size_t n = LEN(src, count == _TRUNCATE ? size : count);                                    \
        if (n >= size) {                                                                           \
            if (count == _TRUNCATE) {                                                              \
                memmove(dest, src, (size - 1) * sizeof(CH));                                       \
                dest[size - 1] = 0;                                                                \
                return STRUNCATE;                                                                  \
            }                                                                                      \
            dest[0] = 0;                                                                           \
            return w3_crt_invalid_parameter(ERANGE, #name "ncpy_s");                               \
        }                                                                                          \
        memmove(dest, src, n * sizeof(CH));                                                        \
        dest[n] = 0;                                                                               \
        return 0;                                                                                  \
    }                                                                                              \
                                                                                                   \
    errno_t __cdecl name##cat_s(CH *dest, rsize_t size, const CH *src)                             \
    {                                                                                              \
        return name##ncat_s(dest, size, src, (rsize_t)-2);                                         \
    }                                                                                              \
                                                                                                   \
    errno_t __cdecl name##ncat_s(CH *dest, rsize_t size, const CH *src, rsize_t count)             \
    {                                                                                              \
        if (!dest || size == 0)                                                                    \
            return w3_crt_invalid_parameter(EINVAL, #name "cat_s");                                \
        if (!src && count != 0) {                                                                  \
            dest[0] = 0;                                                                           \
            return w3_crt_invalid_parameter(EINVAL, #name "cat_s");                                \
        }                                                                                          \
        size_t used = LEN(dest, size);                                                             \
        if (used == size) {                                                                        \
            dest[0] = 0;                                                                           \
            return w3_crt_invalid_parameter(EINVAL, #name "cat_s");                                \
        }                                                                                          \
        size_t room = size - used; /* terminator included */                                       \
        size_t n = count == 0 ? 0 : LEN(src, count == _TRUNCATE ? room : count);                   \
        if (n >= room) {                                                                           \
            if (count == _TRUNCATE) {                                                              \
                memmove(dest + used, src, (room - 1) * sizeof(CH));                                \
                dest[size - 1] = 0;                                                                \
                return STRUNCATE;                                                                  \
            }                                                                                      \
            dest[0] = 0;                                                                           \
            return w3_crt_invalid_parameter(ERANGE, #name "cat_s");                                \
        }                                                                                          \
        memmove(dest + used, src, n * sizeof(CH));                                                 \
        dest[used + n] = 0;                                                                        \
        return 0;                                                                                  \
    }

DEFINE_COPY(str, char, strnlen)
DEFINE_COPY(wcs, wchar_t, wcsnlen)

errno_t __cdecl memcpy_s(void *dest, rsize_t destsz, const void *src, rsize_t count)
{
    if (count == 0)
        return 0;
    if (!dest)
        return w3_crt_invalid_parameter(EINVAL, "memcpy_s");
    if (!src || destsz < count) {
        memset(dest, 0, destsz);
        return w3_crt_invalid_parameter(src ? ERANGE : EINVAL, "memcpy_s");
    }
    memcpy(dest, src, count);
    return 0;
}

errno_t __cdecl memmove_s(void *dest, rsize_t destsz, const void *src, rsize_t count)
{
    if (count == 0)
        return 0;
    if (!dest || !src)
        return w3_crt_invalid_parameter(EINVAL, "memmove_s");
    if (destsz < count)
        return w3_crt_invalid_parameter(ERANGE, "memmove_s");
    memmove(dest, src, count);
    return 0;
}

static errno_t change_case_s(char *str, size_t size, int (*change)(int), const char *function)
{
    if (!str || size == 0)
        return w3_crt_invalid_parameter(EINVAL, function);
    size_t n = strnlen(str, size);
    if (n == size) {
        str[0] = '\0';
        return w3_crt_invalid_parameter(EINVAL, function);
    }
    for (size_t i = 0; i < n; i++)
        str[i] = (char)change((unsigned char)str[i]);
    return 0;
}

errno_t __cdecl _strlwr_s(char *str, size_t size)
{
    return change_case_s(str, size, w3_ascii_lower, "_strlwr_s");
}

errno_t __cdecl _strupr_s(char *str, size_t size)
{
    return change_case_s(str, size, w3_ascii_upper, "_strupr_s");
}

static errno_t change_wide_case_s(wchar_t *str, size_t size, wchar_t *(*change)(wchar_t *),
                                  const char *function)
{
    if (!str || size == 0)
        return w3_crt_invalid_parameter(EINVAL, function);
    if (wcsnlen(str, size) == size) {
        str[0] = L'\0';
        return w3_crt_invalid_parameter(EINVAL, function);
    }
    change(str);
    return 0;
}

errno_t __cdecl _wcslwr_s(wchar_t *str, size_t size)
{
    return change_wide_case_s(str, size, _wcslwr, "_wcslwr_s");
}

errno_t __cdecl _wcsupr_s(wchar_t *str, size_t size)
{
    return change_wide_case_s(str, size, _wcsupr, "_wcsupr_s");
}

/* strtok_s and wcstok_s: after the last token the context points at the terminator,
 * so a further call returns NULL rather than failing. */
#define DEFINE_TOKENIZER(name, CH, SPN, CSPN)                                                      \
    CH *__cdecl name(CH *str, const CH *delim, CH **context)                                       \
    {                                                                                              \
        if (!context || !delim || (!str && !*context)) {                                           \
            w3_crt_invalid_parameter(EINVAL, #name);                                               \
            return NULL;                                                                           \
        }                                                                                          \
        CH *p = str ? str : *context;                                                              \
        p += SPN(p, delim);                                                                        \
        if (!*p) {                                                                                 \
            *context = p;                                                                          \
            return NULL;                                                                           \
        }                                                                                          \
        CH *end = p + CSPN(p, delim);                                                              \
        *context = *end ? end + 1 : end;                                                           \
        *end = 0;                                                                                  \
        return p;                                                                                  \
    }

DEFINE_TOKENIZER(strtok_s, char, strspn, strcspn)
DEFINE_TOKENIZER(wcstok_s, wchar_t, wcsspn, wcscspn)

/* Lengths that stop at `count` and take NULL as empty. */
size_t __cdecl strnlen_s(const char *str, size_t count)
{
    return str ? strnlen(str, count) : 0;
}

size_t __cdecl wcsnlen_s(const wchar_t *str, size_t count)
{
    return str ? wcsnlen(str, count) : 0;
}
