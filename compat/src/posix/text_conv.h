/* UTF-8 <-> WCHAR conversions used inside libw3compat: the A functions take and return
 * UTF-8, the W functions are implemented on top of them (or the reverse). */
#ifndef W3COMPAT_POSIX_TEXT_CONV_H
#define W3COMPAT_POSIX_TEXT_CONV_H

#include <windows.h>

/* A malloc'd UTF-8 copy of s (NULL stays NULL; invalid code points become U+FFFD).
 * Returns NULL with ERROR_NOT_ENOUGH_MEMORY when allocation fails. */
char *w3_wide_to_utf8(LPCWSTR s);
/* A malloc'd WCHAR copy of the UTF-8 string s (invalid sequences become U+FFFD). */
WCHAR *w3_utf8_to_wide(const char *s);

/* Bytes needed to encode the n WCHARs at s in UTF-8 (no terminator counted). */
size_t w3_utf8_length_of_wide(const WCHAR *s, size_t n);
/* Encodes the n WCHARs at s into out, which has room for w3_utf8_length_of_wide bytes. */
void w3_encode_utf8(const WCHAR *s, size_t n, char *out);

#endif
