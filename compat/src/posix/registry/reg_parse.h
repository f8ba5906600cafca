/* The parser of regedit's .reg text format (internal to libw3compat).
 *
 * Reads what `regedit /e` writes: a "Windows Registry Editor Version 5.00" (or
 * "REGEDIT4") header, [KEY] and [-KEY] sections, "name"=... and @=... values in the
 * string, dword:, hex: and hex(N): notations, "name"=- deletions, ';' comments and
 * backslash line continuations; UTF-16LE with a BOM (as regedit saves it), UTF-8 or
 * ASCII. It works on a memory buffer and reports what it finds through callbacks, so
 * that the registry loader and a fuzz target drive it the same way. */
#ifndef W3COMPAT_REG_PARSE_H
#define W3COMPAT_REG_PARSE_H

#include <stddef.h>

#include <windows.h>

/* Each callback returns NULL to go on, or a message that stops the parse as an error of
 * the current line. Strings are UTF-8; value data is as the registry keeps it (string
 * types in UTF-16LE, terminator included for "..." strings). */
struct w3_reg_parse_callbacks {
    const char *(*key)(void *ctx, const char *path, BOOL deleting);
    const char *(*value)(void *ctx, const char *name, DWORD type, const BYTE *data, DWORD size);
    const char *(*value_delete)(void *ctx, const char *name);
};

struct w3_reg_parse_error {
    unsigned line;     /* 1-based; 0 when the file as a whole is wrong */
    char message[512]; /* "FILE:LINE: what is wrong" */
};

/* Parses size bytes at buffer, named filename in messages. Returns TRUE, or FALSE with
 * *error filled at the first problem (nothing after it is reported). */
BOOL w3_reg_parse(const void *buffer, size_t size, const char *filename,
                  const struct w3_reg_parse_callbacks *callbacks, void *ctx,
                  struct w3_reg_parse_error *error);

#endif
