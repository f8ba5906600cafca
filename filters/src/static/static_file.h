/* Internals of the static file handler (see w3static.h). */
#ifndef W3E_STATIC_FILE_H
#define W3E_STATIC_FILE_H

#include <stddef.h>

#include "base/http_date.h"

/* Decodes and normalises the path of a request target into `out` as a relative path
 * with '/' separators and no "." or ".." segments ("" for the root). Sets *dir_slash
 * when the URL path ends with '/'. Returns 0 on success, or the HTTP status to answer
 * (400 for a malformed path or one that leaves the root, 404 for a name no file can
 * have, 414 when it does not fit). */
unsigned w3s_normalise_path(const char *target, char *out, size_t out_size, int *dir_slash);

/* A single "bytes=" range against a file of `size` bytes. */
enum w3s_range_result { W3S_RANGE_NONE, W3S_RANGE_OK, W3S_RANGE_UNSATISFIABLE };
enum w3s_range_result w3s_parse_range(const char *header, unsigned long long size,
                                      unsigned long long *first, unsigned long long *last);

/* Nonzero when an If-None-Match value ("*" or a list of entity tags, weak ones
 * compared weakly) matches `etag`. */
int w3s_etag_matches(const char *if_none_match, const char *etag);

#endif
