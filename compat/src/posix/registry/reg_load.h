/* Applying .reg text to a key tree (internal to libw3compat). */
#ifndef W3COMPAT_REG_LOAD_H
#define W3COMPAT_REG_LOAD_H

#include "reg_parse.h"
#include "reg_tree.h"

/* Applies the .reg text in buffer to root (a tree from w3_reg_root_new): sections create
 * keys, [-KEY] deletes them, values are set or deleted. On error (FALSE, *error filled)
 * what came before the faulty line has been applied. */
BOOL w3_reg_load_buffer(struct w3_reg_key *root, const void *buffer, size_t size,
                        const char *filename, struct w3_reg_parse_error *error);

#endif
