/* Writing .reg text (internal to libw3compat): what the store file holds, the changes
 * made through the API over what the imported files give. */
#ifndef W3COMPAT_REG_FORMAT_H
#define W3COMPAT_REG_FORMAT_H

#include "reg_tree.h"

struct w3_reg_text {
    char *data;
    size_t length, capacity;
    BOOL failed; /* memory ran out; data is incomplete */
};

/* Appends the "Windows Registry Editor Version 5.00" header. */
void w3_reg_format_header(struct w3_reg_text *out);

/* Appends the sections that, applied over the tree base, give the tree current. Both
 * are roots whose subkeys are the hives (HKEY_LOCAL_MACHINE, ...); base may have keys
 * that current lacks ([-KEY] sections) and values it lacks ("name"=-). */
void w3_reg_format_changes(struct w3_reg_text *out, const struct w3_reg_key *base,
                           const struct w3_reg_key *current);

#endif
