/* The CRT's bounded printf family with Microsoft semantics, on top of w3_ms_vas*printf. */
#include <stdlib.h>

#include "crt_internal.h"

/* _vsnprintf's contract: terminated when it fits with room to spare, unterminated when
 * it fills `count` exactly, -1 (count units written) when it does not fit. */
#define DEFINE_VSNPRINTF(name, CH, VAS)                                                            \
    int __cdecl name(CH *buffer, size_t count, const CH *format, va_list args)                     \
    {                                                                                              \
        CH *text;                                                                                  \
        int n = VAS(&text, format, args);                                                          \
        if (n < 0)                                                                                 \
            return -1;                                                                             \
        size_t len = (size_t)n;                                                                    \
        memcpy(buffer, text, (len < count ? len + 1 : count) * sizeof(CH));                        \
        free(text);                                                                                \
        return len <= count ? n : -1;                                                              \
    }

DEFINE_VSNPRINTF(_vsnprintf, char, w3_ms_vasprintf)
DEFINE_VSNPRINTF(_vsnwprintf, wchar_t, w3_ms_vaswprintf)

/* _vsnprintf_s: writes at most min(count, size - 1) units and always terminates. When
 * the text does not fit: with count = _TRUNCATE or count < size the output is truncated
 * and the result is -1; otherwise the buffer is emptied and ERANGE is reported. */
static int finish_bounded(void *buffer, size_t unit, size_t size, size_t count, const void *text,
                          size_t len, const char *function)
{
    int truncating = count == _TRUNCATE || count < size;
    size_t limit = count < size ? count : size - 1;
    char *out = buffer;
    if (len <= limit) {
        memcpy(out, text, (len + 1) * unit);
        return (int)len;
    }
    if (truncating) {
        memcpy(out, text, limit * unit);
        memset(out + limit * unit, 0, unit);
        return -1;
    }
    memset(out, 0, unit);
    w3_crt_invalid_parameter(ERANGE, function);
    return -1;
}

static int check_bounded_args(void *buffer, size_t unit, size_t size, const void *format,
                              const char *function)
{
    if (buffer && size && format)
        return 1;
    if (buffer && size)
        memset(buffer, 0, unit);
    w3_crt_invalid_parameter(EINVAL, function);
    return 0;
}

int __cdecl _vsnprintf_s(char *buffer, size_t size, size_t count, const char *format, va_list args)
{
    if (!check_bounded_args(buffer, 1, size, format, "_vsnprintf_s"))
        return -1;
    char *text;
    int n = w3_ms_vasprintf(&text, format, args);
    if (n < 0) {
        buffer[0] = '\0';
        return -1;
    }
    int r = finish_bounded(buffer, 1, size, count, text, (size_t)n, "_vsnprintf_s");
    free(text);
    return r;
}

int __cdecl _vsnwprintf_s(wchar_t *buffer, size_t size, size_t count, const wchar_t *format,
                          va_list args)
{
    if (!check_bounded_args(buffer, sizeof(wchar_t), size, format, "_vsnwprintf_s"))
        return -1;
    wchar_t *text;
    int n = w3_ms_vaswprintf(&text, format, args);
    if (n < 0) {
        buffer[0] = L'\0';
        return -1;
    }
    int r = finish_bounded(buffer, sizeof(wchar_t), size, count, text, (size_t)n, "_vsnwprintf_s");
    free(text);
    return r;
}

/* vsprintf_s: like _vsnprintf_s with count = size, so a text that does not fit empties
 * the buffer and reports ERANGE. */
int __cdecl vsprintf_s(char *buffer, size_t size, const char *format, va_list args)
{
    return _vsnprintf_s(buffer, size, size, format, args);
}

int __cdecl vswprintf_s(wchar_t *buffer, size_t size, const wchar_t *format, va_list args)
{
    return _vsnwprintf_s(buffer, size, size, format, args);
}

int __cdecl sprintf_s(char *buffer, size_t size, const char *format, ...)
{
    va_list ap;
    va_start(ap, format);
    int n = vsprintf_s(buffer, size, format, ap);
    va_end(ap);
    return n;
}

int __cdecl swprintf_s(wchar_t *buffer, size_t size, const wchar_t *format, ...)
{
    va_list ap;
    va_start(ap, format);
    int n = vswprintf_s(buffer, size, format, ap);
    va_end(ap);
    return n;
}

int __cdecl _snprintf_s(char *buffer, size_t size, size_t count, const char *format, ...)
{
    va_list ap;
    va_start(ap, format);
    int n = _vsnprintf_s(buffer, size, count, format, ap);
    va_end(ap);
    return n;
}

int __cdecl _snwprintf_s(wchar_t *buffer, size_t size, size_t count, const wchar_t *format, ...)
{
    va_list ap;
    va_start(ap, format);
    int n = _vsnwprintf_s(buffer, size, count, format, ap);
    va_end(ap);
    return n;
}

int __cdecl _snprintf(char *buffer, size_t count, const char *format, ...)
{
    va_list ap;
    va_start(ap, format);
    int n = _vsnprintf(buffer, count, format, ap);
    va_end(ap);
    return n;
}

int __cdecl _snwprintf(wchar_t *buffer, size_t count, const wchar_t *format, ...)
{
    va_list ap;
    va_start(ap, format);
    int n = _vsnwprintf(buffer, count, format, ap);
    va_end(ap);
    return n;
}

int __cdecl _swprintf(wchar_t *buffer, const wchar_t *format, ...)
{
    va_list ap;
    va_start(ap, format);
    wchar_t *text;
    int n = w3_ms_vaswprintf(&text, format, ap);
    va_end(ap);
    if (n >= 0) {
        memcpy(buffer, text, ((size_t)n + 1) * sizeof(wchar_t));
        free(text);
    }
    return n;
}

int __cdecl w3_ms_wprintf(const wchar_t *format, ...)
{
    va_list ap;
    va_start(ap, format);
    wchar_t *text;
    int n = w3_ms_vaswprintf(&text, format, ap);
    va_end(ap);
    if (n >= 0) {
        n = fputws(text, stdout) < 0 ? -1 : n;
        free(text);
    }
    return n;
}

/* The length of the formatted text, without its terminator (-1 on a bad format). */
#define DEFINE_COUNT(vname, name, CH, VAS)                                                         \
    int __cdecl vname(const CH *format, va_list args)                                              \
    {                                                                                              \
        if (!format) {                                                                             \
            w3_crt_invalid_parameter(EINVAL, #vname);                                              \
            return -1;                                                                             \
        }                                                                                          \
        CH *text;                                                                                  \
        int n = VAS(&text, format, args);                                                          \
        if (n >= 0)                                                                                \
            free(text);                                                                            \
        return n;                                                                                  \
    }                                                                                              \
                                                                                                   \
    int __cdecl name(const CH *format, ...)                                                        \
    {                                                                                              \
        va_list ap;                                                                                \
        va_start(ap, format);                                                                      \
        int n = vname(format, ap);                                                                 \
        va_end(ap);                                                                                \
        return n;                                                                                  \
    }

DEFINE_COUNT(_vscprintf, _scprintf, char, w3_ms_vasprintf)
DEFINE_COUNT(_vscwprintf, _scwprintf, wchar_t, w3_ms_vaswprintf)
