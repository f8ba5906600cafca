/* The fields of a W3C log line, as logExtFileFlags chooses them, in the order IIS
 * writes them. Lines are formatted by hand: this runs for every request. */
#ifndef W3HOST_W3C_FIELDS_H
#define W3HOST_W3C_FIELDS_H

#include <stddef.h>

#include "w3engine.h"

/* More than the number of W3C fields there are. */
#define W3C_FIELDS_MAX 32

/* A chosen field: its enum w3_log_field bit, and where its text is in the record
 * ((size_t)-1 for the others). */
typedef struct w3c_field_step {
    unsigned long bit;
    size_t text;
} w3c_field_step;

/* What a line is made of: the chosen fields in IIS's order, and what it says besides
 * the record (s-computername). Made once per log by w3c_line_prepare. */
typedef struct w3c_line_context {
    w3c_field_step steps[W3C_FIELDS_MAX];
    size_t count;
    const char *computer_name;
    size_t computer_name_len;
} w3c_line_context;

/* Chooses the fields (enum w3_log_field bits); computer_name must outlive ctx. */
void w3c_line_prepare(w3c_line_context *ctx, unsigned long fields, const char *computer_name);

/* The names of the fields for the "#Fields:" directive, space-separated, into `out`
 * (truncated to `size`, NUL-terminated). */
void w3c_fields_names(unsigned long fields, char *out, size_t size);

/* Writes the line of `rec` (CRLF included) at p, not past end; returns the line's end,
 * or NULL when it does not fit (what was written before end is then garbage). */
char *w3c_fields_line(char *p, char *end, const w3c_line_context *ctx, const w3_log_record *rec);

#endif
