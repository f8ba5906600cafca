/* Subkey paths as callers give them (internal to libw3compat). */
#ifndef W3COMPAT_REG_PATH_H
#define W3COMPAT_REG_PATH_H

#include "reg_handles.h"

/* Checks a subkey path: NULL and "" name the key itself, a leading backslash is
 * ERROR_BAD_PATHNAME; empty names between backslashes are skipped, as Windows does. */
LSTATUS w3_reg_path_check(const char *subkey);

/* Names in a path are at most this many bytes (255 characters of UTF-8, with room). */
#define W3_REG_NAME_MAX 1024

/* Copies the next name of *subkey into name (W3_REG_NAME_MAX bytes) and advances past
 * it: 1, or 0 when no names are left, or -1 for a name too long to be a key's. */
int w3_reg_path_next(const char **subkey, char *name);

/* Follows subkey down from key, creating the keys that are missing when create is set
 * (*created then tells whether the last one was new). *found gets the key and
 * *canonical (when not NULL) the path below key as the tree spells it, malloc'd.
 * ERROR_FILE_NOT_FOUND, ERROR_BAD_PATHNAME, ERROR_INVALID_PARAMETER (a name too long) or
 * ERROR_NOT_ENOUGH_MEMORY otherwise. */
LSTATUS w3_reg_path_walk(struct w3_reg_key *key, const char *subkey, BOOL create,
                         struct w3_reg_key **found, char **canonical, BOOL *created);

/* The path of the subkey found at child below target, for a new handle: the target's
 * path, a backslash and the names as the tree spells them. malloc'd. */
char *w3_reg_path_join(const char *parent, const char *names);

#endif
