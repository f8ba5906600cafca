/* Small text helpers: ASCII case folding, arena strings and growable buffers, Base64,
 * and the "copy a string out under the ISAPI buffer contract" rule. */
#ifndef W3E_TEXT_H
#define W3E_TEXT_H

#include <windows.h>
#include <stddef.h>
#include <string.h>

#include "memory/engine_alloc.h"

int w3e_ieq(const char *a, const char *b);
int w3e_ieqn(const char *a, const char *b, size_t n);
char w3e_upper(char c);
/* The value of a hexadecimal digit, or -1. */
int w3e_hex_digit(char c);
/* Nonzero if s holds a CR or LF. */
int w3e_has_crlf(const char *s);

char *w3e_strdup(w3e_arena *arena, const char *s);
/* A malloc'd copy of s (for objects that outlive every arena); NULL if out of memory. */
char *w3e_heap_strdup(const char *s);
char *w3e_strndup(w3e_arena *arena, const char *s, size_t n);
/* The decimal text of v, in the arena. */
char *w3e_utoa(w3e_arena *arena, unsigned long long v);
/* Writes the decimal digits of v to out (room for W3E_U64_DIGITS, no NUL); returns how
 * many. For the text a server writes on every request, without printf. */
#define W3E_U64_DIGITS 20
size_t w3e_format_u64(char *out, unsigned long long v);

/* Reads the decimal digits at *p (at least one) into *v and moves *p past them; 0 if
 * there are none or the number does not fit. */
int w3e_parse_u64(const char **p, unsigned long long *v);

/* Bytes that grow inside an arena; data is always NUL-terminated. */
typedef struct w3e_buf {
    char *data;
    size_t len;
    size_t cap;
} w3e_buf;

/* Moves the bytes to a block with room for len more (and the NUL). Nonzero on success. */
int w3e_buf_grow(w3e_arena *arena, w3e_buf *b, size_t len);

/* Makes room for len more bytes (and the NUL) without appending them. Inline, as
 * w3e_buf_append: the parser appends every piece of every request through them. */
static inline int w3e_buf_reserve(w3e_arena *arena, w3e_buf *b, size_t len)
{
    return b->len + len + 1 <= b->cap || w3e_buf_grow(arena, b, len);
}

static inline int w3e_buf_append(w3e_arena *arena, w3e_buf *b, const void *data, size_t len)
{
    if (!w3e_buf_reserve(arena, b, len))
        return 0;
    if (len)
        memcpy(b->data + b->len, data, len);
    b->len += len;
    b->data[b->len] = '\0';
    return 1;
}
int w3e_buf_puts(w3e_arena *arena, w3e_buf *b, const char *s);
/* The buffer's text, "" when nothing was appended. */
const char *w3e_buf_str(const w3e_buf *b);

/* Decodes Base64 text into out (capacity cap, NUL-terminated). Nonzero on success. */
int w3e_base64_decode(const char *in, size_t in_len, char *out, size_t cap);

/* Copies value (NUL included) to buf under GetServerVariable's contract: *size in is
 * the buffer size, out the bytes written or, on ERROR_INSUFFICIENT_BUFFER, needed. */
BOOL w3e_copy_out(const char *value, LPVOID buf, LPDWORD size);

#endif
