/* An ordered header list: names compared without regard to case, duplicates kept in
 * arrival order. Entries live in the owning request's arena. Each entry keeps its
 * lengths, so that a lookup (requests make many) compares bytes only with names of the
 * same length, and writing the list out measures nothing. */
#ifndef W3E_HEADERS_H
#define W3E_HEADERS_H

#include <string.h>

#include "memory/engine_alloc.h"
#include "text.h"

typedef struct w3e_header {
    struct w3e_header *next;
    char *name;
    char *value;
    size_t name_len;
    size_t value_len;
} w3e_header;

typedef struct w3e_headers {
    w3e_header *first;
    w3e_header *last;
} w3e_headers;

/* The functions below take names as NUL-terminated text; each has a _n form with the
 * name's length given, which the inline wrappers call, so that a literal name (the
 * engine's own lookups) is measured at compile time. */

/* Appends another line (name and value need no NUL). Nonzero on success. */
int w3e_headers_add_n(w3e_arena *arena, w3e_headers *h, const char *name, size_t name_len,
                      const char *value, size_t value_len);
/* Replaces every line of that name by one line (at the first one's place, else at the
 * end). Nonzero on success. */
int w3e_headers_set_n(w3e_arena *arena, w3e_headers *h, const char *name, size_t name_len,
                      const char *value, size_t value_len);
/* Removes every line of that name. */
void w3e_headers_remove_n(w3e_headers *h, const char *name, size_t name_len);
/* Nonzero if a line of that name is there. */
int w3e_headers_has_n(const w3e_headers *h, const char *name, size_t name_len);
/* The value, repeated lines joined with ", "; NULL if absent or out of memory. */
const char *w3e_headers_get_n(w3e_arena *arena, const w3e_headers *h, const char *name,
                              size_t name_len);
/* Appends the lines as "Name: value\r\n" to out. Nonzero on success. */
int w3e_headers_write(w3e_arena *arena, const w3e_headers *h, w3e_buf *out);
/* The bytes w3e_headers_put writes. */
size_t w3e_headers_text_size(const w3e_headers *h);
/* Writes the lines as "Name: value\r\n" at p (no NUL); returns their end. */
char *w3e_headers_put(char *p, const w3e_headers *h);

static inline int w3e_headers_add(w3e_arena *arena, w3e_headers *h, const char *name,
                                  const char *value)
{
    return w3e_headers_add_n(arena, h, name, strlen(name), value, strlen(value));
}

static inline int w3e_headers_set(w3e_arena *arena, w3e_headers *h, const char *name,
                                  const char *value)
{
    return w3e_headers_set_n(arena, h, name, strlen(name), value, strlen(value));
}

static inline void w3e_headers_remove(w3e_headers *h, const char *name)
{
    w3e_headers_remove_n(h, name, strlen(name));
}

static inline int w3e_headers_has(const w3e_headers *h, const char *name)
{
    return w3e_headers_has_n(h, name, strlen(name));
}

static inline const char *w3e_headers_get(w3e_arena *arena, const w3e_headers *h, const char *name)
{
    return w3e_headers_get_n(arena, h, name, strlen(name));
}

#endif
