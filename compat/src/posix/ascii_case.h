/* Case mapping of ASCII letters only: the "C" locale's, msvcrt's default, and what the
 * A functions apply to UTF-8 text (other bytes are parts of multi-byte sequences). */
#ifndef W3COMPAT_POSIX_ASCII_CASE_H
#define W3COMPAT_POSIX_ASCII_CASE_H

static inline int w3_ascii_lower(int c)
{
    return (c >= 'A' && c <= 'Z') ? c + ('a' - 'A') : c;
}

static inline int w3_ascii_upper(int c)
{
    return (c >= 'a' && c <= 'z') ? c - ('a' - 'A') : c;
}

#endif
