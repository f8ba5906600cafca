/* Conversions between the registry's UTF-16LE data, UTF-8 (the A functions' code page
 * and the store's names) and WCHAR (internal to libw3compat). Every function converts
 * exactly the units it is given, NULs included, and adds no terminator of its own unless
 * it says so. Ill-formed input becomes U+FFFD. */
#ifndef W3COMPAT_REG_TEXT_H
#define W3COMPAT_REG_TEXT_H

#include <stddef.h>

#include <windows.h>

/* Is type one that holds text (converted between A and W callers)? */
BOOL w3_reg_is_string_type(DWORD type);

/* UTF-8 -> UTF-16LE: malloc'd, *bytes set; NULL when memory runs out. */
BYTE *w3_reg_utf8_to_utf16(const char *s, size_t n, size_t *bytes);
/* UTF-16LE -> UTF-8: malloc'd with a NUL after the *length bytes converted. */
char *w3_reg_utf16_to_utf8(const BYTE *s, size_t bytes, size_t *length);
/* WCHAR -> UTF-16LE: malloc'd, *bytes set. */
BYTE *w3_reg_wide_to_utf16(const WCHAR *s, size_t units, size_t *bytes);
/* UTF-16LE -> WCHAR: stores into out (when not NULL) and returns the WCHARs produced. */
size_t w3_reg_utf16_to_wide(const BYTE *s, size_t bytes, WCHAR *out);

/* A malloc'd UTF-8 copy of a NUL-terminated WCHAR string (NULL stays NULL; *failed is
 * set when memory ran out). */
char *w3_reg_name_from_wide(LPCWSTR s, BOOL *failed);

/* Replaces each %NAME% of the environment in s (UTF-8, NUL-terminated); unknown names
 * stay as written. malloc'd, NULL when memory runs out. */
char *w3_reg_expand_environment(const char *s);

#endif
