/* The fields of a W3C log line, as logExtFileFlags chooses them, in the order IIS
 * writes them. Lines are formatted by hand: this runs for every request. */
#ifndef W3HOST_W3C_FIELDS_H
#define W3HOST_W3C_FIELDS_H

#include <stddef.h>

#include "w3engine.h"

/* What a line says besides the record: s-sitename ("W3SVC<id>") and s-computername. */
typedef struct w3c_line_context {
    unsigned long fields; /* enum w3_log_field bits */
    const char *computer_name;
} w3c_line_context;

/* The names of the fields for the "#Fields:" directive, space-separated, into `out`
 * (truncated to `size`, NUL-terminated). */
void w3c_fields_names(unsigned long fields, char *out, size_t size);

/* The most bytes the line of `rec` takes (CRLF included). */
size_t w3c_fields_line_size(const w3c_line_context *ctx, const w3_log_record *rec);

/* Writes the line of `rec` at p (w3c_fields_line_size bytes are free); returns its end. */
char *w3c_fields_line(char *p, const w3c_line_context *ctx, const w3_log_record *rec);

#endif
