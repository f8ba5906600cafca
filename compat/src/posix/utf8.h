/* UTF-8 encoding and decoding shared by the code-page and printf functions. */
#ifndef W3COMPAT_UTF8_H
#define W3COMPAT_UTF8_H

#include <stddef.h>
#include <stdint.h>

/* What w3_utf8_decode stores for a byte that does not start a well-formed sequence. */
#define W3_UTF8_INVALID 0xFFFFFFFFu

/* Decodes the sequence at s (n > 0 bytes available) into *cp and returns the bytes it
 * used. An ill-formed sequence (overlong, surrogate, beyond U+10FFFF, truncated) uses
 * one byte and yields W3_UTF8_INVALID. */
size_t w3_utf8_decode(const unsigned char *s, size_t n, uint32_t *cp);

/* Encodes cp into out (4 bytes available) and returns the byte count. */
size_t w3_utf8_encode(uint32_t cp, char *out);

/* Is cp a Unicode scalar value (not a surrogate, at most U+10FFFF)? */
static inline int w3_is_scalar(uint32_t cp)
{
    return cp <= 0x10FFFF && (cp < 0xD800 || cp > 0xDFFF);
}

#endif
