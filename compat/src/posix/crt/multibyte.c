/* mbstowcs_s and wcstombs_s: conversions in the C library's locale, bounded and always
 * terminated. *converted counts the units written (or needed, with no destination)
 * including the terminator. */
#include <stdlib.h>

#include "../crt_internal.h"

/* The length of src's conversion, capped at limit; (size_t)-1 for an invalid sequence. */
static size_t wide_length(const char *src, size_t limit)
{
    mbstate_t state = {0};
    const char *p = src;
    size_t n = mbsrtowcs(NULL, &p, 0, &state);
    return n == (size_t)-1 ? n : (n < limit ? n : limit);
}

static size_t narrow_length(const wchar_t *src, size_t limit)
{
    mbstate_t state = {0};
    const wchar_t *p = src;
    size_t n = wcsrtombs(NULL, &p, 0, &state);
    return n == (size_t)-1 ? n : (n < limit ? n : limit);
}

/* Checks the common arguments; on success returns 0 with dest emptied. */
static errno_t check_args(void *dest, size_t unit, size_t size, const void *src, size_t *converted,
                          const char *function)
{
    if (converted)
        *converted = 0;
    if ((!dest && size > 0) || (dest && size == 0))
        return w3_crt_invalid_parameter(EINVAL, function);
    if (dest)
        memset(dest, 0, unit);
    if (!src)
        return w3_crt_invalid_parameter(EINVAL, function);
    return 0;
}

/* How many units of a `needed`-unit text go into size units with a terminator, or an
 * error: ERANGE, or STRUNCATE when count is _TRUNCATE. */
static errno_t fit(size_t needed, size_t size, size_t count, size_t *take, const char *function)
{
    *take = needed;
    if (needed < size)
        return 0;
    if (count != _TRUNCATE)
        return w3_crt_invalid_parameter(ERANGE, function);
    *take = size - 1;
    return STRUNCATE;
}

errno_t __cdecl mbstowcs_s(size_t *converted, wchar_t *dest, size_t size, const char *src,
                           size_t count)
{
    errno_t err = check_args(dest, sizeof(wchar_t), size, src, converted, "mbstowcs_s");
    if (err)
        return err;
    /* With no destination the whole text is measured, whatever the count. */
    size_t needed = wide_length(src, dest ? count : _TRUNCATE);
    if (needed == (size_t)-1)
        return errno = EILSEQ;
    if (!dest) {
        if (converted)
            *converted = needed + 1;
        return 0;
    }
    size_t take;
    err = fit(needed, size, count, &take, "mbstowcs_s");
    if (err && err != STRUNCATE)
        return err;
    mbstate_t state = {0};
    const char *p = src;
    size_t done = mbsrtowcs(dest, &p, take, &state);
    dest[done == (size_t)-1 ? 0 : done] = L'\0';
    if (converted)
        *converted = done + 1;
    return err;
}

errno_t __cdecl wcstombs_s(size_t *converted, char *dest, size_t size, const wchar_t *src,
                           size_t count)
{
    errno_t err = check_args(dest, 1, size, src, converted, "wcstombs_s");
    if (err)
        return err;
    size_t needed = narrow_length(src, dest ? count : _TRUNCATE);
    if (needed == (size_t)-1)
        return errno = EILSEQ;
    if (!dest) {
        if (converted)
            *converted = needed + 1;
        return 0;
    }
    size_t take;
    err = fit(needed, size, count, &take, "wcstombs_s");
    if (err && err != STRUNCATE)
        return err;
    /* wcsrtombs writes whole characters only: convert into a scratch copy and cut. */
    char *text = malloc(needed + 1);
    if (!text)
        return errno = ENOMEM;
    mbstate_t state = {0};
    const wchar_t *p = src;
    size_t done = wcsrtombs(text, &p, needed, &state);
    if (done == (size_t)-1)
        done = 0;
    if (done > take)
        done = take;
    memcpy(dest, text, done);
    dest[done] = '\0';
    free(text);
    if (converted)
        *converted = done + 1;
    return err;
}
